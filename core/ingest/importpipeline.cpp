#include "importpipeline.h"

#include "db/sqliteerror.h"
#include "extract/chinesescript.h"
#include "extract/dateresolver.h"
#include "extract/eventextractor.h"
#include "extract/gazetteer.h"
#include "extract/pagefurniture.h"
#include "ingest/contenthash.h"
#include "ingest/documentreader.h"
#include "ingest/publicationresolver.h"
#include "service/writer.h"
#include "store/interchangestore.h"
#include "store/knownhashes.h"
#include "util/log.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <SQLiteCpp/SQLiteCpp.h>

namespace lodestone {

QDate ImportPipeline::inferPublished(ParsedDocument& doc, QDate today)
{
    return PublicationResolver::resolve(doc, today.isValid() ? today : QDate::currentDate()).value_or(QDate());
}

PreparedReport ImportPipeline::prepareDocument(ParsedDocument doc, const Gazetteer& gazetteer, QDate today)
{
    PreparedReport out;
    const QDate reference = inferPublished(doc, today);
    out.hash = contentHash(doc.text);
    out.signature = TextSignatures::of(doc.text);
    // Page furniture (menus, bylines, share lines, related-article tails) stays in the stored text, which the
    // reader shows as imported, but is excluded from extraction: no organisation, event or evidence comes from
    // it. A news source named in it (a masthead, "Source: Reuters") is still the report's source.
    const TextLayout layout = PageFurniture::bundled().detect(doc.text, doc.title);
    // A Traditional Chinese report is read in Simplified characters (same offsets): names, triggers and topics
    // are written in Simplified. Mentions keep the report's own spelling.
    const QString analysis = doc.language == u"zh" && ChineseScript::looksTraditional(doc.text) ? ChineseScript::toSimplified(doc.text)
                                                                                                : QString();
    const QString& read = analysis.size() == doc.text.size() ? analysis : doc.text;
    for (OrgMention m : gazetteer.findMentions(read)) {
        const Organisation* known = m.autoDetected ? nullptr : gazetteer.byKey(m.key);
        if (!layout.isFurniture(m.start, m.end) || (known && known->kind == u"media")) {
            m.name = doc.text.mid(m.start, m.end - m.start);
            out.mentions.append(m);
        }
    }
    out.events = EventExtractor::extract(doc.text, reference, gazetteer, doc.language, out.mentions, layout, analysis);
    out.doc = std::move(doc);
    return out;
}

namespace {

// Fails the file (or part) with the budget's reason.
void failOverBudget(PreparedFile& out, Error e)
{
    out.reports.clear();
    out.error = std::move(e);
    out.error.detail += QStringLiteral(" (%1)").arg(out.file);
    out.rest.reset();
}

// Prepares the documents of one file or part within the time budget. A report whose hash the database already holds
// is not extracted (the Writer finds it a duplicate); many documents are extracted on options.pool, each thread
// under the same deadline.
void prepareDocuments(PreparedFile& out, QList<ParsedDocument>& documents, const Gazetteer& gazetteer,
                      const PrepareOptions& options)
{
    const QDate today = QDate::currentDate();
    QList<ParsedDocument> docs;
    docs.reserve(documents.size());
    for (ParsedDocument& doc : documents)
        if (!doc.text.trimmed().isEmpty() || !doc.title.trimmed().isEmpty())
            docs << std::move(doc);
    const KnownHashes* known = options.known;
    auto one = [&gazetteer, today, known](const ParsedDocument& doc) {
        if (known && known->size() > 0) {
            PreparedReport skipped;
            skipped.hash = contentHash(doc.text);
            if (known->mayContain(skipped.hash)) {
                skipped.doc = doc;
                skipped.extracted = false;
                return skipped;
            }
        }
        return ImportPipeline::prepareDocument(doc, gazetteer, today);
    };
    if (options.pool && docs.size() >= ImportPipeline::kParallelDocuments) {
        // the pool's threads work under this file's budget and what is left of its time
        const FileBudget budget = FileBudgetScope::current();
        const QDeadlineTimer deadline(budget.milliseconds - FileBudgetScope::elapsed());
        out.reports = QtConcurrent::blockingMapped<QList<PreparedReport>>(options.pool, docs, [&one, budget, deadline](const ParsedDocument& doc) {
            FileBudget left = budget;
            left.milliseconds = std::max<qint64>(1, deadline.remainingTime());
            const FileBudgetScope scope(left);
            if (deadline.hasExpired())
                return PreparedReport{};
            return one(doc);
        });
    } else {
        out.reports.reserve(docs.size());
        for (qsizetype i = 0; i < docs.size(); ++i) {
            if (Error e = FileBudgetScope::checkTime(docs.size() > 1 ? QStringLiteral("preparing report %1 of %2").arg(i + 1).arg(docs.size())
                                                                     : QStringLiteral("finding dates and events"))) {
                failOverBudget(out, e);
                return;
            }
            out.reports << one(docs[i]);
        }
    }
    // Extraction stops early at the deadline (util/Deadline): what it left unfinished must not be stored.
    if (Error e = FileBudgetScope::checkTime(QStringLiteral("finding dates and events")))
        failOverBudget(out, e);
}

} // namespace

PreparedFile ImportPipeline::prepare(const QString& path, const Gazetteer& gazetteer, const FileBudget& budget,
                                     const PrepareOptions& options)
{
    const FileBudgetScope scope(budget);
    PreparedFile out;
    out.file = path;
    QByteArray bytes;
    if (Error e = DocumentReader::readFileBytes(path, &bytes)) {
        out.error = e;
        return out;
    }
    if (options.known) {
        // The same file imported whole before: known by its bytes, nothing in it is read again.
        out.sha256 = KnownHashes::fileHash(bytes);
        if (const auto file = options.known->file(out.sha256)) {
            out.knownReports = file->reports;
            out.knownFirstReport = file->firstReport;
            return out;
        }
    }
    ReadResult read = DocumentReader::readFileContent(bytes, path, DocumentReader::ReadMode::Parts);
    bytes.clear();
    if (read.error) {
        out.error = read.error;
        return out;
    }
    out.interchange = std::move(read.interchange);
    if (read.documents.isEmpty() && !read.more && !out.interchange) {
        out.error = {ErrorCode::EmptyInput, QStringLiteral("%1: no report found in the file").arg(path)};
        return out;
    }
    if (read.more) {
        out.rest = read.more;
        out.nextItem = ListStream::kPartItems;
        out.sha256.clear(); // stored a part at a time: never known as a whole
    }
    prepareDocuments(out, read.documents, gazetteer, options);
    if (out.reports.isEmpty() && !out.error && !out.rest && !out.interchange)
        out.error = {ErrorCode::EmptyInput, QStringLiteral("%1: no text found in the file").arg(path)};
    return out;
}

PreparedFile ImportPipeline::preparePart(const PreparedFile& previous, const Gazetteer& gazetteer, const FileBudget& budget,
                                         const PrepareOptions& options)
{
    const FileBudgetScope scope(budget); // each part has the time one file has
    PreparedFile out;
    out.file = previous.file;
    out.part = previous.part + 1;
    if (!previous.rest)
        return out;
    const qsizetype from = previous.nextItem;
    ReadResult read = DocumentReader::readPart(*previous.rest, from, ListStream::kPartItems);
    if (read.error) {
        out.error = read.error;
        out.error.detail += QStringLiteral(" (%1, items %2 to %3)").arg(previous.file).arg(from + 1).arg(from + ListStream::kPartItems);
        return out;
    }
    if (from + ListStream::kPartItems < previous.rest->size()) {
        out.rest = previous.rest;
        out.nextItem = from + ListStream::kPartItems;
    }
    prepareDocuments(out, read.documents, gazetteer, options);
    return out;
}

namespace {

// Writes one file's reports inside the caller's transaction (dedup by content hash, organisations, events
// merged with what is stored). Throws SQLite::Exception; the caller rolls back.
ImportFileResult storeInTransaction(WriteContext& ctx, const PreparedFile& file, const QDateTime& now)
{
    ImportFileResult result;
    result.file = file.file;
    if (file.error) {
        result.error = file.error;
        return result;
    }
    if (file.knownReports >= 0) {
        result.duplicates = file.knownReports;
        result.duplicateOf = file.knownFirstReport;
        result.status = ImportStatus::Duplicate;
        return result;
    }
    Stores& s = ctx.stores;
    InterchangeStore interchange(s);
    QSet<qint64> orgsNamed;
    QSet<qint64> eventsTouched;
    for (const PreparedReport& prepared : file.reports) {
        // A STIX report whose id was imported before is that report (another version of it): not a second one.
        const auto known = prepared.doc.sourceId.isEmpty() ? std::nullopt : interchange.aliasTarget(prepared.doc.sourceId, QStringLiteral("report"));
        const auto existing = known ? known : s.reports.findByHash(prepared.hash);
        if (existing) {
            ++result.duplicates;
            if (!result.duplicateOf)
                result.duplicateOf = *existing;
            continue;
        }
        // Skipped as known by a hash prefix that turned out to be another text's: extract it now.
        std::optional<PreparedReport> late;
        if (!prepared.extracted && ctx.gazetteer)
            late = ImportPipeline::prepareDocument(prepared.doc, *ctx.gazetteer);
        const PreparedReport& r = late ? *late : prepared;
        // the same article saved again with other bytes (encoding, repairs, a different cut) is no new report
        if (const auto near = s.reports.findNearDuplicate(r.signature, r.doc.text)) {
            ++result.duplicates;
            if (!result.duplicateOf) {
                result.duplicateOf = near->first;
                result.similarity = near->second;
            }
            log::ingest()->info("{}: near-duplicate of report {} ({:.0f}% of shingles shared)", file.file.toStdString(),
                                near->first, 100.0 * near->second);
            continue;
        }
        const qint64 reportId = s.reports.insert(r.doc, r.hash, now);
        s.reports.insertSignature(reportId, r.signature);
        result.reportIds << reportId;
        interchange.addAlias(r.doc.sourceId, QStringLiteral("report"), reportId);
        const QHash<QString, qint64> orgIds = ImportPipeline::linkOrganisations(s, reportId, r, &orgsNamed);
        for (const ExtractedEvent& ev : r.events) {
            const StoredEvent stored = s.events.store(reportId, ev, orgIds);
            eventsTouched.insert(stored.eventId);
        }
    }
    bool changed = false;
    if (file.interchange) {
        const InterchangeOutcome o = interchange.store(*file.interchange);
        result.reportIds << o.newReports;
        result.duplicates += o.duplicates;
        if (!result.duplicateOf)
            result.duplicateOf = o.firstDuplicate;
        eventsTouched.unite(o.events);
        orgsNamed.unite(o.organisations);
        changed = o.changes > 0;
    }
    result.events = static_cast<int>(eventsTouched.size());
    result.organisations = static_cast<int>(orgsNamed.size());
    result.status = result.reportIds.isEmpty() && !changed ? ImportStatus::Duplicate : ImportStatus::Imported;
    if (!file.sha256.isEmpty())
        KnownHashes::recordFile(ctx.db.sql(), file.sha256, static_cast<int>(result.reportIds.size()) + result.duplicates,
                                result.reportIds.isEmpty() ? result.duplicateOf : result.reportIds.first());
    return result;
}

} // namespace

QHash<QString, qint64> ImportPipeline::linkOrganisations(Stores& s, qint64 reportId, const PreparedReport& r, QSet<qint64>* named)
{
    QHash<QString, qint64> orgIds;
    QHash<qint64, int> mentionCounts;
    for (const OrgMention& m : r.mentions) {
        const qint64 id = s.orgs.idFor(m);
        orgIds.insert(m.key, id);
        mentionCounts[id] += 1;
    }
    for (const ExtractedEvent& ev : r.events) {
        for (const EventOrgRole& o : ev.organisations) {
            if (orgIds.contains(o.key))
                continue;
            if (const auto id = s.orgs.idForKey(o.key)) {
                orgIds.insert(o.key, *id);
                mentionCounts[*id] += 0;
            }
        }
    }
    s.orgs.linkReport(reportId, mentionCounts);
    if (named)
        for (auto it = mentionCounts.cbegin(); it != mentionCounts.cend(); ++it)
            named->insert(it.key());
    return orgIds;
}

ImportFileResult ImportPipeline::store(WriteContext& ctx, const PreparedFile& file)
{
    if (file.error) {
        ImportFileResult result;
        result.file = file.file;
        result.error = file.error;
        return result;
    }
    try {
        SQLite::Transaction tx(ctx.db.sql());
        ImportFileResult result = storeInTransaction(ctx, file, QDateTime::currentDateTimeUtc());
        tx.commit();
        return result;
    } catch (const SQLite::Exception& e) {
        ctx.stores.orgs.clearCache(); // ids of rows the rollback removed must not be reused
        ctx.stores.events.clearCache();
        ImportFileResult result;
        result.file = file.file;
        result.error = errorFromSqlite(e, file.file, ctx.db.sql());
        log::ingest()->error("storing {} failed: {}", file.file.toStdString(), e.what());
        return result;
    }
}

QList<ImportFileResult> ImportPipeline::storeGroup(WriteContext& ctx, const QList<PreparedFile>& files)
{
    QList<ImportFileResult> out;
    if (files.size() > 1) {
        try {
            SQLite::Transaction tx(ctx.db.sql());
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (const PreparedFile& file : files)
                out << storeInTransaction(ctx, file, now);
            tx.commit();
            return out;
        } catch (const SQLite::Exception& e) {
            ctx.stores.orgs.clearCache();
            ctx.stores.events.clearCache();
            log::ingest()->warn("storing a group of {} files failed ({}); storing them one by one", files.size(), e.what());
            out.clear();
        }
    }
    // One transaction per file: the file at fault fails alone. A full disk stops here.
    for (const PreparedFile& file : files) {
        out << store(ctx, file);
        if (out.back().status == ImportStatus::Failed && out.back().error.code == ErrorCode::DiskFull)
            break;
    }
    return out;
}

} // namespace lodestone
