#include "exportfolder.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace lodestone {

namespace {
const QString kKey = QStringLiteral("export/lastDir");
}

QString exportFolder()
{
    const QString saved = QSettings().value(kKey).toString();
    if (!saved.isEmpty() && QFileInfo(saved).isDir())
        return saved;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void rememberExportFolder(const QString& filePath)
{
    if (filePath.trimmed().isEmpty())
        return;
    QSettings().setValue(kKey, QFileInfo(filePath).absolutePath());
}

QString exportPath(const QString& base, const QString& suffix)
{
    return QDir(exportFolder()).filePath(base + QLatin1Char('.') + suffix);
}

} // namespace lodestone
