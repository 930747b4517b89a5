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

class EventStore final {
public:
    explicit EventStore(SQLite::Database& db) : m_db(db), m_statements(db) {}

    StoredEvent store(qint64 reportId, const ExtractedEvent& event, const QHash<QString, qint64>& orgIds);
    std::optional<Event> get(qint64 id) const;
    // Events matching the filter, oldest first. orgNames in the filter must already be resolved to orgIds
    // by the caller (an unresolvable name yields no events); search ids are matched against reports.
    QList<Event> list(const EventFilter& filter, const QList<qint64>& searchReportIds, int limit = -1) const;
    QList<qint64> idsForReport(qint64 reportId) const;
    // Each evidence row of the report with its event's analyst state.
    QList<ReportEventLink> linksForReport(qint64 reportId) const;
    // Removes the report's evidence from an event an analyst never touched, and the event itself when no other
    // report backs it. Returns true when the event was deleted.
    bool detachReport(qint64 eventId, qint64 reportId);
    TimelineData loadTimeline() const;
    qint64 count() const;

private:
    void loadLinks(QList<Event>& events) const;
    SQLite::Database& m_db;
    mutable StatementCache m_statements; // the store path's statements, prepared once
};

} // namespace lodestone
