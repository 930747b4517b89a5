#include "stixbundle.h"

#include "interchange/stableid.h"
#include "interchange/stixextensions.h"
#include "interchange/stixobjects.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

// The mapping (STIX 2.1; checked against the OASIS JSON schemas and the validator's custom-content rules in
// tests/core/tst_stix.cpp):
// - Everything Lodestone keeps that STIX has no property for travels in declared extensions (StixExtensions):
//   x-lodestone-event is a new SDO (its objects carry extensions {<definition>: {extension_type: new-sdo}}), and
//   reports and identities carry property extensions ({<definition>: {extension_type: property-extension, ...}}).
//   No bare x_ property is written.
// - organisation -> `identity` (identity_class "organization"; name = English name, else Chinese, else key);
//   the extension holds key, both names, kind, country, parent_ref, aliases with language and provenance,
//   merged_into_ref and the merge history (STIX gives `identity` no aliases).
// - report -> `report`: name, description = the full text (so the content hash, and with it the id, survives),
//   published (the document's date, else the import time, the extension saying which), lang, external_references
//   (publisher and URL), report_types ["identity"] (report-type-ov: "characterization of one or more identities",
//   the value that fits news about what organisations do), confidence from the admiralty credibility (the STIX
//   appendix scale 1->90 ... 5->10; 6 none), object_refs = its events, their identities and relationships and the
//   organisations it names (a report that names none refers to the author: STIX wants at least one ref); the
//   extension holds the document's metadata, verification, its full history and the mentions.
// - event -> `x-lodestone-event` (STIX has no object for a dated thing organisations do: `note` is commentary,
//   `observed-data` needs cyber observables, `incident` is about security incidents), with corrections, rejection,
//   analyst flag and evidence offsets; its organisations -> `relationship` "related-to" (description = role).
// - created_by_ref = an identity for the team or analyst who exports; the extension definitions are created by
//   a fixed "Lodestone" identity.
// - Ids: StableId (UUIDv5 of the content; the validator's uuid-check prefers UUIDv4 for SDOs, a SHOULD that
//   content-derived ids deliberately leave aside). created = the import time of the earliest report behind an
//   object, modified = its latest verification or correction; objects are sorted by id, so the same content
//   exports the same bytes from any database.

