#pragma once
// Loads everything an export of the filtered events needs, the same way for the GUI and the command line:
// the events as `events` lists them (organisation names resolved, search applied), the metadata of their
// reports, and for STIX the whole portable record (see InterchangeScan). Runs on the thread that owns the
// stores' connection.
#include "interchange/eventexporter.h"
#include "query/eventfilter.h"

#include <QHash>
#include <memory>

namespace lodestone {

struct Stores;

struct ExportPayload final {
    QList<Event> events;
    QHash<qint64, Report> reports;                      // metadata of the reports behind the events (no text)
    std::shared_ptr<const InterchangeData> interchange; // STIX only
};

class ExportSource final {
public:
    // An organisation name that matches nothing yields no events (not all of them).
    static QList<Event> events(Stores& stores, const EventFilter& filter);
    // STIX exports the events an analyst rejected too (marked so), every report behind the events and, when the
    // filter restricts nothing but reports (search, statuses), the reports that back no event.
    static ExportPayload gather(Stores& stores, const EventFilter& filter, InterchangeFormat format);
    // Fills EventExporter::Options from a payload.
    static void apply(const ExportPayload& payload, EventExporter::Options& options);
};

} // namespace lodestone
