#pragma once
// Logging sinks for the whole process (set up once in main, before any thread starts): stderr at the
// level of --log-level / LODESTONE_LOG (nothing unless asked), a rotating file in the app data folder at
// info and above, and Qt's messages routed in.
#include <QString>

namespace lodestone::app {

// level: trace, debug, info, warn, error, critical, off (empty = LODESTONE_LOG, else off).
void setupLogging(const QString& level);
QString logFilePath();

} // namespace lodestone::app
