#pragma once
// One computed picture of the timeline: per lane, the individual markers that do not overlap at this
// scale and pixel-bucket bins for the rest, in pixel coordinates. Plain value type, usable from any thread.
#include <QtGlobal>
#include <vector>

namespace lodestone {

struct TimelineMarker final {
    qint64 eventId = 0;
    float x0 = 0;          // px from the frame's left edge (point events: the day's centre)
    float x1 = 0;          // px; == x0 for point events, end of the last day for spans
    quint8 category = 0;   // lodestone::Category
    quint8 precision = 0;  // lodestone::Precision
    quint8 flags = 0;      // TimelineEntry::Flag
    quint8 row = 0;        // span sub-row inside the lane (spans only)
    bool span = false;     // month/quarter/year precision (or multi-day): drawn as a bar

    bool operator==(const TimelineMarker&) const = default;
};

struct TimelineBin final {
    float x0 = 0;          // pixel bucket [x0, x1)
    float x1 = 0;
    quint32 count = 0;     // point events whose day falls in the bucket
    quint8 flags = 0;      // dominant flags: a flag is set when at least half the events carry it
    quint8 category = 0;   // most frequent category
    qint32 day0 = 0;       // days the bucket covers (inclusive), for "zoom into this cluster"
    qint32 day1 = 0;
};

struct TimelineLaneFrame final {
    int lane = 0;              // index into TimelineIndex::lanes()
    int depth = 0;             // nesting depth (organisation lanes)
    bool folded = false;       // descendants are folded into this lane
    quint32 visibleCount = 0;  // events in view passing the mask
    quint32 totalCount = 0;    // events in the lane (all time, unfiltered)
    int spanRows = 0;          // number of span rows used by markers
    quint32 spanOverflow = 0;  // visible spans not drawn as bars (no free row, or too many)
    std::vector<quint32> spanCoverage; // per bucket: overflowing spans covering it (empty when none)
    std::vector<TimelineMarker> markers; // sorted by x0
    std::vector<TimelineBin> bins;       // sorted by x0
};

struct TimelineHit final {
    enum Kind { None, Marker, Bin };
    Kind kind = None;
    int laneRow = -1;  // index into TimelineFrame::lanes
    int index = -1;    // into markers or bins of that lane
    qint64 eventId = 0;
};

struct TimelineFrame final {
    qint32 dayStart = 0;
    double daysPerPixel = 1.0;
    int widthPx = 0;
    int bucketPx = 8;
    quint64 visibleCount = 0;
    std::vector<TimelineLaneFrame> lanes;

    double xForDay(double day) const { return (day - dayStart) / daysPerPixel; }
    double dayForX(double x) const { return dayStart + x * daysPerPixel; }

    // Hit test inside one lane at pixel x. spanRow >= 0 tests the span bars of that row only;
    // spanRow < 0 tests point markers (nearest within tolerancePx), then bins.
    TimelineHit hitTest(int laneRow, double x, int spanRow, double tolerancePx = 5.0) const;
    // Where an event is drawn as a marker in this frame, or nullptr.
    const TimelineMarker* findMarker(qint64 eventId, int* laneRow = nullptr) const;
};

} // namespace lodestone
