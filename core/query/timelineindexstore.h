#pragma once
// Internal storage of TimelineIndex (shared by its lane layouts); not part of the public API.
// Immutable after construction, usable from any thread.
#include "query/timelineindex.h"

#include <array>

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
    // Sorted by (category, cls, flag key, start). A cell is one (category, cls, flag key) group present in
    // the data, itself sorted by start: category lanes are contiguous cell ranges, and a mask on flags
    // selects or drops whole cells.
    std::vector<TimelineSlot> evs;
    std::vector<qint64> ids;           // parallel to evs
    std::vector<quint32> linkOffsets;  // evs.size() + 1, or empty when there are no links
    std::vector<qint64> linkOrgs;
    static constexpr quint8 kFlagKeyMask = 0x3f; // flags that take part in the cell key
    std::vector<quint32> cellBegin;       // cells + 1 positions into evs
    std::vector<qint32> cellMaxDuration;  // per cell: longest end - start
    std::array<quint32, kCategoryCount + 1> categoryCells{}; // category c owns cells [c], [c + 1])
    // Span cells (cls > 0) split into runs of identical (start, end): run r covers positions
    // [spanRuns[r], spanRuns[r + 1]) (the last run of a cell ends at the cell end). Cell c owns runs
    // [cellRunBegin[c], cellRunBegin[c + 1]).
    std::vector<quint32> spanRuns;
    std::vector<quint32> cellRunBegin;    // cells + 1
    // Dense point cells (cls 0, at most two days of range per event) carry cumulative counts by day:
    // dayCum[cellCumBegin[c] + k] = events of cell c starting before (first start + k), for k in
    // [0, last start - first start + 1]. Empty range = sparse cell (searched instead).
    std::vector<quint32> dayCum;
    std::vector<quint32> cellCumBegin;    // cells + 1
    bool statusKnown = false;             // every entry carries TimelineEntry::StatusKnown
    Extent extent;

    size_t cellCount() const { return cellMaxDuration.size(); }
    size_t bytes() const
    {
        return evs.capacity() * sizeof(TimelineSlot) + ids.capacity() * sizeof(qint64) +
               linkOffsets.capacity() * sizeof(quint32) + linkOrgs.capacity() * sizeof(qint64) +
               (cellBegin.capacity() + cellRunBegin.capacity() + spanRuns.capacity() + dayCum.capacity() +
                cellCumBegin.capacity()) * sizeof(quint32) +
               cellMaxDuration.capacity() * sizeof(qint32);
    }
};

inline bool timelineIsSpan(const TimelineSlot& s)
{
    return s.cls != 0;
}

} // namespace lodestone
