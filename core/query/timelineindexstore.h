#pragma once
// Internal storage of TimelineIndex (shared by its lane layouts); not part of the public API.
// Immutable after construction, usable from any thread.
#include "query/timelineindex.h"

namespace lodestone {

// 12 bytes per event; the 64-bit id lives in a separate array (touched only for markers).
struct TimelineSlot {
    qint32 start;
    qint32 end;
    quint8 category;
    quint8 precision;
    quint8 flags;
    quint8 cls; // duration class 0..4
};
static_assert(sizeof(TimelineSlot) == 12);

struct TimelineIndex::Store {
    std::vector<TimelineSlot> evs;     // sorted by (category, cls, start): category lanes are contiguous
    std::vector<qint64> ids;           // parallel to evs
    std::vector<quint32> linkOffsets;  // evs.size() + 1, or empty when there are no links
    std::vector<qint64> linkOrgs;
    static constexpr int kCells = kCategoryCount * kClassCount; // cell = category * kClassCount + cls
    std::array<quint32, kCells + 1> cellBegin{};
    std::array<qint32, kCells> cellMaxDuration{};
    Extent extent;

    size_t bytes() const
    {
        return evs.capacity() * sizeof(TimelineSlot) + ids.capacity() * sizeof(qint64) +
               linkOffsets.capacity() * sizeof(quint32) + linkOrgs.capacity() * sizeof(qint64);
    }
};

inline bool timelineIsSpan(const TimelineSlot& s)
{
    return s.cls != 0;
}

} // namespace lodestone
