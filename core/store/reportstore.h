#pragma once
// SQL for reports, their full-text index and their verification row. Used on whichever thread owns
// the connection it is given (the Writer's for writes, a pool thread's read-only one for reads).
#include "ingest/textsignature.h"
#include "model/report.h"
#include "store/statementcache.h"

#include <QList>
#include <QSet>
#include <optional>

namespace SQLite { class Database; }

namespace lodestone {

struct EventFilter;

struct ReportQuery final {
    QString search;                            // FTS query (English or Chinese)
    std::optional<VerificationStatus> status;  // filter by status
    QSet<VerificationStatus> statuses;         // any of these statuses (empty = all); and-ed with status
    QList<qint64> ids;                         // restrict to these ids (empty = all)
    int limit = -1;
    int offset = 0;                            // rows skipped first
    qint64 afterId = 0;                        // unranked lists: only reports with a larger id (the next page of a
                                               // listing read page by page, without re-reading the skipped rows)
    bool rankBySearch = false;                 // with a search: best matches (bm25) first, the limit applied
                                               // inside the FTS query; otherwise rows come by id
    int rankWindow = -1;                       // ranked search over more matches than this: only the newest
                                               // rankWindow matches (by id) are scored (bm25 costs ~10 us a
                                               // row); -1 scores every match
    bool snippets = false;                     // with a search: doc.text holds a short excerpt around the
                                               // first match (read only for the rows returned)

    // The report table's query for the shared filter: search (ranked within a window of 5 x searchLimit
    // matches, with snippets, at most searchLimit rows), the statuses set (verifiedOnly narrows it to
    // verified); dates, categories and organisations are event properties and do not hide reports.
    static ReportQuery forFilter(const EventFilter& filter, int searchLimit, int plainLimit);
};

struct SearchHit final {
    qint64 reportId = 0;
    double rank = 0;
    QString title;
    QString snippet;
};

class ReportStore final {
public:
    explicit ReportStore(SQLite::Database& db) : m_db(db), m_statements(db) {}

    std::optional<qint64> findByHash(const QString& hash) const;
    // The stored report whose text this signature's text duplicates (the same article saved with other bytes
    // or cut elsewhere), with the estimated share of shingles they have in common (0..1). `text` is the new
    // report's text: the figures it states must all be in the stored one (a templated price report of another
    // month shares its wording, not its numbers).
    std::optional<std::pair<qint64, double>> findNearDuplicate(const TextSignature& signature, const QString& text) const;
    // Remembers a report's signature and its LSH bands for findNearDuplicate (nothing for a text too short).
    void insertSignature(qint64 reportId, const TextSignature& signature);
    qint64 insert(const ParsedDocument& doc, const QString& hash, const QDateTime& importedAt);
    std::optional<Report> get(qint64 id) const;          // with text
    // Without text (see ReportQuery::snippets), with verification and event counts.
    QList<Report> list(const ReportQuery& query) const;
    // How many reports match the query's search, statuses and ids, ignoring its limit and rank window.
    qint64 countMatches(const ReportQuery& query) const;
    QList<SearchHit> search(const QString& query, int limit) const;
    // Every report matching the query, by ascending id (a set for filtering: not ranked, so cheap).
    QList<qint64> searchIds(const QString& query) const;
    qint64 count() const;
    QList<qint64> ids() const; // every report id, ascending
    // Sets published (date, precision, rule), url, publisher and their rules from doc (reprocessing).
    void updateMetadata(qint64 id, const ParsedDocument& doc);
    qint64 countWithStatus(VerificationStatus status) const;
    // The FTS5 expression of a user's search. When the whole query is a name or alias of organisations (either
    // language, case-insensitive), their other names and aliases are OR-ed in as phrases, so 包钢 also finds the
    // English reports on Baogang Group. Empty when nothing is searchable.
    QString searchExpression(const QString& query) const;

private:
    SQLite::Database& m_db;
    mutable StatementCache m_statements; // the insert path's statements, prepared once
};

} // namespace lodestone
