#include "database.h"

#include "integritymark.h"
#include "migrations.h"
#include "sqliteerror.h"
#include "untouchedopen.h"
#include "util/log.h"
#include "util/outputfile.h"

#include <QFile>
#include <QFileInfo>
#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstring>

namespace lodestone {

namespace {

constexpr char kSqliteMagic[] = "SQLite format 3";

void applyPragmas(SQLite::Database& db, Database::Mode mode)
{
    db.exec("PRAGMA foreign_keys=ON");
    // REPLACE deletes rows without firing delete triggers unless this is on: it keeps the
    // append-only logs' triggers effective against INSERT OR REPLACE too.
    db.exec("PRAGMA recursive_triggers=ON");
    db.exec("PRAGMA synchronous=NORMAL");
    db.exec("PRAGMA temp_store=MEMORY");
    db.exec("PRAGMA cache_size=-32000");
    if (mode == Database::Mode::ReadOnly)
        db.exec("PRAGMA query_only=ON");
    else {
        db.exec("PRAGMA wal_autocheckpoint=8000"); // checkpoint every ~32 MB of WAL, not 4 MB: fewer fsyncs and page rewrites
        // Debian builds SQLite with SECURE_DELETE on: every page FTS5's merges free is zeroed and rewritten.
        // FAST still overwrites deleted content where that costs no extra I/O.
        db.exec("PRAGMA secure_delete=FAST");
    }
}

} // namespace

Error Database::check(const QString& path, Integrity integrity, Existing existing)
{
    if (path == QLatin1String(":memory:") || path.startsWith(QLatin1String("file::memory:")))
        return {};
    // Before anything opens it: a device, FIFO or socket is refused here (opening a FIFO would wait for a writer
    // forever; SQLite would create "<device>-journal" next to a device).
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        if (errno != ENOENT)
            return {ErrorCode::Io, QStringLiteral("%1: cannot read: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)))};
        if (existing == Existing::Required)
            return {ErrorCode::NotFound, QStringLiteral("%1: no such database file").arg(path)};
        return {};
    }
    if (S_ISDIR(st.st_mode))
        return {ErrorCode::NotADatabase, QStringLiteral("%1: is a folder").arg(path)};
    if (!S_ISREG(st.st_mode))
        return {ErrorCode::NotADatabase, QStringLiteral("%1: not a regular file (a device, FIFO or socket)").arg(path)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {ErrorCode::Io, QStringLiteral("%1: cannot read: %2").arg(path, file.errorString())};
    if (file.size() == 0) {
        if (existing == Existing::Required)
            return {ErrorCode::NotADatabase, QStringLiteral("%1: not a Lodestone database (the file is empty)").arg(path)};
        return {};
    }
    const QByteArray head = file.read(100);
    if (head.size() < 16 || !head.startsWith(kSqliteMagic))
        return {ErrorCode::NotADatabase, QStringLiteral("%1: not a SQLite database (bad file header)").arg(path)};
    file.close();
    try {
        SQLite::Database db = openUntouched(path, head);
        if (integrity == Integrity::Check) {
            SQLite::Statement qc(db, "PRAGMA quick_check");
            QStringList problems;
            while (qc.executeStep()) {
                const QString line = QString::fromStdString(qc.getColumn(0).getString());
                if (line != QLatin1String("ok"))
                    problems << line;
            }
            if (!problems.isEmpty())
                return {ErrorCode::Corrupt,
                        QStringLiteral("%1: integrity check failed: %2").arg(path, problems.mid(0, 3).join(QLatin1String("; ")))};
        }
        const int version = db.execAndGet("PRAGMA user_version").getInt();
        if (version > Migrations::currentVersion())
            return {ErrorCode::NewerSchema,
                    QStringLiteral("%1: schema version %2 is newer than this build supports (%3)")
                        .arg(path).arg(version).arg(Migrations::currentVersion())};
        QStringList tables;
        SQLite::Statement q(db, "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name");
        while (q.executeStep())
            tables << QString::fromStdString(q.getColumn(0).getString());
        // Another program's database: never migrated into (the migration would fail half-way after switching it to
        // WAL), never backed up as if it were Lodestone's.
        if (version == 0 && !tables.isEmpty())
            return {ErrorCode::NotADatabase, QStringLiteral("%1: not a Lodestone database: it holds tables of another program (%2)")
                                                 .arg(path, tables.mid(0, 5).join(QLatin1String(", ")) + (tables.size() > 5 ? QStringLiteral(", …") : QString()))};
        for (const char* own : {"report", "event", "organisation"})
            if (version > 0 && !tables.contains(QLatin1String(own)))
                return {ErrorCode::NotADatabase, QStringLiteral("%1: not a Lodestone database: schema version %2 without a \"%3\" table")
                                                     .arg(path).arg(version).arg(QLatin1String(own))};
        if (version == 0 && existing == Existing::Required)
            return {ErrorCode::NotADatabase, QStringLiteral("%1: not a Lodestone database (an empty SQLite file)").arg(path)};
    } catch (const SQLite::Exception& e) {
        return errorFromSqlite(e, path);
    }
    return {};
}

std::unique_ptr<Database> Database::open(const QString& path, Mode mode, Error* error)
{
    Error local;
    Error& err = error ? *error : local;
    // The integrity check reads every page (0.9 s for a 1M-event file): it guards the read-write open, which
    // would change the file; a reader gets SQLite's own corruption errors should it meet a damaged page.
    // A file exactly as the Writer last closed it cleanly (IntegrityMark) is not checked again.
    const bool check = mode == Mode::ReadWrite && !IntegrityMark::matches(path);
    err = Database::check(path, check ? Integrity::Check : Integrity::Skip);
    if (err)
        return nullptr;
    if (mode == Mode::ReadWrite)
        IntegrityMark::remove(path); // from here on the file may change
    try {
        // A read-only connection belongs to one reader thread (QueryService keeps one per pool thread), so it
        // skips SQLite's per-call mutex (about a tenth of a 1M-event timeline load); the writer's keeps it.
        const int flags = mode == Mode::ReadWrite ? (SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLITE_OPEN_FULLMUTEX)
                                                  : (SQLite::OPEN_READONLY | SQLITE_OPEN_NOMUTEX);
        auto db = std::make_unique<SQLite::Database>(path.toStdString(), flags, kBusyTimeoutMs);
        if (mode == Mode::ReadWrite) {
            const QString mj = QString::fromStdString(db->execAndGet("PRAGMA journal_mode=WAL").getString());
            if (mj.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0 && path != QLatin1String(":memory:"))
                log::db()->warn("journal_mode is {} instead of wal for {}", mj.toStdString(), path.toStdString());
        }
        applyPragmas(*db, mode);
        if (mode == Mode::ReadWrite) {
            err = Migrations::migrate(*db, path);
            if (err)
                return nullptr;
        }
        log::db()->debug("opened {} ({})", path.toStdString(), mode == Mode::ReadWrite ? "read-write" : "read-only");
        return std::unique_ptr<Database>(new Database(path, mode, std::move(db)));
    } catch (const SQLite::Exception& e) {
        err = errorFromSqlite(e, path);
        log::db()->error("cannot open {}: {}", path.toStdString(), e.what());
        return nullptr;
    }
}

Database::Database(QString path, Mode mode, std::unique_ptr<SQLite::Database> db)
    : m_path(std::move(path)), m_mode(mode), m_db(std::move(db))
{
    OutputFile::protect(m_path); // no export may write over this file or its -wal/-shm while it is open
}

Database::~Database()
{
    m_db.reset();
    OutputFile::unprotect(m_path);
}

} // namespace lodestone
