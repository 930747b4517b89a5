#include "cli.h"

#include "clicommands.h"
#include "clioutput.h"
#include "util/log.h"

#include <QCoreApplication>
#include <SQLiteCpp/Exception.h>
#include <exception>

namespace lodestone::cli {

namespace {

struct CommandEntry {
    const char* name;
    int (*run)();
};

constexpr CommandEntry kCommands[] = {
    {"import", importCommand},   {"reports", reportsCommand}, {"report", reportCommand},
    {"events", eventsCommand},   {"orgs", orgsCommand},       {"verify", verifyCommand},
    {"history", historyCommand}, {"export-chart", exportChartCommand}, {"export-timeline", exportTimelineCommand},
    {"export-briefing", exportBriefingCommand}, {"export", exportCommand},
    {"demo", demoCommand},       {"backup", backupCommand},   {"reprocess", reprocessCommand},
};

} // namespace

bool isCommand(const QString& name)
{
    for (const CommandEntry& c : kCommands)
        if (name == QLatin1String(c.name))
            return true;
    return false;
}

bool needsGui(const QString& name)
{
    return name == QLatin1String("export-chart") || name == QLatin1String("export-timeline") ||
           name == QLatin1String("export-briefing");
}

int run(const QString& command)
{
    for (const CommandEntry& c : kCommands) {
        if (command != QLatin1String(c.name))
            continue;
        try {
            return c.run();
        } catch (const SQLite::Exception& e) {
            log::get("cli")->error("{}: database error {}: {}", command.toStdString(), e.getErrorCode(), e.what());
            return failure(QCoreApplication::translate("cli", "%1: database error: %2").arg(command, QString::fromUtf8(e.what())));
        } catch (const std::exception& e) {
            log::get("cli")->error("{}: {}", command.toStdString(), e.what());
            return failure(QCoreApplication::translate("cli", "%1: internal error: %2").arg(command, QString::fromUtf8(e.what())));
        }
    }
    return failure(QCoreApplication::translate("cli", "unknown command \"%1\"").arg(command));
}

} // namespace lodestone::cli
