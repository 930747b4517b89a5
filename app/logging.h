#pragma once
// Logging sinks for the whole process (set up once in main, before any thread starts): stderr at the
// level of --log-level / LODESTONE_LOG, a rotating file in the app data folder, and Qt's messages routed in.
#include <QString>

namespace lodestone::app {

// level: trace, debug, info, warn, error, critical, off (empty = LODESTONE_LOG or "warn").
void setupLogging(const QString& level);
QString logFilePath();

} // namespace lodestone::app
