#pragma once
// SYNTHETIC timeline data for tests, benchmarks and screenshots: deterministic pseudo-random events
// (11 categories, mixed precisions, 20 years from 2005, a few bursts). Not real data. Pure, any thread.
#include "query/timelineentry.h"

#include <QtGlobal>
#include <vector>

namespace lodestone {

struct TimelineSyntheticData final {
    std::vector<TimelineEntry> entries; // ids 1..n
    TimelineOrgLinks links;             // 0-3 organisations per event out of orgCount
    int orgCount = 0;
};

// Same seed and count give the same data on every platform.
TimelineSyntheticData makeSyntheticTimeline(size_t count, quint64 seed = 20240607, int orgCount = 200);

} // namespace lodestone
