#pragma once
// SQL for the timeline: the streaming load of the compact event index (with report-status flags), and
// the event ids a free-text search or a status set selects (the timeline's id restriction).
// Used on the thread that owns the given connection (QueryService pool threads).
#include "model/verification.h"
#include "store/eventstore.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <functional>
#include <vector>

namespace SQLite { class Database; }

namespace lodestone {

// What a parallel load did (for tests and benchmarks); betweenBegins is handed to ParallelScan::begin.
struct TimelineLoadTrace final {
    std::function<void()> betweenBegins;
    int retries = 0;       // begins repeated because a commit landed between them
    bool parallel = false; // false: fell back to loadSequential()
    double eventsMs = 0;   // the event scan on the caller's connection
    double sideMs = 0;     // statuses and links on the second connection
};

class TimelineStore final {
public:
    explicit TimelineStore(SQLite::Database& db) : m_db(db) {}

    // Every event as a TimelineEntry (sorted by id) with Verified/Disputed/RejectedReport/RejectedEvent and
    // the StatusKnown-backed AnyUnverified/AnyRejected flags, plus organisation links (per event ascending,
    // no duplicates). Three ordered scans, no per-row QString, all from one committed state. Same as
    // loadParallel().
    TimelineData load() const;
    // The three scans on this connection inside one read transaction (or the caller's open transaction).
    TimelineData loadSequential() const;
    // The event scan here while a second read-only connection to the same file (ParallelScan, same snapshot)
    // scans statuses and links on a helper thread; falls back to loadSequential() for an in-memory database,
    // a connection inside a transaction, or when commits keep landing between the two begins.
    TimelineData loadParallel(TimelineLoadTrace* trace = nullptr) const;
    // Ids (ascending) of events whose title or summary contains `search`, or backed by one of the reports
    // (the FTS hits of ReportStore::searchIds) — the same rule as EventStore::list.
    std::vector<qint64> searchEventIds(const QString& search, const QList<qint64>& searchReportIds) const;
    // Ids (ascending) of events with a backing report in one of the statuses (EventStore::list's rule).
    std::vector<qint64> statusEventIds(const QSet<VerificationStatus>& statuses) const;
    // Titles of these events (the timeline's labels); ids that do not exist are left out.
    QHash<qint64, QString> titles(const std::vector<qint64>& eventIds) const;

private:
    SQLite::Database& m_db;
};

} // namespace lodestone
