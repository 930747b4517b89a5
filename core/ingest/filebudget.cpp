#include "filebudget.h"

#include "util/deadline.h"

#include <algorithm>

namespace lodestone {

namespace {

thread_local FileBudgetScope* t_scope = nullptr;

} // namespace

FileBudgetScope::FileBudgetScope(const FileBudget& budget) : m_budget(budget), m_previous(t_scope)
{
    m_clock.start();
    t_scope = this;
    m_previousDeadline = Deadline::set(QDeadlineTimer(std::max<qint64>(0, budget.milliseconds)));
}

FileBudgetScope::~FileBudgetScope()
{
    Deadline::set(m_previousDeadline);
    t_scope = m_previous;
}

FileBudget FileBudgetScope::current()
{
    return t_scope ? t_scope->m_budget : FileBudget{};
}

qint64 FileBudgetScope::elapsed()
{
    return t_scope ? t_scope->m_clock.elapsed() : 0;
}

void FileBudgetScope::restartClock()
{
    if (t_scope) {
        t_scope->m_clock.restart();
        Deadline::set(QDeadlineTimer(std::max<qint64>(0, t_scope->m_budget.milliseconds)));
    }
}

Error FileBudgetScope::checkTime(const QString& where)
{
    if (!t_scope || t_scope->m_clock.elapsed() <= t_scope->m_budget.milliseconds)
        return {};
    return {ErrorCode::OverBudget, QStringLiteral("reading and preparing it took more than %1 s%2")
                                       .arg(t_scope->m_budget.milliseconds / 1000.0)
                                       .arg(where.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(where))};
}

Error FileBudgetScope::tooMuchText(qsizetype chars)
{
    return {ErrorCode::OverBudget, QStringLiteral("a report of %1 characters, limit %2")
                                       .arg(chars).arg(current().textChars)};
}

Error FileBudgetScope::tooManyItems(qsizetype items, const QString& what)
{
    return {ErrorCode::OverBudget, QStringLiteral("%1 %2, limit %3")
                                       .arg(items).arg(what).arg(current().items)};
}

} // namespace lodestone
