#include "stixobjects.h"

#include "interchange/stableid.h"
#include "interchange/stixbundle.h"
#include "interchange/stixextensions.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace lodestone {

namespace {

QString str(const char* s)
{
    return QString::fromLatin1(s);
}

void setText(QJsonObject& o, const char* key, const QString& value)
{
    if (!value.isEmpty())
        o[str(key)] = value;
}

QJsonObject core(const QString& type, const QString& id, const StixObjects::Context& ctx, const QDateTime& created,
                 const QDateTime& modified)
{
    QJsonObject o;
    o[str("type")] = type;
    o[str("spec_version")] = str("2.1");
    o[str("id")] = id;
    if (!ctx.author.isEmpty())
        o[str("created_by_ref")] = ctx.author;
    o[str("created")] = StixBundle::timestamp(created);
    o[str("modified")] = StixBundle::timestamp(std::max(created, modified));
    return o;
}

QJsonObject verificationJson(const Verification& v, bool withWho)
{
    QJsonObject o;
    o[str("status")] = statusKey(v.status);
    setText(o, "reliability", v.reliability);
    if (v.credibility > 0)
        o[str("credibility")] = v.credibility;
    setText(o, "note", v.note);
    if (withWho) {
        setText(o, "analyst", v.analyst);
        if (v.at.isValid())
            o[str("at")] = StixBundle::timestamp(v.at);
    }
    return o;
}

QJsonObject spanJson(const DateSpan& d)
{
    QJsonObject o;
    o[str("start")] = d.start.toString(Qt::ISODate);
    o[str("end")] = d.end.toString(Qt::ISODate);
    o[str("precision")] = precisionKey(d.precision);
    setText(o, "rule", d.rule);
    return o;
}

// A correction value with the organisation named by its identity.
QJsonValue correctionValue(const QJsonValue& v)
{
    if (!v.isObject() || !v.toObject().contains(str("organisation")))
        return v;
    QJsonObject o = v.toObject();
    o[str("organisation_ref")] = StableId::organisation(o.value(str("organisation")).toString());
    o.remove(str("organisation"));
    return o;
}

} // namespace

QString StixObjects::untitledReport()
{
    return QStringLiteral("Untitled report");
}

QString StixObjects::untitledEvent()
{
    return QStringLiteral("Untitled event");
}

