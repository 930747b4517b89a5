#pragma once
// One event as the timeline index holds it: compact, sortable, no strings.
// Plain value type, usable from any thread. The store fills these (EventStore::loadTimelineEntries).
#include <QtGlobal>
#include <vector>

namespace lodestone {

struct TimelineEntry final {
    enum Flag : quint8 {
        Verified = 1 << 0,       // at least one backing report verified
        Disputed = 1 << 1,       // a backing report is disputed
        RejectedReport = 1 << 2, // every backing report is rejected
        RejectedEvent = 1 << 3,  // an analyst marked the event false
        AnyUnverified = 1 << 4,  // a backing report is unverified (valid with StatusKnown)
        AnyRejected = 1 << 5,    // a backing report is rejected (valid with StatusKnown)
        StatusKnown = 1 << 6,    // the loader filled AnyUnverified / AnyRejected
        Planned = 1 << 7,        // planned or effective-from: dated after the report that states it (drawn dashed)
    };
    qint64 eventId = 0;
    qint32 startDay = 0;   // QDate::toJulianDay()
    qint32 endDay = 0;     // inclusive
    quint8 category = 0;   // lodestone::Category
    quint8 precision = 0;  // lodestone::Precision
    quint8 flags = 0;
};

// Event -> organisation links in compressed form: orgs of entry i are orgIds[offsets[i] .. offsets[i+1]).
struct TimelineOrgLinks final {
    std::vector<quint32> offsets; // size entries + 1 (empty = no organisation lanes)
    std::vector<qint64> orgIds;
};

} // namespace lodestone
