#pragma once
// Generation counter for one stream of requests (e.g. "the timeline's query"): each new request takes
// the next number, and a result is used only when its number is still the latest. GUI thread or any thread.
#include <QtGlobal>
#include <atomic>

namespace lodestone {

class Generation final {
public:
    quint64 next() { return ++m_value; }
    bool isCurrent(quint64 g) const { return g == m_value.load(); }
    quint64 current() const { return m_value.load(); }

private:
    std::atomic<quint64> m_value{0};
};

} // namespace lodestone
