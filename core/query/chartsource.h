#pragma once
// Loads what charts and briefing exports need from the stores: the compact timeline (cached by the caller
// as a ChartBase), the filter turned into a ChartQuery, the aggregates with organisation names and the
// sources behind them. Runs on the thread that owns the given Stores (a pool thread or the CLI's writer).
#include "model/event.h"
#include "model/organisation.h"
#include "model/report.h"
#include "query/chartaggregator.h"
#include "query/eventfilter.h"
#include "store/eventstore.h"

#include <QHash>
#include <QList>
#include <memory>

namespace lodestone {

struct Stores;

// Everything that does not depend on the filter: reload only when the database changed.
struct ChartBase final {
    TimelineData timeline;
    StatusCounts reportStatus{}; // all reports by verification status
};

// What a timeline export draws: the compact events, the filter resolved for them, the organisations (for
// organisation lanes) and the counts behind the captions. Titles for the labels are added by the caller
// (TimelineStore::titles for the events drawn as markers).
struct TimelineSource final {
    std::shared_ptr<const ChartBase> base;
    ChartData charts;                 // counts, first/last day and sources of the matching events
    TimelineFilterMask mask;          // the filter as the timeline index applies it (search hits as event ids)
    QList<Organisation> organisations;
    QHash<qint64, QString> titles;    // event labels
};

// What the briefing pack shows besides the charts.
struct BriefingSource final {
    ChartData charts;
    QList<Event> events;    // matching events, oldest first (at most the limit asked for)
    bool eventsTruncated = false;
    QList<Report> reports;  // reports backing those events, without text, by id
    std::shared_ptr<const ChartBase> base;
    TimelineFilterMask mask;           // the filter for the timeline page
    QList<Organisation> organisations; // for a timeline page in organisation lanes
    QHash<qint64, QString> titles;     // event labels of the timeline page (the events above, and any read later)
};

class ChartSource final {
public:
    static constexpr int kExactSourceLimit = 20000; // above this many events the footer uses database totals

    static std::shared_ptr<const ChartBase> loadBase(Stores& stores);
    // Resolves organisation names, search text and status sets into ids the aggregator can test.
    static ChartQuery prepare(Stores& stores, const EventFilter& filter, ChartBucket bucket, int topN);
    // Aggregates, then fills organisation names, report status counts and the sources line numbers.
    static ChartData load(Stores& stores, const ChartBase& base, const EventFilter& filter,
                          ChartBucket bucket = ChartBucket::Auto, int topN = 10);
    static ChartData load(Stores& stores, const EventFilter& filter, ChartBucket bucket = ChartBucket::Auto,
                          int topN = 10);
    static BriefingSource loadBriefing(Stores& stores, const EventFilter& filter, int eventLimit = 2000);
    static TimelineSource loadTimeline(Stores& stores, const EventFilter& filter);
    // The timeline index's mask for the filter: categories, dates, statuses, organisations, and the event ids
    // of a search or status set that the compact entries cannot answer.
    static TimelineFilterMask timelineMask(Stores& stores, const EventFilter& filter);
    // The filter as EventStore::list wants it: org names resolved into ids (an unknown name matches none).
    static EventFilter resolved(Stores& stores, const EventFilter& filter, bool* matchesNothing = nullptr);
};

} // namespace lodestone
