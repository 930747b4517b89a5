#include "reprocesspipeline.h"

#include "contenthash.h"
#include "documentreader.h"
#include "publicationresolver.h"
#include "service/writer.h"
#include "textreader.h"
#include "util/log.h"

#include <QFileInfo>
#include <SQLiteCpp/SQLiteCpp.h>

namespace lodestone {

namespace {

// The copyright line of a stored plain-text or Markdown report (the year is not stored).
void readCopyright(ParsedDocument& doc)
{
    const QStringList lines = doc.text.right(4000).split(u'\n');
    for (qsizetype i = lines.size() - 1; i >= 0 && i >= lines.size() - 12; --i) {
        QString holder;
        std::optional<int> year;
        if (lines.at(i).size() < 400 && TextReader::parseCopyright(lines.at(i), &holder, &year)) {
            doc.copyrightYear = year;
            if (doc.publisherRule.isEmpty() && !holder.isEmpty() && holder == doc.publisher)
                doc.publisherRule = QStringLiteral("text:copyright-line"); // stored before rules were kept
            return;
        }
    }
}

// The source file's own metadata when it still holds the same text (same content hash).
std::optional<ParsedDocument> fromSource(const Report& stored)
{
    QString path = stored.doc.sourcePath;
    if (const qsizetype hash = path.lastIndexOf(u'#'); hash > 0 && !QFileInfo::exists(path))
        path.truncate(hash); // feed and list items: "file#item 3", STIX: "file#report--…"
    if (path.isEmpty() || path.startsWith(u':') || !QFileInfo(path).isFile())
        return std::nullopt;
    const ReadResult read = DocumentReader::readFile(path);
    if (read.error)
        return std::nullopt;
    for (const ParsedDocument& d : read.documents)
        if (contentHash(d.text) == stored.contentHash)
            return d;
    return std::nullopt;
}

} // namespace

ParsedDocument ReprocessPipeline::storedDocument(const ReprocessInput& input)
{
    const Report& stored = input.report;
    ParsedDocument doc = stored.doc;
    const bool analystDate = input.correctedFields.contains(QStringLiteral("published")) && doc.published &&
                             PublicationResolver::isAnalystRule(doc.published->rule);
    const bool readerDate = doc.published && (PublicationResolver::isReaderRule(doc.published->rule) || doc.format == u"stix");
    if (!analystDate && !readerDate)
        doc.published.reset();
    if (input.correctedFields.contains(QStringLiteral("url"))) {
        doc.urlRule = QStringLiteral("analyst");
    } else if (doc.urlRule.startsWith(QLatin1String("text:"))) {
        doc.url.clear(); // derived from the text: derived again
        doc.urlRule.clear();
    }
    if (input.correctedFields.contains(QStringLiteral("publisher"))) {
        doc.publisherRule = QStringLiteral("analyst");
    } else if (doc.publisherRule.startsWith(QLatin1String("known-host:"))) {
        doc.publisher.clear();
        doc.publisherRule.clear();
    }
    if (doc.format == u"text" || doc.format == u"markdown")
        readCopyright(doc);
    if (!analystDate && !readerDate) {
        if (const auto source = fromSource(stored)) {
            if (source->published)
                doc.published = source->published;
            if (!input.correctedFields.contains(QStringLiteral("url")) && !source->url.isEmpty()) {
                doc.url = source->url;
                doc.urlRule = source->urlRule;
            }
            if (!input.correctedFields.contains(QStringLiteral("publisher")) && !source->publisher.isEmpty()) {
                doc.publisher = source->publisher;
                doc.publisherRule = source->publisherRule;
            }
            if (source->copyrightYear)
                doc.copyrightYear = source->copyrightYear;
        }
    }
    return doc;
}

PreparedReport ReprocessPipeline::prepare(const ReprocessInput& input, const Gazetteer& gazetteer, QDate today)
{
    PreparedReport out = ImportPipeline::prepareDocument(storedDocument(input), gazetteer, today);
    out.hash = input.report.contentHash; // the text is the stored one
    return out;
}

ReprocessResult ReprocessPipeline::apply(WriteContext& ctx, qint64 reportId, const PreparedReport& prepared)
{
    Stores& s = ctx.stores;
    ReprocessResult result;
    const std::optional<Report> before = s.reports.get(reportId);
    if (!before)
        return result;
    const auto oldDate = before->doc.published;
    const auto newDate = prepared.doc.published;
    result.dateChanged = oldDate.has_value() != newDate.has_value() || (oldDate && newDate && !(*oldDate == *newDate));
    s.reports.updateMetadata(reportId, prepared.doc);

    // What extraction found before goes, except what an analyst touched.
    QList<std::pair<int, int>> keptSpans;
    QSet<qint64> events;
    QSet<qint64> kept;
    for (const ReportEventLink& l : s.events.linksForReport(reportId)) {
        events.insert(l.eventId);
        if (l.analystTouched) {
            kept.insert(l.eventId);
            keptSpans.append({l.start, l.end});
        }
    }
    result.eventsBefore = static_cast<int>(events.size());
    result.eventsKept = static_cast<int>(kept.size());
    for (qint64 id : events)
        if (!kept.contains(id))
            s.events.detachReport(id, reportId);

    s.orgs.unlinkReport(reportId);
    const QHash<QString, qint64> orgIds = ImportPipeline::linkOrganisations(s, reportId, prepared);
    QSet<qint64> after = kept;
    for (const ExtractedEvent& ev : prepared.events) {
        // the sentence of an event the analyst corrected or rejected yields no second event
        const bool overlapsKept = std::any_of(keptSpans.cbegin(), keptSpans.cend(), [&](const std::pair<int, int>& k) {
            return ev.evidence.start < k.second && k.first < ev.evidence.end;
        });
        if (overlapsKept)
            continue;
        after.insert(s.events.store(reportId, ev, orgIds).eventId);
    }
    result.eventsAfter = static_cast<int>(after.size());
    return result;
}

} // namespace lodestone
