#include "stixbundle.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <utility>

// The mapping (STIX 2.1, checked against the official JSON schemas in tests/core/tst_stix.cpp):
// - organisation -> `identity` (identity_class "organization"; name = English name, else Chinese;
//   x_lodestone_name_zh, x_lodestone_aliases, x_lodestone_key/kind/country). STIX 2.1 gives `identity` no
//   `aliases` property, and custom properties SHOULD carry the x_ prefix, so aliases go to x_lodestone_aliases.
// - event -> custom SDO `x-lodestone-event`. STIX has no object for "a dated thing an organisation did": a
//   `note` is commentary about other objects, `observed-data` needs cyber observables, `incident` is a stub
//   for security incidents. The custom SDO keeps our fields without bending a standard type: name,
//   description, first_seen/last_seen (the date span, whole days in UTC), date_precision, date_rule, category
//   (also in labels), confidence 0-100 (our 0..1 times 100), verified, rejected, evidence (report_ref, quote,
//   offsets) and people. Consumers that drop custom objects still get the reports and identities.
// - event-organisation link -> `relationship` "related-to" from the event to the identity, description = role.
// - report -> `report`: name, description (the first paragraphs of the text), published (the document's date;
//   the import time when unknown, saying which in x_lodestone_published_source = "document"|"import-time"),
//   external_references with the URL, lang, object_refs = its events, their identities and relationships,
//   confidence from the admiralty credibility (the STIX 2.1 appendix scale: 1->90 ... 5->10, 6 none) and
//   x_lodestone_verification_status/reliability/credibility/note/analyst/verified_at. report_types is an open
//   vocabulary; of the suggested values "identity" ("characterization of one or more identities") is the
//   one that fits news about what organisations do — not "threat-report" (no threat) nor "observed-data".
// - ids: UUIDv5 in a fixed namespace over "organisation:<gazetteer key>", "report:<content hash>",
//   "event:<database id>", and the pair for relationships; created/modified come from the import times, so
//   exporting the same database twice gives the same bytes.

