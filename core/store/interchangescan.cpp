#include "interchangescan.h"

#include "sqlutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
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

QDateTime utc(const QString& text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC() : t;
}

QJsonValue parseValue(const QString& json)
{
    // Correction values are JSON texts: scalars are wrapped to parse them.
    const QJsonDocument doc = QJsonDocument::fromJson((QStringLiteral("[") + json + QStringLiteral("]")).toUtf8());
    return doc.isArray() && !doc.array().isEmpty() ? doc.array().first() : QJsonValue(QJsonValue::Null);
}

struct RawCorrection final {
    qint64 targetId = 0;
    QDateTime at;
    QString analyst;
    QString field;
    QString oldValue;
    QString newValue;
    QString note;
};

QList<RawCorrection> corrections(SQLite::Database& db, const char* target, const QList<qint64>& ids)
{
    QList<RawCorrection> out;
    if (ids.isEmpty())
        return out;
    SQLite::Statement st(db, "SELECT target_id, at, analyst, field, old_value, new_value, note FROM correction_log "
                             "WHERE target = ? AND target_id IN (SELECT value FROM json_each(?)) ORDER BY id");
    st.bind(1, target);
    sql::bind(st, 2, idsJson(ids));
    while (st.executeStep())
        out << RawCorrection{st.getColumn(0).getInt64(), utc(sql::str(st.getColumn(1))), sql::str(st.getColumn(2)),
                             sql::str(st.getColumn(3)), sql::str(st.getColumn(4)), sql::str(st.getColumn(5)),
                             sql::str(st.getColumn(6))};
    return out;
}

// The organisation named in a correction value ({"org": id, ...}), or 0.
qint64 orgOf(const QString& json)
{
    return parseValue(json).toObject().value(QStringLiteral("org")).toInteger();
}

} // namespace

QList<qint64> InterchangeScan::reportsWithoutEvents(const QList<qint64>& among) const
{
    QList<qint64> out;
    SQLite::Statement st(m_db, "SELECT r.id FROM report r WHERE (?1 IS NULL OR r.id IN (SELECT value FROM json_each(?1))) "
                               "AND NOT EXISTS (SELECT 1 FROM evidence ev WHERE ev.report_id = r.id) ORDER BY r.id");
    if (among.isEmpty())
        st.bind(1);
    else
        sql::bind(st, 1, idsJson(among));
    while (st.executeStep())
        out << st.getColumn(0).getInt64();
    return out;
}

QHash<qint64, Report> InterchangeScan::reportSummaries(const QList<qint64>& ids) const
{
    QHash<qint64, Report> out;
    if (ids.isEmpty())
        return out;
    SQLite::Statement st(m_db, "SELECT r.id, r.title, r.url, r.publisher, r.published_start, r.published_end, r.published_precision, "
                               "r.content_hash, v.status, v.reliability, v.credibility FROM report r "
                               "LEFT JOIN verification v ON v.report_id = r.id WHERE r.id IN (SELECT value FROM json_each(?))");
    sql::bind(st, 1, idsJson(ids));
    while (st.executeStep()) {
        Report r;
        r.id = st.getColumn(0).getInt64();
        r.doc.title = sql::str(st.getColumn(1));
        r.doc.url = sql::str(st.getColumn(2));
        r.doc.publisher = sql::str(st.getColumn(3));
        if (!st.getColumn(4).isNull()) {
            DateSpan span;
            span.start = sql::day(st.getColumn(4));
            span.end = sql::day(st.getColumn(5));
            span.precision = precisionFromKey(sql::str(st.getColumn(6))).value_or(Precision::Day);
            r.doc.published = span;
        }
        r.contentHash = sql::str(st.getColumn(7));
        r.verification.status = statusFromKey(sql::str(st.getColumn(8))).value_or(VerificationStatus::Unverified);
        r.verification.reliability = sql::str(st.getColumn(9));
        r.verification.credibility = st.getColumn(10).getInt();
        out.insert(r.id, r);
    }
    return out;
}

