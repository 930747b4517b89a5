#include "clijson.h"

#include "interchange/eventjson.h"

#include <QJsonArray>

namespace lodestone::cli::json {

QJsonValue date(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue timestamp(const QDateTime& t)
{
    if (!t.isValid())
        return QJsonValue::Null;
    return t.toUTC().toString(Qt::ISODate);
}

QJsonValue text(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

namespace {

QJsonValue credibility(int c)
{
    return c > 0 ? QJsonValue(c) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject verificationFields(const Verification& v)
{
    QJsonObject o;
    o[QStringLiteral("status")] = statusKey(v.status);
    o[QStringLiteral("reliability")] = text(v.reliability);
    o[QStringLiteral("credibility")] = credibility(v.credibility);
    o[QStringLiteral("note")] = text(v.note);
    return o;
}

QJsonObject report(const Report& r)
{
    QJsonObject o;
    o[QStringLiteral("id")] = r.id;
    o[QStringLiteral("title")] = r.doc.title;
    o[QStringLiteral("publisher")] = text(r.doc.publisher);
    o[QStringLiteral("url")] = text(r.doc.url);
    const bool hasDate = r.doc.published && r.doc.published->isValid();
    o[QStringLiteral("published")] = hasDate ? date(r.doc.published->start) : QJsonValue(QJsonValue::Null);
    o[QStringLiteral("published_precision")] =
        hasDate ? QJsonValue(precisionKey(r.doc.published->precision)) : QJsonValue(QJsonValue::Null);
    o[QStringLiteral("language")] = text(r.doc.language);
    o[QStringLiteral("status")] = statusKey(r.verification.status);
    o[QStringLiteral("reliability")] = text(r.verification.reliability);
    o[QStringLiteral("credibility")] = credibility(r.verification.credibility);
    o[QStringLiteral("events")] = r.eventCount;
    o[QStringLiteral("format")] = text(r.doc.format);
    o[QStringLiteral("imported_at")] = timestamp(r.importedAt);
    o[QStringLiteral("analyst")] = text(r.verification.analyst);
    o[QStringLiteral("verified_at")] = timestamp(r.verification.at);
    return o;
}

QJsonObject reportDetail(const Report& r, const QList<Organisation>& orgs, const QList<qint64>& eventIds)
{
    QJsonObject o = report(r);
    o[QStringLiteral("text")] = r.doc.text;
    o[QStringLiteral("repairs")] = QJsonArray::fromStringList(r.doc.repairs);
    QJsonArray orgArray;
    // each organisation as it was called when the report was published (a former name), with today's name
    const QDate day = r.doc.published && r.doc.published->isValid() ? r.doc.published->start : QDate();
    for (const Organisation& org : orgs) {
        QJsonObject jo;
        jo[QStringLiteral("id")] = org.id;
        jo[QStringLiteral("name")] = org.nameOn(day);
        jo[QStringLiteral("name_zh")] = text(org.nameOn(day, true));
        if (org.nameOn(day) != org.displayName())
            jo[QStringLiteral("current_name")] = org.displayName();
        jo[QStringLiteral("kind")] = text(org.kind);
        orgArray.append(jo);
    }
    o[QStringLiteral("organisations")] = orgArray;
    QJsonArray ids;
    for (qint64 id : eventIds)
        ids.append(id);
    o[QStringLiteral("event_ids")] = ids;
    o[QStringLiteral("source_encoding")] = text(r.doc.sourceEncoding);
    o[QStringLiteral("published_rule")] =
        r.doc.published ? text(r.doc.published->rule) : QJsonValue(QJsonValue::Null);
    o[QStringLiteral("url_rule")] = text(r.doc.url.isEmpty() ? QString() : r.doc.urlRule);
    o[QStringLiteral("publisher_rule")] = text(r.doc.publisher.isEmpty() ? QString() : r.doc.publisherRule);
    o[QStringLiteral("source_path")] = text(r.doc.sourcePath);
    o[QStringLiteral("note")] = text(r.verification.note);
    return o;
}

QJsonObject event(const Event& e, const QHash<qint64, Report>& reports)
{
    return EventJson::event(e, reports); // one definition of the events JSON shape, shared with `export --format json`
}

QJsonObject organisation(const Organisation& org, const QString& parentName)
{
    QJsonObject o;
    o[QStringLiteral("id")] = org.id;
    o[QStringLiteral("name")] = org.displayName();
    o[QStringLiteral("name_zh")] = text(org.nameZh);
    QStringList aliases;
    for (const OrgAlias& a : org.aliases)
        if (!aliases.contains(a.text) && a.text != org.nameEn && a.text != org.nameZh)
            aliases << a.text;
    o[QStringLiteral("aliases")] = QJsonArray::fromStringList(aliases);
    o[QStringLiteral("kind")] = text(org.kind);
    o[QStringLiteral("parent")] = text(parentName);
    o[QStringLiteral("events")] = org.eventCount;
    o[QStringLiteral("key")] = org.key;
    o[QStringLiteral("country")] = text(org.country);
    o[QStringLiteral("auto_detected")] = org.autoDetected;
    return o;
}

QJsonObject historyEntry(const VerificationLogEntry& e)
{
    QJsonObject o = verificationFields(e.value);
    o[QStringLiteral("at")] = timestamp(e.value.at);
    o[QStringLiteral("analyst")] = text(e.value.analyst);
    o[QStringLiteral("previous")] = verificationFields(e.previous);
    o[QStringLiteral("action")] = e.action;
    return o;
}

QJsonObject importResult(const ImportFileResult& r, const QString& errorText)
{
    QJsonObject o;
    o[QStringLiteral("file")] = r.file;
    o[QStringLiteral("status")] = importStatusKey(r.status);
    QJsonValue reportId = QJsonValue::Null;
    if (r.status == ImportStatus::Imported && !r.reportIds.isEmpty())
        reportId = r.reportIds.first();
    else if (r.status == ImportStatus::Duplicate && r.duplicateOf)
        reportId = r.duplicateOf;
    o[QStringLiteral("report_id")] = reportId;
    o[QStringLiteral("events")] = r.events;
    o[QStringLiteral("organisations")] = r.organisations;
    o[QStringLiteral("error")] = r.status == ImportStatus::Failed ? QJsonValue(errorText) : QJsonValue(QJsonValue::Null);
    QJsonArray ids;
    for (qint64 id : r.reportIds)
        ids.append(id);
    o[QStringLiteral("report_ids")] = ids;
    o[QStringLiteral("duplicates")] = r.duplicates;
    // a near-duplicate (the same article with other bytes or another cut): how much of it the stored report holds
    o[QStringLiteral("similarity")] =
        r.status == ImportStatus::Duplicate && r.duplicateOf ? QJsonValue(qRound(r.similarity * 100) / 100.0) : QJsonValue(QJsonValue::Null);
    return o;
}

} // namespace lodestone::cli::json
