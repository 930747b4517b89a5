#pragma once
// The import pipeline's two halves: prepare (read, decode, repair, date, extract: pure, on pool threads)
// and store (dedup and write files' reports, each file atomic: on the Writer's thread).
#include "ingest/filebudget.h"
#include "ingest/importresult.h"
#include "ingest/liststream.h"
#include "ingest/textsignature.h"
#include "interchange/interchangedata.h"
#include "model/event.h"
#include "model/report.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <memory>

class QThreadPool;

namespace lodestone {

class Gazetteer;
class KnownHashes;
struct Stores;
struct WriteContext;

struct PreparedReport final {
    ParsedDocument doc;
    QString hash;
    TextSignature signature; // for near-duplicates: the same article saved with other bytes
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
    // A long list (CSV, JSON) is prepared and stored a part at a time: the items still to read, and where the next
    // part starts (ListStream::kPartItems items a part). Null for an ordinary file or the last part.
    std::shared_ptr<const ListStream> rest;
    qsizetype nextItem = 0;
    int part = 0; // 0 for an ordinary file or a list's first part
};

// How prepare() may speed up: skip the extraction of reports whose hash is known, skip a file imported whole
// before, and extract the documents of a file that holds many (a STIX bundle, a JSON or CSV list) on several threads.
struct PrepareOptions final {
    const KnownHashes* known = nullptr; // hashes stored before the batch began
    QThreadPool* pool = nullptr;        // for the documents of one file; not the pool prepare() runs on
};

class ImportPipeline final {
public:
    // Reads and prepares a file within its budget (FileBudgetScope): over it, the file fails with OverBudget.
    static PreparedFile prepare(const QString& path, const Gazetteer& gazetteer, const FileBudget& budget = {},
                                const PrepareOptions& options = {});
    static PreparedFile prepare(const QString& path, const Gazetteer& gazetteer, const PrepareOptions& options)
    {
        return prepare(path, gazetteer, FileBudget{}, options);
    }
    // The part of a long list that starts at file.nextItem (file: the previous part, whose `rest` it reads).
    static PreparedFile preparePart(const PreparedFile& previous, const Gazetteer& gazetteer, const FileBudget& budget = {},
                                    const PrepareOptions& options = {});
    // A file holding at least this many documents is extracted on PrepareOptions::pool.
    static constexpr qsizetype kParallelDocuments = 8;
    static PreparedReport prepareDocument(ParsedDocument doc, const Gazetteer& gazetteer, QDate today = {});
    // Settles the publication date, URL and publisher (PublicationResolver) and returns the reference date for
    // resolving partial and relative dates; invalid when the report has no publication date (its events are then
    // not placed against today: they keep the dates they state, or none).
    static QDate inferPublished(ParsedDocument& doc, QDate today);
    // Links a stored report to the organisations it names (and those its events name) and returns the ids by
    // key; the ids linked are added to `named`. Writer thread, inside the caller's transaction.
    static QHash<QString, qint64> linkOrganisations(Stores& stores, qint64 reportId, const PreparedReport& report,
                                                    QSet<qint64>* named = nullptr);
    // Stores one file in its own transaction.
    static ImportFileResult store(WriteContext& ctx, const PreparedFile& file);
    // Stores several files in one transaction (one commit instead of one per file: far fewer page writes and
    // FTS segments). If anything fails, that transaction is rolled back and each file is stored in its own
    // transaction, so the file at fault fails alone and the others land. Results are in the order of `files`;
    // a full disk stops early: the files after the one that found it have no result (not attempted).
    static QList<ImportFileResult> storeGroup(WriteContext& ctx, const QList<PreparedFile>& files);
};

} // namespace lodestone
