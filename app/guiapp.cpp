#include "guiapp.h"

#include "logging.h"
#include "translations.h"

#include "extract/gazetteer.h"
#include "session/guisession.h"
#include "util/paths.h"

#include <QApplication>
#include <QIcon>
#include <QSettings>

namespace lodestone::app {

int runGui(QApplication& app, const QString& databaseArg, const QString& language)
{
    QSettings settings;
    const QString lang = language.isEmpty() ? settings.value(QStringLiteral("ui/language")).toString() : language;
    const QString applied = installTranslations(app, lang);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/lodestone.svg")));

    AppContext base;
    base.gazetteer = Gazetteer::bundled();
    base.language = applied;
    base.logFilePath = logFilePath();
    base.setLanguage = [&app](const QString& code) { return installTranslations(app, code); };
    // The session owns the Writer, the readers and the window of the open database, and replaces them when
    // the user opens another one. An empty database shows its own offer of the demo corpus.
    GuiSession session(base);
    if (!session.open(databaseArg.isEmpty() ? defaultDatabasePath() : databaseArg))
        return 2;
    return app.exec();
}

} // namespace lodestone::app
