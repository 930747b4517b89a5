#pragma once
// SQL for events, their organisations and evidence: storing extracted events (merging one happening
// reported several times into one event), filtered listing, and the compact load for the timeline index.
// Used on the thread that owns the given connection.
#include "model/event.h"
#include "query/eventfilter.h"
#include "query/timelineentry.h"
#include "store/statementcache.h"

#include <QHash>
#include <QList>
#include <optional>
#include <utility>

namespace SQLite { class Database; }

namespace lodestone {

struct StoredEvent final {
    qint64 eventId = 0;
    bool merged = false; // attached to an existing event reported elsewhere
};

// One event a report backs, as reprocessing sees it: may the report's evidence be replaced?
struct ReportEventLink final {
    qint64 eventId = 0;
    bool analystTouched = false; // edited or rejected by an analyst: its evidence and its data stay
    int start = 0;               // evidence offsets in the report's text
    int end = 0;
};

struct TimelineData final {
    std::vector<TimelineEntry> entries;
    TimelineOrgLinks links;
};

// A page of a long event listing: the events after `after` in the list's order (dated before undated, then by start day, then id), `offset`
// rows skipped first. The next page starts after the last event of this one.
struct EventPage final {
    std::optional<std::pair<qint64, qint64>> after; // (start day as Julian day, event id)
    bool afterUndated = false; // `after` is an undated event (undated events come last; their day is 0)
    int offset = 0;
};

class EventStore final {
public:
    explicit EventStore(SQLite::Database& db) : m_db(db), m_statements(db) {}

    StoredEvent store(qint64 reportId, const ExtractedEvent& event, const QHash<QString, qint64>& orgIds);
    std::optional<Event> get(qint64 id) const;
    // Events matching the filter, oldest first. orgNames in the filter must already be resolved to orgIds
    // by the caller (an unresolvable name yields no events); search ids are matched against reports.
    using Page = EventPage;
    QList<Event> list(const EventFilter& filter, const QList<qint64>& searchReportIds, int limit = -1,
                      const EventPage& page = EventPage()) const;
    QList<qint64> idsForReport(qint64 reportId) const;
    // Each evidence row of the report with its event's analyst state.
    QList<ReportEventLink> linksForReport(qint64 reportId) const;
    // Removes the report's evidence from an event an analyst never touched, and the event itself when no other
    // report backs it. Returns true when the event was deleted.
    bool detachReport(qint64 eventId, qint64 reportId);
    // Forgets what store() remembers between calls; after a rollback (the rows it saw may be gone).
    void clearCache() { m_leadHash.clear(); m_countingReport = 0; m_storedForReport = 0; }
    TimelineData loadTimeline() const;
    qint64 count() const;

private:
    void loadLinks(QList<Event>& events) const;
    static constexpr int kFewEventsPerReport = 64;
    SQLite::Database& m_db;
    mutable StatementCache m_statements; // the store path's statements, prepared once
    qint64 m_countingReport = 0;         // store(): the report being stored and how many of its events so far
    int m_storedForReport = 0;
    QByteArray m_countingHash;           // that report's content hash
    // store(): the smallest content hash among each event's reports (the report the event reads as), remembered
    // so that a merge into an event backed by thousands of reports does not look through all of them again.
    // Bounded: cleared when it grows past kLeadHashLimit entries.
    QHash<qint64, QByteArray> m_leadHash;
    static constexpr qsizetype kLeadHashLimit = 200000;
};

} // namespace lodestone
