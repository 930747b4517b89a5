#pragma once
// "<db>.checked": written when the Writer closes a database cleanly, holding the file's size and modification
// time. While the file still matches it (and has no WAL left over), the next read-write open may skip the full
// integrity check, which reads every page (0.9 s for a 1M-event file). Removed at each read-write open, so a
// crash or any other program's change leads to a full check. Plain file functions, usable from any thread.
#include <QString>

namespace lodestone {

class IntegrityMark final {
public:
    static QString pathFor(const QString& database);
    // True when the mark exists and the database file is byte-for-byte what the last clean close left.
    static bool matches(const QString& database);
    static void write(const QString& database);
    static void remove(const QString& database);
};

} // namespace lodestone
