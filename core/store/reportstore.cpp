#include "reportstore.h"

#include "query/ftstext.h"
#include "sqlutil.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QJsonDocument>
#include <SQLiteCpp/SQLiteCpp.h>

namespace lodestone {

namespace {

constexpr const char* kListColumns =
    "SELECT r.id, r.title, r.publisher, r.url, r.published_start, r.published_end, r.published_precision, "
    "r.published_rule, r.language, r.source_encoding, r.format, r.repairs, r.content_hash, r.source_path, "
    "r.imported_at, v.status, v.reliability, v.credibility, v.note, v.analyst, v.at, "
    "(SELECT COUNT(DISTINCT ev.event_id) FROM evidence ev WHERE ev.report_id = r.id) ";

Report readRow(SQLite::Statement& st)
{
    Report r;
    r.id = st.getColumn(0).getInt64();
    r.doc.title = sql::str(st.getColumn(1));
    r.doc.publisher = sql::str(st.getColumn(2));
    r.doc.url = sql::str(st.getColumn(3));
    if (!st.getColumn(4).isNull()) {
        DateSpan span;
        span.start = sql::day(st.getColumn(4));
        span.end = sql::day(st.getColumn(5));
        span.precision = precisionFromKey(sql::str(st.getColumn(6))).value_or(Precision::Day);
        span.rule = sql::str(st.getColumn(7));
        r.doc.published = span;
    }
    r.doc.language = sql::str(st.getColumn(8));
    r.doc.sourceEncoding = sql::str(st.getColumn(9));
    r.doc.format = sql::str(st.getColumn(10));
    for (const auto& v : QJsonDocument::fromJson(sql::str(st.getColumn(11)).toUtf8()).array())
        r.doc.repairs << v.toString();
    r.contentHash = sql::str(st.getColumn(12));
    r.doc.sourcePath = sql::str(st.getColumn(13));
    r.importedAt = QDateTime::fromString(sql::str(st.getColumn(14)), Qt::ISODate);
    r.verification.status = statusFromKey(sql::str(st.getColumn(15))).value_or(VerificationStatus::Unverified);
    r.verification.reliability = sql::str(st.getColumn(16));
    r.verification.credibility = st.getColumn(17).getInt();
    r.verification.note = sql::str(st.getColumn(18));
    r.verification.analyst = sql::str(st.getColumn(19));
    r.verification.at = QDateTime::fromString(sql::str(st.getColumn(20)), Qt::ISODate);
    r.eventCount = st.getColumn(21).getInt();
    return r;
}

QString makeSnippet(const QString& text, const QString& query)
{
    const QStringList terms = query.split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts);
    qsizetype at = -1;
    for (const QString& t : terms) {
        const qsizetype i = text.indexOf(t, 0, Qt::CaseInsensitive);
        if (i >= 0 && (at < 0 || i < at))
            at = i;
    }
    if (at < 0)
        at = 0;
    const qsizetype from = qMax<qsizetype>(0, at - 60);
    QString s = text.mid(from, 160).simplified();
    if (from > 0)
        s.prepend(QChar(0x2026));
    if (from + 160 < text.size())
        s.append(QChar(0x2026));
    return s;
}

} // namespace

std::optional<qint64> ReportStore::findByHash(const QString& hash) const
{
    SQLite::Statement st(m_db, "SELECT id FROM report WHERE content_hash = ?");
    sql::bind(st, 1, hash);
    if (st.executeStep())
        return st.getColumn(0).getInt64();
    return std::nullopt;
}

qint64 ReportStore::insert(const ParsedDocument& doc, const QString& hash, const QDateTime& importedAt)
{
    SQLite::Statement st(m_db,
                         "INSERT INTO report (title, publisher, url, published_start, published_end, "
                         "published_precision, published_rule, language, source_encoding, format, text, repairs, "
                         "content_hash, source_path, imported_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    sql::bind(st, 1, doc.title);
    sql::bind(st, 2, doc.publisher);
    sql::bind(st, 3, doc.url);
    if (doc.published && doc.published->isValid()) {
        st.bind(4, static_cast<int64_t>(doc.published->start.toJulianDay()));
        st.bind(5, static_cast<int64_t>(doc.published->end.toJulianDay()));
        sql::bind(st, 6, precisionKey(doc.published->precision));
        sql::bind(st, 7, doc.published->rule);
    } else {
        st.bind(4);
        st.bind(5);
        st.bind(6);
        sql::bind(st, 7, QString());
    }
    sql::bind(st, 8, doc.language);
    sql::bind(st, 9, doc.sourceEncoding);
    sql::bind(st, 10, doc.format);
    sql::bind(st, 11, doc.text);
    sql::bind(st, 12, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(doc.repairs)).toJson(QJsonDocument::Compact)));
    sql::bind(st, 13, hash);
    sql::bind(st, 14, doc.sourcePath);
    sql::bind(st, 15, importedAt.toUTC().toString(Qt::ISODate));
    st.exec();
    const qint64 id = m_db.getLastInsertRowid();

    SQLite::Statement ver(m_db, "INSERT INTO verification (report_id) VALUES (?)");
    ver.bind(1, static_cast<int64_t>(id));
    ver.exec();

    SQLite::Statement fts(m_db, "INSERT INTO report_fts (rowid, title, body) VALUES (?,?,?)");
    fts.bind(1, static_cast<int64_t>(id));
    sql::bind(fts, 2, fts::segment(doc.title));
    sql::bind(fts, 3, fts::segment(doc.text));
    fts.exec();
    return id;
}

