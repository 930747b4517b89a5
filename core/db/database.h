#pragma once
// One SQLite connection (SQLiteCpp) with Lodestone's pragmas, opened read-write (the Writer's) or
// read-only (a reader's). A connection belongs to the thread that opened it and is never shared.
#include "model/error.h"

#include <QString>
#include <memory>

namespace SQLite { class Database; }

namespace lodestone {

class Database final {
public:
    enum class Mode { ReadWrite, ReadOnly };
    static constexpr int kBusyTimeoutMs = 5000;

    // Checks the file before SQLite touches it: a file that is not a SQLite database, fails
    // PRAGMA quick_check (with Integrity::Check), or has a newer schema than this build is refused and never modified.
    // Also refused, before any open: folders, devices, FIFOs and sockets; another program's SQLite file (tables but
    // no Lodestone schema). The look is a read-only open that leaves the file and its folder exactly as they were.
    // Existing::Required also refuses a missing or empty file (a backup needs a Lodestone database to copy).
    enum class Integrity { Check, Skip };
    enum class Existing { MayBeNew, Required };
    static Error check(const QString& path, Integrity integrity = Integrity::Check, Existing existing = Existing::MayBeNew);

    // Opens (and for ReadWrite creates and migrates) the database. Fills error and returns nullptr on failure.
    static std::unique_ptr<Database> open(const QString& path, Mode mode, Error* error);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    SQLite::Database& sql() { return *m_db; }
    const QString& path() const { return m_path; }
    Mode mode() const { return m_mode; }

private:
    Database(QString path, Mode mode, std::unique_ptr<SQLite::Database> db);
    QString m_path;
    Mode m_mode;
    std::unique_ptr<SQLite::Database> m_db;
};

} // namespace lodestone
