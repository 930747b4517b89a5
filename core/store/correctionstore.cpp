#include "correctionstore.h"

#include "organisationstore.h"
#include "sqlutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <SQLiteCpp/SQLiteCpp.h>
#include <tuple>

namespace lodestone {

namespace {

const QString kNull = QStringLiteral("null");

QString jsonScalar(const QJsonValue& v)
{
    const QByteArray a = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(a.mid(1, a.size() - 2));
}

QString jsonText(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject dateJson(const DateSpan& d)
{
    if (!d.isValid()) // an undated event: no day, only the rule that says why
        return {{QStringLiteral("start"), QJsonValue::Null}, {QStringLiteral("end"), QJsonValue::Null},
                {QStringLiteral("precision"), QJsonValue::Null}, {QStringLiteral("rule"), d.rule}};
    return {{QStringLiteral("start"), d.start.toString(Qt::ISODate)},
            {QStringLiteral("end"), d.end.toString(Qt::ISODate)},
            {QStringLiteral("precision"), precisionKey(d.precision)},
            {QStringLiteral("rule"), d.rule}};
}

QJsonObject linkJson(qint64 orgId, const QString& role)
{
    return {{QStringLiteral("org"), orgId}, {QStringLiteral("role"), role}};
}

std::optional<QString> eventOrgRole(SQLite::Database& db, qint64 eventId, qint64 orgId)
{
    SQLite::Statement st(db, "SELECT role FROM event_org WHERE event_id = ? AND org_id = ?");
    st.bind(1, static_cast<int64_t>(eventId));
    st.bind(2, static_cast<int64_t>(orgId));
    if (st.executeStep())
        return sql::str(st.getColumn(0));
    return std::nullopt;
}

// merged_into of an organisation: nullopt when it does not exist, 0 when not merged.
std::optional<qint64> mergedInto(SQLite::Database& db, qint64 orgId)
{
    SQLite::Statement st(db, "SELECT merged_into FROM organisation WHERE id = ?");
    st.bind(1, static_cast<int64_t>(orgId));
    if (!st.executeStep())
        return std::nullopt;
    return st.getColumn(0).isNull() ? 0 : st.getColumn(0).getInt64();
}

void exec(SQLite::Database& db, const char* sqlText, std::initializer_list<qint64> ids)
{
    SQLite::Statement st(db, sqlText);
    int i = 1;
    for (qint64 id : ids)
        st.bind(i++, static_cast<int64_t>(id));
    st.exec();
}

} // namespace

void CorrectionStore::append(const CorrectionEntry& e)
{
    SQLite::Statement st(m_db, "INSERT INTO correction_log (at, analyst, target, target_id, field, old_value, new_value, note) "
                               "VALUES (?,?,?,?,?,?,?,?)");
    sql::bind(st, 1, (e.at.isValid() ? e.at : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODate));
    sql::bind(st, 2, e.analyst);
    sql::bind(st, 3, e.target);
    st.bind(4, static_cast<int64_t>(e.targetId));
    sql::bind(st, 5, e.field);
    sql::bind(st, 6, e.oldValue);
    sql::bind(st, 7, e.newValue);
    sql::bind(st, 8, e.note);
    st.exec();
}

void CorrectionStore::log(const CorrectionMeta& meta, const QString& target, qint64 targetId, const QString& field,
                          const QString& oldValue, const QString& newValue)
{
    append(CorrectionEntry{0, meta.at, meta.analyst, target, targetId, field, oldValue, newValue, meta.note});
}

namespace {
QList<CorrectionEntry> readEntries(SQLite::Statement& st)
{
    QList<CorrectionEntry> out;
    while (st.executeStep()) {
        CorrectionEntry e;
        e.id = st.getColumn(0).getInt64();
        e.at = QDateTime::fromString(sql::str(st.getColumn(1)), Qt::ISODate);
        e.analyst = sql::str(st.getColumn(2));
        e.target = sql::str(st.getColumn(3));
        e.targetId = st.getColumn(4).getInt64();
        e.field = sql::str(st.getColumn(5));
        e.oldValue = sql::str(st.getColumn(6));
        e.newValue = sql::str(st.getColumn(7));
        e.note = sql::str(st.getColumn(8));
        out << e;
    }
    return out;
}
constexpr const char* kLogColumns = "SELECT id, at, analyst, target, target_id, field, old_value, new_value, note FROM correction_log ";
} // namespace

QList<CorrectionEntry> CorrectionStore::history(const QString& target, qint64 targetId) const
{
    SQLite::Statement st(m_db, std::string(kLogColumns) + "WHERE target = ? AND target_id = ? ORDER BY id");
    sql::bind(st, 1, target);
    st.bind(2, static_cast<int64_t>(targetId));
    return readEntries(st);
}

QList<CorrectionEntry> CorrectionStore::recent(int limit) const
{
    SQLite::Statement st(m_db, std::string(kLogColumns) + "ORDER BY id DESC LIMIT ?");
    st.bind(1, limit);
    return readEntries(st);
}

Error CorrectionStore::correctEvent(const EventCorrection& c, const CorrectionMeta& metaIn, int* changedOut)
{
    CorrectionMeta meta = metaIn;
    if (!meta.at.isValid())
        meta.at = QDateTime::currentDateTimeUtc();
    SQLite::Statement cur(m_db, "SELECT title, category, start_day, end_day, precision, date_rule, rejected, undated, timing "
                                "FROM event WHERE id = ?");
    cur.bind(1, static_cast<int64_t>(c.eventId));
    if (!cur.executeStep())
        return {ErrorCode::NotFound, QStringLiteral("event %1").arg(c.eventId)};
    const QString oldTitle = sql::str(cur.getColumn(0));
    const QString oldCategory = sql::str(cur.getColumn(1));
    DateSpan oldDate;
    oldDate.start = sql::day(cur.getColumn(2));
    oldDate.end = sql::day(cur.getColumn(3));
    oldDate.precision = precisionFromKey(sql::str(cur.getColumn(4))).value_or(Precision::Day);
    oldDate.rule = sql::str(cur.getColumn(5));
    const bool oldRejected = cur.getColumn(6).getInt() != 0;
    if (cur.getColumn(7).getInt() != 0) {
        oldDate.start = QDate();
        oldDate.end = QDate();
    }
    const QString oldTiming = sql::str(cur.getColumn(8));
    cur.reset();

    if (c.title && c.title->trimmed().isEmpty())
        return {ErrorCode::InvalidArgument, QStringLiteral("empty title")};
    if (c.date && !c.date->isValid())
        return {ErrorCode::InvalidArgument, QStringLiteral("invalid date span")};
    const QString target = QStringLiteral("event");
    int changed = 0;
    if (c.title && c.title->trimmed() != oldTitle) {
        SQLite::Statement up(m_db, "UPDATE event SET title = ? WHERE id = ?");
        sql::bind(up, 1, c.title->trimmed());
        up.bind(2, static_cast<int64_t>(c.eventId));
        up.exec();
        log(meta, target, c.eventId, QStringLiteral("title"), jsonScalar(oldTitle), jsonScalar(c.title->trimmed()));
        ++changed;
    }
    if (c.category && categoryKey(*c.category) != oldCategory) {
        SQLite::Statement up(m_db, "UPDATE event SET category = ? WHERE id = ?");
        sql::bind(up, 1, categoryKey(*c.category));
        up.bind(2, static_cast<int64_t>(c.eventId));
        up.exec();
        log(meta, target, c.eventId, QStringLiteral("category"), jsonScalar(oldCategory), jsonScalar(categoryKey(*c.category)));
        ++changed;
    }
    if (c.date && !(oldDate.isValid() && *c.date == oldDate && c.date->rule == oldDate.rule)) {
        SQLite::Statement up(m_db, "UPDATE event SET start_day = ?, end_day = ?, precision = ?, date_rule = ?, undated = 0 WHERE id = ?");
        up.bind(1, static_cast<int64_t>(c.date->start.toJulianDay()));
        up.bind(2, static_cast<int64_t>(c.date->end.toJulianDay()));
        sql::bind(up, 3, precisionKey(c.date->precision));
        sql::bind(up, 4, c.date->rule);
        up.bind(5, static_cast<int64_t>(c.eventId));
        up.exec();
        log(meta, target, c.eventId, QStringLiteral("date"), jsonText(dateJson(oldDate)), jsonText(dateJson(*c.date)));
        ++changed;
    }
    if (c.timing && timingKey(*c.timing) != oldTiming) {
        SQLite::Statement up(m_db, "UPDATE event SET timing = ? WHERE id = ?");
        sql::bind(up, 1, timingKey(*c.timing));
        up.bind(2, static_cast<int64_t>(c.eventId));
        up.exec();
        log(meta, target, c.eventId, QStringLiteral("timing"), jsonScalar(oldTiming), jsonScalar(timingKey(*c.timing)));
        ++changed;
    }
    for (qint64 orgId : c.removeOrganisations) {
        const auto role = eventOrgRole(m_db, c.eventId, orgId);
        if (!role)
            continue;
        exec(m_db, "DELETE FROM event_org WHERE event_id = ? AND org_id = ?", {c.eventId, orgId});
        log(meta, target, c.eventId, QStringLiteral("organisation"), jsonText(linkJson(orgId, *role)), kNull);
        ++changed;
    }
    for (const auto& [orgId, roleIn] : c.addOrganisations) {
        const QString role = roleIn.isEmpty() ? QStringLiteral("mentioned") : roleIn;
        const auto exists = mergedInto(m_db, orgId);
        if (!exists)
            return {ErrorCode::NotFound, QStringLiteral("organisation %1").arg(orgId)};
        if (*exists != 0)
            return {ErrorCode::InvalidArgument, QStringLiteral("organisation %1 is merged into %2").arg(orgId).arg(*exists)};
        const auto oldRole = eventOrgRole(m_db, c.eventId, orgId);
        if (oldRole && *oldRole == role)
            continue;
        SQLite::Statement st(m_db, "INSERT INTO event_org (event_id, org_id, role) VALUES (?,?,?) "
                                   "ON CONFLICT(event_id, org_id) DO UPDATE SET role = excluded.role");
        st.bind(1, static_cast<int64_t>(c.eventId));
        st.bind(2, static_cast<int64_t>(orgId));
        sql::bind(st, 3, role);
        st.exec();
        log(meta, target, c.eventId, QStringLiteral("organisation"), oldRole ? jsonText(linkJson(orgId, *oldRole)) : kNull,
            jsonText(linkJson(orgId, role)));
        ++changed;
    }
    if (c.rejected && *c.rejected != oldRejected) {
        exec(m_db, "UPDATE event SET rejected = ? WHERE id = ?", {*c.rejected ? 1 : 0, c.eventId});
        log(meta, target, c.eventId, QStringLiteral("rejected"), jsonScalar(oldRejected), jsonScalar(*c.rejected));
        ++changed;
    }
    if (changed > 0)
        exec(m_db, "UPDATE event SET analyst_edited = 1 WHERE id = ?", {c.eventId});
    if (changedOut)
        *changedOut = changed;
    return Error::none();
}

Error CorrectionStore::setEventRejected(qint64 eventId, bool rejected, const CorrectionMeta& meta)
{
    EventCorrection c;
    c.eventId = eventId;
    c.rejected = rejected;
    return correctEvent(c, meta);
}

Error CorrectionStore::correctReport(const ReportCorrection& c, const CorrectionMeta& metaIn, int* changedOut)
{
    CorrectionMeta meta = metaIn;
    if (!meta.at.isValid())
        meta.at = QDateTime::currentDateTimeUtc();
    SQLite::Statement cur(m_db, "SELECT published_start, published_end, published_precision, published_rule, url, publisher "
                                "FROM report WHERE id = ?");
    cur.bind(1, static_cast<int64_t>(c.reportId));
    if (!cur.executeStep())
        return {ErrorCode::NotFound, QStringLiteral("report %1").arg(c.reportId)};
    DateSpan oldDate;
    if (!cur.getColumn(0).isNull()) {
        oldDate.start = sql::day(cur.getColumn(0));
        oldDate.end = sql::day(cur.getColumn(1));
        oldDate.precision = precisionFromKey(sql::str(cur.getColumn(2))).value_or(Precision::Day);
    }
    oldDate.rule = sql::str(cur.getColumn(3));
    const QString oldUrl = sql::str(cur.getColumn(4));
    const QString oldPublisher = sql::str(cur.getColumn(5));
    cur.reset();
    if (c.published && !c.published->isValid())
        return {ErrorCode::InvalidArgument, QStringLiteral("invalid publication date")};
    const QString target = QStringLiteral("report");
    int changed = 0;
    if (c.published && !(oldDate.isValid() && *c.published == oldDate && c.published->rule == oldDate.rule)) {
        SQLite::Statement up(m_db, "UPDATE report SET published_start = ?, published_end = ?, published_precision = ?, "
                                   "published_rule = ? WHERE id = ?");
        up.bind(1, static_cast<int64_t>(c.published->start.toJulianDay()));
        up.bind(2, static_cast<int64_t>(c.published->end.toJulianDay()));
        sql::bind(up, 3, precisionKey(c.published->precision));
        sql::bind(up, 4, c.published->rule);
        up.bind(5, static_cast<int64_t>(c.reportId));
        up.exec();
        log(meta, target, c.reportId, QStringLiteral("published"), oldDate.isValid() ? jsonText(dateJson(oldDate)) : kNull,
            jsonText(dateJson(*c.published)));
        ++changed;
    }
    auto setText = [&](const std::optional<QString>& value, const QString& old, const char* updateSql, const QString& field) {
        if (!value || value->trimmed() == old)
            return;
        SQLite::Statement up(m_db, updateSql);
        sql::bind(up, 1, value->trimmed());
        sql::bind(up, 2, value->trimmed().isEmpty() ? QString() : QStringLiteral("analyst"));
        up.bind(3, static_cast<int64_t>(c.reportId));
        up.exec();
        log(meta, target, c.reportId, field, jsonScalar(old), jsonScalar(value->trimmed()));
        ++changed;
    };
    setText(c.url, oldUrl, "UPDATE report SET url = ?, url_rule = ? WHERE id = ?", QStringLiteral("url"));
    setText(c.publisher, oldPublisher, "UPDATE report SET publisher = ?, publisher_rule = ? WHERE id = ?", QStringLiteral("publisher"));
    if (changedOut)
        *changedOut = changed;
    return Error::none();
}

QHash<qint64, QSet<QString>> CorrectionStore::correctedReportFields(const QList<qint64>& reportIds) const
{
    QHash<qint64, QSet<QString>> out;
    if (reportIds.isEmpty())
        return out;
    QJsonArray ids;
    for (qint64 id : reportIds)
        ids.append(id);
    SQLite::Statement st(m_db, "SELECT DISTINCT target_id, field FROM correction_log WHERE target = 'report' AND target_id IN "
                               "(SELECT value FROM json_each(?))");
    sql::bind(st, 1, QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    while (st.executeStep())
        out[st.getColumn(0).getInt64()].insert(sql::str(st.getColumn(1)));
    return out;
}

Error CorrectionStore::mergeOrganisation(qint64 mergedId, qint64 survivorId, const CorrectionMeta& meta)
{
    if (mergedId == survivorId)
        return {ErrorCode::InvalidArgument, QStringLiteral("cannot merge organisation %1 into itself").arg(mergedId)};
    const auto m = mergedInto(m_db, mergedId);
    const auto s = mergedInto(m_db, survivorId);
    if (!m || !s)
        return {ErrorCode::NotFound, QStringLiteral("organisation %1 or %2").arg(mergedId).arg(survivorId)};
    if (*m != 0 || *s != 0)
        return {ErrorCode::InvalidArgument, QStringLiteral("organisation %1 or %2 is already merged").arg(mergedId).arg(survivorId)};

    QJsonArray eventLinks;
    {
        SQLite::Statement st(m_db, "SELECT event_id, role FROM event_org WHERE org_id = ? ORDER BY event_id");
        st.bind(1, static_cast<int64_t>(mergedId));
        QList<std::pair<qint64, QString>> links;
        while (st.executeStep())
            links << std::pair{st.getColumn(0).getInt64(), sql::str(st.getColumn(1))};
        for (const auto& [eventId, role] : links) {
            const bool moved = !eventOrgRole(m_db, eventId, survivorId);
            if (moved)
                exec(m_db, "UPDATE event_org SET org_id = ? WHERE event_id = ? AND org_id = ?", {survivorId, eventId, mergedId});
            else
                exec(m_db, "DELETE FROM event_org WHERE event_id = ? AND org_id = ?", {eventId, mergedId});
            eventLinks.append(QJsonObject{{QStringLiteral("event"), eventId}, {QStringLiteral("role"), role},
                                          {QStringLiteral("moved"), moved}});
        }
    }
    QJsonArray reportLinks;
    {
        SQLite::Statement st(m_db, "SELECT report_id, mentions, EXISTS (SELECT 1 FROM report_org s WHERE s.report_id = r.report_id "
                                   "AND s.org_id = ?) FROM report_org r WHERE r.org_id = ? ORDER BY report_id");
        st.bind(1, static_cast<int64_t>(survivorId));
        st.bind(2, static_cast<int64_t>(mergedId));
        QList<std::tuple<qint64, qint64, bool>> links;
        while (st.executeStep())
            links << std::tuple{st.getColumn(0).getInt64(), st.getColumn(1).getInt64(), st.getColumn(2).getInt() == 0};
        for (const auto& [reportId, mentions, moved] : links) {
            if (moved) {
                exec(m_db, "UPDATE report_org SET org_id = ? WHERE report_id = ? AND org_id = ?", {survivorId, reportId, mergedId});
            } else {
                exec(m_db, "UPDATE report_org SET mentions = mentions + ? WHERE report_id = ? AND org_id = ?",
                     {mentions, reportId, survivorId});
                exec(m_db, "DELETE FROM report_org WHERE report_id = ? AND org_id = ?", {reportId, mergedId});
            }
            reportLinks.append(QJsonObject{{QStringLiteral("report"), reportId}, {QStringLiteral("mentions"), mentions},
                                           {QStringLiteral("moved"), moved}});
        }
    }
    QJsonArray aliasIds;
    {
        QList<std::pair<QString, QString>> names; // text, language
        SQLite::Statement org(m_db, "SELECT name_en, name_zh FROM organisation WHERE id = ?");
        org.bind(1, static_cast<int64_t>(mergedId));
        if (org.executeStep()) {
            names << std::pair{sql::str(org.getColumn(0)), QStringLiteral("en")};
            names << std::pair{sql::str(org.getColumn(1)), QStringLiteral("zh")};
        }
        SQLite::Statement al(m_db, "SELECT text, language FROM org_alias WHERE org_id = ? ORDER BY id");
        al.bind(1, static_cast<int64_t>(mergedId));
        while (al.executeStep())
            names << std::pair{sql::str(al.getColumn(0)), sql::str(al.getColumn(1))};
        SQLite::Statement ins(m_db, "INSERT OR IGNORE INTO org_alias (org_id, text, norm, language, provenance) VALUES (?,?,?,?,?)");
        const QString provenance = QStringLiteral("merge:%1").arg(mergedId);
        for (const auto& [text, language] : names) {
            if (text.trimmed().isEmpty())
                continue;
            ins.reset();
            ins.bind(1, static_cast<int64_t>(survivorId));
            sql::bind(ins, 2, text);
            sql::bind(ins, 3, OrganisationStore::normalise(text));
            sql::bind(ins, 4, language);
            sql::bind(ins, 5, provenance);
            if (ins.exec() == 1)
                aliasIds.append(static_cast<qint64>(m_db.getLastInsertRowid()));
        }
    }
    exec(m_db, "UPDATE organisation SET merged_into = ? WHERE id = ?", {survivorId, mergedId});
    const QJsonObject record{{QStringLiteral("survivor"), survivorId}, {QStringLiteral("event_org"), eventLinks},
                             {QStringLiteral("report_org"), reportLinks}, {QStringLiteral("aliases"), aliasIds}};
    log(meta, QStringLiteral("organisation"), mergedId, QStringLiteral("merged_into"), kNull, jsonText(record));
    return Error::none();
}

Error CorrectionStore::unmergeOrganisation(qint64 mergedId, const CorrectionMeta& meta)
{
    const auto m = mergedInto(m_db, mergedId);
    if (!m)
        return {ErrorCode::NotFound, QStringLiteral("organisation %1").arg(mergedId)};
    if (*m == 0)
        return {ErrorCode::InvalidArgument, QStringLiteral("organisation %1 is not merged").arg(mergedId)};
    const qint64 survivorId = *m;
    SQLite::Statement find(m_db, "SELECT new_value FROM correction_log WHERE target = 'organisation' AND target_id = ? "
                                 "AND field = 'merged_into' ORDER BY id DESC LIMIT 1");
    find.bind(1, static_cast<int64_t>(mergedId));
    if (!find.executeStep())
        return {ErrorCode::NotFound, QStringLiteral("no merge record for organisation %1").arg(mergedId)};
    const QJsonObject record = QJsonDocument::fromJson(sql::str(find.getColumn(0)).toUtf8()).object();
    find.reset();
    if (record.value(QStringLiteral("survivor")).toInteger() != survivorId)
        return {ErrorCode::Corrupt, QStringLiteral("merge record of organisation %1 names another survivor").arg(mergedId)};

    for (const QJsonValue& v : record.value(QStringLiteral("event_org")).toArray()) {
        const QJsonObject o = v.toObject();
        const qint64 eventId = o.value(QStringLiteral("event")).toInteger();
        SQLite::Statement ins(m_db, "INSERT OR IGNORE INTO event_org (event_id, org_id, role) "
                                    "SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM event WHERE id = ?)");
        ins.bind(1, static_cast<int64_t>(eventId));
        ins.bind(2, static_cast<int64_t>(mergedId));
        sql::bind(ins, 3, o.value(QStringLiteral("role")).toString());
        ins.bind(4, static_cast<int64_t>(eventId));
        ins.exec();
        if (o.value(QStringLiteral("moved")).toBool())
            exec(m_db, "DELETE FROM event_org WHERE event_id = ? AND org_id = ?", {eventId, survivorId});
    }
    for (const QJsonValue& v : record.value(QStringLiteral("report_org")).toArray()) {
        const QJsonObject o = v.toObject();
        const qint64 reportId = o.value(QStringLiteral("report")).toInteger();
        const qint64 mentions = o.value(QStringLiteral("mentions")).toInteger();
        exec(m_db, "INSERT OR IGNORE INTO report_org (report_id, org_id, mentions) VALUES (?,?,?)", {reportId, mergedId, mentions});
        if (o.value(QStringLiteral("moved")).toBool())
            exec(m_db, "DELETE FROM report_org WHERE report_id = ? AND org_id = ?", {reportId, survivorId});
        else
            exec(m_db, "UPDATE report_org SET mentions = MAX(1, mentions - ?) WHERE report_id = ? AND org_id = ?",
                 {mentions, reportId, survivorId});
    }
    {
        SQLite::Statement del(m_db, "DELETE FROM org_alias WHERE id = ? AND org_id = ? AND provenance = ?");
        const QString provenance = QStringLiteral("merge:%1").arg(mergedId);
        for (const QJsonValue& v : record.value(QStringLiteral("aliases")).toArray()) {
            del.reset();
            del.bind(1, static_cast<int64_t>(v.toInteger()));
            del.bind(2, static_cast<int64_t>(survivorId));
            sql::bind(del, 3, provenance);
            del.exec();
        }
    }
    exec(m_db, "UPDATE organisation SET merged_into = NULL WHERE id = ?", {mergedId});
    log(meta, QStringLiteral("organisation"), mergedId, QStringLiteral("merged_into"),
        jsonText(QJsonObject{{QStringLiteral("survivor"), survivorId}}), kNull);
    return Error::none();
}

} // namespace lodestone
