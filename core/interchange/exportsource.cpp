#include "exportsource.h"

#include "query/chartsource.h"
#include "store/interchangescan.h"
#include "store/stores.h"

#include <QSet>

namespace lodestone {

QList<Event> ExportSource::events(Stores& stores, const EventFilter& filter)
{
    bool nothing = false;
    const EventFilter f = ChartSource::resolved(stores, filter, &nothing);
    if (nothing)
        return {};
    QList<qint64> searchIds;
    if (!f.search.trimmed().isEmpty())
        searchIds = stores.reports.searchIds(f.search);
    return stores.events.list(f, searchIds);
}

ExportPayload ExportSource::gather(Stores& stores, const EventFilter& filter, InterchangeFormat format)
{
    ExportPayload p;
    InterchangeScan scan(stores.db.sql());
    if (format != InterchangeFormat::Stix) {
        p.events = events(stores, filter);
        QList<qint64> ids;
        for (const Event& e : std::as_const(p.events))
            for (const EventReportLink& l : e.reports)
                ids << l.reportId;
        p.reports = scan.reportSummaries(ids);
        return p;
    }
    EventFilter f = filter;
    f.includeRejectedEvents = true;
    p.events = events(stores, f);
    QList<qint64> extra;
    const bool eventSide = filter.from.isValid() || filter.to.isValid() || !filter.categories.isEmpty() || filter.noCategories
        || !filter.orgIds.isEmpty() || !filter.orgNames.isEmpty();
    if (!eventSide) {
        const bool reportSide = !filter.search.trimmed().isEmpty() || !filter.statuses.isEmpty() || filter.verifiedOnly;
        QList<qint64> among;
        if (reportSide) {
            ReportQuery q = ReportQuery::forFilter(filter, -1, -1);
            q.rankBySearch = false;
            q.rankWindow = -1;
            q.snippets = false;
            for (const Report& r : stores.reports.list(q))
                among << r.id;
        }
        if (!reportSide || !among.isEmpty())
            extra = scan.reportsWithoutEvents(among);
    }
    p.interchange = std::make_shared<const InterchangeData>(scan.gather(p.events, extra));
    return p;
}

void ExportSource::apply(const ExportPayload& payload, EventExporter::Options& options)
{
    options.reports = payload.reports;
    options.interchange = payload.interchange;
}

} // namespace lodestone
