#include "reportstore.h"

#include "query/eventfilter.h"
#include "query/ftstext.h"
#include "organisationstore.h"
#include "sqlutil.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QJsonDocument>
#include <SQLiteCpp/SQLiteCpp.h>

#include <QHash>

#include <algorithm>

namespace lodestone {

namespace {

constexpr const char* kListColumns =
    "SELECT r.id, r.title, r.publisher, r.url, r.published_start, r.published_end, r.published_precision, "
    "r.published_rule, r.language, r.source_encoding, r.format, r.repairs, r.content_hash, r.source_path, "
    "r.imported_at, v.status, v.reliability, v.credibility, v.note, v.analyst, v.at, "
    "(SELECT COUNT(DISTINCT ev.event_id) FROM evidence ev WHERE ev.report_id = r.id), r.url_rule, r.publisher_rule ";

// The report-list statements: constant text, every value bound (:expr, :ids and :statuses as JSON arrays
// or NULL, :window, :limit, :withText).
#define LODESTONE_REPORT_FILTERS                                                                                     \
    " AND (:ids IS NULL OR f.rowid IN (SELECT value FROM json_each(:ids)))"                                           \
    " AND (:statuses IS NULL OR (SELECT status FROM verification vs WHERE vs.report_id = f.rowid) IN "             \
    "(SELECT value FROM json_each(:statuses)))"
constexpr const char* kSearchCount = "SELECT COUNT(*) FROM report_fts f WHERE report_fts MATCH :expr" LODESTONE_REPORT_FILTERS;
constexpr const char* kPlainCount =
    "SELECT COUNT(*) FROM report r LEFT JOIN verification v ON v.report_id = r.id "
    "WHERE (:ids IS NULL OR r.id IN (SELECT value FROM json_each(:ids))) "
    "AND (:statuses IS NULL OR v.status IN (SELECT value FROM json_each(:statuses)))";
constexpr const char* kSearchWindowStart = "SELECT f.rowid FROM report_fts f WHERE report_fts MATCH :expr" LODESTONE_REPORT_FILTERS
                                           " ORDER BY f.rowid DESC LIMIT 1 OFFSET :offset";
constexpr const char* kSearchList =
    "WITH hits(id, score) AS (SELECT f.rowid, 0 FROM report_fts f WHERE report_fts MATCH :expr AND f.rowid >= :window"
    " AND f.rowid > :after" LODESTONE_REPORT_FILTERS ") "
    "SELECT r.id, r.title, r.publisher, r.url, r.published_start, r.published_end, r.published_precision, "
    "r.published_rule, r.language, r.source_encoding, r.format, r.repairs, r.content_hash, r.source_path, "
    "r.imported_at, v.status, v.reliability, v.credibility, v.note, v.analyst, v.at, "
    "(SELECT COUNT(DISTINCT ev.event_id) FROM evidence ev WHERE ev.report_id = r.id), r.url_rule, r.publisher_rule, "
    "CASE WHEN :withText THEN r.text END "
    "FROM hits JOIN report r ON r.id = hits.id LEFT JOIN verification v ON v.report_id = r.id ORDER BY r.id LIMIT :limit OFFSET :offset";
constexpr const char* kRankedSearchList =
    "WITH hits(id, score) AS (SELECT f.rowid, f.rank FROM report_fts f WHERE report_fts MATCH :expr AND f.rowid >= :window"
    " AND f.rowid > :after" LODESTONE_REPORT_FILTERS " ORDER BY f.rank LIMIT :limit OFFSET :offset) "
    "SELECT r.id, r.title, r.publisher, r.url, r.published_start, r.published_end, r.published_precision, "
    "r.published_rule, r.language, r.source_encoding, r.format, r.repairs, r.content_hash, r.source_path, "
    "r.imported_at, v.status, v.reliability, v.credibility, v.note, v.analyst, v.at, "
    "(SELECT COUNT(DISTINCT ev.event_id) FROM evidence ev WHERE ev.report_id = r.id), r.url_rule, r.publisher_rule, "
    "CASE WHEN :withText THEN r.text END "
    "FROM hits JOIN report r ON r.id = hits.id LEFT JOIN verification v ON v.report_id = r.id ORDER BY hits.score, r.id";
constexpr const char* kPlainList =
    "SELECT r.id, r.title, r.publisher, r.url, r.published_start, r.published_end, r.published_precision, "
    "r.published_rule, r.language, r.source_encoding, r.format, r.repairs, r.content_hash, r.source_path, "
    "r.imported_at, v.status, v.reliability, v.credibility, v.note, v.analyst, v.at, "
    "(SELECT COUNT(DISTINCT ev.event_id) FROM evidence ev WHERE ev.report_id = r.id), r.url_rule, r.publisher_rule "
    "FROM report r LEFT JOIN verification v ON v.report_id = r.id "
    "WHERE (:ids IS NULL OR r.id IN (SELECT value FROM json_each(:ids))) AND r.id > :after "
    "AND (:statuses IS NULL OR v.status IN (SELECT value FROM json_each(:statuses))) ORDER BY r.id LIMIT :limit OFFSET :offset";
#undef LODESTONE_REPORT_FILTERS

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
    r.doc.urlRule = sql::str(st.getColumn(22));
    r.doc.publisherRule = sql::str(st.getColumn(23));
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
    auto st = m_statements.get("SELECT id FROM report WHERE content_hash = ?");
    sql::bind(*st, 1, hash);
    if (st->executeStep())
        return st->getColumn(0).getInt64();
    return std::nullopt;
}

namespace {
constexpr int kMinSharedBands = 1;  // of TextSignature::kBands
constexpr int kRowsPerBand = 256;   // most recent reports read per band value (look-alikes can be thousands)
constexpr qsizetype kMaxCandidates = 16;
} // namespace

std::optional<std::pair<qint64, double>> ReportStore::findNearDuplicate(const TextSignature& signature, const QString& text) const
{
    if (signature.shingles < TextSignatures::kMinShingles)
        return std::nullopt;
    // Candidates by the number of bands they share: the same article shares most of them; reports written from one
    // template (monthly price notes) share a few each and can be many, so only the best few are compared — the
    // cost of a lookup stays bounded however many look-alikes are stored.
    QHash<qint64, int> shared;
    auto bands = m_statements.get("SELECT report_id FROM report_band WHERE band = ? AND hash = ? ORDER BY report_id DESC LIMIT ?");
    for (int b = 0; b < TextSignature::kBands; ++b) {
        bands->reset();
        bands->bind(1, b);
        bands->bind(2, static_cast<int64_t>(signature.band(b)));
        bands->bind(3, kRowsPerBand);
        while (bands->executeStep())
            ++shared[bands->getColumn(0).getInt64()];
    }
    QList<std::pair<int, qint64>> ranked;
    ranked.reserve(shared.size());
    for (auto it = shared.cbegin(); it != shared.cend(); ++it)
        if (it.value() >= kMinSharedBands)
            ranked.append({it.value(), it.key()});
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
    if (ranked.size() > kMaxCandidates)
        ranked.resize(kMaxCandidates);
    QList<qint64> candidates;
    for (const auto& r : std::as_const(ranked))
        candidates << r.second;
    std::optional<std::pair<qint64, double>> best;
    auto sig = m_statements.get("SELECT minhash FROM report_signature WHERE report_id = ?");
    for (qint64 id : std::as_const(candidates)) {
        sig->reset();
        sig->bind(1, static_cast<int64_t>(id));
        if (!sig->executeStep())
            continue;
        const SQLite::Column blob = sig->getColumn(0);
        const TextSignature other = TextSignature::fromBlob(
            QByteArray(static_cast<const char*>(blob.getBlob()), blob.getBytes()));
        if (!TextSignatures::nearDuplicate(signature, other))
            continue;
        const double similarity = TextSignatures::containment(signature, other);
        if (best && similarity < best->second)
            continue;
        auto stored = m_statements.get("SELECT text FROM report WHERE id = ?");
        stored->bind(1, static_cast<int64_t>(id));
        const bool sameFigures = stored->executeStep() && TextSignatures::sameFigures(text, sql::str(stored->getColumn(0)));
        stored->reset();
        if (!sameFigures)
            continue;
        if (!best || similarity > best->second || (similarity == best->second && id < best->first))
            best = std::make_pair(id, similarity);
    }
    return best;
}

void ReportStore::insertSignature(qint64 reportId, const TextSignature& signature)
{
    if (signature.shingles < TextSignatures::kMinShingles)
        return;
    auto st = m_statements.get("INSERT INTO report_signature (report_id, minhash) VALUES (?, ?)");
    const QByteArray blob = signature.toBlob();
    st->bind(1, static_cast<int64_t>(reportId));
    st->bind(2, blob.constData(), static_cast<int>(blob.size()));
    st->exec();
    auto band = m_statements.get("INSERT OR IGNORE INTO report_band (band, hash, report_id) VALUES (?, ?, ?)");
    for (int b = 0; b < TextSignature::kBands; ++b) {
        band->reset();
        band->bind(1, b);
        band->bind(2, static_cast<int64_t>(signature.band(b)));
        band->bind(3, static_cast<int64_t>(reportId));
        band->exec();
    }
}

qint64 ReportStore::insert(const ParsedDocument& doc, const QString& hash, const QDateTime& importedAt)
{
    auto handle = m_statements.get("INSERT INTO report (title, publisher, url, published_start, published_end, "
                                   "published_precision, published_rule, language, source_encoding, format, text, repairs, "
                                   "content_hash, source_path, imported_at, url_rule, publisher_rule) "
                                   "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    SQLite::Statement& st = *handle;
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
    sql::bind(st, 16, doc.url.isEmpty() ? QString() : doc.urlRule);
    sql::bind(st, 17, doc.publisher.isEmpty() ? QString() : doc.publisherRule);
    st.exec();
    const qint64 id = m_db.getLastInsertRowid();

    auto ver = m_statements.get("INSERT INTO verification (report_id) VALUES (?)");
    ver->bind(1, static_cast<int64_t>(id));
    ver->exec();

    auto fts = m_statements.get("INSERT INTO report_fts (rowid, title, body) VALUES (?,?,?)");
    fts->bind(1, static_cast<int64_t>(id));
    sql::bind(*fts, 2, fts::segment(doc.title));
    sql::bind(*fts, 3, fts::segment(doc.text));
    fts->exec();
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
    r.doc.text = sql::str(st.getColumn(24));
    return r;
}

ReportQuery ReportQuery::forFilter(const EventFilter& filter, int searchLimit, int plainLimit)
{
    ReportQuery q;
    q.search = filter.search.trimmed();
    q.statuses = filter.statuses;
    if (filter.verifiedOnly) {
        if (q.statuses.isEmpty() || q.statuses.contains(VerificationStatus::Verified))
            q.statuses = {VerificationStatus::Verified};
        else
            q.status = VerificationStatus::Verified; // and-ed with a set without it: nothing matches
    }
    const bool searching = !fts::matchExpression(q.search).isEmpty();
    q.rankBySearch = searching;
    q.snippets = searching;
    q.limit = searching ? searchLimit : plainLimit;
    q.rankWindow = searching && searchLimit > 0 ? 5 * searchLimit : -1;
    return q;
}

namespace {

// The values a report-list statement binds, worked out once from a query.
struct ListBindings final {
    bool matchesNothing = false; // an empty status set, or a search with nothing searchable
    QString expr;                // FTS match expression; empty = no search
    QString idsJson;             // JSON array, empty = no restriction
    QString statusesJson;

    ListBindings(const ReportQuery& query, const QString& searchExpr)
    {
        // The statuses a row may have (nullopt = any).
        std::optional<QSet<VerificationStatus>> allowed;
        if (query.status)
            allowed = QSet<VerificationStatus>{*query.status};
        if (!query.statuses.isEmpty())
            allowed = allowed ? allowed->intersect(query.statuses) : query.statuses;
        expr = query.search.trimmed().isEmpty() ? QString() : searchExpr;
        // Nothing searchable in the query (only punctuation): no report matches.
        matchesNothing = (allowed && allowed->isEmpty()) || (!query.search.trimmed().isEmpty() && expr.isEmpty());
        if (!query.ids.isEmpty()) {
            QJsonArray arr;
            for (qint64 i : query.ids)
                arr.append(i);
            idsJson = QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Compact));
        }
        if (allowed) {
            QJsonArray arr;
            for (VerificationStatus s : *allowed)
                arr.append(statusKey(s));
            statusesJson = QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Compact));
        }
    }

    // Every value is bound; the SQL text is one of a few constants. NULL :ids / :statuses = no restriction.
    void bind(SQLite::Statement& st) const
    {
        if (!expr.isEmpty())
            sql::bind(st, ":expr", expr);
        if (idsJson.isEmpty())
            st.bind(":ids");
        else
            sql::bind(st, ":ids", idsJson);
        if (statusesJson.isEmpty())
            st.bind(":statuses");
        else
            sql::bind(st, ":statuses", statusesJson);
    }
};

} // namespace

