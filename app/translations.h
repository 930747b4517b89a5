#pragma once
// Loads Lodestone's and Qt's own translations for a language code ("zh_CN", "en", or empty = system).
// Main thread, before windows are created; the GUI calls it again when the user switches language.
#include <QString>

class QCoreApplication;

namespace lodestone::app {

// Returns the locale name actually applied ("en" when no translation matched).
QString installTranslations(QCoreApplication& app, const QString& language);

} // namespace lodestone::app
