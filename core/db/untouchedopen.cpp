#include "untouchedopen.h"

#include "database.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

namespace lodestone {

SQLite::Database openUntouched(const QString& path, const QByteArray& header)
{
    const bool walMode = header.size() >= 20 && (header.at(18) == 2 || header.at(19) == 2);
    if (walMode && !QFileInfo::exists(path + QLatin1String("-wal"))) {
        const QString uri = QStringLiteral("file:%1?immutable=1")
                                .arg(QString::fromLatin1(QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/")));
        return SQLite::Database(uri.toStdString(), SQLite::OPEN_READONLY | SQLITE_OPEN_URI, Database::kBusyTimeoutMs);
    }
    return SQLite::Database(path.toStdString(), SQLite::OPEN_READONLY, Database::kBusyTimeoutMs);
}

int untouchedSchemaVersion(const QString& path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray header = file.read(100);
    if (!header.startsWith("SQLite format 3"))
        return -1;
    file.close();
    try {
        SQLite::Database db = openUntouched(path, header);
        return db.execAndGet("PRAGMA user_version").getInt();
    } catch (const SQLite::Exception&) {
        return -1;
    }
}

} // namespace lodestone
