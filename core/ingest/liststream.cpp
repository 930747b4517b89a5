#include "liststream.h"

#include "datetextparser.h"
#include "listreader.h"

#include <QHash>
#include <QJsonObject>

namespace lodestone {

namespace {

QString pick(const QHash<QString, QString>& row, std::initializer_list<const char*> keys)
{
    for (const char* k : keys) {
        const QString v = row.value(QString::fromLatin1(k)).trimmed();
        if (!v.isEmpty())
            return v;
    }
    return {};
}

std::optional<ParsedDocument> toDocument(const QHash<QString, QString>& row, const QString& format,
                                         const QString& sourcePath, qsizetype index)
{
    ParsedDocument doc;
    doc.format = format;
    doc.title = pick(row, {"title", "headline", "name"}).simplified();
    doc.text = pick(row, {"text", "body", "content", "description", "summary"});
    doc.url = pick(row, {"url", "link", "source_url"});
    if (!doc.url.isEmpty())
        doc.urlRule = QStringLiteral("meta:") + format;
    doc.publisher = pick(row, {"publisher", "source", "site"});
    if (!doc.publisher.isEmpty())
        doc.publisherRule = QStringLiteral("meta:") + format;
    doc.language = pick(row, {"language", "lang"});
    const QString date = pick(row, {"published", "date", "pubdate", "published_at"});
    if (!date.isEmpty())
        doc.published = DateTextParser::parseSpan(date, format + QStringLiteral(":published"));
    doc.sourcePath = QStringLiteral("%1#item %2").arg(sourcePath).arg(index + 1);
    if (doc.text.isEmpty() && doc.title.isEmpty())
        return std::nullopt;
    if (doc.text.isEmpty())
        doc.text = doc.title;
    return doc;
}

} // namespace

std::shared_ptr<ListStream> ListStream::fromCsv(QString text, QStringList header, std::vector<qsizetype> rowStarts,
                                                QString sourcePath)
{
    std::shared_ptr<ListStream> s(new ListStream);
    s->m_format = QStringLiteral("csv");
    s->m_csvText = std::move(text);
    s->m_header = std::move(header);
    s->m_rowStarts = std::move(rowStarts);
    s->m_sourcePath = std::move(sourcePath);
    return s;
}

std::shared_ptr<ListStream> ListStream::fromJson(QJsonArray items, QString sourcePath)
{
    std::shared_ptr<ListStream> s(new ListStream);
    s->m_format = QStringLiteral("json");
    s->m_items = std::move(items);
    s->m_sourcePath = std::move(sourcePath);
    return s;
}

qsizetype ListStream::size() const
{
    return m_format == u"csv" ? static_cast<qsizetype>(m_rowStarts.size()) : m_items.size();
}

QList<ParsedDocument> ListStream::read(qsizetype from, qsizetype count) const
{
    QList<ParsedDocument> out;
    const qsizetype end = std::min(size(), from + count);
    for (qsizetype i = std::max<qsizetype>(0, from); i < end; ++i) {
        QHash<QString, QString> row;
        if (m_format == u"csv") {
            QStringList fields;
            ListReader::parseCsvRecord(m_csvText, m_rowStarts[size_t(i)], &fields);
            for (qsizetype c = 0; c < m_header.size() && c < fields.size(); ++c)
                row.insert(m_header.at(c), fields.at(c));
        } else {
            const QJsonObject o = m_items.at(i).toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                const QJsonValue v = it.value();
                QString s = v.isString() ? v.toString() : (v.isDouble() ? QString::number(v.toDouble()) : QString());
                if (v.isObject() && it.key().toLower() == u"publisher")
                    s = v.toObject().value(u"name").toString();
                row.insert(it.key().toLower(), s);
            }
        }
        if (auto doc = toDocument(row, m_format, m_sourcePath, i))
            out.append(std::move(*doc));
    }
    return out;
}

} // namespace lodestone
