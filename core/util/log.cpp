#include "log.h"

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <cstdlib>
#include <mutex>

namespace lodestone::log {

namespace {

std::mutex& registryMutex()
{
    static std::mutex mutex;
    return mutex;
}

// spdlog's built-in default logger has an empty name and writes to stdout.
bool isSpdlogsOwnDefault(const std::shared_ptr<spdlog::logger>& logger)
{
    return logger && logger->name().empty();
}

void installStderrDefault()
{
    auto sink = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    auto logger = std::make_shared<spdlog::logger>("lodestone", sink);
    logger->set_level(consoleLevel());
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
}

} // namespace

spdlog::level::level_enum consoleLevel(const std::string& requested)
{
    std::string name = requested;
    if (name.empty()) {
        const char* env = std::getenv("LODESTONE_LOG");
        name = env ? env : "";
    }
    if (name.empty())
        return spdlog::level::off;
    // from_str answers "off" for names it does not know; "warning" is spdlog's "warn" spelled out.
    if (name == "warning")
        return spdlog::level::warn;
    return spdlog::level::from_str(name);
}

void useStderrDefault()
{
    std::lock_guard lock(registryMutex());
    installStderrDefault();
}

std::shared_ptr<spdlog::logger> get(const char* name)
{
    std::lock_guard lock(registryMutex());
    if (auto existing = spdlog::get(name))
        return existing;
    if (isSpdlogsOwnDefault(spdlog::default_logger()))
        installStderrDefault();
    auto def = spdlog::default_logger();
    auto logger = std::make_shared<spdlog::logger>(name, def->sinks().begin(), def->sinks().end());
    logger->set_level(def->level());
    spdlog::register_logger(logger);
    return logger;
}

} // namespace lodestone::log
