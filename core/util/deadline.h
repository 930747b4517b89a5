#pragma once
// The current thread's deadline for the work on one input file, set by FileBudgetScope. Long loops that cannot be
// told about files (date finding, event extraction) look at it now and then and stop early once it has passed;
// the caller then fails the file with its budget reason. Per thread; none set means no deadline.
#include <QDeadlineTimer>

namespace lodestone {

class Deadline final {
public:
    static bool passed();
    // Sets the thread's deadline and returns the previous one (to restore).
    static QDeadlineTimer set(QDeadlineTimer deadline);
};

} // namespace lodestone
