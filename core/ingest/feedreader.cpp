#include "feedreader.h"

#include "datetextparser.h"
#include "htmlreader.h"

#include <QXmlStreamReader>

namespace lodestone {

namespace {

constexpr int kMaxItems = 100000;

struct Item {
    QString title, link, date, dateSource, description, content;
};

bool isItem(QStringView name) { return name == u"item" || name == u"entry"; }

} // namespace

bool FeedReader::looksLikeFeed(const QString& head)
{
    const QString h = head.left(4096);
    return h.contains(QStringLiteral("<rss")) || h.contains(QStringLiteral("<feed"))
        || h.contains(QStringLiteral("<rdf:RDF")) || h.contains(QStringLiteral("<channel"));
}

ReadResult FeedReader::read(const QString& xml, const QString& sourcePath)
{
    // The text is already decoded: drop the declaration so its encoding label is not applied again.
    QString body = xml;
    if (body.startsWith(QStringLiteral("<?xml"))) {
        const qsizetype end = body.indexOf(QStringLiteral("?>"));
        if (end > 0)
            body = body.mid(end + 2);
    }
    QXmlStreamReader reader(body);
    QString format;
    QString channelTitle;
    QList<Item> items;
    Item current;
    bool inItem = false;
    int depth = 0;
    int itemDepth = 0;
    int sourceDepth = 0; // Atom <source> inside an entry carries another feed's title
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            const QStringView name = reader.name();
            if (depth == 1) {
                if (name == u"rss")
                    format = QStringLiteral("rss");
                else if (name == u"feed")
                    format = QStringLiteral("atom");
                else if (name == u"RDF")
                    format = QStringLiteral("rss");
                else
                    return ReadResult::failure(ErrorCode::Unsupported,
                                               QStringLiteral("xml root <%1> is not rss, atom or rdf").arg(name));
            }
            if (isItem(name) && !inItem) {
                inItem = true;
                itemDepth = depth;
                current = Item();
                continue;
            }
            if (!inItem) {
                if (name == u"title" && channelTitle.isEmpty() && depth <= 3)
                    channelTitle = reader.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
                if (reader.tokenType() == QXmlStreamReader::EndElement)
                    --depth;
                continue;
            }
            if (name == u"source") {
                sourceDepth = depth;
                continue;
            }
            if (sourceDepth > 0)
                continue;
            const QStringView ns = reader.namespaceUri();
            const bool isContentNs = ns.contains(u"purl.org/rss/1.0/modules/content");
            if (name == u"link") {
                const auto attrs = reader.attributes();
                const QString rel = attrs.value(QLatin1String("rel")).toString();
                if (attrs.hasAttribute(QLatin1String("href"))) {
                    if ((rel.isEmpty() || rel == u"alternate") && current.link.isEmpty())
                        current.link = attrs.value(QLatin1String("href")).toString().trimmed();
                    reader.skipCurrentElement();
                } else {
                    const QString l = reader.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
                    if (current.link.isEmpty())
                        current.link = l;
                }
                --depth;
                continue;
            }
            QString field;
            QString* target = nullptr;
            if (name == u"title")
                target = &current.title;
            else if (name == u"pubDate" || name == u"published" || (name == u"date" && current.date.isEmpty())
                     || (name == u"updated" && current.date.isEmpty()) || (name == u"issued" && current.date.isEmpty())) {
                target = &current.date;
                current.dateSource = name.toString();
            } else if (name == u"description" || name == u"summary")
                target = &current.description;
            else if ((name == u"encoded" && isContentNs) || name == u"content")
                target = &current.content;
            if (target) {
                *target = reader.readElementText(QXmlStreamReader::IncludeChildElements);
                --depth;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (sourceDepth == depth)
                sourceDepth = 0;
            if (inItem && depth == itemDepth && isItem(reader.name())) {
                inItem = false;
                items.append(current);
                if (items.size() > kMaxItems)
                    return ReadResult::failure(ErrorCode::TooLarge, QStringLiteral("feed has more than %1 items").arg(kMaxItems));
            }
            --depth;
        }
    }
    if (reader.hasError()) {
        const bool truncated = reader.error() == QXmlStreamReader::PrematureEndOfDocumentError;
        return ReadResult::failure(truncated ? ErrorCode::Truncated : ErrorCode::Parse,
                                   QStringLiteral("xml %1 at line %2 column %3: %4")
                                       .arg(truncated ? QStringLiteral("truncated") : QStringLiteral("error"))
                                       .arg(reader.lineNumber())
                                       .arg(reader.columnNumber())
                                       .arg(reader.errorString()));
    }
    if (format.isEmpty())
        return ReadResult::failure(ErrorCode::Parse, QStringLiteral("no xml root element"));

    ReadResult result;
    int n = 0;
    for (const Item& it : items) {
        ++n;
        ParsedDocument doc;
        doc.format = format;
        doc.title = HtmlReader::extractText(it.title).simplified();
        doc.url = it.link;
        doc.urlRule = QStringLiteral("feed:link");
        doc.publisher = channelTitle;
        doc.publisherRule = QStringLiteral("feed:channel-title");
        const QString html = it.content.size() > it.description.size() ? it.content : it.description;
        doc.text = HtmlReader::extractText(html);
        if (doc.text.isEmpty())
            doc.text = doc.title;
        doc.published = DateTextParser::parseSpan(it.date, QStringLiteral("feed:") + it.dateSource);
        doc.sourcePath = QStringLiteral("%1#item %2").arg(sourcePath).arg(n);
        if (doc.title.isEmpty() && doc.text.isEmpty())
            continue;
        result.documents.append(doc);
    }
    if (result.documents.isEmpty())
        result.error = Error{ErrorCode::EmptyInput, QStringLiteral("feed has no items")};
    return result;
}

} // namespace lodestone
