#include "queryservice.h"

#include "util/log.h"

#include <atomic>
#include <unordered_map>

namespace lodestone {

namespace {

struct ThreadConnection {
    std::unique_ptr<Database> db;
    std::unique_ptr<Stores> stores;
    std::unique_ptr<ReadContext> context;
};

std::atomic<quint64> g_serial{0};
// Pool threads belong to one QueryService; the map is keyed by its serial all the same.
thread_local std::unordered_map<quint64, ThreadConnection> t_connections;

} // namespace

QueryService::QueryService(QString path, int threads) : m_path(std::move(path)), m_serial(++g_serial)
{
    m_pool.setMaxThreadCount(threads);
    m_pool.setExpiryTimeout(-1);
}

QueryService::~QueryService()
{
    m_pool.waitForDone();
    // Threads (and their thread_local connections) end with the pool.
}

ReadContext& QueryService::context()
{
    auto& slot = t_connections[m_serial];
    if (!slot.context) {
        Error error;
        slot.db = Database::open(m_path, Database::Mode::ReadOnly, &error);
        if (!slot.db) {
            t_connections.erase(m_serial);
            throw std::runtime_error(error.detail.toStdString());
        }
        slot.stores = std::make_unique<Stores>(*slot.db);
        slot.context = std::unique_ptr<ReadContext>(new ReadContext{*slot.db, *slot.stores});
        log::service()->debug("reader connection opened on a pool thread for {}", m_path.toStdString());
    }
    return *slot.context;
}

} // namespace lodestone
