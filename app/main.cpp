// Lodestone's entry point: picks the command line or the dashboard, sets up logging and translations,
// and hands over. Runs on the main thread.
#include "cli.h"
#include "guiapp.h"
#include "logging.h"
#include "translations.h"
#include "usage.h"

#include <QApplication>
#include <QCoreApplication>
#include <cstdio>
#include <cstring>

namespace {

struct EarlyArgs {
    QString command;
    QString db;
    QString lang;
    QString logLevel;
    bool help = false;
    bool version = false;
};

// A light first pass: the command, and the options main itself needs before an application exists.
EarlyArgs scan(int argc, char** argv)
{
    EarlyArgs out;
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        auto value = [&](const QString& name, QString& target) {
            if (a == name && i + 1 < argc) {
                target = QString::fromLocal8Bit(argv[++i]);
                return true;
            }
            if (a.startsWith(name + QLatin1Char('='))) {
                target = a.mid(name.size() + 1);
                return true;
            }
            return false;
        };
        if (value(QStringLiteral("--db"), out.db) || value(QStringLiteral("--lang"), out.lang) ||
            value(QStringLiteral("--log-level"), out.logLevel))
            continue;
        if (out.command.isEmpty() && (a == QLatin1String("-h") || a == QLatin1String("--help")))
            out.help = true;
        else if (out.command.isEmpty() && (a == QLatin1String("-v") || a == QLatin1String("--version")))
            out.version = true;
        else if (out.command.isEmpty() && !a.startsWith(QLatin1Char('-')))
            out.command = a;
    }
    return out;
}

void nameApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("Lodestone"));
    QCoreApplication::setOrganizationName(QStringLiteral("Lodestone"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LODESTONE_VERSION));
}

bool haveDisplay()
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (!platform.isEmpty())
        return true;
    return !qgetenv("DISPLAY").isEmpty() || !qgetenv("WAYLAND_DISPLAY").isEmpty();
}

} // namespace

int main(int argc, char** argv)
{
    const EarlyArgs early = scan(argc, argv);
    nameApplication();
    lodestone::app::setupLogging(early.logLevel);

    if (!early.command.isEmpty()) {
        if (!lodestone::cli::isCommand(early.command)) {
            std::fprintf(stderr, "lodestone: unknown command '%s' (see lodestone --help)\n", early.command.toLocal8Bit().constData());
            return 2;
        }
        if (lodestone::cli::needsGui(early.command)) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            QApplication app(argc, argv);
            nameApplication();
            lodestone::app::installTranslations(app, early.lang);
            return lodestone::cli::run(early.command);
        }
        QCoreApplication app(argc, argv);
        nameApplication();
        lodestone::app::installTranslations(app, early.lang);
        return lodestone::cli::run(early.command);
    }
    if (early.help || early.version) {
        QCoreApplication app(argc, argv);
        nameApplication();
        lodestone::app::installTranslations(app, early.lang);
        const QString text = early.version ? lodestone::app::versionText() : lodestone::app::usageText();
        std::fputs(text.toUtf8().constData(), stdout);
        return 0;
    }
    if (!haveDisplay()) {
        std::fputs("lodestone: no display found; run the dashboard under a desktop session or "
                   "`xvfb-run -a lodestone`, or use the command line (`lodestone --help`).\n", stderr);
        return 2;
    }
    QApplication app(argc, argv);
    nameApplication();
    return lodestone::app::runGui(app, early.db, early.lang);
}
