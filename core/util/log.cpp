#include "log.h"

#include <spdlog/spdlog.h>
#include <mutex>

namespace lodestone::log {

std::shared_ptr<spdlog::logger> get(const char* name)
{
    static std::mutex mutex;
    std::lock_guard lock(mutex);
    if (auto existing = spdlog::get(name))
        return existing;
    auto def = spdlog::default_logger();
    auto logger = std::make_shared<spdlog::logger>(name, def->sinks().begin(), def->sinks().end());
    logger->set_level(def->level());
    spdlog::register_logger(logger);
    return logger;
}

} // namespace lodestone::log
