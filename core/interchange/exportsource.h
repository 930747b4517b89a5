#pragma once
// Loads everything an export of the filtered events needs, the same way for the GUI and the command line:
// the events as `events` lists them (organisation names resolved, search applied) and, for STIX, the linked
// organisations and backing reports. Runs on the thread that owns the stores' connection.
#include "interchange/eventexporter.h"
#include "query/eventfilter.h"

namespace lodestone {

struct Stores;

struct ExportPayload final {
    QList<Event> events;
    QList<Organisation> organisations; // STIX only
    QList<Report> reports;             // STIX only
};

class ExportSource final {
public:
    // An organisation name that matches nothing yields no events (not all of them).
    static QList<Event> events(Stores& stores, const EventFilter& filter);
    static ExportPayload gather(Stores& stores, const EventFilter& filter, InterchangeFormat format,
                                const QDateTime& exportedAt = QDateTime::currentDateTimeUtc());
};

} // namespace lodestone
