#pragma once
// Named spdlog loggers per area ("core.db", "core.ingest", "core.extract", "core.query", "core.service", "ui.*").
// Thread-safe: loggers are created on first use and shared through spdlog's registry. Console output goes to
// stderr only — never stdout, which belongs to the command line's and the benchmarks' results.
#include <spdlog/logger.h>
#include <memory>
#include <string>

namespace lodestone::log {

// Returns the logger with this name, creating it (with the registry's default sinks) when missing. When no
// program set up logging before (tests, lodestone-bench), the default becomes stderrDefault().
std::shared_ptr<spdlog::logger> get(const char* name);

// The console level asked for: `requested` when not empty, else $LODESTONE_LOG, else "off" (the console
// stays quiet unless asked). Unknown names count as "off".
spdlog::level::level_enum consoleLevel(const std::string& requested = {});

// Makes spdlog's default logger one that writes to stderr at consoleLevel() (spdlog's own default writes to
// stdout). Called by get() when the default is still spdlog's own; programs with their own sinks replace it.
void useStderrDefault();

inline std::shared_ptr<spdlog::logger> db() { return get("core.db"); }
inline std::shared_ptr<spdlog::logger> ingest() { return get("core.ingest"); }
inline std::shared_ptr<spdlog::logger> extract() { return get("core.extract"); }
inline std::shared_ptr<spdlog::logger> query() { return get("core.query"); }
inline std::shared_ptr<spdlog::logger> service() { return get("core.service"); }

} // namespace lodestone::log
