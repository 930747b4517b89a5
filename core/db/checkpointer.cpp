#include "checkpointer.h"

#include "db/database.h"
#include "util/log.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <pthread.h>
#include <sqlite3.h>

namespace lodestone {

Checkpointer::Checkpointer(QString path, int thresholdPages) : m_path(std::move(path)), m_threshold(thresholdPages) {}

Checkpointer::~Checkpointer()
{
    detach();
}

Error Checkpointer::attach(sqlite3* writer)
{
    try {
        m_db = std::make_unique<SQLite::Database>(m_path.toStdString(), SQLite::OPEN_READWRITE, Database::kBusyTimeoutMs);
        // A connection only learns that the file is in WAL mode when it first reads it; until then a checkpoint
        // returns at once and copies nothing.
        if (m_db->execAndGet("PRAGMA journal_mode").getString() != "wal")
            throw SQLite::Exception("the database is not in WAL mode");
    } catch (const SQLite::Exception& e) {
        log::db()->warn("checkpointer: cannot open {}: {}; the writer checkpoints itself", m_path.toStdString(), e.what());
        return {ErrorCode::Io, QString::fromUtf8(e.what())};
    }
    m_writer = writer;
    m_thread = std::thread([this] {
        pthread_setname_np(pthread_self(), "lodestone-ckpt");
        run();
    });
    sqlite3_wal_hook(m_writer, &Checkpointer::walHook, this); // replaces the auto-checkpoint hook
    return {};
}

void Checkpointer::detach()
{
    if (m_writer) {
        sqlite3_wal_autocheckpoint(m_writer, m_threshold);
        m_writer = nullptr;
    }
    if (m_thread.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }
    m_db.reset();
}

int Checkpointer::completed() const
{
    std::lock_guard lock(m_mutex);
    return m_completed;
}

int Checkpointer::walHook(void* self, sqlite3* db, const char* schema, int pages)
{
    auto* c = static_cast<Checkpointer*>(self);
    if (pages >= c->m_threshold * kInlineFactor) {
        // Behind: do what SQLite's auto-checkpoint does, on the committing connection.
        sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    } else if (pages >= c->m_threshold) {
        {
            std::lock_guard lock(c->m_mutex);
            c->m_pending = true;
        }
        c->m_wake.notify_one();
    }
    return SQLITE_OK;
}

void Checkpointer::run()
{
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_pending || m_stop; });
            if (m_stop)
                return;
            m_pending = false;
        }
        int walFrames = 0;
        int copied = 0;
        const int rc = sqlite3_wal_checkpoint_v2(m_db->getHandle(), "main", SQLITE_CHECKPOINT_PASSIVE, &walFrames, &copied);
        if (rc != SQLITE_OK && rc != SQLITE_BUSY) {
            log::db()->warn("checkpoint of {} failed: {}", m_path.toStdString(), sqlite3_errmsg(m_db->getHandle()));
            continue;
        }
        std::lock_guard lock(m_mutex);
        ++m_completed;
        log::db()->debug("checkpoint: {} of {} WAL frames copied", copied, walFrames);
    }
}

} // namespace lodestone