QList<InterchangeReport> InterchangeScan::reports(const QList<qint64>& ids, QHash<qint64, QString>* hashOf) const
{
    QList<InterchangeReport> out;
    if (ids.isEmpty())
        return out;
    const QString json = idsJson(ids);
    QHash<qint64, qsizetype> index;
    {
        SQLite::Statement st(m_db, "SELECT r.id, r.title, r.publisher, r.url, r.published_start, r.published_end, r.published_precision, "
                                   "r.published_rule, r.language, r.source_encoding, r.format, r.repairs, r.content_hash, r.source_path, "
                                   "r.imported_at, r.text, v.status, v.reliability, v.credibility, v.note, v.analyst, v.at "
                                   "FROM report r LEFT JOIN verification v ON v.report_id = r.id "
                                   "WHERE r.id IN (SELECT value FROM json_each(?)) ORDER BY r.id");
        sql::bind(st, 1, json);
        while (st.executeStep()) {
            InterchangeReport ir;
            Report& r = ir.report;
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
            for (const QJsonValue& v : QJsonDocument::fromJson(sql::str(st.getColumn(11)).toUtf8()).array())
                r.doc.repairs << v.toString();
            r.contentHash = sql::str(st.getColumn(12));
            r.doc.sourcePath = sql::str(st.getColumn(13));
            r.importedAt = utc(sql::str(st.getColumn(14)));
            r.doc.text = sql::str(st.getColumn(15));
            r.verification.status = statusFromKey(sql::str(st.getColumn(16))).value_or(VerificationStatus::Unverified);
            r.verification.reliability = sql::str(st.getColumn(17));
            r.verification.credibility = st.getColumn(18).getInt();
            r.verification.note = sql::str(st.getColumn(19));
            r.verification.analyst = sql::str(st.getColumn(20));
            r.verification.at = utc(sql::str(st.getColumn(21)));
            hashOf->insert(r.id, r.contentHash);
            index.insert(r.id, out.size());
            out << ir;
        }
    }
    {
        SQLite::Statement st(m_db, "SELECT report_id, at, analyst, action, status, reliability, credibility, note, prev_status, "
                                   "prev_reliability, prev_credibility, prev_note FROM verification_log "
                                   "WHERE report_id IN (SELECT value FROM json_each(?)) ORDER BY report_id, id");
        sql::bind(st, 1, json);
        while (st.executeStep()) {
            const auto it = index.constFind(st.getColumn(0).getInt64());
            if (it == index.cend())
                continue;
            VerificationLogEntry e;
            e.reportId = it.key();
            e.value.at = utc(sql::str(st.getColumn(1)));
            e.value.analyst = sql::str(st.getColumn(2));
            e.action = sql::str(st.getColumn(3));
            e.value.status = statusFromKey(sql::str(st.getColumn(4))).value_or(VerificationStatus::Unverified);
            e.value.reliability = sql::str(st.getColumn(5));
            e.value.credibility = st.getColumn(6).getInt();
            e.value.note = sql::str(st.getColumn(7));
            e.previous.status = statusFromKey(sql::str(st.getColumn(8))).value_or(VerificationStatus::Unverified);
            e.previous.reliability = sql::str(st.getColumn(9));
            e.previous.credibility = st.getColumn(10).getInt();
            e.previous.note = sql::str(st.getColumn(11));
            out[*it].history << e;
        }
    }
    return out;
}

