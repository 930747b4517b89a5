#pragma once
// Numbered schema migrations kept in PRAGMA user_version, run at open in one transaction.
// Runs on the thread that owns the write connection (the Writer's).
#include "model/error.h"

#include <QString>

namespace SQLite { class Database; }

namespace lodestone {

class Migrations final {
public:
    static int currentVersion();
    // Brings db up to currentVersion(). Before upgrading an existing, non-empty database it writes a
    // backup next to it ("<file>.v<old>-<timestamp>.bak"). All steps run in one transaction.
    static Error migrate(SQLite::Database& db, const QString& path);
    // Applies only steps up to `version` (tests use it to build databases of older versions).
    static Error migrateTo(SQLite::Database& db, int version);
    static QString backupPathFor(const QString& path, int oldVersion);
};

} // namespace lodestone
