// STIX 2.1 export without a database: the bundle's structure, declared extensions and required properties,
// content-derived ids (the same content gives the same id and the same bytes, other content another id), and
// validation against the OASIS schemas plus the validator's custom-content rules (python3-jsonschema, as
// scripts/setup installs it). Reading bundles back is tst_stiximport.
#include "stixsample.h"

using namespace lodestone;
using namespace stixtest;

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
};

QTEST_GUILESS_MAIN(TestStix)
#include "tst_stix.moc"
