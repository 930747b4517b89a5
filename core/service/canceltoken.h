#pragma once
// A shared cancellation flag checked by long-running work (imports, queries). Any thread.
#include <atomic>
#include <memory>

namespace lodestone {

class CancelToken final {
public:
    CancelToken() : m_flag(std::make_shared<std::atomic_bool>(false)) {}
    void cancel() const { m_flag->store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_flag->load(std::memory_order_relaxed); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

} // namespace lodestone
