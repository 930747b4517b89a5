#include "chartsource.h"

#include "store/stores.h"
#include "util/log.h"

#include <QElapsedTimer>
#include <QSet>
#include <algorithm>

namespace lodestone {

namespace {

QList<qint64> searchHits(Stores& stores, const EventFilter& f)
{
    return f.search.trimmed().isEmpty() ? QList<qint64>{} : stores.reports.searchIds(f.search.trimmed());
}

} // namespace

std::shared_ptr<const ChartBase> ChartSource::loadBase(Stores& stores)
{
    auto base = std::make_shared<ChartBase>();
    base->timeline = stores.timeline.load();
    for (int s = 0; s < 4; ++s)
        base->reportStatus[static_cast<size_t>(s)] =
            static_cast<quint64>(stores.reports.countWithStatus(static_cast<VerificationStatus>(s)));
    return base;
}

EventFilter ChartSource::resolved(Stores& stores, const EventFilter& filter, bool* matchesNothing)
{
    EventFilter f = filter;
    bool nothing = false;
    if (!f.orgNames.isEmpty()) {
        const QList<qint64> ids = stores.orgs.resolveNames(f.orgNames);
        nothing = ids.isEmpty() && f.orgIds.isEmpty();
        f.orgIds << ids;
        f.orgNames.clear();
    }
    if (matchesNothing)
        *matchesNothing = nothing;
    return f;
}

ChartQuery ChartSource::prepare(Stores& stores, const EventFilter& filter, ChartBucket bucket, int topN)
{
    bool nothing = false;
    const EventFilter f = resolved(stores, filter, &nothing);
    ChartQuery q;
    q.mask = TimelineFilterMask::fromEventFilter(f);
    q.bucket = bucket;
    q.topN = topN;
    if (nothing) {
        q.restrictToIds = true; // an unknown organisation matches nothing
        return q;
    }
    // Search text and status sets are not in the compact entries: let the store pick the event ids.
    if (!f.search.trimmed().isEmpty() || !f.statuses.isEmpty()) {
        q.restrictToIds = true;
        for (const Event& e : stores.events.list(f, searchHits(stores, f)))
            q.onlyEventIds.push_back(e.id);
        std::sort(q.onlyEventIds.begin(), q.onlyEventIds.end());
    }
    return q;
}

ChartData ChartSource::load(Stores& stores, const ChartBase& base, const EventFilter& filter, ChartBucket bucket, int topN)
{
    QElapsedTimer timer;
    timer.start();
    const ChartQuery q = prepare(stores, filter, bucket, topN);
    ChartData data = ChartAggregator::aggregate(base.timeline.entries, base.timeline.links, q);
    data.reportStatus = base.reportStatus;
    for (OrgCount& o : data.topOrgs) {
        if (const auto org = stores.orgs.get(o.orgId)) {
            o.name = org->nameEn;
            o.nameZh = org->nameZh;
        }
    }
    for (qint64 id : resolved(stores, filter).orgIds) {
        if (const auto org = stores.orgs.get(id))
            data.filterOrgs.push_back({id, 0, org->nameEn, org->nameZh});
    }
    // Sources: reports behind the matching events when there are not too many, else database totals.
    if (data.eventCount > 0 && data.eventCount <= static_cast<quint64>(kExactSourceLimit)) {
        EventFilter f = resolved(stores, filter);
        QSet<qint64> all;
        QSet<qint64> verified;
        const QList<Event> events = stores.events.list(f, searchHits(stores, f));
        for (const Event& e : events) {
            for (const EventReportLink& r : e.reports) {
                all.insert(r.reportId);
                if (r.status == VerificationStatus::Verified)
                    verified.insert(r.reportId);
            }
        }
        data.sourceReports = all.size();
        data.sourceVerified = verified.size();
    } else if (data.eventCount > 0) {
        data.sourcesExact = false;
        for (quint64 c : base.reportStatus)
            data.sourceReports += static_cast<qint64>(c);
        data.sourceVerified = static_cast<qint64>(base.reportStatus[static_cast<size_t>(VerificationStatus::Verified)]);
    }
    log::query()->debug("charts: {} of {} events aggregated in {} ms", data.eventCount, base.timeline.entries.size(),
                        timer.elapsed());
    return data;
}

ChartData ChartSource::load(Stores& stores, const EventFilter& filter, ChartBucket bucket, int topN)
{
    const auto base = loadBase(stores);
    return load(stores, *base, filter, bucket, topN);
}

TimelineFilterMask ChartSource::timelineMask(Stores& stores, const EventFilter& filter)
{
    const ChartQuery q = prepare(stores, filter, ChartBucket::Auto, 0);
    TimelineFilterMask mask = q.mask;
    if (q.restrictToIds)
        mask.setEventIds(q.onlyEventIds);
    return mask;
}

TimelineSource ChartSource::loadTimeline(Stores& stores, const EventFilter& filter)
{
    TimelineSource out;
    out.base = loadBase(stores);
    out.charts = load(stores, *out.base, filter);
    out.mask = timelineMask(stores, filter);
    out.organisations = stores.orgs.list();
    return out;
}

BriefingSource ChartSource::loadBriefing(Stores& stores, const EventFilter& filter, int eventLimit)
{
    BriefingSource out;
    out.base = loadBase(stores);
    out.charts = load(stores, *out.base, filter);
    out.mask = timelineMask(stores, filter);
    out.organisations = stores.orgs.list();
    bool nothing = false;
    const EventFilter f = resolved(stores, filter, &nothing);
    if (nothing)
        return out;
    out.events = stores.events.list(f, searchHits(stores, f), eventLimit + 1);
    if (out.events.size() > eventLimit) {
        out.events.resize(eventLimit);
        out.eventsTruncated = true;
    }
    for (const Event& e : out.events)
        out.titles.insert(e.id, e.title);
    QSet<qint64> ids;
    for (const Event& e : out.events)
        for (const EventReportLink& r : e.reports)
            ids.insert(r.reportId);
    if (!ids.isEmpty()) {
        ReportQuery rq;
        rq.ids = QList<qint64>(ids.begin(), ids.end());
        std::sort(rq.ids.begin(), rq.ids.end());
        out.reports = stores.reports.list(rq);
        std::sort(out.reports.begin(), out.reports.end(), [](const Report& a, const Report& b) { return a.id < b.id; });
    }
    return out;
}

} // namespace lodestone
