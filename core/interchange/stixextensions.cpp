#include "stixextensions.h"

namespace lodestone {

namespace {

QString str(const char* s)
{
    return QString::fromLatin1(s);
}

QJsonObject definition(const QString& id, const char* name, const char* description, const char* schema, const QString& type)
{
    QJsonObject o;
    o[str("type")] = str("extension-definition");
    o[str("spec_version")] = str("2.1");
    o[str("id")] = id;
    o[str("created_by_ref")] = StixExtensions::makerIdentity();
    o[str("created")] = StixExtensions::definedAt();
    o[str("modified")] = StixExtensions::definedAt();
    o[str("name")] = str(name);
    o[str("description")] = str(description);
    o[str("schema")] = str(schema);
    o[str("version")] = StixExtensions::version();
    o[str("extension_types")] = QJsonArray{type};
    return o;
}

} // namespace

QString StixExtensions::eventDefinition()
{
    return QStringLiteral("extension-definition--96ca2ac9-8693-447b-80d2-3cd53decad5e");
}

QString StixExtensions::reportDefinition()
{
    return QStringLiteral("extension-definition--ceb8713b-a958-4cbf-9b0e-b34994da8a47");
}

QString StixExtensions::organisationDefinition()
{
    return QStringLiteral("extension-definition--a97dd221-bbe0-46ab-891f-d7f5266f1917");
}

QString StixExtensions::makerIdentity()
{
    return QStringLiteral("identity--32b2bba9-a1c0-4a6b-9b01-3fe9b011e81d");
}

QString StixExtensions::version()
{
    return QStringLiteral("1.0");
}

QString StixExtensions::definedAt()
{
    return QStringLiteral("2026-12-07T00:00:00.000Z");
}

QJsonObject StixExtensions::use(const QString& definition, const QString& type, QJsonObject properties)
{
    properties[str("extension_type")] = type;
    return QJsonObject{{definition, properties}};
}

QJsonArray StixExtensions::objects()
{
    QJsonObject maker;
    maker[str("type")] = str("identity");
    maker[str("spec_version")] = str("2.1");
    maker[str("id")] = makerIdentity();
    maker[str("created")] = definedAt();
    maker[str("modified")] = definedAt();
    maker[str("name")] = str("Lodestone");
    maker[str("description")] = str("The Lodestone dashboard for rare-earth supply-chain intelligence; it defines the "
                                    "x-lodestone extensions used in this bundle.");
    maker[str("identity_class")] = str("system");

    QJsonArray out{maker};
    out.append(definition(
        eventDefinition(), "Lodestone event",
        "A dated happening that organisations take part in (a quota set, a deal signed, a price changed), as Lodestone "
        "found it in one or more reports and as analysts corrected it.",
        "Object type x-lodestone-event. Properties: name (title); description (summary); first_seen and last_seen "
        "(the first and last day of the date span, UTC); date_precision (day, month, quarter or year); date_rule (how "
        "the date was found); category (party-directive, policy-regulation, export-control, production-quota, "
        "partnership, standards-milestone, investment-project, market-price, corporate-restructuring, personnel, "
        "other; also the only label); confidence (0-100) and extraction_confidence (0-1, as stored); verified (a "
        "backing report is verified); rejected (an analyst marked it false); analyst_edited (an analyst corrected "
        "it, so later extraction leaves it alone); evidence (list of report_ref, quote, start and end: the sentence "
        "that states it and its UTF-16 offsets in the report's description); people (name, role, organisation key); "
        "corrections (at, analyst, field, old, new, note: the analyst's changes, oldest first; an organisation "
        "value is {organisation_ref, role}). The organisations are relationship objects of type related-to from "
        "the event to the identity, whose description is the role (actor, partner, subject, host, regulator, "
        "mentioned). The id is a UUIDv5 of category, date span, organisation keys and title key.",
        QStringLiteral("new-sdo")));
    out.append(definition(
        reportDefinition(), "Lodestone report",
        "What Lodestone keeps about a report besides its STIX properties: the source document's metadata, the "
        "analysts' verification with its history, and the organisations it names.",
        "Property extension on report. The description is the report's full text. Properties: content_hash (SHA-256 "
        "of the NFKC, whitespace-folded text; the id is a UUIDv5 of it); untitled (true when the document had no "
        "title and name is a placeholder); publisher; url (as given, also when it is no URI); published (start, end, "
        "precision, rule: the document's own date, absent when unknown, in which case the top-level published is "
        "the import time); language; format; source_encoding; source_path; repairs (list of text repairs made on "
        "reading); imported_at; verification (status unverified, verified, disputed or rejected; reliability A-F; "
        "credibility 1-6; note; analyst; at); history (every verification change, oldest first: at, analyst, "
        "action, status, reliability, credibility, note and previous with the values before); mentions "
        "(organisation_ref and count of the organisations the text names).",
        QStringLiteral("property-extension")));
    out.append(definition(
        organisationDefinition(), "Lodestone organisation",
        "What Lodestone keeps about an organisation: its gazetteer key, names in English and Chinese, aliases, "
        "kind, country, parent and merges made by analysts.",
        "Property extension on identity. Properties: key (gazetteer key, or auto:<normalised name> for a detected "
        "organisation; the id is a UUIDv5 of it); name_en; name_zh; kind; country (ISO 3166 code); parent_ref; "
        "auto_detected; aliases (name, language, provenance: gazetteer, detected, analyst or merge:<key>); "
        "merged_into_ref (set when an analyst merged it into another organisation); history (at, analyst, action "
        "merge or unmerge, survivor_ref, note).",
        QStringLiteral("property-extension")));
    return out;
}

} // namespace lodestone
