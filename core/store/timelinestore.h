#pragma once
// SQL for the timeline: the streaming load of the compact event index (with report-status flags), and
// the event ids a free-text search or a status set selects (the timeline's id restriction).
// Used on the thread that owns the given connection (QueryService pool threads).
#include "model/verification.h"
#include "store/eventstore.h"

#include <QList>
#include <QSet>
#include <QString>
#include <vector>

namespace SQLite { class Database; }

namespace lodestone {

class TimelineStore final {
public:
    explicit TimelineStore(SQLite::Database& db) : m_db(db) {}

    // Every event as a TimelineEntry (sorted by id) with Verified/Disputed/RejectedReport/RejectedEvent and
    // the StatusKnown-backed AnyUnverified/AnyRejected flags, plus organisation links. Three ordered scans,
    // no per-row QString.
    TimelineData load() const;
    // Ids (ascending) of events whose title or summary contains `search`, or backed by one of the reports
    // (the FTS hits of ReportStore::searchIds) — the same rule as EventStore::list.
    std::vector<qint64> searchEventIds(const QString& search, const QList<qint64>& searchReportIds) const;
    // Ids (ascending) of events with a backing report in one of the statuses (EventStore::list's rule).
    std::vector<qint64> statusEventIds(const QSet<VerificationStatus>& statuses) const;

private:
    SQLite::Database& m_db;
};

} // namespace lodestone
