#pragma once
// Runs the WAL checkpoints of the Writer's database on a thread and connection of its own, so a commit never
// waits while pages are copied back into the database file and synced. Created by the Writer on its thread;
// the hook it installs runs inside the Writer's commits, the checkpoints on the checkpointer's own std::thread.
#include "model/error.h"

#include <QString>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

struct sqlite3;
namespace SQLite { class Database; }

namespace lodestone {

class Checkpointer final {
public:
    // Checkpoint once the WAL holds `thresholdPages` pages (the default matches ~32 MB at 4 KiB pages). Should
    // the checkpoints fall behind until the WAL holds kInlineFactor times that, the committing connection
    // checkpoints itself, as SQLite's own auto-checkpoint would: the WAL cannot grow without bound.
    static constexpr int kDefaultThresholdPages = 8000;
    static constexpr int kInlineFactor = 4;

    explicit Checkpointer(QString path, int thresholdPages = kDefaultThresholdPages);
    ~Checkpointer();
    Checkpointer(const Checkpointer&) = delete;
    Checkpointer& operator=(const Checkpointer&) = delete;

    // Opens the checkpointer's connection and starts its thread, then takes over `writer`'s checkpoints (its
    // auto-checkpoint is replaced by a hook that wakes the thread). On failure the writer keeps auto-checkpointing.
    Error attach(sqlite3* writer);
    // Restores the writer's auto-checkpoint and stops the thread (a checkpoint in progress finishes first).
    // Call on the writer connection's thread before closing that connection.
    void detach();

    // Checkpoints completed on the thread so far (for tests and logs).
    int completed() const;

private:
    static int walHook(void* self, sqlite3* db, const char* schema, int pages);
    void run();

    QString m_path;
    int m_threshold;
    sqlite3* m_writer = nullptr;
    std::unique_ptr<SQLite::Database> m_db;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_pending = false;
    bool m_stop = false;
    int m_completed = 0;
};

} // namespace lodestone
