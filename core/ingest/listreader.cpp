#include "listreader.h"

#include "datetextparser.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lodestone {

namespace {

constexpr qsizetype kMaxRecords = 1'000'000;

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

ReadResult ListReader::readJson(const QByteArray& utf8, const QString& sourcePath)
{
    QJsonParseError err;
    const QJsonDocument json = QJsonDocument::fromJson(utf8, &err);
    if (err.error != QJsonParseError::NoError) {
        const bool truncated = err.error == QJsonParseError::UnterminatedArray
            || err.error == QJsonParseError::UnterminatedObject || err.error == QJsonParseError::UnterminatedString
            || (err.error == QJsonParseError::IllegalValue && err.offset >= utf8.trimmed().size() - 1);
        return ReadResult::failure(truncated ? ErrorCode::Truncated : ErrorCode::Parse,
                                   QStringLiteral("json %1 at offset %2: %3")
                                       .arg(truncated ? QStringLiteral("truncated") : QStringLiteral("error"))
                                       .arg(err.offset)
                                       .arg(err.errorString()));
    }
    QJsonArray array;
    if (json.isArray()) {
        array = json.array();
    } else {
        const QJsonObject o = json.object();
        for (const char* key : {"items", "documents", "reports", "articles"})
            if (o.value(QLatin1String(key)).isArray()) {
                array = o.value(QLatin1String(key)).toArray();
                break;
            }
        if (array.isEmpty() && !o.isEmpty())
            array.append(o);
    }
    ReadResult result;
    for (qsizetype i = 0; i < array.size() && i < kMaxRecords; ++i) {
        const QJsonObject o = array.at(i).toObject();
        QHash<QString, QString> row;
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QJsonValue v = it.value();
            QString s = v.isString() ? v.toString() : (v.isDouble() ? QString::number(v.toDouble()) : QString());
            if (v.isObject() && it.key().toLower() == u"publisher")
                s = v.toObject().value(u"name").toString();
            row.insert(it.key().toLower(), s);
        }
        if (auto doc = toDocument(row, QStringLiteral("json"), sourcePath, i))
            result.documents.append(*doc);
    }
    if (result.documents.isEmpty())
        result.error = Error{ErrorCode::EmptyInput, QStringLiteral("json holds no object with title or text")};
    return result;
}

QList<QStringList> ListReader::parseCsv(const QString& text, bool* complete)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            row.append(field);
            field.clear();
            fieldStarted = false;
            if (!(row.size() == 1 && row.first().isEmpty()))
                rows.append(row);
            row.clear();
            if (rows.size() > kMaxRecords)
                break;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (complete)
        *complete = !quoted;
    if (fieldStarted || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

ReadResult ListReader::readCsv(const QString& text, const QString& sourcePath)
{
    bool complete = true;
    const QList<QStringList> rows = parseCsv(text, &complete);
    if (!complete)
        return ReadResult::failure(ErrorCode::Truncated, QStringLiteral("csv ends inside a quoted field"));
    if (rows.size() < 2)
        return ReadResult::failure(ErrorCode::EmptyInput, QStringLiteral("csv has a header but no rows"));
    QStringList header;
    for (const QString& h : rows.first())
        header.append(h.trimmed().toLower());
    if (!header.contains(u"title") && !header.contains(u"text") && !header.contains(u"body")
        && !header.contains(u"content"))
        return ReadResult::failure(ErrorCode::Parse, QStringLiteral("csv header has no title/text/body/content column"));
    ReadResult result;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        QHash<QString, QString> row;
        for (qsizetype c = 0; c < header.size() && c < rows.at(r).size(); ++c)
            row.insert(header.at(c), rows.at(r).at(c));
        if (auto doc = toDocument(row, QStringLiteral("csv"), sourcePath, r - 1))
            result.documents.append(*doc);
    }
    if (result.documents.isEmpty())
        result.error = Error{ErrorCode::EmptyInput, QStringLiteral("csv rows have no title or text")};
    return result;
}

} // namespace lodestone
