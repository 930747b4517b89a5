#include "eventstore.h"

#include "sqlutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <SQLiteCpp/SQLiteCpp.h>
#include <algorithm>

namespace lodestone {

namespace {

QString idsJson(const QList<qint64>& ids)
{
    QJsonArray arr;
    for (qint64 i : ids)
        arr.append(i);
    return QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Compact));
}

QString peopleJson(const QList<PersonMention>& people)
{
    QJsonArray arr;
    for (const auto& p : people)
        arr.append(QJsonObject{{QStringLiteral("name"), p.name}, {QStringLiteral("role"), p.role}, {QStringLiteral("org"), p.orgKey}});
    return QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Compact));
}

QList<PersonMention> peopleFromJson(const QString& json)
{
    QList<PersonMention> out;
    for (const auto& v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        out << PersonMention{o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("role")).toString(),
                             o.value(QStringLiteral("org")).toString()};
    }
    return out;
}

QString amountsJson(const QStringList& amounts)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(amounts)).toJson(QJsonDocument::Compact));
}

QStringList amountsFromJson(const QString& json)
{
    QStringList out;
    for (const auto& v : QJsonDocument::fromJson(json.toUtf8()).array())
        out << v.toString();
    return out;
}

int spanDays(qint64 s, qint64 e) { return static_cast<int>(e - s + 1); }

constexpr int kNarrowSpan = 31;

void insertEvidence(StatementCache& statements, qint64 eventId, qint64 reportId, const Evidence& ev)
{
    auto st = statements.get("INSERT INTO evidence (event_id, report_id, quote, start_offset, end_offset, trigger_text, "
                             "extraction_rule, confidence) VALUES (?,?,?,?,?,?,?,?)");
    st->bind(1, static_cast<int64_t>(eventId));
    st->bind(2, static_cast<int64_t>(reportId));
    sql::bind(*st, 3, ev.quote);
    st->bind(4, ev.start);
    st->bind(5, ev.end);
    sql::bind(*st, 6, ev.trigger);
    sql::bind(*st, 7, ev.rule);
    st->bind(8, ev.confidence);
    st->exec();
}

void linkOrgs(StatementCache& statements, qint64 eventId, const ExtractedEvent& event, const QHash<QString, qint64>& orgIds)
{
    for (const auto& o : event.organisations) {
        const auto it = orgIds.constFind(o.key);
        if (it == orgIds.cend())
            continue;
        auto st = statements.get("INSERT OR IGNORE INTO event_org (event_id, org_id, role) VALUES (?,?,?)");
        st->bind(1, static_cast<int64_t>(eventId));
        st->bind(2, static_cast<int64_t>(*it));
        sql::bind(*st, 3, o.role.isEmpty() ? QStringLiteral("mentioned") : o.role);
        st->exec();
    }
}

} // namespace

