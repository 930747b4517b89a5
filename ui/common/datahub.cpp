#include "datahub.h"

#include "deliver.h"

#include <utility>

#include "service/queryservice.h"
#include "query/timelineindex.h"
#include "service/writer.h"
#include "util/log.h"


namespace lodestone {

namespace {
constexpr int kEventRowLimit = 20000; // tables show at most this many rows; the timeline shows all
constexpr int kReportSearchLimit = 200; // a searched report table shows the best-ranked matches
}

DataHub::DataHub(QueryService& queries, Writer* writer, QObject* parent)
    : QObject(parent), m_queries(queries), m_writer(writer), m_reportSearchLimit(kReportSearchLimit)
{
    if (m_writer)
        connect(m_writer, &Writer::changed, this, &DataHub::reload, Qt::QueuedConnection);
}

void DataHub::setFilter(const EventFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    emit filterChanged(m_filter);
    loadReports();
    loadEvents();
}

void DataHub::reload()
{
    loadReports();
    loadEvents();
    loadCounts();
    loadOrganisations();
    loadTimeline();
}

void DataHub::selectEvent(qint64 eventId)
{
    emit eventSelected(eventId);
}

void DataHub::selectReport(qint64 reportId)
{
    emit reportSelected(reportId);
}

void DataHub::loadReports()
{
    const quint64 gen = m_reportGen.next();
    const EventFilter filter = m_filter;
    const int limit = m_reportSearchLimit;
    deliver(this, m_queries.run([filter, limit](ReadContext& ctx) {
        // Reports follow the filter's search and statuses; dates, categories and organisations describe
        // events, so they do not hide reports (undated reports stay visible).
        const ReportQuery query = ReportQuery::forFilter(filter, limit, -1);
        QList<Report> reports = ctx.stores.reports.list(query);
        const qint64 shown = reports.size();
        const qint64 total = query.limit >= 0 && shown >= query.limit ? ctx.stores.reports.countMatches(query) : shown;
        return std::make_pair(std::move(reports), total);
    }),
        [this, gen](const std::pair<QList<Report>, qint64>& result) {
        if (!m_reportGen.isCurrent(gen))
            return;
        emit reportsLoaded(result.first);
        emit reportsCounted(result.first.size(), result.second);
    },
        [this](const std::exception& e) {
        emit loadFailed(QString::fromUtf8(e.what()));
    });
}

void DataHub::loadEvents()
{
    const quint64 gen = m_eventGen.next();
    const EventFilter filter = m_filter;
    deliver(this, m_queries.run([filter](ReadContext& ctx) {
        EventFilter f = filter;
        if (!f.orgNames.isEmpty())
            f.orgIds << ctx.stores.orgs.resolveNames(f.orgNames);
        const QList<qint64> hits = f.search.trimmed().isEmpty() ? QList<qint64>{} : ctx.stores.reports.searchIds(f.search);
        return std::make_pair(f, ctx.stores.events.list(f, hits, kEventRowLimit));
    }),
        [this, gen](const std::pair<EventFilter, QList<Event>>& result) {
        if (!m_eventGen.isCurrent(gen))
            return;
        emit filterResolved(result.first);
        emit eventsLoaded(result.second);
    },
        [this](const std::exception& e) {
        emit loadFailed(QString::fromUtf8(e.what()));
    });
}

void DataHub::loadCounts()
{
    const quint64 gen = m_countGen.next();
    deliver(this, m_queries.run([](ReadContext& ctx) {
        DashboardCounts c;
        c.reports = ctx.stores.reports.count();
        c.events = ctx.stores.events.count();
        c.organisations = ctx.stores.orgs.count();
        c.verifiedReports = ctx.stores.reports.countWithStatus(VerificationStatus::Verified);
        return c;
    }),
        [this, gen](const DashboardCounts& c) {
        if (m_countGen.isCurrent(gen))
            emit countsLoaded(c);
    },
        [this](const std::exception& e) {
        emit loadFailed(QString::fromUtf8(e.what()));
    });
}

} // namespace lodestone

namespace lodestone {

void DataHub::loadOrganisations()
{
    const quint64 gen = m_orgGen.next();
    deliver(this, m_queries.run([](ReadContext& ctx) { return ctx.stores.orgs.list(); })
        ,
        [this, gen](const QList<Organisation>& orgs) {
            if (m_orgGen.isCurrent(gen))
                emit organisationsLoaded(orgs);
        },
        [this](const std::exception& e) { emit loadFailed(QString::fromUtf8(e.what())); });
}

void DataHub::loadTimeline()
{
    const quint64 gen = m_timelineGen.next();
    deliver(this, m_queries.run([](ReadContext& ctx) {
        TimelineData data = ctx.stores.timeline.load();
        return std::shared_ptr<const TimelineIndex>(
            std::make_shared<const TimelineIndex>(std::move(data.entries), std::move(data.links)));
    }),
        [this, gen](const std::shared_ptr<const TimelineIndex>& index) {
        if (m_timelineGen.isCurrent(gen))
            emit timelineLoaded(index);
    },
        [this](const std::exception& e) { emit loadFailed(QString::fromUtf8(e.what())); });
}

} // namespace lodestone
