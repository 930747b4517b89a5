#pragma once
// The timeline as an export of its own: a date range, a lane mode with the lanes the analyst chose and the
// shared filter, drawn by TimelineChart inside the briefing frame (title, filter subtitle, sources footer,
// unverified note, classification) to PNG, SVG or PDF. Used by the timeline's Export dialog and by
// `lodestone export-timeline`. GUI thread (fonts); the data comes from ChartSource::loadTimeline.
#include "charts/exportoptions.h"
#include "model/error.h"
#include "query/chartsource.h"
#include "timelinechart.h"

#include <QDate>
#include <QList>
#include <vector>

namespace lodestone {

struct TimelineExportRequest final {
    QDate from;                 // range shown; invalid = the first/last matching event
    QDate to;
    TimelineIndex::LaneMode mode = TimelineIndex::LaneMode::Category;
    QList<qint64> lanes;        // categories (as numbers) or organisation ids; empty = every lane (with events)
    ExportOptions frame;        // size, scale, DPI, title, classification (subtitle and footer are filled in)
};

class TimelineExport final {
public:
    // The chart the request asks for over the loaded source (titles from src.titles).
    static TimelineChartSpec spec(const TimelineSource& src, const TimelineExportRequest& request);
    // The index the spec is drawn from.
    static std::shared_ptr<const TimelineIndex> index(const TimelineSource& src);
    // Events drawn as single markers: the titles to read before writing.
    static std::vector<qint64> markerEvents(const TimelineSource& src, const EventFilter& filter,
                                            const TimelineExportRequest& request);
    // Title (default "Timeline"), filter subtitle with the range, sources line and note.
    static ExportOptions frameOptions(const TimelineSource& src, const EventFilter& filter, const TimelineExportRequest& request);
    static Error write(const QString& path, ExportFormat format, const TimelineSource& src, const EventFilter& filter,
                       const TimelineExportRequest& request, TimelineChart::Result* result = nullptr);
    // The filter narrowed to the request's range (what the source is loaded for).
    static EventFilter filterFor(const EventFilter& filter, const TimelineExportRequest& request);
};

} // namespace lodestone
