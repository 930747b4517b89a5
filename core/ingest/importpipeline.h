#pragma once
// The import pipeline's two halves: prepare (read, decode, repair, date, extract: pure, on pool threads)
// and store (dedup and write files' reports, each file atomic: on the Writer's thread).
#include "ingest/importresult.h"
#include "interchange/interchangedata.h"
#include "model/event.h"
#include "model/report.h"

#include <QList>
#include <memory>

class QThreadPool;

namespace lodestone {

class Gazetteer;
class KnownHashes;
struct WriteContext;

struct PreparedReport final {
    ParsedDocument doc;
    QString hash;
    QList<OrgMention> mentions;
    QList<ExtractedEvent> events;
    bool extracted = true; // false: its hash is (probably) stored already, so it was not extracted
};

struct PreparedFile final {
    QString file;
    QList<PreparedReport> reports;
    std::shared_ptr<const InterchangeData> interchange; // Lodestone objects, stored as they are
    Error error;
    QByteArray sha256;          // of the file's bytes (when prepared with known hashes)
    int knownReports = -1;      // >= 0: this very file was imported whole before, with that many reports
    qint64 knownFirstReport = 0;
};

// How prepare() may speed up: skip the extraction of reports whose hash is known, and extract the documents of
// a file that holds many (a STIX bundle, a JSON or CSV list) on several threads.
struct PrepareOptions final {
    const KnownHashes* known = nullptr; // hashes stored before the batch began
    QThreadPool* pool = nullptr;        // for the documents of one file; not the pool prepare() runs on
};

class ImportPipeline final {
public:
    static PreparedFile prepare(const QString& path, const Gazetteer& gazetteer, const PrepareOptions& options = {});
    // A file holding at least this many documents is extracted on PrepareOptions::pool.
    static constexpr qsizetype kParallelDocuments = 8;
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
