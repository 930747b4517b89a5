#include "backup.h"

#include "database.h"
#include "sqliteerror.h"
#include "util/log.h"
#include "util/outputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sqlite3.h>

namespace lodestone {

namespace {

void removeTemporary(const QString& tmp)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(tmp + QLatin1String(suffix));
}

} // namespace

Error backupDatabase(const QString& source, const QString& out)
{
    if (!QFileInfo::exists(source))
        return {ErrorCode::NotFound, QStringLiteral("%1: no such database file").arg(source)};
    const QFileInfo dst(out);
    // Not over the source, its -wal/-shm/-journal/lock files or any open database, by whatever path.
    if (Error e = OutputFile::check(out, {source}))
        return e;
    if (!dst.absoluteDir().exists())
        return {ErrorCode::Io, QStringLiteral("%1: folder does not exist").arg(dst.absolutePath())};
    if (Error e = Database::check(source, Database::Integrity::Check, Database::Existing::Required))
        return e;

    const QString tmp = QStringLiteral("%1/.%2.%3.tmp")
                            .arg(dst.absolutePath(), dst.fileName())
                            .arg(QRandomGenerator::global()->generate64(), 0, 16);
    try {
        SQLite::Database from(source.toStdString(), SQLite::OPEN_READONLY, Database::kBusyTimeoutMs);
        {
            SQLite::Database to(tmp.toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE,
                                Database::kBusyTimeoutMs);
            SQLite::Backup backup(to, from);
            // One step copies every page inside a single read transaction on the source: a consistent
            // snapshot. In WAL mode writers in other processes are not blocked meanwhile.
            int rc = backup.executeStep(-1);
            for (int attempt = 0; (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && attempt < 50; ++attempt) {
                sqlite3_sleep(100);
                rc = backup.executeStep(-1);
            }
            if (rc != SQLITE_DONE) {
                removeTemporary(tmp);
                return {ErrorCode::Locked, QStringLiteral("%1: backup did not complete (sqlite code %2)").arg(source).arg(rc)};
            }
            const std::string check = to.execAndGet("PRAGMA quick_check").getString();
            if (check != "ok") {
                removeTemporary(tmp);
                return {ErrorCode::Corrupt, QStringLiteral("%1: backup copy failed its check: %2")
                                                .arg(out, QString::fromStdString(check))};
            }
        } // the copy's connection closes here (checkpointing its WAL) before the rename
    } catch (const SQLite::Exception& e) {
        removeTemporary(tmp);
        return errorFromSqlite(e, source);
    }
    // POSIX rename replaces out atomically.
    if (std::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(out).constData()) != 0) {
        const int err = errno;
        removeTemporary(tmp);
        return {ErrorCode::Io, QStringLiteral("%1: cannot rename the copy into place: %2").arg(out, QString::fromUtf8(std::strerror(err)))};
    }
    removeTemporary(tmp); // stray -wal/-shm of the temporary name, if any
    log::db()->info("backup of {} written to {}", source.toStdString(), out.toStdString());
    return {};
}

} // namespace lodestone
