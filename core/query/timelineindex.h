#pragma once
// Compact in-memory index of all events for the timeline: events sorted by (category, duration class,
// flag key, start day) so category lanes are contiguous and a flag mask picks whole sorted cells;
// organisation lanes use one sorted index array per lane. A frame costs O(visible + width), never
// O(all events); in category/single lanes without an organisation or event-id restriction, point bins are
// counted from per-cell cumulative day counts (dense cells) or by galloping over sorted starts (sparse cells),
// and identical spans are handled as runs, so a fit-all frame costs about O(lanes x cells x buckets)
// instead of O(visible). queryExact() is the per-event reference; both give identical frames.
// Immutable after construction: build on a pool thread, then share read-only with any thread.
#include "query/timelineentry.h"
#include "query/timelinefiltermask.h"
#include "query/timelineframe.h"

#include <array>
#include <memory>
#include <mutex>
#include <vector>

namespace lodestone {

class TimelineIndex final {
public:
    enum class LaneMode : int { Single = 0, Category = 1, Organisation = 2 };

    // One lane: category number, organisation id or 0 (single lane). parentIndex < 0 = top level;
    // organisation lanes list parents before their children.
    struct LaneSpec {
        qint64 key = 0;
        int parentIndex = -1;
    };
    struct Extent {
        qint32 first = 0;  // first start day
        qint32 last = -1;  // last end day
        bool isEmpty() const { return last < first; }
        bool operator==(const Extent&) const = default;
    };
    // Event starts per pixel column across the extent (overview strip).
    struct Density {
        Extent extent;
        std::vector<quint32> counts;
        quint32 maxCount = 0;
    };

    static constexpr int kClassCount = 5;      // point, <=31 d, <=92 d, <=366 d, longer
    static constexpr int kDefaultBucketPx = 8; // bin width and minimum marker spacing
    static constexpr int kSpanRows = 3;        // span bars per lane before spans become coverage

    explicit TimelineIndex(std::vector<TimelineEntry> entries, TimelineOrgLinks links = {},
                           LaneMode mode = LaneMode::Category, std::vector<LaneSpec> orgLanes = {});
    ~TimelineIndex();
    TimelineIndex(const TimelineIndex&) = delete;
    TimelineIndex& operator=(const TimelineIndex&) = delete;

    // Same events (storage shared, no copy), other lanes. O(events + links).
    std::shared_ptr<const TimelineIndex> withLanes(LaneMode mode, std::vector<LaneSpec> orgLanes = {}) const;

    TimelineFrame query(qint32 dayStart, double daysPerPixel, int widthPx, const TimelineFilterMask& mask,
                        int bucketPx = kDefaultBucketPx) const;
    // The same frame computed by visiting every visible event (reference for tests and benchmarks).
    TimelineFrame queryExact(qint32 dayStart, double daysPerPixel, int widthPx, const TimelineFilterMask& mask,
                             int bucketPx = kDefaultBucketPx) const;
    std::vector<qint64> eventsInRange(qint32 day0, qint32 day1, const TimelineFilterMask& mask) const;
    Density overview(int widthPx) const; // cached per width
    Extent extent() const;

    LaneMode laneMode() const { return m_mode; }
    const std::vector<LaneSpec>& lanes() const { return m_lanes; }
    int laneCount() const { return static_cast<int>(m_lanes.size()); }
    quint32 laneTotal(int lane) const;
    size_t eventCount() const;
    size_t linkCount() const;
    // Whether entries carry TimelineEntry::StatusKnown, so masks on Unverified/Rejected statuses are exact.
    bool hasStatusFlags() const;
    // Heap bytes held by this index (shared event storage included).
    size_t memoryBytes() const;

    struct Store; // event storage shared between lane layouts (defined in the .cpp)

private:
    TimelineIndex(std::shared_ptr<const Store> store, LaneMode mode, std::vector<LaneSpec> orgLanes);
    void buildLanes(std::vector<LaneSpec> orgLanes);
    TimelineFrame compute(qint32 dayStart, double daysPerPixel, int widthPx, const TimelineFilterMask& mask,
                          int bucketPx, bool allowAggregates) const;

    std::shared_ptr<const Store> m_store;
    LaneMode m_mode = LaneMode::Category;
    std::vector<LaneSpec> m_lanes;
    std::vector<quint32> m_order;    // base positions sorted by (lane, class, start); empty in Single mode
    std::vector<quint32> m_segments;   // organisation mode: cell offsets into m_order (else the store's cells)
    std::vector<qint32> m_maxDuration; // organisation mode: per cell, longest end - start
    std::vector<quint32> m_laneCells;  // lane l owns cells [m_laneCells[l], m_laneCells[l + 1])
    std::vector<quint32> m_laneTotals;

    mutable std::mutex m_cacheMutex;
    mutable std::shared_ptr<const Density> m_densityCache;
};

} // namespace lodestone
