#pragma once
// The briefing pack: one 16:9 PDF with a title page (key figures, filter, contents), the timeline,
// the four charts, the event table and the numbered source list, every page in the briefing frame.
// Vector output, fonts embedded (CJK included), written atomically. GUI thread.
#include "model/error.h"
#include "query/chartsource.h"
#include "query/eventfilter.h"
#include "query/timelineindex.h"

#include <QDateTime>
#include <QSizeF>
#include <QString>
#include <vector>


namespace lodestone {

struct BriefingOptions final {
    QString title;                       // empty = a default title
    QString classification;              // optional handling line on every page
    QSizeF pageSize{960, 540};           // points; 13.33 x 7.5 in, a widescreen slide
    QDateTime exportedAt = QDateTime::currentDateTime();
    TimelineIndex::LaneMode laneMode = TimelineIndex::LaneMode::Category; // lanes of the timeline page
};

class BriefingExporter final {
public:
    // The timeline page (when src.base holds events) shows the filter's dates, or the matching events' first to
    // last day, in every lane of options.laneMode, drawn by TimelineChart with labels from src.titles.
    static Error write(const QString& path, const BriefingSource& src, const EventFilter& filter,
                       const BriefingOptions& options);
    // Page titles in order, as write() would produce them (for tests and the contents list).
    static QStringList pageTitles(const BriefingSource& src, const EventFilter& filter, const BriefingOptions& options,
                                  bool withTimeline);
    // Events the timeline page draws as single markers: the titles to read before write().
    static std::vector<qint64> timelineMarkerEvents(const BriefingSource& src, const EventFilter& filter,
                                                    const BriefingOptions& options);
};

} // namespace lodestone
