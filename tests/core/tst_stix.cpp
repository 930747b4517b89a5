// STIX 2.1 interchange without a database: the exported bundle's structure, declared extensions and required
// properties, content-derived ids (the same content gives the same id and the same bytes, other content another
// id), validation against the OASIS schemas plus the validator's custom-content rules (python3-jsonschema, as
// scripts/setup installs it), Lodestone objects read back as they were, bundles of identities read as
// organisations, and import of other bundles (official examples, our own small and broken ones).
#include "ingest/contenthash.h"
#include "ingest/documentreader.h"
#include "ingest/stixidentityreader.h"
#include "ingest/stixreader.h"
#include "interchange/eventexporter.h"
#include "interchange/stableid.h"
#include "interchange/stixbundle.h"
#include "interchange/stixextensions.h"
#include "interchange/stixobjects.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <random>

using namespace lodestone;

namespace {

const QString kData = QStringLiteral(LODESTONE_TEST_DATA_DIR "/stix");
const QString kStix = QStringLiteral(LODESTONE_SHARED_DIR "/testdata/stix2");

const QRegularExpression kId(QStringLiteral("^([a-z][a-z0-9-]+[a-z0-9])--[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
const QRegularExpression kTimestamp(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$"));
const QRegularExpression kPropertyName(QStringLiteral("^[a-z][a-z0-9_]{2,249}$"));

InterchangeOrganisation org(const QString& key, const QString& en, const QString& zh, const QStringList& aliases)
{
    InterchangeOrganisation o;
    o.org.key = key;
    o.org.nameEn = en;
    o.org.nameZh = zh;
    o.org.kind = QStringLiteral("soe");
    o.org.country = QStringLiteral("CN");
    for (const QString& a : aliases)
        o.org.aliases << OrgAlias{a, QStringLiteral("en"), QStringLiteral("gazetteer")};
    return o;
}

InterchangeReport report(int n, const QString& title, std::optional<DateSpan> published)
{
    InterchangeReport r;
    ParsedDocument& d = r.report.doc;
    d.title = title;
    // Longer than the 1,200 characters the old export cut descriptions at.
    d.text = QStringLiteral("%1.\n\nA smelter in Inner Mongolia agreed a supply deal with a magnet maker on 3 March 2025. ").arg(title)
        + QStringLiteral("The plant will ship separated oxides every month. ").repeated(30);
    d.url = QStringLiteral("https://example.org/news/%1").arg(n);
    d.publisher = QStringLiteral("Example Metals Daily");
    d.language = QStringLiteral("en");
    d.format = QStringLiteral("text");
    d.sourceEncoding = QStringLiteral("UTF-8");
    d.sourcePath = QStringLiteral("/data/in/%1.txt").arg(n);
    d.repairs = {QStringLiteral("cp874-mojibake: 2 sequences")};
    d.published = published;
    r.report.contentHash = contentHash(d.text);
    r.report.importedAt = QDateTime(QDate(2026, 1, 5), QTime(9, 30, 15), Qt::UTC).addSecs(n * 60);
    return r;
}

InterchangeEvent event(int n, Category c, QDate day, QList<EventOrgRole> orgs, QList<const InterchangeReport*> reports)
{
    InterchangeEvent e;
    e.event.category = c;
    e.event.title = QStringLiteral("Event %1 title").arg(n);
    e.event.summary = QStringLiteral("Summary of event %1.").arg(n);
    e.event.date = DateSpan::day(day, QStringLiteral("absolute:test"));
    e.event.confidence = 0.734;
    e.event.people << PersonMention{QStringLiteral("Li Wei"), QStringLiteral("chair"), QStringLiteral("baogang-group")};
    e.organisations = orgs;
    for (const InterchangeReport* r : reports)
        e.evidence << InterchangeEvidence{r->report.contentHash, QStringLiteral("Quoted sentence %1 about the deal.").arg(n), 5, 38};
    return e;
}

InterchangeData sampleData()
{
    InterchangeData data;
    data.organisations << org(QStringLiteral("baogang-group"), QStringLiteral("Baogang Group"), QStringLiteral("包钢集团"),
                              {QStringLiteral("Baotou Steel")})
                       << org(QStringLiteral("auto:lanthanide magnets"), QString(), QStringLiteral("镧系磁材"), {});
    data.organisations[1].org.autoDetected = true;
    data.organisations[1].org.parentKey = QStringLiteral("baogang-group");
    InterchangeReport verified = report(3, QStringLiteral("Smelter signs supply deal"), DateSpan::month(2025, 3, QStringLiteral("meta:test")));
    Verification v;
    v.status = VerificationStatus::Verified;
    v.reliability = QStringLiteral("B");
    v.credibility = 2;
    v.note = QStringLiteral("matches the filing");
    v.analyst = QStringLiteral("analyst one");
    v.at = QDateTime(QDate(2026, 2, 1), QTime(12, 0), Qt::UTC);
    verified.report.verification = v;
    verified.history << VerificationLogEntry{0, 0, v, Verification{}, QStringLiteral("set")};
    verified.mentions << std::pair{QStringLiteral("baogang-group"), 3};
    data.reports << verified << report(4, QStringLiteral("Undated follow-up"), std::nullopt)
                 << report(5, QStringLiteral("Report that backs no event"), DateSpan::day(QDate(2024, 6, 30)));
    data.events << event(42, Category::Partnership, QDate(2025, 3, 3),
                         {EventOrgRole{QStringLiteral("baogang-group"), QStringLiteral("actor")},
                          EventOrgRole{QStringLiteral("auto:lanthanide magnets"), QStringLiteral("partner")}},
                         {&data.reports[0], &data.reports[1]})
                << event(43, Category::ProductionQuota, QDate(2025, 4, 1),
                         {EventOrgRole{QStringLiteral("baogang-group"), QStringLiteral("subject")}}, {&data.reports[1]});
    InterchangeCorrection c;
    c.at = QDateTime(QDate(2026, 3, 2), QTime(8, 15), Qt::UTC);
    c.analyst = QStringLiteral("analyst two");
    c.field = QStringLiteral("title");
    c.oldValue = QStringLiteral("Quota set");
    c.newValue = QStringLiteral("Event 43 title");
    c.note = QStringLiteral("clearer");
    data.events[1].corrections << c;
    data.events[1].analystEdited = true;
    return data;
}

StixBundle::Input sampleInput()
{
    StixBundle::Input in;
    in.data = sampleData();
    in.author = QStringLiteral("Northern desk");
    in.authorClass = QStringLiteral("group");
    return in;
}

QHash<QString, QJsonObject> byId(const QJsonObject& bundle)
{
    QHash<QString, QJsonObject> out;
    for (const QJsonValue& v : bundle.value(QStringLiteral("objects")).toArray())
        out.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
    return out;
}

QList<QJsonObject> ofType(const QJsonObject& bundle, const QString& type)
{
    QList<QJsonObject> out;
    for (const QJsonValue& v : bundle.value(QStringLiteral("objects")).toArray())
        if (v.toObject().value(QStringLiteral("type")).toString() == type)
            out << v.toObject();
    return out;
}

QJsonObject ext(const QJsonObject& o, const QString& definition)
{
    return o.value(QStringLiteral("extensions")).toObject().value(definition).toObject();
}

// No null and no empty array anywhere (the schemas' custom-property rule and minItems 1).
bool noNullOrEmpty(const QJsonValue& v, QString* where)
{
    if (v.isNull() || (v.isArray() && v.toArray().isEmpty()))
        return false;
    if (v.isArray()) {
        for (const QJsonValue& x : v.toArray())
            if (!noNullOrEmpty(x, where))
                return false;
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!noNullOrEmpty(it.value(), where)) {
                *where = it.key() + u'/' + *where;
                return false;
            }
    }
    return true;
}

// Debian's python3 (what scripts/setup installs python3-jsonschema for), else the one on PATH.
QString python()
{
    if (QFile::exists(QStringLiteral("/usr/bin/python3")))
        return QStringLiteral("/usr/bin/python3");
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

} // namespace

class TestStix final : public QObject {
    Q_OBJECT

private slots:
    void exportStructure()
    {
        const QJsonObject bundle = StixBundle::build(sampleInput());
        QCOMPARE(bundle.value(QStringLiteral("type")).toString(), QStringLiteral("bundle"));
        QVERIFY(kId.match(bundle.value(QStringLiteral("id")).toString()).hasMatch());
        QVERIFY(!bundle.contains(QStringLiteral("spec_version"))); // 2.1 bundles carry none
        const auto objects = byId(bundle);
        QCOMPARE(ofType(bundle, QStringLiteral("report")).size(), 3); // report 5 backs no event and is exported all the same
        QCOMPARE(ofType(bundle, QStringLiteral("identity")).size(), 4); // 2 organisations, the author, Lodestone
        QCOMPARE(ofType(bundle, QStringLiteral("extension-definition")).size(), 3);
        QCOMPARE(ofType(bundle, StableId::eventType()).size(), 2);
        QCOMPARE(ofType(bundle, QStringLiteral("relationship")).size(), 3);
        QCOMPARE(objects.size(), 15);
        const QString author = StableId::author(QStringLiteral("Northern desk"));
        for (const QJsonObject& o : objects) {
            const QString id = o.value(QStringLiteral("id")).toString();
            const QString type = o.value(QStringLiteral("type")).toString();
            const auto m = kId.match(id);
            QVERIFY2(m.hasMatch(), qPrintable(id));
            QCOMPARE(m.captured(1), type);
            QCOMPARE(o.value(QStringLiteral("spec_version")).toString(), QStringLiteral("2.1"));
            for (const char* key : {"created", "modified"})
                QVERIFY2(kTimestamp.match(o.value(QLatin1String(key)).toString()).hasMatch(), qPrintable(id + u' ' + QLatin1String(key)));
            QVERIFY(o.value(QStringLiteral("modified")).toString() >= o.value(QStringLiteral("created")).toString());
            QString where;
            QVERIFY2(noNullOrEmpty(o, &where), qPrintable(id + u' ' + where));
            for (auto it = o.begin(); it != o.end(); ++it) {
                QVERIFY2(kPropertyName.match(it.key()).hasMatch() || it.key() == u"id", qPrintable(it.key()));
                QVERIFY2(!it.key().startsWith(QLatin1String("x_")), qPrintable(id + u' ' + it.key())); // no bare custom property
            }
            if (o.contains(QStringLiteral("confidence"))) {
                const int c = o.value(QStringLiteral("confidence")).toInt(-1);
                QVERIFY(c >= 0 && c <= 100);
            }
            // Everything the team made names the team; the definitions name Lodestone.
            if (type == u"extension-definition")
                QCOMPARE(o.value(QStringLiteral("created_by_ref")).toString(), StixExtensions::makerIdentity());
            else if (id != author && id != StixExtensions::makerIdentity())
                QCOMPARE(o.value(QStringLiteral("created_by_ref")).toString(), author);
        }
        QCOMPARE(objects.value(author).value(QStringLiteral("identity_class")).toString(), QStringLiteral("group"));
        QCOMPARE(objects.value(author).value(QStringLiteral("name")).toString(), QStringLiteral("Northern desk"));
        // Each custom object is declared as a new SDO, each report and organisation carries its property extension.
        for (const QJsonObject& e : ofType(bundle, StableId::eventType()))
            QCOMPARE(ext(e, StixExtensions::eventDefinition()).value(QStringLiteral("extension_type")).toString(), QStringLiteral("new-sdo"));
        for (const QJsonObject& r : ofType(bundle, QStringLiteral("report"))) {
            QCOMPARE(ext(r, StixExtensions::reportDefinition()).value(QStringLiteral("extension_type")).toString(),
                     QStringLiteral("property-extension"));
            for (const char* key : {"name", "published", "object_refs", "description"})
                QVERIFY2(r.contains(QLatin1String(key)), key);
            QCOMPARE(r.value(QStringLiteral("report_types")).toArray(), QJsonArray{QStringLiteral("identity")}); // report-type-ov
            for (const QJsonValue& ref : r.value(QStringLiteral("object_refs")).toArray())
                QVERIFY2(objects.contains(ref.toString()), qPrintable(ref.toString()));
            const QJsonObject link = r.value(QStringLiteral("external_references")).toArray().first().toObject();
            QVERIFY(link.value(QStringLiteral("url")).toString().startsWith(QStringLiteral("https://example.org/news/")));
            QCOMPARE(link.value(QStringLiteral("source_name")).toString(), QStringLiteral("Example Metals Daily"));
        }
        const QList<QJsonObject> definitions = ofType(bundle, QStringLiteral("extension-definition"));
        for (const QJsonObject& d : definitions) {
            for (const char* key : {"name", "description", "schema", "version", "extension_types", "created_by_ref"})
                QVERIFY2(d.contains(QLatin1String(key)), key);
        }
        for (const QJsonObject& rel : ofType(bundle, QStringLiteral("relationship"))) {
            QCOMPARE(rel.value(QStringLiteral("relationship_type")).toString(), QStringLiteral("related-to"));
            QCOMPARE(objects.value(rel.value(QStringLiteral("source_ref")).toString()).value(QStringLiteral("type")).toString(),
                     StableId::eventType());
            QCOMPARE(objects.value(rel.value(QStringLiteral("target_ref")).toString()).value(QStringLiteral("type")).toString(),
                     QStringLiteral("identity"));
            QVERIFY(!rel.value(QStringLiteral("description")).toString().isEmpty()); // the role
        }
    }

    void exportMapping()
    {
        const StixBundle::Input in = sampleInput();
        const QJsonObject bundle = StixBundle::build(in);
        const auto objects = byId(bundle);
        // Identity: bilingual names, aliases, parent.
        const QJsonObject baogang = objects.value(StableId::organisation(QStringLiteral("baogang-group")));
        QCOMPARE(baogang.value(QStringLiteral("name")).toString(), QStringLiteral("Baogang Group"));
        QCOMPARE(baogang.value(QStringLiteral("identity_class")).toString(), QStringLiteral("organization"));
        const QJsonObject bx = ext(baogang, StixExtensions::organisationDefinition());
        QCOMPARE(bx.value(QStringLiteral("key")).toString(), QStringLiteral("baogang-group"));
        QCOMPARE(bx.value(QStringLiteral("name_zh")).toString(), QStringLiteral("包钢集团"));
        QCOMPARE(bx.value(QStringLiteral("aliases")).toArray().first().toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Baotou Steel"));
        const QJsonObject zhOnly = objects.value(StableId::organisation(QStringLiteral("auto:lanthanide magnets")));
        QCOMPARE(zhOnly.value(QStringLiteral("name")).toString(), QStringLiteral("镧系磁材"));
        QCOMPARE(ext(zhOnly, StixExtensions::organisationDefinition()).value(QStringLiteral("parent_ref")).toString(),
                 StableId::organisation(QStringLiteral("baogang-group")));
        QCOMPARE(ext(zhOnly, StixExtensions::organisationDefinition()).value(QStringLiteral("auto_detected")).toBool(), true);
        // Event: span, precision, category, confidence, evidence pointing at the report objects, people.
        const InterchangeData& data = in.data;
        const QString e42Id = StixObjects::eventId(data.events[0]);
        const QJsonObject e42 = objects.value(e42Id);
        QCOMPARE(e42.value(QStringLiteral("first_seen")).toString(), QStringLiteral("2025-03-03T00:00:00.000Z"));
        QCOMPARE(e42.value(QStringLiteral("last_seen")).toString(), QStringLiteral("2025-03-03T23:59:59.999Z"));
        QCOMPARE(e42.value(QStringLiteral("date_precision")).toString(), QStringLiteral("day"));
        QCOMPARE(e42.value(QStringLiteral("category")).toString(), QStringLiteral("partnership"));
        QCOMPARE(e42.value(QStringLiteral("confidence")).toInt(), 73);
        QCOMPARE(e42.value(QStringLiteral("extraction_confidence")).toDouble(), 0.734);
        QCOMPARE(e42.value(QStringLiteral("verified")).toBool(), true);
        const QString report3 = StableId::report(data.reports[0].report.contentHash);
        QCOMPARE(e42.value(QStringLiteral("evidence")).toArray().size(), 2);
        QVERIFY(e42.value(QStringLiteral("evidence")).toArray().contains(QJsonObject{
            {QStringLiteral("report_ref"), report3}, {QStringLiteral("quote"), QStringLiteral("Quoted sentence 42 about the deal.")},
            {QStringLiteral("start"), 5}, {QStringLiteral("end"), 38}}));
        QCOMPARE(e42.value(QStringLiteral("people")).toArray().first().toObject().value(QStringLiteral("role")).toString(), QStringLiteral("chair"));
        // created = the earliest import of a backing report, not the export time.
        QCOMPARE(e42.value(QStringLiteral("created")).toString(), QStringLiteral("2026-01-05T09:33:15.000Z"));
        // The corrected event: its correction with analyst and time, and the flag; modified = the correction.
        const QJsonObject e43 = objects.value(StixObjects::eventId(data.events[1]));
        QCOMPARE(e43.value(QStringLiteral("analyst_edited")).toBool(), true);
        const QJsonObject correction = e43.value(QStringLiteral("corrections")).toArray().first().toObject();
        QCOMPARE(correction.value(QStringLiteral("analyst")).toString(), QStringLiteral("analyst two"));
        QCOMPARE(correction.value(QStringLiteral("old")).toString(), QStringLiteral("Quota set"));
        QCOMPARE(e43.value(QStringLiteral("modified")).toString(), QStringLiteral("2026-03-02T08:15:00.000Z"));
        // Reports: the whole text, published from the document (or the import time, the extension says which),
        // grades, history and confidence.
        const QJsonObject r3 = objects.value(report3);
        QCOMPARE(r3.value(QStringLiteral("description")).toString(), data.reports[0].report.doc.text);
        QVERIFY(r3.value(QStringLiteral("description")).toString().size() > 1200);
        QCOMPARE(r3.value(QStringLiteral("published")).toString(), QStringLiteral("2025-03-01T00:00:00.000Z"));
        const QJsonObject r3x = ext(r3, StixExtensions::reportDefinition());
        QCOMPARE(r3x.value(QStringLiteral("published")).toObject().value(QStringLiteral("precision")).toString(), QStringLiteral("month"));
        QCOMPARE(r3x.value(QStringLiteral("content_hash")).toString(), data.reports[0].report.contentHash);
        QCOMPARE(r3x.value(QStringLiteral("verification")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("verified"));
        QCOMPARE(r3x.value(QStringLiteral("verification")).toObject().value(QStringLiteral("reliability")).toString(), QStringLiteral("B"));
        QCOMPARE(r3x.value(QStringLiteral("verification")).toObject().value(QStringLiteral("note")).toString(), QStringLiteral("matches the filing"));
        QCOMPARE(r3x.value(QStringLiteral("history")).toArray().size(), 1);
        QCOMPARE(r3x.value(QStringLiteral("repairs")).toArray().first().toString(), QStringLiteral("cp874-mojibake: 2 sequences"));
        QCOMPARE(r3.value(QStringLiteral("confidence")).toInt(), 70);
        QCOMPARE(r3.value(QStringLiteral("modified")).toString(), QStringLiteral("2026-02-01T12:00:00.000Z"));
        QCOMPARE(r3.value(QStringLiteral("object_refs")).toArray().size(), 5); // event 42, 2 identities, 2 relationships
        const QJsonObject r4 = objects.value(StableId::report(data.reports[1].report.contentHash));
        QCOMPARE(r4.value(QStringLiteral("published")).toString(), QStringLiteral("2026-01-05T09:34:15.000Z"));
        QVERIFY(!ext(r4, StixExtensions::reportDefinition()).contains(QStringLiteral("published")));
        QVERIFY(!r4.contains(QStringLiteral("confidence")));
        QCOMPARE(r4.value(QStringLiteral("object_refs")).toArray().size(), 7); // both events, 2 identities, 3 relationships
        // A report that backs no event still carries its text; it refers to the author (STIX wants one ref).
        const QJsonObject r5 = objects.value(StableId::report(data.reports[2].report.contentHash));
        QCOMPARE(r5.value(QStringLiteral("object_refs")).toArray(), QJsonArray{StableId::author(QStringLiteral("Northern desk"))});
        QCOMPARE(r5.value(QStringLiteral("description")).toString(), data.reports[2].report.doc.text);
    }

    void stableIds()
    {
        // UUIDv5 (RFC 4122, SHA-1) in our namespace, as Python's uuid.uuid5 computes it.
        QCOMPARE(StableId::organisation(QStringLiteral("baogang-group")), QStringLiteral("identity--93042beb-63f4-5193-8b44-6dc55f8cd77a"));
        QCOMPARE(StableId::report(QStringLiteral("ab").repeated(32)), QStringLiteral("report--e38d5380-2d9e-5c25-af79-2aeef014cc8e"));
        const DateSpan day = DateSpan::day(QDate(2025, 3, 3));
        const QStringList keys{QStringLiteral("baogang-group"), QStringLiteral("auto:lanthanide magnets")};
        const QString id = StableId::event(Category::Partnership, day, keys, QStringLiteral("Smelter signs supply deal with magnet maker, 2025"));
        QCOMPARE(id, QStringLiteral("x-lodestone-event--78db8991-2294-5d05-9783-5809f6be504d"));
        // The same event: organisations in another order, the title in other case, spacing and punctuation.
        QCOMPARE(StableId::event(Category::Partnership, day, {keys[1], keys[0], keys[0]}, QStringLiteral("SMELTER signs supply-deal with magnet maker (2025)")), id);
        // Any other part makes another event.
        QVERIFY(StableId::event(Category::MarketPrice, day, keys, QStringLiteral("Smelter signs supply deal with magnet maker, 2025")) != id);
        QVERIFY(StableId::event(Category::Partnership, DateSpan::month(2025, 3), keys, QStringLiteral("Smelter signs supply deal with magnet maker, 2025")) != id);
        QVERIFY(StableId::event(Category::Partnership, day, {keys[0]}, QStringLiteral("Smelter signs supply deal with magnet maker, 2025")) != id);
        QVERIFY(StableId::event(Category::Partnership, day, keys, QStringLiteral("Smelter signs supply deal with magnet maker, 2026")) != id);
        QCOMPARE(StableId::titleKey(QStringLiteral("Ｂａｏｇａｎｇ’s quota: 2025")), QStringLiteral("baogangsquota2025"));
    }

    void sameContentSameBytes()
    {
        // The order rows come from a database in must not matter: shuffle every list.
        StixBundle::Input a = sampleInput();
        StixBundle::Input b = sampleInput();
        std::mt19937 rng(7);
        std::shuffle(b.data.organisations.begin(), b.data.organisations.end(), rng);
        std::shuffle(b.data.reports.begin(), b.data.reports.end(), rng);
        std::shuffle(b.data.events.begin(), b.data.events.end(), rng);
        for (InterchangeOrganisation& o : b.data.organisations)
            std::reverse(o.org.aliases.begin(), o.org.aliases.end());
        for (InterchangeEvent& e : b.data.events)
            std::reverse(e.evidence.begin(), e.evidence.end());
        QCOMPARE(StixBundle::encode(b), StixBundle::encode(a));
        // Two copies of one event (same content) are one event with the evidence of both.
        StixBundle::Input twice = sampleInput();
        InterchangeEvent copy = twice.data.events[0];
        copy.evidence = {InterchangeEvidence{twice.data.reports[2].report.contentHash, QStringLiteral("Another sentence."), 1, 18}};
        twice.data.events << copy;
        const QJsonObject bundle = StixBundle::build(twice);
        QCOMPARE(ofType(bundle, StableId::eventType()).size(), 2);
        const QJsonObject joined = byId(bundle).value(StixObjects::eventId(copy));
        QCOMPARE(joined.value(QStringLiteral("evidence")).toArray().size(), 3);
    }

    void exporterWritesTheBundle()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bundle.json"));
        const StixBundle::Input in = sampleInput();
        EventExporter::Options options;
        options.interchange = std::make_shared<const InterchangeData>(in.data);
        options.author = in.author;
        options.authorClass = in.authorClass;
        QVERIFY(!EventExporter::write({}, InterchangeFormat::Stix, path, options));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), StixBundle::encode(in));
    }

    void schemaValidation()
    {
        if (!QDir(kStix + QStringLiteral("/schemas")).exists())
            QSKIP("../shared/testdata/stix2/schemas is absent");
        QVERIFY2(!python().isEmpty(), "python3 is not installed: run scripts/setup");
        QTemporaryDir dir;
        auto validate = [&](const QByteArray& bytes, QString* output) {
            const QString path = dir.filePath(QStringLiteral("bundle.json"));
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
                return -1;
            f.close();
            QProcess p;
            p.start(python(), {kData + QStringLiteral("/validate_bundle.py"), kStix + QStringLiteral("/schemas"), path});
            if (!p.waitForFinished(120000))
                return -1;
            *output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
            return p.exitCode();
        };
        QString out;
        const int rc = validate(StixBundle::encode(sampleInput()), &out);
        QVERIFY2(rc != 3, "python3-jsonschema is not installed: run scripts/setup");
        QVERIFY2(rc == 0 && out.trimmed().isEmpty(), qPrintable(out)); // no error and no warning
        // Without an author the bundle is valid too.
        StixBundle::Input anonymous = sampleInput();
        anonymous.author.clear();
        QVERIFY2(validate(StixBundle::encode(anonymous), &out) == 0, qPrintable(out));

        // The checks are not vacuous: a report without `published`, a bad timestamp, a bare custom property, a
        // custom object without its new-sdo extension and an undefined extension are each caught.
        QJsonObject bundle = StixBundle::build(sampleInput());
        QJsonArray objects = bundle.value(QStringLiteral("objects")).toArray();
        for (qsizetype i = 0; i < objects.size(); ++i) {
            QJsonObject o = objects[i].toObject();
            const QString type = o.value(QStringLiteral("type")).toString();
            if (type == u"report") {
                o.remove(QStringLiteral("published"));
                o[QStringLiteral("created")] = QStringLiteral("2026-01-05 09:30:15");
            } else if (type == u"identity" && o.contains(QStringLiteral("extensions"))) {
                o[QStringLiteral("x_lodestone_aliases")] = QJsonArray{QStringLiteral("BG")};
            } else if (type == StableId::eventType()) {
                o.remove(QStringLiteral("extensions"));
            } else if (type == u"relationship") {
                o[QStringLiteral("extensions")] = QJsonObject{{QStringLiteral("extension-definition--0b7b4aa5-56c5-4f83-8b55-4a2ad1b4ed56"),
                                                               QJsonObject{{QStringLiteral("extension_type"), QStringLiteral("property-extension")},
                                                                           {QStringLiteral("weight"), 2}}}};
            }
            objects[i] = o;
        }
        bundle[QStringLiteral("objects")] = objects;
        QCOMPARE(validate(QJsonDocument(bundle).toJson(), &out), 1);
        for (const char* expected : {"published", "created", "custom property 'x_lodestone_aliases' is not declared",
                                     "custom object type 'x-lodestone-event' is not declared",
                                     "extension-definition--0b7b4aa5-56c5-4f83-8b55-4a2ad1b4ed56 is not defined"})
            QVERIFY2(out.contains(QLatin1String(expected)), qPrintable(QLatin1String(expected) + u'\n' + out));
    }

    void lodestoneObjectsReadBack()
    {
        const StixBundle::Input in = sampleInput();
        const ReadResult r = DocumentReader::readBytes(StixBundle::encode(in), QStringLiteral("export.json"));
        QVERIFY2(!r.error, qPrintable(r.error.detail));
        QVERIFY(r.documents.isEmpty()); // nothing to re-extract
        QVERIFY(r.interchange);
        const InterchangeData& back = *r.interchange;
        QCOMPARE(back.reports.size(), in.data.reports.size());
        QCOMPARE(back.events.size(), in.data.events.size());
        QCOMPARE(back.organisations.size(), in.data.organisations.size());
        for (const InterchangeReport& original : in.data.reports) {
            const auto it = std::find_if(back.reports.begin(), back.reports.end(), [&](const InterchangeReport& x) {
                return x.report.contentHash == original.report.contentHash;
            });
            QVERIFY(it != back.reports.end());
            const ParsedDocument& a = original.report.doc;
            const ParsedDocument& b = it->report.doc;
            QCOMPARE(b.text, a.text);
            QCOMPARE(b.title, a.title);
            QCOMPARE(b.url, a.url);
            QCOMPARE(b.publisher, a.publisher);
            QCOMPARE(b.language, a.language);
            QCOMPARE(b.format, a.format);
            QCOMPARE(b.sourceEncoding, a.sourceEncoding);
            QCOMPARE(b.sourcePath, a.sourcePath);
            QCOMPARE(b.repairs, a.repairs);
            QCOMPARE(bool(b.published), bool(a.published));
            if (a.published) {
                QCOMPARE(*b.published, *a.published);
                QCOMPARE(b.published->rule, a.published->rule);
            }
            QCOMPARE(it->report.importedAt, original.report.importedAt);
            QCOMPARE(it->report.verification, original.report.verification);
            QCOMPARE(it->report.verification.at, original.report.verification.at);
            QCOMPARE(it->history.size(), original.history.size());
            QCOMPARE(it->mentions, original.mentions);
        }
        for (const InterchangeEvent& original : in.data.events) {
            const QString id = StixObjects::eventId(original);
            const auto it = std::find_if(back.events.begin(), back.events.end(), [&](const InterchangeEvent& x) { return x.stixId == id; });
            QVERIFY(it != back.events.end());
            QCOMPARE(StixObjects::eventId(*it), id);
            QCOMPARE(it->event.summary, original.event.summary);
            QCOMPARE(it->event.confidence, original.event.confidence);
            QCOMPARE(it->event.date.rule, original.event.date.rule);
            QCOMPARE(it->analystEdited, original.analystEdited);
            QCOMPARE(it->evidence.size(), original.evidence.size());
            QCOMPARE(it->corrections.size(), original.corrections.size());
            for (qsizetype i = 0; i < original.corrections.size(); ++i) {
                QCOMPARE(it->corrections[i].at, original.corrections[i].at);
                QCOMPARE(it->corrections[i].oldValue, original.corrections[i].oldValue);
                QCOMPARE(it->corrections[i].note, original.corrections[i].note);
            }
        }
        const auto zh = std::find_if(back.organisations.begin(), back.organisations.end(),
                                     [](const InterchangeOrganisation& o) { return o.org.key == u"auto:lanthanide magnets"; });
        QVERIFY(zh != back.organisations.end());
        QCOMPARE(zh->org.nameZh, QStringLiteral("镧系磁材"));
        QCOMPARE(zh->org.parentKey, QStringLiteral("baogang-group"));
        QVERIFY(zh->org.autoDetected);
    }

    void brokenLodestoneObjectNamed()
    {
        QJsonObject bundle = StixBundle::build(sampleInput());
        QJsonArray objects = bundle.value(QStringLiteral("objects")).toArray();
        QString eventId;
        for (qsizetype i = 0; i < objects.size(); ++i) {
            QJsonObject o = objects[i].toObject();
            if (o.value(QStringLiteral("type")).toString() == StableId::eventType() && eventId.isEmpty()) {
                o[QStringLiteral("category")] = QStringLiteral("weather");
                eventId = o.value(QStringLiteral("id")).toString();
                objects[i] = o;
            }
        }
        bundle[QStringLiteral("objects")] = objects;
        const ReadResult r = DocumentReader::readBytes(QJsonDocument(bundle).toJson(), QStringLiteral("broken.json"));
        QCOMPARE(r.error.code, ErrorCode::Parse);
        QVERIFY2(r.error.detail.contains(eventId) && r.error.detail.contains(QStringLiteral("unknown category \"weather\"")),
                 qPrintable(r.error.detail));
        QVERIFY(!r.interchange && r.documents.isEmpty());
    }

    void identityBundle()
    {
        const ReadResult r = DocumentReader::readFile(kData + QStringLiteral("/identities-only.json"));
        QVERIFY2(!r.error, qPrintable(r.error.detail));
        QVERIFY(r.documents.isEmpty());
        QVERIFY(r.interchange);
        const QList<InterchangeOrganisation>& orgs = r.interchange->organisations;
        QStringList names;
        for (const InterchangeOrganisation& o : orgs)
            names << (o.org.nameEn.isEmpty() ? o.org.nameZh : o.org.nameEn);
        // The individual and the team that published the list are not organisations of the list.
        QCOMPARE(names, (QStringList{QStringLiteral("Western Magnet Alloys"), QStringLiteral("赣南稀土回收有限公司"),
                                     QStringLiteral("Coastal Separation Works")}));
        const InterchangeOrganisation& first = orgs.first();
        QVERIFY(first.shared);
        QCOMPARE(first.org.key, StixIdentityReader::keyFor(QStringLiteral("Western Magnet Alloys")));
        QCOMPARE(first.org.nameZh, QStringLiteral("西部磁合金")); // a Chinese alias names it in Chinese
        QCOMPARE(first.org.aliases.size(), 1);
        QCOMPARE(first.org.aliases.first().text, QStringLiteral("WMA"));
        QCOMPARE(orgs[1].org.nameZh, QStringLiteral("赣南稀土回收有限公司"));
        QCOMPARE(orgs[2].org.nameZh, QStringLiteral("沿海分离厂")); // x_lodestone_name_zh of older Lodestone exports
        // A single identity without description was "nothing described" before: now it is an organisation.
        const ReadResult one = DocumentReader::readFile(kData + QStringLiteral("/nothing-described.json"));
        QVERIFY2(!one.error, qPrintable(one.error.detail));
        QCOMPARE(one.interchange->organisations.size(), 1);
        QCOMPARE(one.interchange->organisations.first().org.nameEn, QStringLiteral("Unnamed smelter"));
    }

    void importOwnBundles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("code");     // ErrorCode, None when it imports
        QTest::addColumn<QString>("detail"); // in the error, or in the first document's text
        QTest::newRow("report with notes") << "report-with-note.json" << int(ErrorCode::None) << "provincial investment plan";
        QTest::newRow("notes only: summary") << "notes-only.json" << int(ErrorCode::None) << "Licence approvals resumed";
        QTest::newRow("nothing usable") << "nothing-usable.json" << int(ErrorCode::EmptyInput) << "no report, no organisation and no object with a description";
        QTest::newRow("no objects") << "empty-objects.json" << int(ErrorCode::EmptyInput) << "holds no objects";
        QTest::newRow("truncated") << "truncated.json" << int(ErrorCode::Truncated) << "stix bundle: malformed json";
        QTest::newRow("malformed") << "malformed.json" << int(ErrorCode::Parse) << "stix bundle: malformed json";
        QTest::newRow("stix 2.0") << "spec-2.0.json" << int(ErrorCode::Unsupported) << "spec_version 2.0 is not supported";
        QTest::newRow("object 2.2") << "object-spec-2.2.json" << int(ErrorCode::Unsupported) << "spec_version 2.2 is not supported";
    }

    void importOwnBundles()
    {
        QFETCH(QString, file);
        QFETCH(int, code);
        QFETCH(QString, detail);
        const QString path = kData + u'/' + file;
        const ReadResult r = DocumentReader::readFile(path);
        QCOMPARE(int(r.error.code), code);
        if (code != int(ErrorCode::None)) {
            QVERIFY(r.documents.isEmpty());
            QVERIFY2(r.error.detail.contains(detail), qPrintable(r.error.detail));
            QVERIFY2(r.error.detail.contains(path), qPrintable(r.error.detail)); // names the file
            QVERIFY(!r.error.detail.contains(u'\n'));
            return;
        }
        QCOMPARE(r.documents.size(), 1);
        QVERIFY(!r.interchange);
        QCOMPARE(r.documents.first().format, QStringLiteral("stix"));
        QVERIFY2(r.documents.first().text.contains(detail), qPrintable(r.documents.first().text));
    }

    void importReportFields()
    {
        const ReadResult r = DocumentReader::readFile(kData + QStringLiteral("/report-with-note.json"));
        QVERIFY2(!r.error, qPrintable(r.error.detail));
        const ParsedDocument& d = r.documents.first();
        QCOMPARE(d.title, QStringLiteral("Separation plant expansion announced in Baotou"));
        QCOMPARE(d.url, QStringLiteral("https://example.org/minerals/baotou-separation"));
        QCOMPARE(d.publisher, QStringLiteral("Northern Minerals Desk")); // created_by_ref
        QCOMPARE(d.language, QStringLiteral("en"));
        QVERIFY(d.published);
        QCOMPARE(d.published->start, QDate(2026, 2, 16)); // six fraction digits accepted
        QCOMPARE(d.published->precision, Precision::Day);
        QVERIFY(d.text.startsWith(QStringLiteral("On 14 February 2026")));
        QVERIFY(!d.text.contains(QStringLiteral("something else"))); // a note about another object
        QVERIFY(d.sourceId.startsWith(QStringLiteral("report--")));
        // The summary of a bundle without reports: titled by its described objects, relationships left out.
        const ReadResult s = DocumentReader::readFile(kData + QStringLiteral("/notes-only.json"));
        QVERIFY2(!s.error, qPrintable(s.error.detail));
        QCOMPARE(s.documents.first().title, QStringLiteral("Gallium licence review"));
        QVERIFY(s.documents.first().text.contains(QStringLiteral("gallium and germanium")));
        QVERIFY(!s.documents.first().text.contains(QStringLiteral("not summarised")));
        QVERIFY(!s.documents.first().published);
    }

    void notABundle()
    {
        QVERIFY(StixReader::looksLikeStix(QChar(0xFEFF) + QStringLiteral("  {\"objects\": [], \"type\" : \"bundle\"}")));
        QVERIFY(!StixReader::looksLikeStix(QStringLiteral("[{\"type\": \"bundle\"}]")));
        QVERIFY(!StixReader::looksLikeStix(QStringLiteral("{\"title\": \"A list item\", \"text\": \"no stix here\"}")));
        // A lone STIX object is STIX but no bundle: refused, not read as a one-item report list.
        QFile f(kData + QStringLiteral("/not-a-bundle.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(StixReader::looksLikeStix(QString::fromUtf8(bytes)));
        const ReadResult r = DocumentReader::readFile(f.fileName());
        QCOMPARE(r.error.code, ErrorCode::Parse);
        QVERIFY2(r.error.detail.contains(QStringLiteral("not a STIX bundle: the top-level type is \"campaign\"")), qPrintable(r.error.detail));
        QVERIFY(r.error.detail.contains(f.fileName()));
        // JSON report lists still go to the list reader.
        const ReadResult list = DocumentReader::readBytes(R"([{"title": "Quota set", "text": "The quota was set in May."}])", QStringLiteral("list.json"));
        QVERIFY(!list.error);
        QCOMPARE(list.documents.first().format, QStringLiteral("json"));
    }

    void importOfficialExamples_data()
    {
        QTest::addColumn<QString>("file");
        const QDir root(kStix);
        if (!root.exists())
            return;
        for (const QString& sub : {QStringLiteral("examples"), QStringLiteral("examples/threat-reports"), QStringLiteral("cti-documentation-examples")})
            for (const QString& name : QDir(root.filePath(sub)).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
                QFile f(root.filePath(sub + u'/' + name));
                if (f.open(QIODevice::ReadOnly) && f.readAll().contains("\"type\": \"report\""))
                    QTest::newRow(qPrintable(sub + u'/' + name)) << f.fileName();
            }
    }

    void importOfficialExamples()
    {
        if (!QDir(kStix).exists())
            QSKIP("../shared/testdata/stix2 is absent");
        QFETCH(QString, file);
        const ReadResult r = DocumentReader::readFile(file);
        QVERIFY2(!r.error, qPrintable(r.error.detail));
        QCOMPARE(r.documents.size(), 1);
        QVERIFY(!r.interchange); // no Lodestone object, no identity bundle: read as today
        const ParsedDocument& d = r.documents.first();
        QCOMPARE(d.format, QStringLiteral("stix"));
        QVERIFY(!d.title.isEmpty());
        QVERIFY(d.text.size() > 100);
        QVERIFY(d.published && d.published->isValid());
        // The publisher is the name of the identity in created_by_ref, when the report has one.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString expected;
        QString creator;
        const QJsonArray objects = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("objects")).toArray();
        for (const QJsonValue& v : objects)
            if (v.toObject().value(QStringLiteral("type")).toString() == u"report")
                creator = v.toObject().value(QStringLiteral("created_by_ref")).toString();
        for (const QJsonValue& v : objects)
            if (!creator.isEmpty() && v.toObject().value(QStringLiteral("id")).toString() == creator)
                expected = v.toObject().value(QStringLiteral("name")).toString();
        QCOMPARE(d.publisher, expected);
    }

    void officialExampleCount()
    {
        if (!QDir(kStix).exists())
            QSKIP("../shared/testdata/stix2 is absent");
        int withReports = 0;
        for (const QString& sub : {QStringLiteral("examples/threat-reports"), QStringLiteral("cti-documentation-examples")})
            for (const QString& name : QDir(kStix + u'/' + sub).entryList({QStringLiteral("*.json")}, QDir::Files)) {
                const ReadResult r = DocumentReader::readFile(kStix + u'/' + sub + u'/' + name);
                QVERIFY2(!r.error || r.error.code == ErrorCode::EmptyInput, qPrintable(r.error.detail));
                withReports += !r.error && !r.documents.isEmpty() && r.documents.first().sourcePath.contains(QStringLiteral("#report--"));
            }
        QVERIFY(withReports >= 4); // apt1 and poisonivy in both folders
    }

    void manyReportsReadInLinearTime()
    {
        // 4,000 reports, each with a note: every note is found by an index, not by scanning every object per report.
        QJsonArray objects;
        for (int i = 0; i < 4000; ++i) {
            const QString rid = QStringLiteral("report--%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
            objects.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("report")}, {QStringLiteral("spec_version"), QStringLiteral("2.1")},
                                       {QStringLiteral("id"), rid}, {QStringLiteral("name"), QStringLiteral("Report %1").arg(i)},
                                       {QStringLiteral("published"), QStringLiteral("2025-01-02T00:00:00Z")},
                                       {QStringLiteral("description"), QStringLiteral("Body %1.").arg(i)},
                                       {QStringLiteral("object_refs"), QJsonArray{rid}}});
            objects.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("note")}, {QStringLiteral("spec_version"), QStringLiteral("2.1")},
                                       {QStringLiteral("id"), QStringLiteral("note--%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces))},
                                       {QStringLiteral("content"), QStringLiteral("Note on report %1.").arg(i)},
                                       {QStringLiteral("object_refs"), QJsonArray{rid}}});
        }
        const QByteArray bytes = QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("bundle")},
                                                           {QStringLiteral("id"), QStringLiteral("bundle--8e2bd3c5-0f5b-4c51-9d35-1b2b1b9d3f10")},
                                                           {QStringLiteral("objects"), objects}}).toJson();
        const ReadResult r = StixReader::read(bytes, QStringLiteral("many.json"));
        QVERIFY2(!r.error, qPrintable(r.error.detail));
        QCOMPARE(r.documents.size(), 4000);
        QVERIFY(r.documents[1234].text.contains(QStringLiteral("Note on report 1234.")));
        QVERIFY(!r.documents[1234].text.contains(QStringLiteral("Note on report 1235.")));
    }
};

QTEST_GUILESS_MAIN(TestStix)
#include "tst_stix.moc"