bool StixObjects::isLanguageTag(const QString& language)
{
    static const QRegularExpression tag(QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"));
    return tag.match(language).hasMatch();
}

QString StixObjects::eventId(const InterchangeEvent& e)
{
    return StableId::event(e.event.category, e.event.date, e.organisationKeys(), e.event.title);
}

QDateTime StixObjects::reportModified(const InterchangeReport& r, const QDateTime& created)
{
    QDateTime t = created;
    if (r.report.verification.at.isValid())
        t = std::max(t, r.report.verification.at);
    for (const VerificationLogEntry& h : r.history)
        if (h.value.at.isValid())
            t = std::max(t, h.value.at);
    return t;
}

QDateTime StixObjects::eventModified(const InterchangeEvent& e, const QDateTime& created)
{
    QDateTime t = created;
    for (const InterchangeCorrection& c : e.corrections)
        if (c.at.isValid())
            t = std::max(t, c.at);
    return t;
}

QDateTime StixObjects::organisationModified(const InterchangeOrganisation& o, const QDateTime& created)
{
    QDateTime t = created;
    for (const InterchangeOrgChange& c : o.history)
        if (c.at.isValid())
            t = std::max(t, c.at);
    return t;
}

QJsonObject StixObjects::report(const InterchangeReport& ir, const Context& ctx, const QDateTime& created, const QStringList& refs)
{
    const Report& r = ir.report;
    const ParsedDocument& d = r.doc;
    QJsonObject o = core(QStringLiteral("report"), StableId::report(r.contentHash), ctx, created, reportModified(ir, created));
    const bool untitled = d.title.trimmed().isEmpty();
    o[str("name")] = untitled ? untitledReport() : d.title;
    setText(o, "description", d.text);
    o[str("report_types")] = QJsonArray{QStringLiteral("identity")};
    const bool dated = d.published && d.published->isValid();
    o[str("published")] = dated ? StixBundle::timestamp(d.published->start) : StixBundle::timestamp(created);
    if (isLanguageTag(d.language))
        o[str("lang")] = d.language;
    const QString url = d.url.trimmed();
    if (!url.isEmpty()) {
        QJsonObject ref;
        ref[str("source_name")] = d.publisher.trimmed().isEmpty() ? QStringLiteral("source") : d.publisher.trimmed();
        const QUrl parsed(url, QUrl::StrictMode);
        if (parsed.isValid() && !parsed.scheme().isEmpty())
            ref[str("url")] = url;
        else
            ref[str("description")] = url; // not a URI: kept as text so the schema's "format: uri" holds
        o[str("external_references")] = QJsonArray{ref};
    }
    o[str("object_refs")] = QJsonArray::fromStringList(refs);
    if (const int confidence = StixBundle::confidenceFromCredibility(r.verification.credibility); confidence >= 0)
        o[str("confidence")] = confidence;

    QJsonObject x;
    x[str("content_hash")] = r.contentHash;
    if (untitled) {
        x[str("untitled")] = true;
        setText(x, "title", d.title);
    }
    setText(x, "publisher", d.publisher);
    setText(x, "url", d.url);
    if (dated)
        x[str("published")] = spanJson(*d.published);
    setText(x, "language", d.language);
    setText(x, "format", d.format);
    setText(x, "source_encoding", d.sourceEncoding);
    setText(x, "source_path", d.sourcePath);
    if (!d.repairs.isEmpty())
        x[str("repairs")] = QJsonArray::fromStringList(d.repairs);
    if (r.importedAt.isValid())
        x[str("imported_at")] = StixBundle::timestamp(r.importedAt);
    x[str("verification")] = verificationJson(r.verification, true);
    QJsonArray history;
    for (const VerificationLogEntry& h : ir.history) {
        QJsonObject e = verificationJson(h.value, true);
        setText(e, "action", h.action);
        e[str("previous")] = verificationJson(h.previous, false);
        history.append(e);
    }
    if (!history.isEmpty())
        x[str("history")] = history;
    QJsonArray mentions;
    for (const auto& [key, count] : ir.mentions)
        mentions.append(QJsonObject{{str("organisation_ref"), StableId::organisation(key)}, {str("count"), count}});
    if (!mentions.isEmpty())
        x[str("mentions")] = mentions;
    o[str("extensions")] = StixExtensions::use(StixExtensions::reportDefinition(), QStringLiteral("property-extension"), x);
    return o;
}

QJsonObject StixObjects::organisation(const InterchangeOrganisation& io, const Context& ctx, const QDateTime& created)
{
    const Organisation& org = io.org;
    QJsonObject o = core(QStringLiteral("identity"), StableId::organisation(org.key), ctx, created, organisationModified(io, created));
    const QString name = !org.nameEn.isEmpty() ? org.nameEn : (!org.nameZh.isEmpty() ? org.nameZh : org.key);
    o[str("name")] = name;
    o[str("identity_class")] = QStringLiteral("organization");

    QJsonObject x;
    x[str("key")] = org.key;
    setText(x, "name_en", org.nameEn);
    setText(x, "name_zh", org.nameZh);
    setText(x, "kind", org.kind);
    setText(x, "country", org.country);
    if (!org.parentKey.isEmpty())
        x[str("parent_ref")] = StableId::organisation(org.parentKey);
    if (org.autoDetected)
        x[str("auto_detected")] = true;
    QList<OrgAlias> aliases = org.aliases;
    std::sort(aliases.begin(), aliases.end(), [](const OrgAlias& a, const OrgAlias& b) {
        return std::tie(a.text, a.language, a.provenance) < std::tie(b.text, b.language, b.provenance);
    });
    QJsonArray aliasArray;
    for (const OrgAlias& a : aliases) {
        if (a.text.isEmpty())
            continue;
        QJsonObject ao;
        ao[str("name")] = a.text;
        setText(ao, "language", a.language);
        setText(ao, "provenance", a.provenance);
        aliasArray.append(ao);
    }
    if (!aliasArray.isEmpty())
        x[str("aliases")] = aliasArray;
    if (!io.mergedIntoKey.isEmpty())
        x[str("merged_into_ref")] = StableId::organisation(io.mergedIntoKey);
    QJsonArray history;
    for (const InterchangeOrgChange& c : io.history) {
        QJsonObject h;
        h[str("at")] = StixBundle::timestamp(c.at);
        setText(h, "analyst", c.analyst);
        h[str("action")] = c.merge ? QStringLiteral("merge") : QStringLiteral("unmerge");
        h[str("survivor_ref")] = StableId::organisation(c.survivorKey);
        setText(h, "note", c.note);
        history.append(h);
    }
    if (!history.isEmpty())
        x[str("history")] = history;
    o[str("extensions")] = StixExtensions::use(StixExtensions::organisationDefinition(), QStringLiteral("property-extension"), x);
    return o;
}

QJsonObject StixObjects::event(const InterchangeEvent& ie, const QString& id, const Context& ctx, const QDateTime& created,
                               bool verified)
{
    const Event& e = ie.event;
    QJsonObject o = core(StableId::eventType(), id, ctx, created, eventModified(ie, created));
    o[str("name")] = e.title.isEmpty() ? untitledEvent() : e.title;
    if (e.title.isEmpty())
        o[str("untitled")] = true;
    setText(o, "description", e.summary);
    if (e.date.isValid()) {
        o[str("first_seen")] = StixBundle::timestamp(e.date.start);
        o[str("last_seen")] = StixBundle::timestamp(e.date.end, true);
        o[str("date_precision")] = precisionKey(e.date.precision);
        setText(o, "date_rule", e.date.rule);
    }
    if (e.undated())
        setText(o, "date_rule", e.date.rule); // why no day is known
    setText(o, "timing", timingKey(e.timing)); // "planned" / "effective": dated after the report that states it
    if (!e.amounts.isEmpty())
        o[str("amounts")] = QJsonArray::fromStringList(e.amounts);
    o[str("category")] = categoryKey(e.category);
    o[str("labels")] = QJsonArray{categoryKey(e.category)};
    o[str("confidence")] = std::clamp(static_cast<int>(std::lround(e.confidence * 100.0)), 0, 100);
    o[str("extraction_confidence")] = e.confidence;
    o[str("verified")] = verified;
    o[str("rejected")] = e.rejected;
    o[str("analyst_edited")] = ie.analystEdited;
    QList<InterchangeEvidence> evidence = ie.evidence;
    std::sort(evidence.begin(), evidence.end(), [&](const InterchangeEvidence& a, const InterchangeEvidence& b) {
        return std::tie(ctx.reportRef[a.reportHash], a.start, a.end, a.quote) < std::tie(ctx.reportRef[b.reportHash], b.start, b.end, b.quote);
    });
    QJsonArray evidenceArray;
    for (const InterchangeEvidence& ev : evidence) {
        QJsonObject jo;
        jo[str("report_ref")] = ctx.reportRef.value(ev.reportHash);
        jo[str("quote")] = ev.quote;
        jo[str("start")] = ev.start;
        jo[str("end")] = ev.end;
        evidenceArray.append(jo);
    }
    if (!evidenceArray.isEmpty())
        o[str("evidence")] = evidenceArray;
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
    QJsonArray corrections;
    for (const InterchangeCorrection& c : ie.corrections) {
        QJsonObject jo;
        jo[str("at")] = StixBundle::timestamp(c.at);
        setText(jo, "analyst", c.analyst);
        jo[str("field")] = c.field;
        if (!c.oldValue.isNull() && !c.oldValue.isUndefined())
            jo[str("old")] = correctionValue(c.oldValue);
        if (!c.newValue.isNull() && !c.newValue.isUndefined())
            jo[str("new")] = correctionValue(c.newValue);
        setText(jo, "note", c.note);
        corrections.append(jo);
    }
    if (!corrections.isEmpty())
        o[str("corrections")] = corrections;
    o[str("extensions")] = StixExtensions::use(StixExtensions::eventDefinition(), QStringLiteral("new-sdo"));
    return o;
}

QJsonObject StixObjects::relationship(const QString& id, const QString& eventId, const QString& identityId, const QString& role,
                                      const Context& ctx, const QDateTime& created, const QDateTime& modified)
{
    QJsonObject o = core(QStringLiteral("relationship"), id, ctx, created, modified);
    o[str("relationship_type")] = QStringLiteral("related-to");
    setText(o, "description", role);
    o[str("source_ref")] = eventId;
    o[str("target_ref")] = identityId;
    return o;
}

QJsonObject StixObjects::author(const QString& id, const QString& name, const QString& identityClass, const QDateTime& created)
{
    QJsonObject o = core(QStringLiteral("identity"), id, Context{}, created, created);
    o[str("name")] = name;
    o[str("identity_class")] = identityClass;
    return o;
}

} // namespace lodestone