qint64 ReportStore::countMatches(const ReportQuery& query) const
{
    const ListBindings b(query, searchExpression(query.search));
    if (b.matchesNothing)
        return 0;
    auto countWith = [&](const char* sqlText) -> qint64 {
        SQLite::Statement st(m_db, sqlText);
        b.bind(st);
        return st.executeStep() ? st.getColumn(0).getInt64() : 0;
    };
    return countWith(b.expr.isEmpty() ? kPlainCount : kSearchCount);
}

QList<Report> ReportStore::list(const ReportQuery& query) const
{
    const ListBindings b(query, searchExpression(query.search));
    if (b.matchesNothing)
        return {};
    const QString& expr = b.expr;
    const bool searching = !expr.isEmpty();
    const bool ranked = searching && query.rankBySearch;
    const bool withText = searching && query.snippets;
    auto bindCommon = [&b](SQLite::Statement& st) { b.bind(st); };

    // Scoring every match of a common term costs ~10 us a row; past the window only the newest matches
    // are scored: FTS walks its doclists backwards by id to find where the window starts.
    qint64 windowStart = 0;
    if (ranked && query.rankWindow > 0) {
        SQLite::Statement bound(m_db, kSearchWindowStart);
        bindCommon(bound);
        bound.bind(":offset", query.rankWindow - 1);
        if (bound.executeStep())
            windowStart = bound.getColumn(0).getInt64();
    }

    // The FTS query, its filters and (when ranked) the limit run first, so only the rows returned are joined
    // with the report table, counted and (for snippets) have their text read.
    auto listWith = [&](const char* sqlText) {
        SQLite::Statement st(m_db, sqlText);
        bindCommon(st);
        st.bind(":limit", query.limit >= 0 ? query.limit : -1);
        st.bind(":after", static_cast<int64_t>(query.afterId));
        st.bind(":offset", std::max(0, query.offset));
        if (searching) {
            st.bind(":window", static_cast<int64_t>(windowStart));
            st.bind(":withText", withText ? 1 : 0);
        }
        QList<Report> out;
        while (st.executeStep()) {
            out << readRow(st);
            if (withText)
                out.back().doc.text = makeSnippet(sql::str(st.getColumn(24)), query.search);
        }
        return out;
    };
    if (!searching)
        return listWith(kPlainList);
    return listWith(ranked ? kRankedSearchList : kSearchList);
}

