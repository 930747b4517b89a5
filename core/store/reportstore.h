#pragma once
// SQL for reports, their full-text index and their verification row. Used on whichever thread owns
// the connection it is given (the Writer's for writes, a pool thread's read-only one for reads).
#include "model/report.h"

#include <QList>
#include <optional>

namespace SQLite { class Database; }

namespace lodestone {

struct ReportQuery final {
    QString search;                            // FTS query (English or Chinese)
    std::optional<VerificationStatus> status;  // filter by status
    QList<qint64> ids;                         // restrict to these ids (empty = all)
    int limit = -1;
};

struct SearchHit final {
    qint64 reportId = 0;
    double rank = 0;
    QString title;
    QString snippet;
};

class ReportStore final {
public:
    explicit ReportStore(SQLite::Database& db) : m_db(db) {}

    std::optional<qint64> findByHash(const QString& hash) const;
    qint64 insert(const ParsedDocument& doc, const QString& hash, const QDateTime& importedAt);
    std::optional<Report> get(qint64 id) const;          // with text
    QList<Report> list(const ReportQuery& query) const;  // without text, with verification and event counts
    QList<SearchHit> search(const QString& query, int limit) const;
    QList<qint64> searchIds(const QString& query) const;
    qint64 count() const;
    qint64 countWithStatus(VerificationStatus status) const;

private:
    SQLite::Database& m_db;
};

} // namespace lodestone
