#pragma once
// Computes every chart aggregate in one pass over the compact timeline entries (never through an item
// model): events over time stacked by category, by category, top organisations, verification shares.
// Pure static functions, usable from any thread (meant for pool threads).
#include "query/chartdata.h"
#include "query/timelineentry.h"
#include "query/timelinefiltermask.h"

#include <vector>

namespace lodestone {

// What to aggregate: the timeline mask plus what the mask cannot express (search hits, status sets).
struct ChartQuery final {
    TimelineFilterMask mask;
    bool restrictToIds = false;       // only events whose id is in onlyEventIds
    std::vector<qint64> onlyEventIds; // sorted ascending
    ChartBucket bucket = ChartBucket::Auto;
    int topN = 10;
};

class ChartAggregator final {
public:
    // Bucket for a span of start days: week up to ~6 months, month up to 3 years, quarter up to 10 years,
    // else year.
    static ChartBucket chooseBucket(qint32 firstDay, qint32 lastDay);
    // Julian day of the first day of the bucket holding `day` (weeks start on Monday).
    static qint32 bucketStart(qint32 day, ChartBucket bucket);
    // First day of the bucket after the one starting at `start`.
    static qint32 nextBucketStart(qint32 start, ChartBucket bucket);
    // The verification state shown for an entry (index into StatusCounts).
    static int statusIndex(quint8 flags);
    static bool matches(const TimelineEntry& e, size_t index, const TimelineOrgLinks& links, const ChartQuery& q);

    // All four aggregates. Organisation names, report counts and sources are left for ChartSource.
    static ChartData aggregate(const std::vector<TimelineEntry>& entries, const TimelineOrgLinks& links,
                               const ChartQuery& query);
};

} // namespace lodestone
