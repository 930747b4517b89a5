#include "exportsource.h"

#include "interchange/stixsource.h"
#include "query/chartsource.h"
#include "store/stores.h"

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

ExportPayload ExportSource::gather(Stores& stores, const EventFilter& filter, InterchangeFormat format,
                                   const QDateTime& exportedAt)
{
    ExportPayload p;
    p.events = events(stores, filter);
    if (format == InterchangeFormat::Stix) {
        const StixBundle::Input stix = StixSource::gather(stores, p.events, exportedAt);
        p.organisations = stix.organisations;
        p.reports = stix.reports;
    }
    return p;
}

} // namespace lodestone