StoredEvent EventStore::store(qint64 reportId, const ExtractedEvent& event, const QHash<QString, qint64>& orgIds)
{
    const bool undated = event.undated();
    const qint64 s = undated ? 0 : event.date.start.toJulianDay(); // 0: no day (the undated column says so)
    const qint64 e = undated ? 0 : event.date.end.toJulianDay();
    QList<qint64> orgs;
    for (const auto& o : event.organisations)
        if (const auto it = orgIds.constFind(o.key); it != orgIds.cend())
            orgs << *it;

    // One happening, one event: same category, overlapping dates of compatible precision, a shared
    // organisation, and not already backed by this report. An undated event joins nothing: no day to compare.
    // "Not already backed by this report" looks through the report's evidence (few rows) by its index; once the
    // report has stored many events (a list of thousands of dated sentences) that is quadratic, and the event's
    // evidence is looked through instead ("+ev.report_id" keeps SQLite off the report index).
    if (reportId != m_countingReport) {
        m_countingReport = reportId;
        m_storedForReport = 0;
        auto hash = m_statements.get("SELECT content_hash FROM report WHERE id = ?");
        hash->bind(1, static_cast<int64_t>(reportId));
        m_countingHash = hash->executeStep() ? QByteArray(hash->getColumn(0).getText()) : QByteArray();
    }
    ++m_storedForReport;
    if (!orgs.isEmpty() && !undated) {
        auto handle = m_storedForReport <= kFewEventsPerReport
            ? m_statements.get(
                  "SELECT e.id, e.start_day, e.end_day, e.analyst_edited FROM event e WHERE e.category = ? AND e.start_day <= ? "
                  "AND e.start_day >= ? AND e.end_day >= ? AND e.rejected = 0 AND EXISTS (SELECT 1 FROM event_org eo WHERE "
                  "eo.event_id = e.id AND eo.org_id IN (SELECT value FROM json_each(?))) AND NOT EXISTS "
                  "(SELECT 1 FROM evidence ev WHERE ev.event_id = e.id AND ev.report_id = ?) "
                  "ORDER BY ABS(e.start_day - ?) LIMIT 8")
            : m_statements.get(
                  "SELECT e.id, e.start_day, e.end_day, e.analyst_edited FROM event e WHERE e.category = ? AND e.start_day <= ? "
                  "AND e.start_day >= ? AND e.end_day >= ? AND e.rejected = 0 AND EXISTS (SELECT 1 FROM event_org eo WHERE "
                  "eo.event_id = e.id AND eo.org_id IN (SELECT value FROM json_each(?))) AND NOT EXISTS "
                  "(SELECT 1 FROM evidence ev WHERE ev.event_id = e.id AND +ev.report_id = ?) "
                  "ORDER BY ABS(e.start_day - ?) LIMIT 8");
        SQLite::Statement& find = *handle;
        sql::bind(find, 1, categoryKey(event.category));
        find.bind(2, static_cast<int64_t>(e));
        // Mergeable events either share this exact span or are both at most a month long, so a candidate
        // starts on this event's first day or at most kNarrowSpan days before it: bounding the index range
        // keeps the lookup O(nearby events), not O(events of the category).
        find.bind(3, static_cast<int64_t>(spanDays(s, e) <= kNarrowSpan ? s - kNarrowSpan : s));
        find.bind(4, static_cast<int64_t>(s));
        sql::bind(find, 5, idsJson(orgs));
        find.bind(6, static_cast<int64_t>(reportId));
        find.bind(7, static_cast<int64_t>(s));
        while (find.executeStep()) {
            const qint64 id = find.getColumn(0).getInt64();
            const qint64 os = find.getColumn(1).getInt64();
            const qint64 oe = find.getColumn(2).getInt64();
            const bool sameSpan = os == s && oe == e;
            const bool bothNarrow = spanDays(os, oe) <= kNarrowSpan && spanDays(s, e) <= kNarrowSpan;
            // a date still ahead (planned, effective-from) is its own happening unless the day is the same
            if (!sameSpan && (!bothNarrow || event.timing != EventTiming::Reported))
                continue;
            const bool edited = find.getColumn(3).getInt() != 0;
            if (!edited) {
                // The event reads as the report that sorts first by content hash tells it (title, summary, people,
                // confidence), so that importing the same reports in another order gives the same event (and the
                // same STIX id). Compared with the reports already behind it, before this one joins them.
                auto lead = m_leadHash.find(id);
                if (lead == m_leadHash.end()) {
                    if (m_leadHash.size() >= kLeadHashLimit)
                        m_leadHash.clear();
                    auto first = m_statements.get("SELECT MIN(r.content_hash) FROM evidence ev JOIN report r ON r.id = ev.report_id "
                                                  "WHERE ev.event_id = ?");
                    first->bind(1, static_cast<int64_t>(id));
                    lead = m_leadHash.insert(id, first->executeStep() && !first->getColumn(0).isNull()
                                                     ? QByteArray(first->getColumn(0).getText())
                                                     : QByteArray());
                }
                // (hashes are hex text of one length: byte order is SQLite's BINARY order)
                if (!m_countingHash.isEmpty() && !lead->isEmpty() && m_countingHash < *lead) {
                    *lead = m_countingHash;
                    auto up = m_statements.get("UPDATE event SET title = ?, summary = ?, people = ?, confidence = ? "
                                               "WHERE id = ? AND analyst_edited = 0");
                    sql::bind(*up, 1, event.title);
                    sql::bind(*up, 2, event.summary);
                    sql::bind(*up, 3, peopleJson(event.people));
                    up->bind(4, event.confidence);
                    up->bind(5, static_cast<int64_t>(id));
                    up->exec();
                }
            }
            insertEvidence(m_statements, id, reportId, event.evidence);
            if (!event.amounts.isEmpty()) {
                auto am = m_statements.get("UPDATE event SET amounts = ? WHERE id = ? AND amounts = '[]'");
                sql::bind(*am, 1, amountsJson(event.amounts));
                am->bind(2, static_cast<int64_t>(id));
                am->exec();
            }
            if (!edited)
                linkOrgs(m_statements, id, event, orgIds); // an analyst's organisation corrections stand
            if (!edited && event.timing == EventTiming::Reported) {
                // a report that states it as done outranks one that announced it
                auto up = m_statements.get("UPDATE event SET timing = '' WHERE id = ? AND timing <> '' AND analyst_edited = 0");
                up->bind(1, static_cast<int64_t>(id));
                up->exec();
            }
            // The finer date wins; of two equally fine ones the earlier (either way, the order of import does not matter).
            const bool finer = spanDays(s, e) < spanDays(os, oe);
            const bool earlierAlike = spanDays(s, e) == spanDays(os, oe) && s < os;
            if (!edited && (finer || earlierAlike)) {
                // The new report dates it more precisely (or as precisely and earlier): keep its date.
                auto up = m_statements.get("UPDATE event SET start_day = ?, end_day = ?, precision = ?, date_rule = ? "
                                           "WHERE id = ? AND analyst_edited = 0");
                up->bind(1, static_cast<int64_t>(s));
                up->bind(2, static_cast<int64_t>(e));
                sql::bind(*up, 3, precisionKey(event.date.precision));
                sql::bind(*up, 4, event.date.rule);
                up->bind(5, static_cast<int64_t>(id));
                up->exec();
            }
            return {id, true};
        }
    }

    auto insHandle = m_statements.get("INSERT INTO event (category, title, summary, start_day, end_day, precision, date_rule, "
                                      "confidence, people, undated, timing, amounts) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
    SQLite::Statement& ins = *insHandle;
    sql::bind(ins, 1, categoryKey(event.category));
    sql::bind(ins, 2, event.title);
    sql::bind(ins, 3, event.summary);
    ins.bind(4, static_cast<int64_t>(s));
    ins.bind(5, static_cast<int64_t>(e));
    sql::bind(ins, 6, precisionKey(event.date.precision));
    sql::bind(ins, 7, event.date.rule);
    ins.bind(8, event.confidence);
    sql::bind(ins, 9, peopleJson(event.people));
    ins.bind(10, undated ? 1 : 0);
    sql::bind(ins, 11, timingKey(event.timing));
    sql::bind(ins, 12, amountsJson(event.amounts));
    ins.exec();
    const qint64 id = m_db.getLastInsertRowid();
    linkOrgs(m_statements, id, event, orgIds);
    insertEvidence(m_statements, id, reportId, event.evidence);
    if (!m_countingHash.isEmpty() && m_leadHash.size() < kLeadHashLimit)
        m_leadHash.insert(id, m_countingHash);
    return {id, false};
}

namespace {
constexpr const char* kEventColumns =
    "SELECT e.id, e.category, e.title, e.summary, e.start_day, e.end_day, e.precision, e.date_rule, e.confidence, "
    "e.people, e.rejected, e.undated, e.timing, e.amounts FROM event e ";

Event readEvent(SQLite::Statement& st)
{
    Event ev;
    ev.id = st.getColumn(0).getInt64();
    ev.category = categoryFromKey(sql::str(st.getColumn(1))).value_or(Category::Other);
    ev.title = sql::str(st.getColumn(2));
    ev.summary = sql::str(st.getColumn(3));
    ev.date.start = sql::day(st.getColumn(4));
    ev.date.end = sql::day(st.getColumn(5));
    ev.date.precision = precisionFromKey(sql::str(st.getColumn(6))).value_or(Precision::Day);
    ev.date.rule = sql::str(st.getColumn(7));
    ev.confidence = st.getColumn(8).getDouble();
    ev.people = peopleFromJson(sql::str(st.getColumn(9)));
    ev.rejected = st.getColumn(10).getInt() != 0;
    if (st.getColumn(11).getInt() != 0) { // undated: the stored days mean nothing
        ev.date.start = QDate();
        ev.date.end = QDate();
    }
    ev.timing = timingFromKey(sql::str(st.getColumn(12))).value_or(EventTiming::Reported);
    ev.amounts = amountsFromJson(sql::str(st.getColumn(13)));
    return ev;
}
} // namespace

void EventStore::loadLinks(QList<Event>& events) const
{
    if (events.isEmpty())
        return;
    QHash<qint64, qsizetype> index;
    QList<qint64> ids;
    for (qsizetype i = 0; i < events.size(); ++i) {
        index.insert(events[i].id, i);
        ids << events[i].id;
    }
    const QString json = idsJson(ids);
    SQLite::Statement orgs(m_db, "SELECT eo.event_id, o.id, o.name_en, o.name_zh, eo.role FROM event_org eo "
                                 "JOIN organisation o ON o.id = eo.org_id WHERE eo.event_id IN (SELECT value FROM json_each(?)) "
                                 "ORDER BY eo.event_id, o.name_en");
    sql::bind(orgs, 1, json);
    while (orgs.executeStep()) {
        Event& ev = events[index.value(orgs.getColumn(0).getInt64())];
        ev.organisations << EventOrgLink{orgs.getColumn(1).getInt64(), sql::str(orgs.getColumn(2)),
                                         sql::str(orgs.getColumn(3)), sql::str(orgs.getColumn(4))};
    }
    SQLite::Statement evid(m_db, "SELECT ev.event_id, ev.report_id, ev.quote, ev.start_offset, ev.end_offset, v.status, "
                                 "ev.trigger_text, ev.extraction_rule, ev.confidence "
                                 "FROM evidence ev LEFT JOIN verification v ON v.report_id = ev.report_id "
                                 "WHERE ev.event_id IN (SELECT value FROM json_each(?)) ORDER BY ev.event_id, ev.id");
    sql::bind(evid, 1, json);
    while (evid.executeStep()) {
        Event& ev = events[index.value(evid.getColumn(0).getInt64())];
        const qint64 reportId = evid.getColumn(1).getInt64();
        Evidence found{reportId, sql::str(evid.getColumn(2)), evid.getColumn(3).getInt(), evid.getColumn(4).getInt()};
        found.trigger = sql::str(evid.getColumn(6));
        found.rule = sql::str(evid.getColumn(7));
        found.confidence = evid.getColumn(8).getDouble();
        ev.evidence << found;
        const bool known = std::any_of(ev.reports.cbegin(), ev.reports.cend(),
                                       [&](const EventReportLink& l) { return l.reportId == reportId; });
        if (!known)
            ev.reports << EventReportLink{reportId, statusFromKey(sql::str(evid.getColumn(5))).value_or(VerificationStatus::Unverified)};
    }
}

std::optional<Event> EventStore::get(qint64 id) const
{
    SQLite::Statement st(m_db, std::string(kEventColumns) + "WHERE e.id = ?");
    st.bind(1, static_cast<int64_t>(id));
    if (!st.executeStep())
        return std::nullopt;
    QList<Event> one{readEvent(st)};
    loadLinks(one);
    return one.first();
}

QList<Event> EventStore::list(const EventFilter& filter, const QList<qint64>& searchReportIds, int limit,
                              const Page& page) const
{
    std::string q = std::string(kEventColumns) + "WHERE 1";
    if (filter.noCategories)
        return {};
    if (!filter.includeRejectedEvents)
        q += " AND e.rejected = 0";
    if (filter.undatedOnly)
        q += " AND e.undated = 1";
    if (filter.from.isValid())
        q += " AND e.end_day >= :from";
    if (filter.to.isValid())
        q += " AND e.start_day <= :to";
    if (!filter.categories.isEmpty())
        q += " AND e.category IN (SELECT value FROM json_each(:cats))";
    if (!filter.orgIds.isEmpty() || !filter.orgNames.isEmpty())
        q += " AND EXISTS (SELECT 1 FROM event_org eo WHERE eo.event_id = e.id AND eo.org_id IN (SELECT value FROM json_each(:orgs)))";
    if (filter.verifiedOnly)
        q += " AND EXISTS (SELECT 1 FROM evidence ev JOIN verification v ON v.report_id = ev.report_id "
             "WHERE ev.event_id = e.id AND v.status = 'verified')";
    if (!filter.statuses.isEmpty())
        q += " AND EXISTS (SELECT 1 FROM evidence ev JOIN verification v ON v.report_id = ev.report_id "
             "WHERE ev.event_id = e.id AND v.status IN (SELECT value FROM json_each(:statuses)))";
    if (!filter.search.trimmed().isEmpty())
        q += " AND (e.title LIKE :like OR e.summary LIKE :like OR EXISTS (SELECT 1 FROM evidence ev WHERE "
             "ev.event_id = e.id AND ev.report_id IN (SELECT value FROM json_each(:reports))))";
    if (page.after)
        q += " AND (e.undated, e.start_day, e.id) > (:afterUndated, :afterDay, :afterId)";
    q += " ORDER BY e.undated, e.start_day, e.id"; // undated events last
    if (limit >= 0)
        q += " LIMIT " + std::to_string(limit);
    if (page.offset > 0 && limit < 0)
        q += " LIMIT -1"; // SQLite takes OFFSET only after a LIMIT
    if (page.offset > 0)
        q += " OFFSET :offset";
    SQLite::Statement st(m_db, q);
    if (page.after) {
        st.bind(":afterUndated", page.afterUndated ? 1 : 0);
        st.bind(":afterDay", static_cast<int64_t>(page.after->first));
        st.bind(":afterId", static_cast<int64_t>(page.after->second));
    }
    if (page.offset > 0)
        st.bind(":offset", page.offset);
    if (filter.from.isValid())
        st.bind(":from", static_cast<int64_t>(filter.from.toJulianDay()));
    if (filter.to.isValid())
        st.bind(":to", static_cast<int64_t>(filter.to.toJulianDay()));
    if (!filter.categories.isEmpty()) {
        QJsonArray cats;
        for (Category c : filter.categories)
            cats.append(categoryKey(c));
        sql::bind(st, ":cats", QString::fromUtf8(QJsonDocument(cats).toJson(QJsonDocument::Compact)));
    }
    if (!filter.orgIds.isEmpty() || !filter.orgNames.isEmpty())
        sql::bind(st, ":orgs", idsJson(filter.orgIds));
    if (!filter.statuses.isEmpty()) {
        QJsonArray sts;
        for (VerificationStatus s : filter.statuses)
            sts.append(statusKey(s));
        sql::bind(st, ":statuses", QString::fromUtf8(QJsonDocument(sts).toJson(QJsonDocument::Compact)));
    }
    if (!filter.search.trimmed().isEmpty()) {
        sql::bind(st, ":like", QLatin1Char('%') + filter.search.trimmed() + QLatin1Char('%'));
        sql::bind(st, ":reports", idsJson(searchReportIds));
    }
    QList<Event> out;
    while (st.executeStep())
        out << readEvent(st);
    loadLinks(out);
    return out;
}

QList<qint64> EventStore::idsForReport(qint64 reportId) const
{
    QList<qint64> out;
    SQLite::Statement st(m_db, "SELECT DISTINCT event_id FROM evidence WHERE report_id = ? ORDER BY event_id");
    st.bind(1, static_cast<int64_t>(reportId));
    while (st.executeStep())
        out << st.getColumn(0).getInt64();
    return out;
}

QList<ReportEventLink> EventStore::linksForReport(qint64 reportId) const
{
    QList<ReportEventLink> out;
    auto st = m_statements.get("SELECT ev.event_id, e.analyst_edited OR e.rejected, ev.start_offset, ev.end_offset FROM evidence ev "
                               "JOIN event e ON e.id = ev.event_id WHERE ev.report_id = ? ORDER BY ev.event_id, ev.id");
    st->bind(1, static_cast<int64_t>(reportId));
    while (st->executeStep())
        out << ReportEventLink{st->getColumn(0).getInt64(), st->getColumn(1).getInt() != 0, st->getColumn(2).getInt(),
                               st->getColumn(3).getInt()};
    return out;
}

bool EventStore::detachReport(qint64 eventId, qint64 reportId)
{
    m_leadHash.remove(eventId); // its smallest hash may have been this report's
    auto del = m_statements.get("DELETE FROM evidence WHERE event_id = ? AND report_id = ? AND EXISTS "
                                "(SELECT 1 FROM event e WHERE e.id = ? AND e.analyst_edited = 0 AND e.rejected = 0)");
    del->bind(1, static_cast<int64_t>(eventId));
    del->bind(2, static_cast<int64_t>(reportId));
    del->bind(3, static_cast<int64_t>(eventId));
    del->exec();
    auto orphan = m_statements.get("DELETE FROM event WHERE id = ? AND analyst_edited = 0 AND rejected = 0 AND NOT EXISTS "
                                   "(SELECT 1 FROM evidence ev WHERE ev.event_id = ?)");
    orphan->bind(1, static_cast<int64_t>(eventId));
    orphan->bind(2, static_cast<int64_t>(eventId));
    return orphan->exec() > 0;
}

TimelineData EventStore::loadTimeline() const
{
    TimelineData data;
    const qint64 n = count();
    data.entries.reserve(static_cast<size_t>(n));
    QHash<QString, quint8> catCache;
    SQLite::Statement st(m_db,
                         "SELECT e.id, e.start_day, e.end_day, e.category, e.precision, e.rejected, "
                         "MAX(v.status = 'verified'), MAX(v.status = 'disputed'), MIN(v.status = 'rejected'), e.timing "
                         "FROM event e LEFT JOIN evidence ev ON ev.event_id = e.id "
                         "LEFT JOIN verification v ON v.report_id = ev.report_id WHERE e.undated = 0 GROUP BY e.id");
    QHash<qint64, quint32> indexOf;
    indexOf.reserve(n);
    while (st.executeStep()) {
        TimelineEntry t;
        t.eventId = st.getColumn(0).getInt64();
        t.startDay = st.getColumn(1).getInt();
        t.endDay = st.getColumn(2).getInt();
        const QString cat = sql::str(st.getColumn(3));
        auto it = catCache.constFind(cat);
        if (it == catCache.cend())
            it = catCache.insert(cat, static_cast<quint8>(categoryFromKey(cat).value_or(Category::Other)));
        t.category = *it;
        t.precision = static_cast<quint8>(precisionFromKey(sql::str(st.getColumn(4))).value_or(Precision::Day));
        if (st.getColumn(5).getInt())
            t.flags |= TimelineEntry::RejectedEvent;
        if (st.getColumn(6).getInt() == 1)
            t.flags |= TimelineEntry::Verified;
        if (st.getColumn(7).getInt() == 1)
            t.flags |= TimelineEntry::Disputed;
        if (!st.getColumn(8).isNull() && st.getColumn(8).getInt() == 1)
            t.flags |= TimelineEntry::RejectedReport;
        if (!sql::str(st.getColumn(9)).isEmpty())
            t.flags |= TimelineEntry::Planned;
        indexOf.insert(t.eventId, static_cast<quint32>(data.entries.size()));
        data.entries.push_back(t);
    }
    std::vector<std::vector<qint64>> perEntry(data.entries.size());
    SQLite::Statement links(m_db, "SELECT event_id, org_id FROM event_org");
    while (links.executeStep()) {
        const auto it = indexOf.constFind(links.getColumn(0).getInt64());
        if (it != indexOf.cend())
            perEntry[*it].push_back(links.getColumn(1).getInt64());
    }
    data.links.offsets.reserve(data.entries.size() + 1);
    data.links.offsets.push_back(0);
    for (const auto& v : perEntry) {
        data.links.orgIds.insert(data.links.orgIds.end(), v.begin(), v.end());
        data.links.offsets.push_back(static_cast<quint32>(data.links.orgIds.size()));
    }
    return data;
}

qint64 EventStore::count() const
{
    return m_db.execAndGet("SELECT COUNT(*) FROM event").getInt64();
}

} // namespace lodestone
