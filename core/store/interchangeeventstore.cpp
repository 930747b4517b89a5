#include "interchangeeventstore.h"

#include "correctionstore.h"
#include "interchange/stixobjects.h"
#include "interchangestore.h"
#include "sqlutil.h"
#include "stores.h"
#include "util/log.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <SQLiteCpp/SQLiteCpp.h>

namespace lodestone {

namespace {

QString amountsJson(const QStringList& amounts)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(amounts)).toJson(QJsonDocument::Compact));
}

QString peopleJson(const QList<PersonMention>& people)
{
    QJsonArray arr;
    for (const auto& p : people)
        arr.append(QJsonObject{{QStringLiteral("name"), p.name}, {QStringLiteral("role"), p.role}, {QStringLiteral("org"), p.orgKey}});
    return QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Compact));
}

// A JSON value as the correction log holds it (compact text; "null" when absent).
QString jsonText(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("null");
    const QByteArray a = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(a.mid(1, a.size() - 2));
}

std::optional<DateSpan> spanOf(const QJsonValue& v)
{
    const QJsonObject o = v.toObject();
    DateSpan d;
    d.start = QDate::fromString(o.value(QStringLiteral("start")).toString(), Qt::ISODate);
    d.end = QDate::fromString(o.value(QStringLiteral("end")).toString(), Qt::ISODate);
    const auto precision = precisionFromKey(o.value(QStringLiteral("precision")).toString());
    if (!d.isValid() || !precision)
        return std::nullopt;
    d.precision = *precision;
    d.rule = o.value(QStringLiteral("rule")).toString();
    return d;
}

} // namespace

InterchangeEvent InterchangeEventStore::asExtracted(const InterchangeEvent& e)
{
    InterchangeEvent out = e;
    QSet<QString> seen;
    for (const InterchangeCorrection& c : e.corrections) {
        if (seen.contains(c.field))
            continue;
        if (c.field == u"title" && c.oldValue.isString()) {
            out.event.title = c.oldValue.toString();
        } else if (c.field == u"category") {
            if (const auto cat = categoryFromKey(c.oldValue.toString()))
                out.event.category = *cat;
        } else if (c.field == u"date") {
            if (const auto d = spanOf(c.oldValue))
                out.event.date = *d;
        } else if (c.field == u"rejected") {
            out.event.rejected = c.oldValue.toBool();
        } else {
            continue;
        }
        seen.insert(c.field);
    }
    for (auto it = e.corrections.crbegin(); it != e.corrections.crend(); ++it) {
        if (it->field != u"organisation")
            continue;
        const QJsonObject before = it->oldValue.toObject();
        const QJsonObject after = it->newValue.toObject();
        const QString key = (after.isEmpty() ? before : after).value(QStringLiteral("organisation")).toString();
        out.organisations.removeIf([&](const EventOrgRole& r) { return r.key == key; });
        if (!before.isEmpty())
            out.organisations << EventOrgRole{key, before.value(QStringLiteral("role")).toString()};
    }
    out.corrections.clear();
    out.analystEdited = false;
    return out;
}

std::optional<qint64> InterchangeEventStore::byContent(const InterchangeEvent& e, const QString& id) const
{
    SQLite::Database& db = m_store.m_stores.db.sql();
    // an undated event is stored with days 0 and its flag set
    const bool undated = e.event.undated();
    SQLite::Statement find(db, "SELECT id, title FROM event WHERE category = ? AND start_day = ? AND end_day = ? AND undated = ?");
    sql::bind(find, 1, categoryKey(e.event.category));
    find.bind(2, static_cast<int64_t>(undated ? 0 : e.event.date.start.toJulianDay()));
    find.bind(3, static_cast<int64_t>(undated ? 0 : e.event.date.end.toJulianDay()));
    find.bind(4, undated ? 1 : 0);
    SQLite::Statement keys(db, "SELECT o.key FROM event_org eo JOIN organisation o ON o.id = eo.org_id WHERE eo.event_id = ?");
    while (find.executeStep()) {
        const qint64 candidate = find.getColumn(0).getInt64();
        InterchangeEvent local;
        local.event.category = e.event.category;
        local.event.date = e.event.date;
        local.event.title = sql::str(find.getColumn(1));
        keys.reset();
        keys.bind(1, static_cast<int64_t>(candidate));
        while (keys.executeStep())
            local.organisations << EventOrgRole{sql::str(keys.getColumn(0)), QString()};
        if (StixObjects::eventId(local) == id)
            return candidate;
    }
    return std::nullopt;
}