namespace lodestone {

namespace {

QString str(const char* s)
{
    return QString::fromLatin1(s);
}

QDateTime earliest(const QDateTime& a, const QDateTime& b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::min(a, b);
}

// Two events with the same content (category, span, organisations, title) are one event in a bundle: their
// evidence, people and corrections are joined; the rest comes from the one that sorts first by its summary and
// date rule, so that the choice does not depend on database row order.
void join(InterchangeEvent& into, const InterchangeEvent& other)
{
    if (std::tie(other.event.summary, other.event.date.rule) < std::tie(into.event.summary, into.event.date.rule)) {
        into.event.summary = other.event.summary;
        into.event.date.rule = other.event.date.rule;
        into.event.confidence = other.event.confidence;
        into.organisations = other.organisations;
    }
    for (const InterchangeEvidence& ev : other.evidence) {
        const bool known = std::any_of(into.evidence.cbegin(), into.evidence.cend(), [&](const InterchangeEvidence& x) {
            return x.reportHash == ev.reportHash && x.start == ev.start && x.end == ev.end;
        });
        if (!known)
            into.evidence << ev;
    }
    for (const PersonMention& p : other.event.people)
        if (std::none_of(into.event.people.cbegin(), into.event.people.cend(),
                         [&](const PersonMention& x) { return x.name == p.name && x.role == p.role && x.orgKey == p.orgKey; }))
            into.event.people << p;
    into.corrections << other.corrections;
    std::stable_sort(into.corrections.begin(), into.corrections.end(),
                     [](const InterchangeCorrection& a, const InterchangeCorrection& b) { return a.at < b.at; });
    into.event.rejected = into.event.rejected && other.event.rejected;
    into.analystEdited = into.analystEdited || other.analystEdited;
}

} // namespace

QString StixBundle::timestamp(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + u'Z';
}

QString StixBundle::timestamp(const QDate& day, bool endOfDay)
{
    return day.toString(QStringLiteral("yyyy-MM-dd"))
        + (endOfDay ? QStringLiteral("T23:59:59.999Z") : QStringLiteral("T00:00:00.000Z"));
}

QDateTime StixBundle::parseTimestamp(const QString& text)
{
    // RFC 3339 in UTC with any number of fraction digits; Qt wants at most three.
    static const QRegularExpression fraction(QStringLiteral("(\\.\\d{1,3})\\d*(?=Z$)"));
    QString t = text.trimmed();
    t.replace(fraction, QStringLiteral("\\1"));
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, Qt::ISODate);
    return dt.isValid() ? dt.toUTC() : QDateTime();
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

bool StixBundle::isIdentityClass(const QString& value)
{
    static const QStringList vocabulary{QStringLiteral("individual"), QStringLiteral("group"), QStringLiteral("system"),
                                        QStringLiteral("organization"), QStringLiteral("class"), QStringLiteral("unknown")};
    return vocabulary.contains(value);
}

QJsonObject StixBundle::build(const Input& input)
{
    const InterchangeData& data = input.data;
    StixObjects::Context ctx;
    const QString authorName = input.author.simplified();
    if (!authorName.isEmpty())
        ctx.author = StableId::author(authorName);

    // Reports, by content hash.
    QHash<QString, const InterchangeReport*> reportByHash;
    for (const InterchangeReport& r : data.reports) {
        reportByHash.insert(r.report.contentHash, &r);
        ctx.reportRef.insert(r.report.contentHash, StableId::report(r.report.contentHash));
    }
    QHash<QString, const InterchangeOrganisation*> orgByKey;
    for (const InterchangeOrganisation& o : data.organisations)
        orgByKey.insert(o.org.key, &o);

    QMap<QString, QJsonObject> events, relationships, identities, reports; // by id: sorted, unique
    QHash<QString, QSet<QString>> refsByReport;                             // report hash -> ids it refers to
    QHash<QString, QDateTime> orgCreated;                                   // organisation key -> earliest use
    QDateTime bundleEarliest;
    for (const InterchangeReport& r : data.reports)
        bundleEarliest = earliest(bundleEarliest, r.report.importedAt);

    QMap<QString, InterchangeEvent> uniqueEvents;
    for (const InterchangeEvent& e : data.events) {
        const QString id = StixObjects::eventId(e);
        if (const auto it = uniqueEvents.find(id); it != uniqueEvents.end())
            join(*it, e);
        else
            uniqueEvents.insert(id, e);
    }
    for (auto it = uniqueEvents.cbegin(); it != uniqueEvents.cend(); ++it) {
        const InterchangeEvent& e = it.value();
        const QString& eventId = it.key();
        QDateTime created;
        bool verified = false;
        QSet<QString> backing;
        for (const InterchangeEvidence& ev : e.evidence) {
            if (const InterchangeReport* r = reportByHash.value(ev.reportHash)) {
                created = earliest(created, r->report.importedAt);
                verified = verified || r->report.verification.status == VerificationStatus::Verified;
                backing.insert(ev.reportHash);
            }
        }
        if (!created.isValid())
            created = bundleEarliest.isValid() ? bundleEarliest : parseTimestamp(StixExtensions::definedAt());
        const QDateTime modified = StixObjects::eventModified(e, created);
        events.insert(eventId, StixObjects::event(e, eventId, ctx, created, verified));
        QSet<QString> refs{eventId};
        for (const EventOrgRole& l : e.organisations) {
            const QString identityId = StableId::organisation(l.key);
            const QString relId = StableId::relationship(eventId, QStringLiteral("related-to"), identityId);
            relationships.insert(relId, StixObjects::relationship(relId, eventId, identityId, l.role, ctx, created, modified));
            orgCreated.insert(l.key, earliest(orgCreated.value(l.key), created));
            refs << identityId << relId;
        }
        for (const QString& hash : std::as_const(backing))
            refsByReport[hash] += refs;
    }
    for (const InterchangeReport& r : data.reports)
        for (const auto& [key, count] : r.mentions) {
            refsByReport[r.report.contentHash].insert(StableId::organisation(key));
            orgCreated.insert(key, earliest(orgCreated.value(key), r.report.importedAt));
        }
    for (const InterchangeReport& r : data.reports) {
        const QDateTime created = r.report.importedAt.isValid() ? r.report.importedAt : parseTimestamp(StixExtensions::definedAt());
        QStringList refs(refsByReport.value(r.report.contentHash).begin(), refsByReport.value(r.report.contentHash).end());
        if (refs.isEmpty())
            refs << (ctx.author.isEmpty() ? StixExtensions::makerIdentity() : ctx.author);
        std::sort(refs.begin(), refs.end());
        const QString id = StableId::report(r.report.contentHash);
        reports.insert(id, StixObjects::report(r, ctx, created, refs));
    }
    // Organisations that only others name (parents, survivors, merged ones) take the earliest time of those.
    for (int pass = 0; pass < 4; ++pass)
        for (const InterchangeOrganisation& o : data.organisations) {
            const QDateTime own = orgCreated.value(o.org.key);
            for (const QString& other : {o.org.parentKey, o.mergedIntoKey})
                if (!other.isEmpty())
                    orgCreated.insert(other, earliest(orgCreated.value(other), own));
            if (!o.mergedIntoKey.isEmpty())
                orgCreated.insert(o.org.key, earliest(orgCreated.value(o.org.key), orgCreated.value(o.mergedIntoKey)));
        }
    for (const InterchangeOrganisation& o : data.organisations) {
        QDateTime created = orgCreated.value(o.org.key);
        if (!created.isValid())
            created = bundleEarliest.isValid() ? bundleEarliest : parseTimestamp(StixExtensions::definedAt());
        identities.insert(StableId::organisation(o.org.key), StixObjects::organisation(o, ctx, created));
    }

    QJsonArray objects = StixExtensions::objects();
    if (!ctx.author.isEmpty()) {
        const QString authorClass = isIdentityClass(input.authorClass) ? input.authorClass : QStringLiteral("individual");
        const QDateTime created = bundleEarliest.isValid() ? bundleEarliest : parseTimestamp(StixExtensions::definedAt());
        objects.append(StixObjects::author(ctx.author, authorName, authorClass, created));
    }
    for (const auto* group : {&identities, &reports, &events, &relationships})
        for (const QJsonObject& o : *group)
            objects.append(o);

    QStringList allIds;
    for (const QJsonValue& v : std::as_const(objects))
        allIds << v.toObject().value(str("id")).toString();
    QJsonObject bundle;
    bundle[str("type")] = QStringLiteral("bundle");
    bundle[str("id")] = StableId::make(QStringLiteral("bundle"), QStringLiteral("bundle:") + allIds.join(u','));
    bundle[str("objects")] = objects;
    return bundle;
}

QByteArray StixBundle::encode(const Input& input)
{
    return QJsonDocument(build(input)).toJson(QJsonDocument::Indented);
}

} // namespace lodestone