QList<qint64> ReportStore::searchIds(const QString& query) const
{
    const QString expr = searchExpression(query);
    QList<qint64> out;
    if (expr.isEmpty())
        return out;
    SQLite::Statement st(m_db, "SELECT rowid FROM report_fts WHERE report_fts MATCH ? ORDER BY rowid");
    sql::bind(st, 1, expr);
    while (st.executeStep())
        out << st.getColumn(0).getInt64();
    return out;
}

QList<SearchHit> ReportStore::search(const QString& query, int limit) const
{
    const QString expr = searchExpression(query);
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

QString ReportStore::searchExpression(const QString& query) const
{
    const QString base = fts::matchExpression(query);
    const QString name = OrganisationStore::normalise(query);
    if (base.isEmpty() || name.size() < 2)
        return base;
    // Organisations the whole query names, then every name and alias they go by.
    QStringList orgs;
    {
        SQLite::Statement st(m_db, "SELECT DISTINCT COALESCE(o.merged_into, o.id) FROM org_alias a "
                                   "JOIN organisation o ON o.id = a.org_id WHERE a.norm = ?");
        sql::bind(st, 1, name);
        while (st.executeStep())
            orgs << QString::number(st.getColumn(0).getInt64());
    }
    if (orgs.isEmpty())
        return base;
    QStringList phrases;
    QSet<QString> seen{name};
    SQLite::Statement st(m_db, "SELECT a.text, a.norm FROM org_alias a JOIN organisation o ON o.id = a.org_id "
                               "WHERE COALESCE(o.merged_into, o.id) IN (SELECT value FROM json_each(?)) ORDER BY a.id");
    sql::bind(st, 1, QLatin1Char('[') + orgs.join(QLatin1Char(',')) + QLatin1Char(']'));
    constexpr int kMaxNames = 32;
    while (st.executeStep() && phrases.size() < kMaxNames) {
        const QString norm = sql::str(st.getColumn(1));
        if (norm.size() < 2 || seen.contains(norm))
            continue;
        seen.insert(norm);
        QString phrase = fts::segment(sql::str(st.getColumn(0))).simplified();
        if (phrase.isEmpty())
            continue;
        phrase.replace(QLatin1Char('"'), QLatin1String("\"\""));
        phrases << QLatin1Char('"') + phrase + QLatin1Char('"');
    }
    if (phrases.isEmpty())
        return base;
    return QLatin1Char('(') + base + QLatin1String(") OR ") + phrases.join(QLatin1String(" OR "));
}

QList<qint64> ReportStore::ids() const
{
    QList<qint64> out;
    SQLite::Statement st(m_db, "SELECT id FROM report ORDER BY id");
    while (st.executeStep())
        out << st.getColumn(0).getInt64();
    return out;
}

void ReportStore::updateMetadata(qint64 id, const ParsedDocument& doc)
{
    auto handle = m_statements.get("UPDATE report SET published_start = ?, published_end = ?, published_precision = ?, "
                                   "published_rule = ?, url = ?, url_rule = ?, publisher = ?, publisher_rule = ? WHERE id = ?");
    SQLite::Statement& st = *handle;
    if (doc.published && doc.published->isValid()) {
        st.bind(1, static_cast<int64_t>(doc.published->start.toJulianDay()));
        st.bind(2, static_cast<int64_t>(doc.published->end.toJulianDay()));
        sql::bind(st, 3, precisionKey(doc.published->precision));
        sql::bind(st, 4, doc.published->rule);
    } else {
        st.bind(1);
        st.bind(2);
        st.bind(3);
        sql::bind(st, 4, QString());
    }
    sql::bind(st, 5, doc.url);
    sql::bind(st, 6, doc.url.isEmpty() ? QString() : doc.urlRule);
    sql::bind(st, 7, doc.publisher);
    sql::bind(st, 8, doc.publisher.isEmpty() ? QString() : doc.publisherRule);
    st.bind(9, static_cast<int64_t>(id));
    st.exec();
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
