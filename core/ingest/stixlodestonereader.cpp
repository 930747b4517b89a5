#include "stixlodestonereader.h"

#include "ingest/contenthash.h"
#include "interchange/stableid.h"
#include "interchange/stixbundle.h"
#include "interchange/stixextensions.h"

#include <QHash>
#include <QJsonArray>

namespace lodestone {

namespace {

QString text(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonObject extension(const QJsonObject& o, const QString& definition)
{
    return o.value(QLatin1String("extensions")).toObject().value(definition).toObject();
}

Error bad(const QJsonObject& o, const QString& why)
{
    return {ErrorCode::Parse, QStringLiteral("stix bundle: %1: %2").arg(text(o, "id"), why)};
}

Verification verification(const QJsonObject& v)
{
    Verification out;
    out.status = statusFromKey(text(v, "status")).value_or(VerificationStatus::Unverified);
    out.reliability = text(v, "reliability");
    out.credibility = v.value(QLatin1String("credibility")).toInt();
    out.note = text(v, "note");
    out.analyst = text(v, "analyst");
    if (v.contains(QLatin1String("at")))
        out.at = StixBundle::parseTimestamp(text(v, "at"));
    return out;
}

std::optional<DateSpan> span(const QJsonObject& o)
{
    DateSpan d;
    d.start = QDate::fromString(text(o, "start"), Qt::ISODate);
    d.end = QDate::fromString(text(o, "end"), Qt::ISODate);
    const auto precision = precisionFromKey(text(o, "precision"));
    if (!d.isValid() || !precision)
        return std::nullopt;
    d.precision = *precision;
    d.rule = text(o, "rule");
    return d;
}

class Reader final {
public:
    Reader(const QList<QJsonObject>& objects, InterchangeData* out, QSet<QString>* used)
        : m_objects(objects), m_out(out), m_used(used)
    {
    }

    Error run()
    {
        // Keys of Lodestone identities first: everything else refers to organisations through them.
        for (const QJsonObject& o : m_objects) {
            const QJsonObject x = extension(o, StixExtensions::organisationDefinition());
            if (text(o, "type") != u"identity" || x.isEmpty())
                continue;
            const QString key = text(x, "key");
            if (key.trimmed().isEmpty())
                return bad(o, QStringLiteral("a Lodestone organisation without a key"));
            m_keyOf.insert(text(o, "id"), key);
        }
        for (const QJsonObject& o : m_objects) {
            const QString type = text(o, "type");
            Error e;
            if (type == u"identity" && m_keyOf.contains(text(o, "id")))
                e = organisation(o);
            else if (type == u"report" && !extension(o, StixExtensions::reportDefinition()).isEmpty())
                e = report(o);
            if (e)
                return e;
        }
        for (const QJsonObject& o : m_objects)
            if (text(o, "type") == StableId::eventType() && !extension(o, StixExtensions::eventDefinition()).isEmpty())
                if (const Error e = event(o))
                    return e;
        for (const QJsonObject& o : m_objects)
            if (text(o, "type") == u"relationship")
                link(o);
        for (const QJsonObject& o : m_objects)
            if (const QString type = text(o, "type"); type == u"extension-definition" || text(o, "id") == StixExtensions::makerIdentity())
                m_used->insert(text(o, "id"));
        return {};
    }

private:
    QString keyOf(const QJsonValue& ref) const { return m_keyOf.value(ref.toString()); }

    Error organisation(const QJsonObject& o)
    {
        const QJsonObject x = extension(o, StixExtensions::organisationDefinition());
        InterchangeOrganisation io;
        io.stixId = text(o, "id");
        Organisation& org = io.org;
        org.key = text(x, "key");
        org.nameEn = text(x, "name_en");
        org.nameZh = text(x, "name_zh");
        org.kind = text(x, "kind");
        org.country = text(x, "country");
        org.parentKey = keyOf(x.value(QLatin1String("parent_ref")));
        org.autoDetected = x.value(QLatin1String("auto_detected")).toBool();
        for (const QJsonValue& v : x.value(QLatin1String("aliases")).toArray()) {
            const QJsonObject a = v.toObject();
            if (!text(a, "name").isEmpty())
                org.aliases << OrgAlias{text(a, "name"), text(a, "language"), text(a, "provenance")};
        }
        io.mergedIntoKey = keyOf(x.value(QLatin1String("merged_into_ref")));
        for (const QJsonValue& v : x.value(QLatin1String("history")).toArray()) {
            const QJsonObject h = v.toObject();
            InterchangeOrgChange c;
            c.at = StixBundle::parseTimestamp(text(h, "at"));
            c.analyst = text(h, "analyst");
            c.note = text(h, "note");
            c.merge = text(h, "action") != u"unmerge";
            c.survivorKey = keyOf(h.value(QLatin1String("survivor_ref")));
            if (!c.at.isValid() || c.survivorKey.isEmpty())
                return bad(o, QStringLiteral("a merge in the history without a time or a known survivor"));
            io.history << c;
        }
        m_used->insert(io.stixId);
        m_out->organisations << io;
        return {};
    }

    Error report(const QJsonObject& o)
    {
        const QJsonObject x = extension(o, StixExtensions::reportDefinition());
        InterchangeReport ir;
        ir.stixId = text(o, "id");
        Report& r = ir.report;
        ParsedDocument& d = r.doc;
        d.text = text(o, "description");
        d.title = x.value(QLatin1String("untitled")).toBool() ? text(x, "title") : text(o, "name");
        d.publisher = text(x, "publisher");
        d.url = text(x, "url");
        if (x.contains(QLatin1String("published"))) {
            d.published = span(x.value(QLatin1String("published")).toObject());
            if (!d.published)
                return bad(o, QStringLiteral("the published date span is malformed"));
        }
        d.language = x.contains(QLatin1String("language")) ? text(x, "language") : text(o, "lang");
        d.format = text(x, "format");
        d.sourceEncoding = text(x, "source_encoding");
        d.sourcePath = text(x, "source_path");
        for (const QJsonValue& v : x.value(QLatin1String("repairs")).toArray())
            d.repairs << v.toString();
        r.contentHash = contentHash(d.text);
        r.importedAt = x.contains(QLatin1String("imported_at")) ? StixBundle::parseTimestamp(text(x, "imported_at"))
                                                                 : StixBundle::parseTimestamp(text(o, "created"));
        r.verification = verification(x.value(QLatin1String("verification")).toObject());
        for (const QJsonValue& v : x.value(QLatin1String("history")).toArray()) {
            const QJsonObject h = v.toObject();
            VerificationLogEntry e;
            e.value = verification(h);
            e.action = text(h, "action");
            e.previous = verification(h.value(QLatin1String("previous")).toObject());
            if (!e.value.at.isValid())
                return bad(o, QStringLiteral("a verification in the history has no time"));
            ir.history << e;
        }
        for (const QJsonValue& v : x.value(QLatin1String("mentions")).toArray()) {
            const QJsonObject m = v.toObject();
            const QString key = keyOf(m.value(QLatin1String("organisation_ref")));
            if (!key.isEmpty())
                ir.mentions << std::pair{key, std::max(1, m.value(QLatin1String("count")).toInt(1))};
        }
        m_hashOf.insert(ir.stixId, r.contentHash);
        m_used->insert(ir.stixId);
        m_out->reports << ir;
        return {};
    }

    Error event(const QJsonObject& o)
    {
        InterchangeEvent ie;
        ie.stixId = text(o, "id");
        Event& e = ie.event;
        const auto category = categoryFromKey(text(o, "category"));
        if (!category)
            return bad(o, QStringLiteral("unknown category \"%1\"").arg(text(o, "category")));
        e.category = *category;
        e.title = o.value(QLatin1String("untitled")).toBool() ? QString() : text(o, "name");
        e.summary = text(o, "description");
        if (o.contains(QLatin1String("first_seen"))) {
            const QDateTime first = StixBundle::parseTimestamp(text(o, "first_seen"));
            const QDateTime last = StixBundle::parseTimestamp(text(o, "last_seen"));
            const auto precision = precisionFromKey(text(o, "date_precision"));
            if (!first.isValid() || !last.isValid() || !precision || last < first)
                return bad(o, QStringLiteral("first_seen, last_seen or date_precision is malformed"));
            e.date.start = first.date();
            e.date.end = last.date();
            e.date.precision = *precision;
            e.date.rule = text(o, "date_rule");
        } else {
            e.date.rule = text(o, "date_rule"); // undated: why no day is known
        }
        if (o.contains(QLatin1String("timing"))) {
            const auto timing = timingFromKey(text(o, "timing"));
            if (!timing)
                return bad(o, QStringLiteral("unknown timing \"%1\"").arg(text(o, "timing")));
            e.timing = *timing;
        }
        for (const QJsonValue& v : o.value(QLatin1String("amounts")).toArray())
            e.amounts << v.toString();
        const QJsonValue exact = o.value(QLatin1String("extraction_confidence"));
        e.confidence = exact.isDouble() ? exact.toDouble() : o.value(QLatin1String("confidence")).toInt() / 100.0;
        e.rejected = o.value(QLatin1String("rejected")).toBool();
        ie.analystEdited = o.value(QLatin1String("analyst_edited")).toBool();
        for (const QJsonValue& v : o.value(QLatin1String("people")).toArray()) {
            const QJsonObject p = v.toObject();
            e.people << PersonMention{text(p, "name"), text(p, "role"), text(p, "organisation")};
        }
        for (const QJsonValue& v : o.value(QLatin1String("evidence")).toArray()) {
            const QJsonObject ev = v.toObject();
            const QString hash = m_hashOf.value(text(ev, "report_ref"));
            if (hash.isEmpty())
                continue; // a report the bundle does not carry as a Lodestone report: nothing to attach it to
            ie.evidence << InterchangeEvidence{hash, text(ev, "quote"), ev.value(QLatin1String("start")).toInt(),
                                               ev.value(QLatin1String("end")).toInt()};
        }
        for (const QJsonValue& v : o.value(QLatin1String("corrections")).toArray()) {
            const QJsonObject c = v.toObject();
            InterchangeCorrection ic;
            ic.at = StixBundle::parseTimestamp(text(c, "at"));
            ic.analyst = text(c, "analyst");
            ic.field = text(c, "field");
            ic.note = text(c, "note");
            if (!ic.at.isValid() || ic.field.isEmpty())
                return bad(o, QStringLiteral("a correction without a time or a field"));
            ic.oldValue = correctionValue(c.value(QLatin1String("old")));
            ic.newValue = correctionValue(c.value(QLatin1String("new")));
            ie.corrections << ic;
        }
        m_eventIndex.insert(ie.stixId, m_out->events.size());
        m_used->insert(ie.stixId);
        m_out->events << ie;
        return {};
    }

    QJsonValue correctionValue(const QJsonValue& v) const
    {
        if (v.isUndefined())
            return QJsonValue(QJsonValue::Null);
        if (!v.isObject() || !v.toObject().contains(QLatin1String("organisation_ref")))
            return v;
        QJsonObject o = v.toObject();
        o[QStringLiteral("organisation")] = keyOf(o.value(QLatin1String("organisation_ref")));
        o.remove(QStringLiteral("organisation_ref"));
        return o;
    }

    void link(const QJsonObject& o)
    {
        const auto it = m_eventIndex.constFind(text(o, "source_ref"));
        const QString key = keyOf(o.value(QLatin1String("target_ref")));
        if (it == m_eventIndex.cend() || key.isEmpty())
            return;
        m_out->events[*it].organisations << EventOrgRole{key, text(o, "description")};
        m_used->insert(text(o, "id"));
    }

    const QList<QJsonObject>& m_objects;
    InterchangeData* m_out;
    QSet<QString>* m_used;
    QHash<QString, QString> m_keyOf;          // identity id -> organisation key
    QHash<QString, QString> m_hashOf;         // report id -> content hash
    QHash<QString, qsizetype> m_eventIndex;   // event id -> index in m_out->events
};

} // namespace

bool StixLodestoneReader::isLodestoneObject(const QJsonObject& o)
{
    const QJsonObject extensions = o.value(QLatin1String("extensions")).toObject();
    return extensions.contains(StixExtensions::eventDefinition()) || extensions.contains(StixExtensions::reportDefinition())
        || extensions.contains(StixExtensions::organisationDefinition());
}

Error StixLodestoneReader::read(const QList<QJsonObject>& objects, InterchangeData* out, QSet<QString>* used)
{
    return Reader(objects, out, used).run();
}

} // namespace lodestone