namespace lodestone {

namespace {

const QString kSpec = QStringLiteral("2.1");
constexpr qsizetype kDescriptionChars = 1200;

QString str(const char* s) { return QString::fromLatin1(s); }

void setText(QJsonObject& o, const char* key, const QString& value)
{
    if (!value.trimmed().isEmpty())
        o[str(key)] = value;
}

QJsonObject core(const QString& type, const QString& id, const QDateTime& created, const QDateTime& modified)
{
    QJsonObject o;
    o[str("type")] = type;
    o[str("spec_version")] = kSpec;
    o[str("id")] = id;
    o[str("created")] = StixBundle::timestamp(created);
    o[str("modified")] = StixBundle::timestamp(std::max(created, modified));
    return o;
}

// The first paragraphs of a report's text, at most kDescriptionChars, cut at a paragraph, sentence or word end.
QString excerpt(const QString& text)
{
    const QString t = text.trimmed();
    if (t.size() <= kDescriptionChars)
        return t;
    QString cut = t.left(kDescriptionChars);
    for (const QString& end : {QStringLiteral("\n\n"), QStringLiteral("\n"), QStringLiteral(". "), QStringLiteral("。"),
                               QStringLiteral(" ")}) {
        const qsizetype at = cut.lastIndexOf(end);
        if (at > kDescriptionChars / 2) {
            cut = cut.left(at + (end == u". " || end == u"。" ? 1 : 0));
            break;
        }
    }
    return cut.trimmed() + QStringLiteral(" …");
}

QString reportKey(const Report& r)
{
    return r.contentHash.isEmpty() ? QStringLiteral("report-id:%1").arg(r.id) : QStringLiteral("report:") + r.contentHash;
}

QString orgKey(const Organisation* org, qint64 orgId)
{
    return org && !org->key.isEmpty() ? QStringLiteral("organisation:") + org->key
                                      : QStringLiteral("organisation-id:%1").arg(orgId);
}

QJsonObject identity(const QString& id, const EventOrgLink& link, const Organisation* org, const QDateTime& created)
{
    QJsonObject o = core(QStringLiteral("identity"), id, created, created);
    const QString nameEn = org ? org->nameEn : link.name;
    const QString nameZh = org ? org->nameZh : link.nameZh;
    const QString name = !nameEn.isEmpty() ? nameEn : (!nameZh.isEmpty() ? nameZh : QStringLiteral("organisation %1").arg(link.orgId));
    o[str("name")] = name;
    o[str("identity_class")] = QStringLiteral("organization");
    setText(o, "x_lodestone_name_zh", nameZh);
    QStringList aliases;
    if (!nameZh.isEmpty() && nameZh != name)
        aliases << nameZh;
    if (org)
        for (const OrgAlias& a : org->aliases)
            if (!a.text.trimmed().isEmpty() && a.text != name && !aliases.contains(a.text))
                aliases << a.text;
    if (!aliases.isEmpty())
        o[str("x_lodestone_aliases")] = QJsonArray::fromStringList(aliases);
    if (org) {
        setText(o, "x_lodestone_key", org->key);
        setText(o, "x_lodestone_kind", org->kind);
        setText(o, "x_lodestone_country", org->country);
    }
    return o;
}

QJsonObject eventObject(const Event& e, const QString& id, const QDateTime& created,
                        const QHash<qint64, QString>& reportIds)
{
    QJsonObject o = core(StixBundle::eventType(), id, created, created);
    o[str("name")] = e.title.isEmpty() ? QStringLiteral("event %1").arg(e.id) : e.title;
    setText(o, "description", e.summary);
    if (e.date.isValid()) {
        o[str("first_seen")] = StixBundle::timestamp(e.date.start);
        o[str("last_seen")] = StixBundle::timestamp(e.date.end, true);
        o[str("date_precision")] = precisionKey(e.date.precision);
        setText(o, "date_rule", e.date.rule);
    }
    if (e.undated())
        setText(o, "date_rule", e.date.rule);
    setText(o, "timing", timingKey(e.timing));
    o[str("category")] = categoryKey(e.category);
    o[str("labels")] = QJsonArray{categoryKey(e.category)};
    o[str("confidence")] = std::clamp(static_cast<int>(std::lround(e.confidence * 100.0)), 0, 100);
    o[str("verified")] = e.verified();
    o[str("rejected")] = e.rejected;
    o[str("x_lodestone_event_id")] = e.id;
    QJsonArray evidence;
    for (const Evidence& ev : e.evidence) {
        QJsonObject jo;
        if (reportIds.contains(ev.reportId))
            jo[str("report_ref")] = reportIds.value(ev.reportId);
        jo[str("quote")] = ev.quote;
        jo[str("start")] = ev.start;
        jo[str("end")] = ev.end;
        evidence.append(jo);
    }
    if (!evidence.isEmpty())
        o[str("evidence")] = evidence;
    QJsonArray people;
    for (const PersonMention& p : e.people) {
        QJsonObject jo;
        jo[str("name")] = p.name;
        setText(jo, "role", p.role);
        setText(jo, "organisation", p.orgKey);
        people.append(jo);
    }
    if (!people.isEmpty())
        o[str("people")] = people;
    return o;
}

QJsonObject reportObject(const Report& r, const QString& id, const QDateTime& exportedAt, const QStringList& refs)
{
    const QDateTime created = r.importedAt.isValid() ? r.importedAt : exportedAt;
    const QDateTime modified = r.verification.at.isValid() ? std::max(created, r.verification.at) : created;
    QJsonObject o = core(QStringLiteral("report"), id, created, modified);
    o[str("name")] = r.doc.title.trimmed().isEmpty() ? QStringLiteral("report %1").arg(r.id) : r.doc.title;
    setText(o, "description", excerpt(r.doc.text));
    o[str("report_types")] = QJsonArray{QStringLiteral("identity")};
    if (r.doc.published && r.doc.published->isValid()) {
        o[str("published")] = StixBundle::timestamp(r.doc.published->start);
        o[str("x_lodestone_published_source")] = QStringLiteral("document");
        o[str("x_lodestone_published_precision")] = precisionKey(r.doc.published->precision);
        setText(o, "x_lodestone_published_rule", r.doc.published->rule);
    } else {
        o[str("published")] = StixBundle::timestamp(created);
        o[str("x_lodestone_published_source")] = QStringLiteral("import-time");
    }
    setText(o, "lang", r.doc.language);
    const QString url = r.doc.url.trimmed();
    if (!url.isEmpty()) {
        QJsonObject ref;
        ref[str("source_name")] = r.doc.publisher.trimmed().isEmpty() ? QStringLiteral("source") : r.doc.publisher.trimmed();
        const QUrl parsed(url, QUrl::StrictMode);
        if (parsed.isValid() && !parsed.scheme().isEmpty())
            ref[str("url")] = url;
        else
            ref[str("description")] = url; // not a URI: kept as text so the schema's "format: uri" holds
        o[str("external_references")] = QJsonArray{ref};
    }
    o[str("object_refs")] = QJsonArray::fromStringList(refs);
    const int confidence = StixBundle::confidenceFromCredibility(r.verification.credibility);
    if (confidence >= 0)
        o[str("confidence")] = confidence;
    setText(o, "x_lodestone_publisher", r.doc.publisher);
    o[str("x_lodestone_report_id")] = r.id;
    o[str("x_lodestone_verification_status")] = statusKey(r.verification.status);
    setText(o, "x_lodestone_reliability", r.verification.reliability);
    if (r.verification.credibility >= 1 && r.verification.credibility <= 6)
        o[str("x_lodestone_credibility")] = r.verification.credibility;
    setText(o, "x_lodestone_verification_note", r.verification.note);
    setText(o, "x_lodestone_analyst", r.verification.analyst);
    if (r.verification.at.isValid())
        o[str("x_lodestone_verified_at")] = StixBundle::timestamp(r.verification.at);
    return o;
}

} // namespace

QUuid StixBundle::idNamespace()
{
    // Fixed for all time: changing it changes every exported id.
    static const QUuid ns(QStringLiteral("{62c28eb2-6d9a-40d4-b6ef-9bc2de3f0731}"));
    return ns;
}

QString StixBundle::objectId(const QString& type, const QString& key)
{
    return type + QStringLiteral("--") + QUuid::createUuidV5(idNamespace(), key).toString(QUuid::WithoutBraces);
}

QString StixBundle::timestamp(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + u'Z';
}

QString StixBundle::timestamp(const QDate& day, bool endOfDay)
{
    return day.toString(QStringLiteral("yyyy-MM-dd"))
        + (endOfDay ? QStringLiteral("T23:59:59.999Z") : QStringLiteral("T00:00:00.000Z"));
}

int StixBundle::confidenceFromCredibility(int credibility)
{
    switch (credibility) {
    case 1: return 90;
    case 2: return 70;
    case 3: return 50;
    case 4: return 30;
    case 5: return 10;
    default: return -1;
    }
}

QString StixBundle::eventType()
{
    return QStringLiteral("x-lodestone-event");
}

QJsonObject StixBundle::build(const Input& input)
{
    QHash<qint64, const Organisation*> orgs;
    for (const Organisation& o : input.organisations)
        orgs.insert(o.id, &o);
    QHash<qint64, const Report*> reports;
    QHash<qint64, QString> reportIds;
    for (const Report& r : input.reports) {
        reports.insert(r.id, &r);
        reportIds.insert(r.id, objectId(QStringLiteral("report"), reportKey(r)));
    }
    QList<Event> events = input.events;
    std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.id < b.id; });

    // created of an event = the earliest import of a backing report we have (stable across exports).
    auto eventCreated = [&](const Event& e) {
        QDateTime t;
        for (const EventReportLink& l : e.reports)
            if (const Report* r = reports.value(l.reportId); r && r->importedAt.isValid() && (!t.isValid() || r->importedAt < t))
                t = r->importedAt;
        return t.isValid() ? t : input.exportedAt;
    };

    QJsonArray eventObjects, relationships;
    QMap<QString, QJsonObject> identities;          // by id: sorted, unique
    QHash<QString, QDateTime> identityCreated;
    QHash<qint64, QStringList> refsByReport;         // report id -> object ids it refers to
    for (const Event& e : events) {
        const QString eventId = objectId(eventType(), QStringLiteral("event:%1").arg(e.id));
        const QDateTime created = eventCreated(e);
        eventObjects.append(eventObject(e, eventId, created, reportIds));
        QStringList refs{eventId};
        for (const EventOrgLink& l : e.organisations) {
            const Organisation* org = orgs.value(l.orgId);
            const QString key = orgKey(org, l.orgId);
            const QString identityId = objectId(QStringLiteral("identity"), key);
            if (!identityCreated.contains(identityId) || created < identityCreated.value(identityId))
                identityCreated.insert(identityId, created);
            identities.insert(identityId, identity(identityId, l, org, identityCreated.value(identityId)));
            const QString relId = objectId(QStringLiteral("relationship"),
                                           QStringLiteral("event:%1|%2|%3").arg(e.id).arg(key, l.role));
            if (refs.contains(relId))
                continue; // the same link listed twice
            QJsonObject rel = core(QStringLiteral("relationship"), relId, created, created);
            rel[str("relationship_type")] = QStringLiteral("related-to");
            setText(rel, "description", l.role);
            rel[str("source_ref")] = eventId;
            rel[str("target_ref")] = identityId;
            relationships.append(rel);
            refs << identityId << relId;
        }
        for (const EventReportLink& l : e.reports)
            if (reports.contains(l.reportId))
                refsByReport[l.reportId] << refs;
    }

    QJsonArray objects;
    QList<qint64> reportOrder = refsByReport.keys();
    std::sort(reportOrder.begin(), reportOrder.end());
    for (qint64 id : reportOrder) {
        QStringList refs = refsByReport.value(id);
        refs.removeDuplicates();
        objects.append(reportObject(*reports.value(id), reportIds.value(id), input.exportedAt, refs));
    }
    for (const QJsonObject& o : std::as_const(identities))
        objects.append(o);
    for (const QJsonValue& v : std::as_const(eventObjects))
        objects.append(v);
    for (const QJsonValue& v : std::as_const(relationships))
        objects.append(v);

    QStringList allIds;
    for (const QJsonValue& v : std::as_const(objects))
        allIds << v.toObject().value(str("id")).toString();
    QJsonObject bundle;
    bundle[str("type")] = QStringLiteral("bundle");
    bundle[str("id")] = objectId(QStringLiteral("bundle"), QStringLiteral("bundle:") + allIds.join(u','));
    if (!objects.isEmpty()) // the schema wants at least one object when "objects" is present
        bundle[str("objects")] = objects;
    return bundle;
}

QByteArray StixBundle::encode(const Input& input)
{
    return QJsonDocument(build(input)).toJson(QJsonDocument::Indented);
}

} // namespace lodestone