QList<InterchangeOrganisation> InterchangeScan::organisations(QList<qint64> ids, QHash<qint64, QString>* keyOf) const
{
    // Close the set over parents, merge survivors and the organisations merged into a member.
    QSet<qint64> members(ids.begin(), ids.end());
    SQLite::Statement related(m_db, "SELECT parent_id FROM organisation WHERE id IN (SELECT value FROM json_each(?1)) AND parent_id IS NOT NULL "
                                    "UNION SELECT merged_into FROM organisation WHERE id IN (SELECT value FROM json_each(?1)) AND merged_into IS NOT NULL "
                                    "UNION SELECT id FROM organisation WHERE merged_into IN (SELECT value FROM json_each(?1))");
    QList<qint64> frontier(members.begin(), members.end());
    while (!frontier.isEmpty()) {
        related.reset();
        sql::bind(related, 1, idsJson(frontier));
        frontier.clear();
        while (related.executeStep()) {
            const qint64 id = related.getColumn(0).getInt64();
            if (!members.contains(id)) {
                members.insert(id);
                frontier << id;
            }
        }
        // Survivors named in merge histories (a merge that was reversed since).
        for (const RawCorrection& c : corrections(m_db, "organisation", QList<qint64>(members.begin(), members.end()))) {
            for (const QString& value : {c.oldValue, c.newValue}) {
                const qint64 survivor = parseValue(value).toObject().value(QStringLiteral("survivor")).toInteger();
                if (survivor > 0 && !members.contains(survivor)) {
                    members.insert(survivor);
                    frontier << survivor;
                }
            }
        }
    }
    ids = QList<qint64>(members.begin(), members.end());
    std::sort(ids.begin(), ids.end());
    const QString json = idsJson(ids);

    QList<InterchangeOrganisation> out;
    QHash<qint64, qsizetype> index;
    QHash<qint64, qint64> mergedInto;
    {
        SQLite::Statement st(m_db, "SELECT o.id, o.key, o.name_en, o.name_zh, o.kind, o.country, "
                                   "(SELECT p.key FROM organisation p WHERE p.id = o.parent_id), o.auto_detected, o.merged_into "
                                   "FROM organisation o WHERE o.id IN (SELECT value FROM json_each(?)) ORDER BY o.id");
        sql::bind(st, 1, json);
        while (st.executeStep()) {
            InterchangeOrganisation io;
            Organisation& o = io.org;
            o.id = st.getColumn(0).getInt64();
            o.key = sql::str(st.getColumn(1));
            o.nameEn = sql::str(st.getColumn(2));
            o.nameZh = sql::str(st.getColumn(3));
            o.kind = sql::str(st.getColumn(4));
            o.country = sql::str(st.getColumn(5));
            o.parentKey = sql::str(st.getColumn(6));
            o.autoDetected = st.getColumn(7).getInt() != 0;
            if (!st.getColumn(8).isNull())
                mergedInto.insert(o.id, st.getColumn(8).getInt64());
            keyOf->insert(o.id, o.key);
            index.insert(o.id, out.size());
            out << io;
        }
    }
    // Keys of organisations outside the set that aliases or histories name (merge provenance of a removed row).
    auto keyFor = [&](qint64 id) {
        if (const auto it = keyOf->constFind(id); it != keyOf->cend())
            return *it;
        SQLite::Statement st(m_db, "SELECT key FROM organisation WHERE id = ?");
        st.bind(1, static_cast<int64_t>(id));
        const QString key = st.executeStep() ? sql::str(st.getColumn(0)) : QString();
        keyOf->insert(id, key);
        return key;
    };
    for (auto it = mergedInto.cbegin(); it != mergedInto.cend(); ++it)
        out[index.value(it.key())].mergedIntoKey = keyFor(it.value());
    {
        SQLite::Statement st(m_db, "SELECT org_id, text, language, provenance FROM org_alias "
                                   "WHERE org_id IN (SELECT value FROM json_each(?)) ORDER BY org_id, id");
        sql::bind(st, 1, json);
        while (st.executeStep()) {
            OrgAlias a{sql::str(st.getColumn(1)), sql::str(st.getColumn(2)), sql::str(st.getColumn(3))};
            if (a.provenance.startsWith(QLatin1String("merge:"))) {
                bool ok = false;
                const qint64 from = a.provenance.mid(6).toLongLong(&ok);
                if (ok)
                    a.provenance = QStringLiteral("merge:") + keyFor(from);
            }
            out[index.value(st.getColumn(0).getInt64())].org.aliases << a;
        }
    }
    for (const RawCorrection& c : corrections(m_db, "organisation", ids)) {
        if (c.field != u"merged_into")
            continue;
        InterchangeOrgChange change;
        change.at = c.at;
        change.analyst = c.analyst;
        change.note = c.note;
        change.merge = c.oldValue == u"null";
        const qint64 survivor = parseValue(change.merge ? c.newValue : c.oldValue).toObject().value(QStringLiteral("survivor")).toInteger();
        change.survivorKey = keyFor(survivor);
        out[index.value(c.targetId)].history << change;
    }
    return out;
}

