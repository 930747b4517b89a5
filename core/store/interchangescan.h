#pragma once
// Reads what an export needs beyond the event list: reports with their full text, verification history and
// organisation mentions; organisations with aliases, parents, merges and their history; events' correction
// history and analyst flag; all turned into portable form (keys and content hashes instead of row ids).
// Used on the thread that owns the given connection (read-only is enough).
#include "interchange/interchangedata.h"

#include <QHash>
#include <QList>

namespace SQLite { class Database; }

namespace lodestone {

class InterchangeScan final {
public:
    explicit InterchangeScan(SQLite::Database& db) : m_db(db) {}

    // The events (as EventStore::list returns them) with every report that backs one, plus the reports in
    // extraReportIds; the organisations they link or mention, the ones named in their histories, their
    // parents and the organisations merged into any of these.
    InterchangeData gather(const QList<Event>& events, const QList<qint64>& extraReportIds) const;
    // Reports that back no event, by ascending id (restricted to `among` unless it is empty).
    QList<qint64> reportsWithoutEvents(const QList<qint64>& among = {}) const;
    // Title, URL, publisher, publication date and verification of reports, without text.
    QHash<qint64, Report> reportSummaries(const QList<qint64>& ids) const;

private:
    QList<InterchangeReport> reports(const QList<qint64>& ids, QHash<qint64, QString>* hashOf) const;
    QList<InterchangeOrganisation> organisations(QList<qint64> ids, QHash<qint64, QString>* keyOf) const;
    SQLite::Database& m_db;
};

} // namespace lodestone
