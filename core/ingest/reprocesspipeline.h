#pragma once
// Reprocessing one stored report with the current rules: prepare (pure, pool threads) re-reads its metadata —
// from the source file when it still holds the same text, else from what was stored — settles publication date,
// URL and publisher again and re-extracts organisations and events; apply (Writer thread, caller's transaction)
// writes the new metadata and replaces what extraction found, keeping every analyst correction: fields an
// analyst set on the report, events an analyst edited or rejected (with their evidence, and no second event from
// the same sentence), and the report's verification (not touched at all).
#include "ingest/importpipeline.h"
#include "model/report.h"

#include <QSet>
#include <QString>

namespace lodestone {

class Gazetteer;
struct WriteContext;

struct ReprocessInput final {
    Report report;                  // as stored, with text
    QSet<QString> correctedFields;  // "published", "url", "publisher": set by an analyst, kept as they are
};

struct ReprocessResult final {
    int eventsBefore = 0; // events the report backed
    int eventsAfter = 0;
    int eventsKept = 0;   // analyst-edited or rejected events kept as they were
    bool dateChanged = false;
};

class ReprocessPipeline final {
public:
    static PreparedReport prepare(const ReprocessInput& input, const Gazetteer& gazetteer, QDate today);
    // Throws SQLite::Exception; the caller owns the transaction (and rolls back).
    static ReprocessResult apply(WriteContext& ctx, qint64 reportId, const PreparedReport& prepared);
    // The document as stored, made ready for PublicationResolver: rules a reader set (or an analyst) stay, what
    // earlier rules derived from the text is cleared so the current rules derive it again.
    static ParsedDocument storedDocument(const ReprocessInput& input);
};

} // namespace lodestone
