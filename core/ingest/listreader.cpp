#include "listreader.h"

#include "filebudget.h"
#include "liststream.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lodestone {

namespace {

// The documents of the first part; the rest stay in the stream when the list is longer (ReadResult::more).
ReadResult firstPart(const std::shared_ptr<ListStream>& stream, const char* empty)
{
    ReadResult result;
    result.documents = stream->read(0, ListStream::kPartItems);
    if (stream->size() > ListStream::kPartItems)
        result.more = stream;
    else if (result.documents.isEmpty())
        result.error = Error{ErrorCode::EmptyInput, QString::fromLatin1(empty)};
    return result;
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
    if (array.size() > FileBudgetScope::current().items)
        return {{}, FileBudgetScope::tooManyItems(array.size(), QStringLiteral("items"))};
    return firstPart(ListStream::fromJson(std::move(array), sourcePath), "json holds no object with title or text");
}

qsizetype ListReader::parseCsvRecord(const QString& text, qsizetype pos, QStringList* fields, bool* open)
{
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    const qsizetype n = text.size();
    qsizetype i = pos;
    for (; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    if (fields)
                        field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else if (fields) {
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            if (fields)
                fields->append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            if (fields)
                fields->append(field);
            if (open)
                *open = false;
            return i + 1;
        } else {
            if (fields)
                field += c;
            fieldStarted = true;
        }
    }
    if (fields)
        fields->append(field);
    if (open)
        *open = quoted;
    return n;
}

QList<QStringList> ListReader::parseCsv(const QString& text, bool* complete)
{
    QList<QStringList> rows;
    bool open = false;
    const qsizetype limit = FileBudgetScope::current().items;
    for (qsizetype pos = 0; pos < text.size();) {
        QStringList row;
        pos = parseCsvRecord(text, pos, &row, &open);
        if (!(row.size() == 1 && row.first().isEmpty()))
            rows.append(row);
        if (rows.size() > limit + 1)
            break;
    }
    if (complete)
        *complete = !open;
    return rows;
}

ReadResult ListReader::readCsv(const QString& text, const QString& sourcePath)
{
    // One pass to find where each row starts (quoted fields may span lines); rows are parsed a part at a time.
    QStringList header;
    qsizetype pos = 0;
    bool open = false;
    while (pos < text.size() && header.isEmpty()) {
        QStringList row;
        pos = parseCsvRecord(text, pos, &row, &open);
        if (!(row.size() == 1 && row.first().isEmpty()))
            header = row;
    }
    std::vector<qsizetype> rowStarts;
    const qsizetype limit = FileBudgetScope::current().items;
    while (pos < text.size()) {
        const QChar c = text.at(pos);
        const qsizetype next = parseCsvRecord(text, pos, nullptr, &open);
        if (c != u'\n' && c != u'\r') // a blank line is no row
            rowStarts.push_back(pos);
        if (static_cast<qsizetype>(rowStarts.size()) > limit)
            return {{}, FileBudgetScope::tooManyItems(static_cast<qsizetype>(rowStarts.size()), QStringLiteral("rows or more"))};
        pos = next;
    }
    if (open)
        return ReadResult::failure(ErrorCode::Truncated, QStringLiteral("csv ends inside a quoted field"));
    if (rowStarts.empty())
        return ReadResult::failure(ErrorCode::EmptyInput, QStringLiteral("csv has a header but no rows"));
    for (QString& h : header)
        h = h.trimmed().toLower();
    if (!header.contains(u"title") && !header.contains(u"text") && !header.contains(u"body")
        && !header.contains(u"content"))
        return ReadResult::failure(ErrorCode::Parse, QStringLiteral("csv header has no title/text/body/content column"));
    return firstPart(ListStream::fromCsv(text, std::move(header), std::move(rowStarts), sourcePath),
                     "csv rows have no title or text");
}

} // namespace lodestone
