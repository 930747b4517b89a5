#pragma once
// SQL for analysts' corrections to extracted data (event date, category, title, organisation links,
// rejection; merging organisations) and the append-only correction_log that records each change with
// old and new values as JSON, so merges can be reversed. Used on the thread that owns the connection
// (the Writer's); the caller owns the transaction.
#include "model/category.h"
#include "model/datespan.h"
#include "model/eventtiming.h"
#include "model/error.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
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
    QString target;    // "event", "organisation" or "report"
    qint64 targetId = 0;
    QString field;     // "title", "category", "date", "timing", "organisation", "rejected", "merged_into";
                       // reports: "published", "url", "publisher"
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
    std::optional<DateSpan> date;                       // dates an undated event too
    QList<std::pair<qint64, QString>> addOrganisations; // organisation id, role (an existing link gets the new role)
    QList<qint64> removeOrganisations;
    std::optional<bool> rejected;
    std::optional<EventTiming> timing = std::nullopt;   // as reported, planned or effective-from (initialised: older brace-initialisers stay valid)

    bool isEmpty() const
    {
        return !title && !category && !date && !timing && addOrganisations.isEmpty() && removeOrganisations.isEmpty() &&
               !rejected;
    }
};

// The fields an analyst changes on one report's metadata; unset fields stay as they are. A published date set
// here carries the rule "analyst" and outranks everything the report itself says (reprocessing keeps it).
struct ReportCorrection final {
    qint64 reportId = 0;
    std::optional<DateSpan> published;
    std::optional<QString> url;
    std::optional<QString> publisher;

    bool isEmpty() const { return !published && !url && !publisher; }
};

class CorrectionStore final {
public:
    explicit CorrectionStore(SQLite::Database& db) : m_db(db) {}

    // Applies what changed, appends one log entry per changed field and marks the event analyst_edited.
    // Returns the number of fields changed, or an error (NotFound, InvalidArgument).
    Error correctEvent(const EventCorrection& correction, const CorrectionMeta& meta, int* changed = nullptr);
    Error setEventRejected(qint64 eventId, bool rejected, const CorrectionMeta& meta);
    // Applies a report's metadata correction and logs each changed field (target "report"). The caller
    // re-resolves the report's events against the new date (ReprocessPipeline) in the same transaction.
    Error correctReport(const ReportCorrection& correction, const CorrectionMeta& meta, int* changed = nullptr);
    // The report fields ("published", "url", "publisher") an analyst ever corrected, per report id.
    QHash<qint64, QSet<QString>> correctedReportFields(const QList<qint64>& reportIds) const;
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
