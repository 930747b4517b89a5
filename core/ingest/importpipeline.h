#pragma once
// The import pipeline's two halves: prepare (read, decode, repair, date, extract: pure, on pool threads)
// and store (dedup and write files' reports, each file atomic: on the Writer's thread).
#include "ingest/importresult.h"
#include "ingest/textsignature.h"
#include "model/event.h"
#include "model/report.h"

#include <QList>

namespace lodestone {

class Gazetteer;
struct WriteContext;

struct PreparedReport final {
    ParsedDocument doc;
    QString hash;
    TextSignature signature; // for near-duplicates: the same article saved with other bytes
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
    // Stores one file in its own transaction.
    static ImportFileResult store(WriteContext& ctx, const PreparedFile& file);
    // Stores several files in one transaction (one commit instead of one per file: far fewer page writes and
    // FTS segments). If anything fails, that transaction is rolled back and each file is stored in its own
    // transaction, so the file at fault fails alone and the others land. Results are in the order of `files`;
    // a full disk stops early: the files after the one that found it have no result (not attempted).
    static QList<ImportFileResult> storeGroup(WriteContext& ctx, const QList<PreparedFile>& files);
};

} // namespace lodestone
