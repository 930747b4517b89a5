#pragma once
// The folder export dialogs start in: the one the analyst last exported to (QSettings "export/lastDir"),
// else Documents. GUI thread.
#include <QString>

namespace lodestone {

QString exportFolder();
void rememberExportFolder(const QString& filePath); // the folder of this file
// `folder`/`base`.`suffix` in the export folder.
QString exportPath(const QString& base, const QString& suffix);

} // namespace lodestone
