#pragma once
// SQL for a report's verification and its append-only history (no statement here updates or deletes
// verification_log; triggers in the schema enforce it). Used on the thread that owns the connection.
#include "model/verification.h"

#include <QList>
#include <functional>
#include <optional>

namespace SQLite { class Database; }

namespace lodestone {

// One report's verification before and after a bulk change.
struct VerificationChange final {
    qint64 reportId = 0;
    Verification previous;
    Verification value;
};

class VerificationStore final {
public:
    explicit VerificationStore(SQLite::Database& db) : m_db(db) {}

    std::optional<Verification> get(qint64 reportId) const;
    // Sets the verification and appends the change to the history. Returns the previous value.
    // The caller owns the transaction.
    std::optional<Verification> set(qint64 reportId, const Verification& value, const QString& action);
    QList<VerificationLogEntry> history(qint64 reportId) const;
    // One page of history(), oldest first: at most `limit` entries (-1: all) with an id above `afterId`,
    // skipping `offset` of them.
    QList<VerificationLogEntry> historyPage(qint64 reportId, qint64 afterId, int limit, int offset) const;
    // Bulk form of set(): for each report, value = change(reportId, previous); one history entry per report,
    // with one set of prepared statements reused across rows. Unknown ids are skipped. The caller owns the
    // transaction.
    QList<VerificationChange> setMany(const QList<qint64>& reportIds,
                                      const std::function<Verification(qint64, const Verification&)>& change,
                                      const QString& action);

private:
    SQLite::Database& m_db;
};

} // namespace lodestone
