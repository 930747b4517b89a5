#pragma once
// Writes SYNTHETIC timeline data (makeSyntheticTimeline) into an empty database for benchmarks and tests:
// organisations, one status-tagged report per status per group of events, events, evidence and links, so
// that TimelineStore::load() gives back the same entries and flags. Used on the connection's thread.
#include "query/timelinesynthetic.h"

namespace SQLite { class Database; }

namespace lodestone {

class TimelineSyntheticWriter final {
public:
    TimelineSyntheticWriter() = delete;
    // One transaction, prepared statements; ~1M events in a few seconds. Not for real data.
    static void write(SQLite::Database& db, const TimelineSyntheticData& data);
};

} // namespace lodestone
