#include "usage.h"

#include <QCoreApplication>
#include <sqlite3.h>
#include <spdlog/version.h>

namespace lodestone::app {

QString usageText()
{
    return QCoreApplication::translate(
        "usage",
        "Lodestone — rare-earth supply-chain intelligence dashboard\n"
        "\n"
        "Usage:\n"
        "  lodestone [--db PATH] [--lang CODE]            open the dashboard\n"
        "  lodestone <command> [--db PATH] [options]      run one command without a window\n"
        "\n"
        "Commands:\n"
        "  import PATH...      import files or folders (text, HTML, Markdown, RSS/Atom, PDF, STIX 2.1, JSON/CSV)\n"
        "  reports             list reports\n"
        "  report ID           one report with its text and extracted entities\n"
        "  events              list events matching a filter, oldest first\n"
        "  orgs                list organisations\n"
        "  verify ID           set a report's verification (appended to its history)\n"
        "  history ID          a report's verification history\n"
        "  export              export events (csv, json, stix, timelinejs)\n"
        "  export-chart        render a dashboard chart to PNG, SVG or PDF, headless\n"
        "  export-timeline     render the timeline (range, lanes, filter) to PNG, SVG or PDF, headless\n"
        "  export-briefing     write the briefing PDF (timeline, charts, events, sources), headless\n"
        "  demo                load the bundled demo corpus\n"
        "  backup --out FILE   a consistent copy of the database\n"
        "  reprocess           re-read and re-extract every stored report with the current rules\n"
        "\n"
        "Global options:\n"
        "  --db PATH           database file (default: $LODESTONE_DB, else lodestone.sqlite in the app data folder)\n"
        "  --lang CODE         interface language, e.g. en or zh_CN\n"
        "  --log-level LEVEL   log lines on stderr from this level on: trace, debug, info, warn, error, off\n"
        "                      (default: $LODESTONE_LOG, else off; the log file always records info and above)\n"
        "  -h, --help          this help; `lodestone <command> --help` describes a command\n"
        "  -v, --version       versions of Lodestone, Qt, SQLite and spdlog\n"
        "\n"
        "Exit codes: 0 success, 1 some inputs failed, 2 usage error or unusable database.\n");
}

QString versionText()
{
    return QStringLiteral("Lodestone %1 (Qt %2, SQLite %3, spdlog %4.%5.%6)\n")
        .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()), QString::fromLatin1(sqlite3_libversion()))
        .arg(SPDLOG_VER_MAJOR).arg(SPDLOG_VER_MINOR).arg(SPDLOG_VER_PATCH);
}

} // namespace lodestone::app
