#pragma once
// The commands of CLI.md, one function each. Every function builds its own Session (options, parsing,
// database) and returns the process exit code. Main thread of the CLI.
#include <QString>

namespace lodestone::cli {

int importCommand();
int demoCommand();
int reportsCommand();
int reportCommand();
int eventsCommand();
int orgsCommand();
int verifyCommand();
int historyCommand();
int backupCommand();
int exportCommand();
int exportChartCommand();
int exportTimelineCommand();
int exportBriefingCommand();
int reprocessCommand();

class Session;
// `report ID --set-published/--set-url/--set-publisher`: the correction half of the report command.
int correctReportCommand(Session& s, qint64 id);
// Adds the correction options to the report command.
void addReportCorrectionOptions(Session& s);
bool wantsReportCorrection(const Session& s);

} // namespace lodestone::cli
