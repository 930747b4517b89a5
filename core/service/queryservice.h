#pragma once
// Runs read queries on its own pool threads, each with its own read-only connection, and returns plain
// values through QFuture. Callers (the GUI thread) pair it with a Generation to drop stale results.
#include "db/database.h"
#include "store/stores.h"

#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <memory>
#include <stdexcept>

namespace lodestone {

struct ReadContext final {
    Database& db;
    Stores& stores;
};

class QueryService final {
public:
    explicit QueryService(QString path, int threads = 2);
    ~QueryService();
    QueryService(const QueryService&) = delete;
    QueryService& operator=(const QueryService&) = delete;

    const QString& path() const { return m_path; }

    template <class F>
    auto run(F fn) -> QFuture<std::invoke_result_t<F, ReadContext&>>
    {
        return QtConcurrent::run(&m_pool, [this, fn = std::move(fn)]() mutable { return fn(context()); });
    }

private:
    ReadContext& context(); // this thread's connection, opened on first use
    QString m_path;
    quint64 m_serial;
    QThreadPool m_pool;
};

} // namespace lodestone
