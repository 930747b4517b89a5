#include "migrations.h"

#include "schema.h"
#include "util/log.h"

#include <QDateTime>
#include <QFileInfo>
#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/SQLiteCpp.h>

namespace lodestone {

int Migrations::currentVersion()
{
    return static_cast<int>(schema::kSteps.size());
}

QString Migrations::backupPathFor(const QString& path, int oldVersion)
{
    return QStringLiteral("%1.v%2-%3.bak")
        .arg(path)
        .arg(oldVersion)
        .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

Error Migrations::migrateTo(SQLite::Database& db, int version)
{
    try {
        const int from = db.execAndGet("PRAGMA user_version").getInt();
        if (from >= version)
            return {};
        SQLite::Transaction tx(db);
        for (int v = from; v < version; ++v) {
            db.exec(schema::kSteps[static_cast<size_t>(v)]);
            log::db()->info("migrated schema {} -> {}", v, v + 1);
        }
        db.exec("PRAGMA user_version = " + std::to_string(version));
        tx.commit();
    } catch (const SQLite::Exception& e) {
        return {ErrorCode::Internal, QStringLiteral("migration failed: %1").arg(QString::fromUtf8(e.what()))};
    }
    return {};
}

Error Migrations::migrate(SQLite::Database& db, const QString& path)
{
    int from = 0;
    try {
        from = db.execAndGet("PRAGMA user_version").getInt();
    } catch (const SQLite::Exception& e) {
        return {ErrorCode::NotADatabase, QStringLiteral("%1: %2").arg(path, QString::fromUtf8(e.what()))};
    }
    if (from > currentVersion())
        return {ErrorCode::NewerSchema, QStringLiteral("%1: schema version %2 is newer than %3")
                                            .arg(path).arg(from).arg(currentVersion())};
    if (from == currentVersion())
        return {};
    if (from > 0 && path != QLatin1String(":memory:") && QFileInfo::exists(path)) {
        const QString backup = backupPathFor(path, from);
        try {
            SQLite::Database target(backup.toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            SQLite::Backup bk(target, db);
            bk.executeStep(-1);
            log::db()->info("backed up {} to {} before migration", path.toStdString(), backup.toStdString());
        } catch (const SQLite::Exception& e) {
            return {ErrorCode::Io, QStringLiteral("%1: backup before migration failed: %2").arg(backup, QString::fromUtf8(e.what()))};
        }
    }
    return migrateTo(db, currentVersion());
}

} // namespace lodestone