InterchangeData InterchangeScan::gather(const QList<Event>& events, const QList<qint64>& extraReportIds) const
{
    InterchangeData data;
    QSet<qint64> reportIds(extraReportIds.begin(), extraReportIds.end());
    QSet<qint64> orgIds;
    QList<qint64> eventIds;
    for (const Event& e : events) {
        eventIds << e.id;
        for (const EventReportLink& l : e.reports)
            reportIds.insert(l.reportId);
        for (const Evidence& ev : e.evidence)
            reportIds.insert(ev.reportId);
        for (const EventOrgLink& l : e.organisations)
            orgIds.insert(l.orgId);
    }
    const QList<RawCorrection> eventCorrections = corrections(m_db, "event", eventIds);
    for (const RawCorrection& c : eventCorrections)
        if (c.field == u"organisation")
            for (const QString& value : {c.oldValue, c.newValue})
                if (const qint64 id = orgOf(value); id > 0)
                    orgIds.insert(id);

    QList<qint64> sortedReports(reportIds.begin(), reportIds.end());
    std::sort(sortedReports.begin(), sortedReports.end());
    QHash<qint64, QString> hashOf;
    data.reports = reports(sortedReports, &hashOf);
    QHash<qint64, qsizetype> reportIndex;
    for (qsizetype i = 0; i < data.reports.size(); ++i)
        reportIndex.insert(data.reports[i].report.id, i);

    // Mentions: organisations each report names, with how often.
    QList<std::tuple<qint64, qint64, int>> mentions;
    if (!sortedReports.isEmpty()) {
        SQLite::Statement st(m_db, "SELECT report_id, org_id, mentions FROM report_org WHERE report_id IN (SELECT value FROM json_each(?))");
        sql::bind(st, 1, idsJson(sortedReports));
        while (st.executeStep()) {
            mentions << std::tuple{st.getColumn(0).getInt64(), st.getColumn(1).getInt64(), st.getColumn(2).getInt()};
            orgIds.insert(st.getColumn(1).getInt64());
        }
    }
    QHash<qint64, QString> keyOf;
    data.organisations = organisations(QList<qint64>(orgIds.begin(), orgIds.end()), &keyOf);
    for (const auto& [reportId, orgId, count] : mentions)
        if (const auto it = reportIndex.constFind(reportId); it != reportIndex.cend())
            data.reports[*it].mentions << std::pair{keyOf.value(orgId), count};
    for (InterchangeReport& r : data.reports)
        std::sort(r.mentions.begin(), r.mentions.end());

    QHash<qint64, bool> edited;
    if (!eventIds.isEmpty()) {
        SQLite::Statement st(m_db, "SELECT id, analyst_edited FROM event WHERE id IN (SELECT value FROM json_each(?))");
        sql::bind(st, 1, idsJson(eventIds));
        while (st.executeStep())
            edited.insert(st.getColumn(0).getInt64(), st.getColumn(1).getInt() != 0);
    }
    QHash<qint64, QList<InterchangeCorrection>> correctionsOf;
    for (const RawCorrection& c : eventCorrections) {
        InterchangeCorrection ic;
        ic.at = c.at;
        ic.analyst = c.analyst;
        ic.field = c.field;
        ic.note = c.note;
        ic.oldValue = parseValue(c.oldValue);
        ic.newValue = parseValue(c.newValue);
        if (c.field == u"organisation") {
            for (QJsonValue* v : {&ic.oldValue, &ic.newValue}) {
                if (!v->isObject())
                    continue;
                QJsonObject o = v->toObject();
                o[QStringLiteral("organisation")] = keyOf.value(o.value(QStringLiteral("org")).toInteger());
                o.remove(QStringLiteral("org"));
                *v = o;
            }
        }
        correctionsOf[c.targetId] << ic;
    }
    for (const Event& e : events) {
        InterchangeEvent ie;
        ie.event = e;
        ie.event.organisations.clear();
        ie.event.reports.clear();
        ie.event.evidence.clear();
        ie.analystEdited = edited.value(e.id);
        for (const EventOrgLink& l : e.organisations)
            ie.organisations << EventOrgRole{keyOf.value(l.orgId), l.role};
        for (const Evidence& ev : e.evidence)
            ie.evidence << InterchangeEvidence{hashOf.value(ev.reportId), ev.quote, ev.start, ev.end};
        ie.corrections = correctionsOf.value(e.id);
        data.events << ie;
    }
    return data;
}

} // namespace lodestone