std::optional<Report> ReportStore::get(qint64 id) const
{
    SQLite::Statement st(m_db, std::string(kListColumns) +
                                   ", r.text FROM report r LEFT JOIN verification v ON v.report_id = r.id WHERE r.id = ?");
    st.bind(1, static_cast<int64_t>(id));
    if (!st.executeStep())
        return std::nullopt;
    Report r = readRow(st);
    r.doc.text = sql::str(st.getColumn(22));
    return r;
}

QList<Report> ReportStore::list(const ReportQuery& query) const
{
    std::string sqlText = std::string(kListColumns) + "FROM report r LEFT JOIN verification v ON v.report_id = r.id WHERE 1";
    QList<qint64> ids = query.ids;
    if (!query.search.trimmed().isEmpty()) {
        const QList<qint64> found = searchIds(query.search);
        if (found.isEmpty())
            return {};
        if (ids.isEmpty()) {
            ids = found;
        } else {
            const QSet<qint64> keep(found.cbegin(), found.cend());
            ids.removeIf([&](qint64 i) { return !keep.contains(i); });
            if (ids.isEmpty())
                return {};
        }
    }
    if (!ids.isEmpty())
        sqlText += " AND r.id IN (SELECT value FROM json_each(?))";
    if (query.status)
        sqlText += " AND v.status = ?";
    sqlText += " ORDER BY r.id";
    if (query.limit >= 0)
        sqlText += " LIMIT " + std::to_string(query.limit);
    SQLite::Statement st(m_db, sqlText);
    int bindIndex = 1;
    if (!ids.isEmpty()) {
        QJsonArray arr;
        for (qint64 i : ids)
            arr.append(i);
        sql::bind(st, bindIndex++, QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Compact)));
    }
    if (query.status)
        sql::bind(st, bindIndex++, statusKey(*query.status));
    QList<Report> out;
    while (st.executeStep())
        out << readRow(st);
    return out;
}

QList<qint64> ReportStore::searchIds(const QString& query) const
{
    const QString expr = fts::matchExpression(query);
    QList<qint64> out;
    if (expr.isEmpty())
        return out;
    SQLite::Statement st(m_db, "SELECT rowid FROM report_fts WHERE report_fts MATCH ? ORDER BY rank");
    sql::bind(st, 1, expr);
    while (st.executeStep())
        out << st.getColumn(0).getInt64();
    return out;
}

QList<SearchHit> ReportStore::search(const QString& query, int limit) const
{
    const QString expr = fts::matchExpression(query);
    QList<SearchHit> out;
    if (expr.isEmpty())
        return out;
    SQLite::Statement st(m_db,
                         "SELECT f.rowid, f.rank, r.title, r.text FROM report_fts f JOIN report r ON r.id = f.rowid "
                         "WHERE report_fts MATCH ? ORDER BY f.rank LIMIT ?");
    sql::bind(st, 1, expr);
    st.bind(2, limit);
    while (st.executeStep()) {
        SearchHit h;
        h.reportId = st.getColumn(0).getInt64();
        h.rank = st.getColumn(1).getDouble();
        h.title = sql::str(st.getColumn(2));
        h.snippet = makeSnippet(sql::str(st.getColumn(3)), query);
        out << h;
    }
    return out;
}

qint64 ReportStore::count() const
{
    return m_db.execAndGet("SELECT COUNT(*) FROM report").getInt64();
}

} // namespace lodestone

namespace lodestone {

qint64 ReportStore::countWithStatus(VerificationStatus status) const
{
    SQLite::Statement st(m_db, "SELECT COUNT(*) FROM verification WHERE status = ?");
    sql::bind(st, 1, statusKey(status));
    st.executeStep();
    return st.getColumn(0).getInt64();
}

} // namespace lodestone
