#pragma once
// The only writer: owns the single read-write connection on its own QThread and runs every write
// (imports, tagging, corrections) there, one transaction per unit of work. Create and call from any thread;
// the work itself runs on the writer thread and results come back through QFuture.
#include "db/database.h"
#include "model/error.h"
#include "store/stores.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThread>
#include <exception>
#include <memory>
#include <type_traits>

namespace lodestone {

class Checkpointer;
class Gazetteer;
class InstanceLock;

struct WriteContext final {
    Database& db;
    Stores& stores;
    std::shared_ptr<const Gazetteer> gazetteer;
};

class Writer final : public QObject {
    Q_OBJECT
public:
    explicit Writer(QString path, std::shared_ptr<const Gazetteer> gazetteer, QObject* parent = nullptr);
    ~Writer() override;

    // Write: takes the instance lock "<db>.lock" (Locked when another live process holds it), then opens the
    // read-write connection. Read: when the file already exists at the current schema version, opens a
    // read-only connection without the lock (so reading works while another process writes); otherwise as Write.
    enum class Access { Write, Read };

    // Starts the thread, opens (creating and migrating) the database there and syncs the gazetteer.
    // Blocks until done. On failure the writer is unusable and the error says why. The lock is released
    // when the writer is destroyed.
    Error start(Access access = Access::Write);
    const QString& path() const { return m_path; }
    // True when start(Access::Read) opened a read-only connection: submitted writes fail.
    bool readOnly() const { return m_readOnly; }

    // Runs fn(WriteContext&) on the writer thread. fn owns its transaction (see Transaction below).
    template <class F>
    auto submit(F fn) -> QFuture<std::invoke_result_t<F, WriteContext&>>
    {
        using R = std::invoke_result_t<F, WriteContext&>;
        auto promise = std::make_shared<QPromise<R>>();
        QFuture<R> future = promise->future();
        promise->start();
        QMetaObject::invokeMethod(m_worker, [this, promise, fn = std::move(fn)]() mutable {
            try {
                if constexpr (std::is_void_v<R>) {
                    fn(*m_context);
                } else {
                    promise->addResult(fn(*m_context));
                }
            } catch (...) {
                promise->setException(std::current_exception());
            }
            promise->finish();
        }, Qt::QueuedConnection);
        return future;
    }

    // Emitted (from the writer thread) after a unit of work changed data; receivers get it queued.
    void notifyChanged(const QString& what) { emit changed(what); }

signals:
    void changed(const QString& what);

private:
    QString m_path;
    std::shared_ptr<const Gazetteer> m_gazetteer;
    QThread m_thread;
    QObject* m_worker = nullptr;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Checkpointer> m_checkpointer; // WAL checkpoints off the writer thread
    std::unique_ptr<Stores> m_stores;
    std::unique_ptr<WriteContext> m_context;
    std::unique_ptr<InstanceLock> m_lock;
    bool m_readOnly = false;
    bool m_started = false; // start() succeeded
};

} // namespace lodestone
