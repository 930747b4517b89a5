#include "importpipeline.h"

#include "db/sqliteerror.h"
#include "extract/dateresolver.h"
#include "extract/eventextractor.h"
#include "extract/gazetteer.h"
#include "ingest/contenthash.h"
#include "ingest/documentreader.h"
#include "service/writer.h"
#include "store/interchangestore.h"
#include "store/knownhashes.h"
#include "util/log.h"

#include <QDateTime>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <SQLiteCpp/SQLiteCpp.h>

namespace lodestone {

QDate ImportPipeline::inferPublished(ParsedDocument& doc, QDate today)
{
    if (!today.isValid())
        today = QDate::currentDate();
    if (doc.published && doc.published->isValid())
        return doc.published->precision == Precision::Day ? doc.published->start : qMin(doc.published->end, today);
    if (!doc.copyrightYear)
        return today;
    const int year = *doc.copyrightYear;
    const QDate yearEnd(year, 12, 31);
    QDate latest;
    for (const DateMention& m : DateResolver::find(doc.text, yearEnd)) {
        if (m.span.precision != Precision::Day || m.span.start.year() != year)
            continue;
        if (m.surface.contains(QChar(0x00A9)) || m.surface.contains(QLatin1String("Copyright"), Qt::CaseInsensitive))
            continue;
        if (!latest.isValid() || m.span.start > latest)
            latest = m.span.start;
    }
    DateSpan published = DateSpan::year(year);
    if (latest.isValid()) {
        published.rule = QStringLiteral("inferred: copyright year %1; not before %2, the latest dated statement in the text")
                             .arg(year).arg(latest.toString(Qt::ISODate));
    } else {
        published.rule = QStringLiteral("inferred: copyright year %1").arg(year);
    }
    doc.published = published;
    return latest.isValid() ? latest : qMin(yearEnd, today);
}

PreparedReport ImportPipeline::prepareDocument(ParsedDocument doc, const Gazetteer& gazetteer, QDate today)
{
    PreparedReport out;
    const QDate reference = inferPublished(doc, today);
    out.hash = contentHash(doc.text);
    out.mentions = gazetteer.findMentions(doc.text);
    out.events = EventExtractor::extract(doc.text, reference, gazetteer, doc.language, out.mentions);
    out.doc = std::move(doc);
    return out;
}

PreparedFile ImportPipeline::prepare(const QString& path, const Gazetteer& gazetteer, const PrepareOptions& options)
{
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
    ReadResult read = DocumentReader::readFileContent(bytes, path);
    bytes.clear();
    if (read.error) {
        out.error = read.error;
        return out;
    }
    out.interchange = std::move(read.interchange);
    if (read.documents.isEmpty() && !out.interchange) {
        out.error = {ErrorCode::EmptyInput, QStringLiteral("%1: no report found in the file").arg(path)};
        return out;
    }
    const QDate today = QDate::currentDate();
    QList<ParsedDocument> docs;
    docs.reserve(read.documents.size());
    for (ParsedDocument& doc : read.documents)
        if (!doc.text.trimmed().isEmpty() || !doc.title.trimmed().isEmpty())
            docs << std::move(doc);
    // A report whose hash the database already holds is not extracted: the Writer finds it a duplicate.
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
        return prepareDocument(doc, gazetteer, today);
    };
    if (options.pool && docs.size() >= kParallelDocuments) {
        out.reports = QtConcurrent::blockingMapped<QList<PreparedReport>>(options.pool, docs, one);
    } else {
        out.reports.reserve(docs.size());
        for (const ParsedDocument& doc : std::as_const(docs))
            out.reports << one(doc);
    }
    if (out.reports.isEmpty() && !out.interchange)
        out.error = {ErrorCode::EmptyInput, QStringLiteral("%1: no text found in the file").arg(path)};
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
        const qint64 reportId = s.reports.insert(r.doc, r.hash, now);
        result.reportIds << reportId;
        interchange.addAlias(r.doc.sourceId, QStringLiteral("report"), reportId);
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
        for (auto it = mentionCounts.cbegin(); it != mentionCounts.cend(); ++it)
            orgsNamed.insert(it.key());
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
    KnownHashes::recordFile(ctx.db.sql(), file.sha256, static_cast<int>(result.reportIds.size()) + result.duplicates,
                            result.reportIds.isEmpty() ? result.duplicateOf : result.reportIds.first());
    return result;
}

} // namespace

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
