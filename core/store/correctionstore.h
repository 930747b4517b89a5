#pragma once
// SQL for analysts' corrections to extracted data (event date, category, title, organisation links,
// rejection; merging organisations) and the append-only correction_log that records each change with
// old and new values as JSON, so merges can be reversed. Used on the thread that owns the connection
// (the Writer's); the caller owns the transaction.
#include "model/category.h"
#include "model/datespan.h"
#include "model/error.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace SQLite { class Database; }

namespace lodestone {

// One row of correction_log. Values are JSON texts ("null" when absent).
struct CorrectionEntry final {
    qint64 id = 0;
    QDateTime at;      // UTC
    QString analyst;
    QString target;    // "event" or "organisation"
    qint64 targetId = 0;
    QString field;     // "title", "category", "date", "organisation", "rejected", "merged_into"
    QString oldValue;
    QString newValue;
    QString note;
};

// Who corrects, why, and when (an invalid time means now).
struct CorrectionMeta final {
    QString analyst;
    QString note;
    QDateTime at;
};

// The fields an analyst changes on one event; unset fields stay as they are.
struct EventCorrection final {
    qint64 eventId = 0;
    std::optional<QString> title;
    std::optional<Category> category;
    std::optional<DateSpan> date;
    QList<std::pair<qint64, QString>> addOrganisations; // organisation id, role (an existing link gets the new role)
    QList<qint64> removeOrganisations;
    std::optional<bool> rejected;

    bool isEmpty() const
    {
        return !title && !category && !date && addOrganisations.isEmpty() && removeOrganisations.isEmpty() && !rejected;
    }
};

class CorrectionStore final {
public:
    explicit CorrectionStore(SQLite::Database& db) : m_db(db) {}

    // Applies what changed, appends one log entry per changed field and marks the event analyst_edited.
    // Returns the number of fields changed, or an error (NotFound, InvalidArgument).
    Error correctEvent(const EventCorrection& correction, const CorrectionMeta& meta, int* changed = nullptr);
    Error setEventRejected(qint64 eventId, bool rejected, const CorrectionMeta& meta);
    // merged.merged_into = survivor; its event and report links move to the survivor and its names and
    // aliases are copied to the survivor with provenance "merge:<mergedId>". Everything needed to undo
    // it is logged.
    Error mergeOrganisation(qint64 mergedId, qint64 survivorId, const CorrectionMeta& meta);
    // Reverses the latest merge of this organisation: links and aliases come back, merged_into is cleared.
    Error unmergeOrganisation(qint64 mergedId, const CorrectionMeta& meta);

    void append(const CorrectionEntry& entry);
    QList<CorrectionEntry> history(const QString& target, qint64 targetId) const; // oldest first
    QList<CorrectionEntry> recent(int limit) const;                              // newest first

private:
    void log(const CorrectionMeta& meta, const QString& target, qint64 targetId, const QString& field,
             const QString& oldValue, const QString& newValue);
    SQLite::Database& m_db;
};

} // namespace lodestone
