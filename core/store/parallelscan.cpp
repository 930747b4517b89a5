#include "parallelscan.h"

#include "db/database.h"
#include "util/log.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>
#include <exception>
#include <thread>

namespace lodestone {

namespace {

qint64 dataVersion(SQLite::Database& db)
{
    // Inside BEGIN this also starts the read transaction (the pragma reads the database header).
    return db.execAndGet("PRAGMA data_version").getInt64();
}

} // namespace

ParallelScan::ParallelScan(SQLite::Database& primary, std::unique_ptr<SQLite::Database> secondary)
    : m_primary(primary), m_secondary(std::move(secondary))
{
}

std::unique_ptr<ParallelScan> ParallelScan::open(SQLite::Database& primary)
{
    sqlite3* handle = primary.getHandle();
    const char* file = sqlite3_db_filename(handle, "main");
    if (!file || !*file || !sqlite3_get_autocommit(handle))
        return nullptr;
    try {
        // Not Database::open: its PRAGMA quick_check would cost more than the scan this connection saves.
        // A plain read-only connection; it only ever runs SELECTs inside begin()/end().
        auto second = std::make_unique<SQLite::Database>(file, SQLite::OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                                                         Database::kBusyTimeoutMs);
        second->exec("PRAGMA query_only=ON");
        return std::unique_ptr<ParallelScan>(new ParallelScan(primary, std::move(second)));
    } catch (const SQLite::Exception& e) {
        log::db()->warn("parallel scan: no second connection to {}: {}", file, e.what());
        return nullptr;
    }
}

ParallelScan::~ParallelScan()
{
    try {
        end();
    } catch (const std::exception& e) {
        log::db()->warn("parallel scan: ending the read transactions failed: {}", e.what());
    }
}

bool ParallelScan::begin(int attempts, const std::function<void()>& betweenBegins)
{
    end();
    for (int attempt = 0; attempt < attempts; ++attempt) {
        // The second connection's version before the first begin; if it is unchanged once the second
        // connection's own read transaction has begun, no commit landed in between, so both see the commit
        // that was current before the first begin. (data_version moves on every commit by another
        // connection and on a WAL reset: a false alarm only costs a retry.)
        const qint64 before = dataVersion(*m_secondary);
        m_primary.exec("BEGIN");
        m_open = true;
        dataVersion(m_primary);
        if (betweenBegins)
            betweenBegins();
        m_secondary->exec("BEGIN");
        const qint64 after = dataVersion(*m_secondary);
        if (before == after)
            return true;
        end();
        ++m_retries;
    }
    log::db()->debug("parallel scan: a commit landed between the begins {} times", attempts);
    return false;
}

void ParallelScan::end()
{
    if (!m_open)
        return;
    m_open = false;
    // A read transaction: COMMIT only releases the snapshot. Both are tried even if one fails.
    std::exception_ptr error;
    for (SQLite::Database* db : {&m_primary, m_secondary.get()}) {
        if (sqlite3_get_autocommit(db->getHandle()))
            continue;
        try {
            db->exec("COMMIT");
        } catch (...) {
            if (!error)
                error = std::current_exception();
        }
    }
    if (error)
        std::rethrow_exception(error);
}

void ParallelScan::run(const Work& side, const Work& here)
{
    std::exception_ptr sideError;
    std::exception_ptr hereError;
    std::thread helper([&] {
        try {
            side(*m_secondary);
        } catch (...) {
            sideError = std::current_exception();
        }
    });
    try {
        here(m_primary);
    } catch (...) {
        hereError = std::current_exception();
    }
    helper.join();
    if (hereError)
        std::rethrow_exception(hereError);
    if (sideError)
        std::rethrow_exception(sideError);
}

} // namespace lodestone
