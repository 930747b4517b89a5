#pragma once
// Named spdlog loggers per area ("core.db", "core.ingest", "core.extract", "core.query", "core.service", "ui.*").
// Thread-safe: loggers are created on first use and shared through spdlog's registry.
#include <spdlog/logger.h>
#include <memory>

namespace lodestone::log {

// Returns the logger with this name, creating it (with the registry's default sinks) when missing.
std::shared_ptr<spdlog::logger> get(const char* name);

inline std::shared_ptr<spdlog::logger> db() { return get("core.db"); }
inline std::shared_ptr<spdlog::logger> ingest() { return get("core.ingest"); }
inline std::shared_ptr<spdlog::logger> extract() { return get("core.extract"); }
inline std::shared_ptr<spdlog::logger> query() { return get("core.query"); }
inline std::shared_ptr<spdlog::logger> service() { return get("core.service"); }

} // namespace lodestone::log
