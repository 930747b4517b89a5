#pragma once
// The timeline as a printable chart: a chosen date range and chosen lanes of a TimelineIndex drawn whole into
// a rectangle — legend, year/month axis with its context, every chosen lane with its label (none scrolled
// away), markers, spans, clusters with counts and event labels — with vector shapes and pixel-sized fonts, so
// PNG, SVG and PDF agree and SVG/PDF carry real text. Used by the timeline export and the briefing's timeline
// page. Stateless helper, GUI thread (fonts).
#include "query/timelinefiltermask.h"
#include "query/timelineindex.h"

#include <QRectF>
#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

class QPainter;

namespace lodestone {

struct TimelineChartSpec final {
    qint32 day0 = 0;                      // first day shown (Julian)
    qint32 day1 = -1;                     // last day shown; day1 < day0 = the extent of the matching events
    TimelineIndex::LaneMode mode = TimelineIndex::LaneMode::Category;
    std::vector<TimelineIndex::LaneSpec> orgLanes; // organisation mode: the lanes (TimelineLanes)
    QStringList laneLabels;               // per lane of the mode; empty = category names / "All events"
    std::vector<int> lanes;               // lanes to draw (indices of the mode's lanes); empty = all
                                          // (organisation mode: those with events in the range)
    TimelineFilterMask mask;              // the filter, resolved (event ids for a search)
    std::function<QString(qint64)> title; // event labels; unset = none
    int maxLanes = 40;                    // more lanes than this: the busiest ones, and a note
};

class TimelineChart final {
public:
    struct Result final {
        int lanes = 0;             // lanes drawn
        int lanesLeftOut = 0;      // chosen lanes not drawn (too many)
        int labels = 0;            // event labels drawn
        quint64 events = 0;        // events in the range and lanes
        QStringList laneNames;     // as drawn, top to bottom
    };

    // The range the chart shows: the spec's, else the extent of the events passing the mask.
    static std::pair<qint32, qint32> range(const TimelineIndex& index, const TimelineChartSpec& spec);
    // Events drawn as single markers into `target` (the ones whose titles the labels need).
    static std::vector<qint64> markerEvents(const TimelineIndex& index, const TimelineChartSpec& spec, const QRectF& target);
    static Result paint(QPainter& painter, const QRectF& target, const TimelineIndex& index, const TimelineChartSpec& spec);
};

} // namespace lodestone
