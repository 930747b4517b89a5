#include "stixsource.h"

#include "store/stores.h"

#include <QSet>

#include <algorithm>

namespace lodestone {

StixBundle::Input StixSource::gather(const Stores& stores, const QList<Event>& events, const QDateTime& exportedAt)
{
    StixBundle::Input input;
    input.events = events;
    input.exportedAt = exportedAt;
    QSet<qint64> orgIds, reportIds;
    for (const Event& e : events) {
        for (const EventOrgLink& l : e.organisations)
            orgIds.insert(l.orgId);
        for (const EventReportLink& l : e.reports)
            reportIds.insert(l.reportId);
    }
    QList<qint64> sortedOrgs(orgIds.begin(), orgIds.end());
    QList<qint64> sortedReports(reportIds.begin(), reportIds.end());
    std::sort(sortedOrgs.begin(), sortedOrgs.end());
    std::sort(sortedReports.begin(), sortedReports.end());
    for (qint64 id : sortedOrgs)
        if (auto org = stores.orgs.get(id))
            input.organisations << *org;
    for (qint64 id : sortedReports)
        if (auto report = stores.reports.get(id))
            input.reports << *report;
    return input;
}

} // namespace lodestone
