#include "paths.h"

#include <QDir>
#include <QStandardPaths>

namespace lodestone {

QString defaultDatabasePath()
{
    const QString env = qEnvironmentVariable("LODESTONE_DB");
    if (!env.isEmpty())
        return env;
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.lodestone");
    QDir().mkpath(dir);
    return dir + QStringLiteral("/lodestone.sqlite");
}

} // namespace lodestone
