#pragma once
// Delivers a QFuture's result (or failure) to a receiver on the receiver's thread through a
// QFutureWatcher, which reports futures that finished before it was attached as well. GUI thread.
#include <QFutureWatcher>
#include <QObject>
#include <exception>

namespace lodestone {

template <class T, class OnResult, class OnError>
void deliver(QObject* receiver, QFuture<T> future, OnResult onResult, OnError onError)
{
    auto* watcher = new QFutureWatcher<T>(receiver);
    QObject::connect(watcher, &QFutureWatcherBase::finished, receiver, [watcher, onResult, onError] {
        try {
            onResult(watcher->result());
        } catch (const std::exception& e) {
            onError(e);
        }
        watcher->deleteLater();
    });
    watcher->setFuture(future);
}

template <class T, class OnResult>
void deliver(QObject* receiver, QFuture<T> future, OnResult onResult)
{
    deliver(receiver, std::move(future), std::move(onResult), [](const std::exception&) {});
}

} // namespace lodestone
