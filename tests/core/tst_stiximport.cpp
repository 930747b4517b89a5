// Reading STIX 2.1 bundles without a database: Lodestone objects read back as they were, a broken object named,
// bundles of identities read as organisations, and other bundles (official examples, our own small and broken
// ones, a bundle of thousands of reports in linear time). Writing them is tst_stix.
#include "stixsample.h"

using namespace lodestone;
using namespace stixtest;

class TestStixImport final : public QObject {
    Q_OBJECT

private slots:
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

QTEST_GUILESS_MAIN(TestStixImport)
#include "tst_stiximport.moc"
