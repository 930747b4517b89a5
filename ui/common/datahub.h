#pragma once
// The GUI thread's single source of data: holds the shared EventFilter, asks QueryService for reports,
// events and counts on pool threads, drops stale answers by generation, and reloads after Writer changes.
#include "model/event.h"
#include "model/organisation.h"
#include "model/report.h"
#include "query/eventfilter.h"
#include "service/generation.h"

#include <QObject>
#include <memory>

namespace lodestone {

class QueryService;
class TimelineIndex;
class Writer;

struct DashboardCounts final {
    qint64 reports = 0;
    qint64 events = 0;
    qint64 organisations = 0;
    qint64 verifiedReports = 0;
};

class DataHub final : public QObject {
    Q_OBJECT
public:
    DataHub(QueryService& queries, Writer* writer, QObject* parent = nullptr);

    const EventFilter& filter() const { return m_filter; }
    QueryService& queries() { return m_queries; }
    Writer* writer() const { return m_writer; }
    // A searched report table shows at most this many best-ranked reports (200 unless changed).
    void setReportSearchLimit(int limit) { m_reportSearchLimit = limit; }

public slots:
    void setFilter(const lodestone::EventFilter& filter);
    void reload();
    void selectEvent(qint64 eventId);
    void selectReport(qint64 reportId);

signals:
    void filterChanged(const lodestone::EventFilter& filter);
    void reportsLoaded(const QList<lodestone::Report>& reports);
    // After each reportsLoaded: how many reports the filter matches, when the table shows fewer of them
    // (a search's limit); shown == total otherwise.
    void reportsCounted(qint64 shown, qint64 total);
    void eventsLoaded(const QList<lodestone::Event>& events);
    void countsLoaded(const lodestone::DashboardCounts& counts);
    void eventSelected(qint64 eventId);
    void reportSelected(qint64 reportId);
    void loadFailed(const QString& detail);
    void organisationsLoaded(const QList<lodestone::Organisation>& orgs);
    void timelineLoaded(std::shared_ptr<const lodestone::TimelineIndex> index);
    // The filter with organisation names resolved to ids (what the timeline and charts apply).
    void filterResolved(const lodestone::EventFilter& filter);

private:
    void loadReports();
    void loadEvents();
    void loadCounts();
    void loadOrganisations();
    void loadTimeline();

    QueryService& m_queries;
    Writer* m_writer;
    EventFilter m_filter;
    int m_reportSearchLimit;
    Generation m_reportGen;
    Generation m_eventGen;
    Generation m_countGen;
    Generation m_orgGen;
    Generation m_timelineGen;
};

} // namespace lodestone
