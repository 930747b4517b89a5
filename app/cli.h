#pragma once
// The command-line interface (CLI.md): `lodestone <command> [options]` without a window.
// Runs on the main thread of a QCoreApplication (export-chart, export-timeline, export-briefing: a QApplication on
// the offscreen platform).
#include <QString>

namespace lodestone::cli {

// True when `name` is one of the commands of CLI.md.
bool isCommand(const QString& name);
// True when the command needs a QGuiApplication (chart rendering).
bool needsGui(const QString& name);
// Runs the command. The application object already exists. Returns the process exit code
// (0 success, 1 some inputs failed, 2 usage error or unusable database).
int run(const QString& command);

} // namespace lodestone::cli
