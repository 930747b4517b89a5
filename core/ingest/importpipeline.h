#pragma once
// The import pipeline's two halves: prepare (read, decode, repair, date, extract: pure, on pool threads)
// and store (dedup and write one file's reports in one transaction: on the Writer's thread).
#include "ingest/importresult.h"
#include "model/event.h"
#include "model/report.h"

#include <QList>

namespace lodestone {

class Gazetteer;
struct WriteContext;

struct PreparedReport final {
    ParsedDocument doc;
    QString hash;
    QList<OrgMention> mentions;
    QList<ExtractedEvent> events;
};

struct PreparedFile final {
    QString file;
    QList<PreparedReport> reports;
    Error error;
};

class ImportPipeline final {
public:
    static PreparedFile prepare(const QString& path, const Gazetteer& gazetteer);
    static PreparedReport prepareDocument(ParsedDocument doc, const Gazetteer& gazetteer, QDate today = {});
    // Infers the published date where the document states none (copyright year bounded by the latest
    // dated statement) and returns the reference date for resolving partial and relative dates.
    static QDate inferPublished(ParsedDocument& doc, QDate today);
    static ImportFileResult store(WriteContext& ctx, const PreparedFile& file);
};

} // namespace lodestone