std::optional<qint64> InterchangeEventStore::match(const InterchangeEvent& e) const
{
    if (const auto known = m_store.aliasTarget(e.stixId, QStringLiteral("event"))) {
        SQLite::Statement st(m_store.m_stores.db.sql(), "SELECT 1 FROM event WHERE id = ?");
        st.bind(1, static_cast<int64_t>(*known));
        if (st.executeStep())
            return known;
    }
    const QString own = StixObjects::eventId(e);
    if (const auto found = byContent(e, own))
        return found;
    if (!e.stixId.isEmpty() && e.stixId != own)
        if (const auto found = byContent(e, e.stixId))
            return found;
    if (!e.corrections.isEmpty()) {
        const InterchangeEvent original = asExtracted(e);
        if (original.event.date.isValid())
            if (const auto found = byContent(original, StixObjects::eventId(original)))
                return found;
    }
    return std::nullopt;
}

qint64 InterchangeEventStore::insert(const InterchangeEvent& ie, const QList<std::pair<qint64, QString>>& links)
{
    SQLite::Database& db = m_store.m_stores.db.sql();
    const Event& e = ie.event;
    SQLite::Statement ins(db, "INSERT INTO event (category, title, summary, start_day, end_day, precision, date_rule, confidence, "
                              "people, rejected, analyst_edited, undated, timing, amounts) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    sql::bind(ins, 1, categoryKey(e.category));
    sql::bind(ins, 2, e.title);
    sql::bind(ins, 3, e.summary);
    ins.bind(4, static_cast<int64_t>(e.undated() ? 0 : e.date.start.toJulianDay())); // undated: 0, the flag says so
    ins.bind(5, static_cast<int64_t>(e.undated() ? 0 : e.date.end.toJulianDay()));
    sql::bind(ins, 6, precisionKey(e.date.precision));
    sql::bind(ins, 7, e.date.rule);
    ins.bind(8, e.confidence);
    sql::bind(ins, 9, peopleJson(e.people));
    ins.bind(10, e.rejected ? 1 : 0);
    ins.bind(11, ie.analystEdited ? 1 : 0);
    ins.bind(12, e.undated() ? 1 : 0);
    sql::bind(ins, 13, timingKey(e.timing));
    sql::bind(ins, 14, amountsJson(e.amounts));
    ins.exec();
    const qint64 id = db.getLastInsertRowid();
    SQLite::Statement link(db, "INSERT OR IGNORE INTO event_org (event_id, org_id, role) VALUES (?,?,?)");
    for (const auto& [org, role] : links) {
        link.reset();
        link.bind(1, static_cast<int64_t>(id));
        link.bind(2, static_cast<int64_t>(org));
        sql::bind(link, 3, role);
        link.exec();
    }
    return id;
}

void InterchangeEventStore::merge(qint64 eventId, const InterchangeEvent& ie, const QList<std::pair<qint64, QString>>& links,
                                  InterchangeOutcome& out)
{
    SQLite::Database& db = m_store.m_stores.db.sql();
    SQLite::Statement cur(db, "SELECT analyst_edited FROM event WHERE id = ?");
    cur.bind(1, static_cast<int64_t>(eventId));
    const bool localEdited = cur.executeStep() && cur.getColumn(0).getInt() != 0;
    cur.reset();
    if (!localEdited) { // an analyst's organisation corrections here stand
        SQLite::Statement link(db, "INSERT OR IGNORE INTO event_org (event_id, org_id, role) VALUES (?,?,?)");
        for (const auto& [org, role] : links) {
            link.reset();
            link.bind(1, static_cast<int64_t>(eventId));
            link.bind(2, static_cast<int64_t>(org));
            sql::bind(link, 3, role);
            out.changes += link.exec();
        }
    }
    if (ie.analystEdited && !localEdited) {
        // Corrected there, untouched here: the analyst's version wins.
        const Event& e = ie.event;
        SQLite::Statement up(db, "UPDATE event SET category = ?, title = ?, summary = ?, start_day = ?, end_day = ?, precision = ?, "
                                 "date_rule = ?, rejected = ?, analyst_edited = 1, undated = ? WHERE id = ?");
        sql::bind(up, 1, categoryKey(e.category));
        sql::bind(up, 2, e.title);
        sql::bind(up, 3, e.summary);
        up.bind(4, static_cast<int64_t>(e.undated() ? 0 : e.date.start.toJulianDay()));
        up.bind(5, static_cast<int64_t>(e.undated() ? 0 : e.date.end.toJulianDay()));
        sql::bind(up, 6, precisionKey(e.date.precision));
        sql::bind(up, 7, e.date.rule);
        up.bind(8, e.rejected ? 1 : 0);
        up.bind(9, e.undated() ? 1 : 0);
        up.bind(10, static_cast<int64_t>(eventId));
        out.changes += up.exec();
    }
    out.changes += addEvidence(eventId, ie);
    out.changes += addCorrections(eventId, ie);
}

int InterchangeEventStore::addEvidence(qint64 eventId, const InterchangeEvent& e)
{
    SQLite::Database& db = m_store.m_stores.db.sql();
    SQLite::Statement exists(db, "SELECT 1 FROM evidence WHERE event_id = ? AND report_id = ? AND start_offset = ? AND end_offset = ?");
    SQLite::Statement ins(db, "INSERT INTO evidence (event_id, report_id, quote, start_offset, end_offset) VALUES (?,?,?,?,?)");
    int added = 0;
    for (const InterchangeEvidence& ev : e.evidence) {
        qint64 report = m_store.m_reportRow.value(ev.reportHash);
        if (!report)
            report = m_store.m_stores.reports.findByHash(ev.reportHash).value_or(0);
        if (!report)
            continue;
        exists.reset();
        exists.bind(1, static_cast<int64_t>(eventId));
        exists.bind(2, static_cast<int64_t>(report));
        exists.bind(3, ev.start);
        exists.bind(4, ev.end);
        if (exists.executeStep())
            continue;
        ins.reset();
        ins.bind(1, static_cast<int64_t>(eventId));
        ins.bind(2, static_cast<int64_t>(report));
        sql::bind(ins, 3, ev.quote);
        ins.bind(4, ev.start);
        ins.bind(5, ev.end);
        added += ins.exec();
    }
    return added;
}

int InterchangeEventStore::addCorrections(qint64 eventId, const InterchangeEvent& e)
{
    SQLite::Database& db = m_store.m_stores.db.sql();
    CorrectionStore log(db);
    SQLite::Statement seen(db, "SELECT 1 FROM correction_log WHERE target = 'event' AND target_id = ? AND at = ? AND field = ? "
                               "AND new_value = ?");
    int added = 0;
    for (const InterchangeCorrection& c : e.corrections) {
        QJsonValue values[2] = {c.oldValue, c.newValue};
        bool known = true;
        for (QJsonValue& v : values) {
            if (!v.isObject() || !v.toObject().contains(QStringLiteral("organisation")))
                continue;
            QJsonObject o = v.toObject();
            const qint64 org = m_store.organisationRow(o.value(QStringLiteral("organisation")).toString());
            known = known && org != 0;
            o.remove(QStringLiteral("organisation"));
            o[QStringLiteral("org")] = org;
            v = o;
        }
        if (!known)
            continue; // names an organisation this bundle does not carry
        const QString at = c.at.toUTC().toString(Qt::ISODate);
        const QString newValue = jsonText(values[1]);
        seen.reset();
        seen.bind(1, static_cast<int64_t>(eventId));
        sql::bind(seen, 2, at);
        sql::bind(seen, 3, c.field);
        sql::bind(seen, 4, newValue);
        if (seen.executeStep())
            continue;
        log.append(CorrectionEntry{0, c.at, c.analyst, QStringLiteral("event"), eventId, c.field, jsonText(values[0]), newValue, c.note});
        ++added;
    }
    return added;
}

void InterchangeEventStore::store(const InterchangeEvent& e, InterchangeOutcome& out)
{
    QList<std::pair<qint64, QString>> links;
    for (const EventOrgRole& r : e.organisations)
        if (const qint64 org = m_store.organisationRow(r.key))
            links << std::pair{m_store.linkTarget(org), r.role.isEmpty() ? QStringLiteral("mentioned") : r.role};
    qint64 id = 0;
    if (const auto found = match(e)) {
        id = *found;
        merge(id, e, links, out);
    } else {
        id = insert(e, links);
        ++out.changes;
        addEvidence(id, e);
        addCorrections(id, e);
    }
    m_store.addAlias(e.stixId, QStringLiteral("event"), id);
    out.events.insert(id);
}

} // namespace lodestone
