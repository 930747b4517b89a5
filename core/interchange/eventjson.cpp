#include "eventjson.h"

#include "interchange/eventcsv.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lodestone {

namespace {

QJsonValue text(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue date(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject EventJson::event(const Event& e, const QHash<qint64, Report>& reportInfo)
{
    QJsonObject o;
    o[QStringLiteral("id")] = e.id;
    o[QStringLiteral("category")] = categoryKey(e.category);
    o[QStringLiteral("title")] = e.title;
    o[QStringLiteral("summary")] = text(e.summary);
    o[QStringLiteral("date_start")] = date(e.date.start);
    o[QStringLiteral("date_end")] = date(e.date.end);
    o[QStringLiteral("precision")] = e.undated() ? QJsonValue(QJsonValue::Null) : QJsonValue(precisionKey(e.date.precision));
    o[QStringLiteral("date_rule")] = text(e.date.rule);
    o[QStringLiteral("undated")] = e.undated();        // no day known: the analyst can date it
    o[QStringLiteral("timing")] = text(timingKey(e.timing)); // "planned" / "effective": after its report; null as reported
    QJsonArray orgs;
    for (const EventOrgLink& l : e.organisations) {
        QJsonObject jo;
        jo[QStringLiteral("id")] = l.orgId;
        jo[QStringLiteral("name")] = l.name.isEmpty() ? l.nameZh : l.name;
        jo[QStringLiteral("role")] = text(l.role);
        jo[QStringLiteral("name_zh")] = text(l.nameZh);
        orgs.append(jo);
    }
    o[QStringLiteral("organisations")] = orgs;
    QJsonArray reports;
    for (const EventReportLink& l : e.reports) {
        QJsonObject jo;
        jo[QStringLiteral("id")] = l.reportId;
        jo[QStringLiteral("status")] = statusKey(l.status);
        if (const auto it = reportInfo.constFind(l.reportId); it != reportInfo.cend()) {
            const Report& r = *it;
            jo[QStringLiteral("title")] = r.doc.title;
            jo[QStringLiteral("url")] = text(r.doc.url);
            jo[QStringLiteral("publisher")] = text(r.doc.publisher);
            jo[QStringLiteral("published")] = r.doc.published ? QJsonValue(EventCsv::dateAtPrecision(*r.doc.published)) : QJsonValue();
            jo[QStringLiteral("published_precision")] = r.doc.published ? QJsonValue(precisionKey(r.doc.published->precision)) : QJsonValue();
            jo[QStringLiteral("reliability")] = text(r.verification.reliability);
            jo[QStringLiteral("credibility")] = r.verification.credibility > 0 ? QJsonValue(r.verification.credibility) : QJsonValue();
        }
        reports.append(jo);
    }
    o[QStringLiteral("reports")] = reports;
    QJsonArray evidence;
    for (const Evidence& ev : e.evidence) {
        QJsonObject jo;
        jo[QStringLiteral("report_id")] = ev.reportId;
        jo[QStringLiteral("quote")] = ev.quote;
        jo[QStringLiteral("start")] = ev.start;
        jo[QStringLiteral("end")] = ev.end;
        // why extraction made the event from this quote: the trigger words and the rule that read them
        jo[QStringLiteral("trigger")] = text(ev.trigger);
        jo[QStringLiteral("rule")] = text(ev.rule);
        jo[QStringLiteral("confidence")] = ev.confidence > 0 ? QJsonValue(ev.confidence) : QJsonValue(QJsonValue::Null);
        evidence.append(jo);
    }
    o[QStringLiteral("evidence")] = evidence;
    o[QStringLiteral("verified")] = e.verified();
    QJsonArray people;
    for (const PersonMention& p : e.people) {
        QJsonObject jo;
        jo[QStringLiteral("name")] = p.name;
        jo[QStringLiteral("role")] = text(p.role);
        jo[QStringLiteral("organisation")] = text(p.orgKey);
        people.append(jo);
    }
    o[QStringLiteral("people")] = people;
    o[QStringLiteral("confidence")] = e.confidence;
    o[QStringLiteral("low_confidence")] = e.lowConfidence();
    o[QStringLiteral("amounts")] = QJsonArray::fromStringList(e.amounts);
    o[QStringLiteral("rejected")] = e.rejected;
    return o;
}

QByteArray EventJson::encode(const QList<Event>& events, const QHash<qint64, Report>& reports)
{
    QJsonArray arr;
    for (const Event& e : events)
        arr.append(event(e, reports));
    return QJsonDocument(arr).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace lodestone
