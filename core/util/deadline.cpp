#include "deadline.h"

namespace lodestone {

namespace {

thread_local QDeadlineTimer t_deadline{QDeadlineTimer::Forever};

} // namespace

bool Deadline::passed()
{
    return t_deadline.hasExpired();
}

QDeadlineTimer Deadline::set(QDeadlineTimer deadline)
{
    const QDeadlineTimer previous = t_deadline;
    t_deadline = deadline;
    return previous;
}

} // namespace lodestone
