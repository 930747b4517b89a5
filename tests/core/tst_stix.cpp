// STIX 2.1 interchange: the exported bundle's structure and required properties per object type, stable
// UUIDv5 ids and timestamps, the event filter respected through the stores, the official schemas (when
// python3-jsonschema is installed), and import of bundles (official examples, our own small and broken ones)
// including a Lodestone export read back into the same reports.
#include "db/database.h"
#include "ingest/contenthash.h"
#include "ingest/documentreader.h"
#include "ingest/stixreader.h"
#include "interchange/eventexporter.h"
#include "interchange/stixbundle.h"
#include "interchange/stixsource.h"
#include "query/eventfilter.h"
#include "store/stores.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace lodestone;

namespace {

const QString kData = QStringLiteral(LODESTONE_TEST_DATA_DIR "/stix");
const QString kStix = QStringLiteral(LODESTONE_SHARED_DIR "/testdata/stix2");

const QRegularExpression kId(QStringLiteral("^([a-z][a-z0-9-]+[a-z0-9])--[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
const QRegularExpression kTimestamp(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$"));
const QRegularExpression kPropertyName(QStringLiteral("^[a-z][a-z0-9_]{2,249}$"));

Organisation org(qint64 id, const QString& key, const QString& en, const QString& zh, QStringList aliases)
{
    Organisation o;
    o.id = id;
    o.key = key;
    o.nameEn = en;
    o.nameZh = zh;
    o.kind = QStringLiteral("soe");
    o.country = QStringLiteral("CN");
    for (const QString& a : aliases)
        o.aliases << OrgAlias{a, QStringLiteral("en"), QStringLiteral("gazetteer")};
    return o;
}

Report report(qint64 id, const QString& title, std::optional<DateSpan> published)
{
    Report r;
    r.id = id;
    r.doc.title = title;
    r.doc.text = QStringLiteral("%1.\n\nA smelter in Inner Mongolia agreed a supply deal with a magnet maker on 3 March 2025.").arg(title);
    r.doc.url = QStringLiteral("https://example.org/news/%1").arg(id);
    r.doc.publisher = QStringLiteral("Example Metals Daily");
    r.doc.language = QStringLiteral("en");
    r.doc.published = published;
    r.contentHash = contentHash(r.doc.text);
    r.importedAt = QDateTime(QDate(2026, 1, 5), QTime(9, 30, 15, 250), Qt::UTC).addSecs(id * 60);
    return r;
}

Event event(qint64 id, Category c, QDate day, QList<EventOrgLink> orgs, QList<qint64> reports)
{
    Event e;
    e.id = id;
    e.category = c;
    e.title = QStringLiteral("Event %1 title").arg(id);
    e.summary = QStringLiteral("Summary of event %1.").arg(id);
    e.date = DateSpan::day(day, QStringLiteral("absolute:test"));
    e.confidence = 0.734;
    e.organisations = orgs;
    for (qint64 r : reports) {
        e.reports << EventReportLink{r, VerificationStatus::Unverified};
        e.evidence << Evidence{r, QStringLiteral("Quoted sentence %1 about the deal.").arg(id), 5, 38};
    }
    return e;
}

StixBundle::Input sampleInput()
{
    StixBundle::Input in;
    in.organisations << org(7, QStringLiteral("baogang-group"), QStringLiteral("Baogang Group"), QStringLiteral("包钢集团"),
                            {QStringLiteral("Baotou Steel")})
                     << org(8, QStringLiteral("auto:lanthanide magnets"), QString(), QStringLiteral("镧系磁材"), {});
    Report verified = report(3, QStringLiteral("Smelter signs supply deal"), DateSpan::month(2025, 3, QStringLiteral("meta:test")));
    verified.verification.status = VerificationStatus::Verified;
    verified.verification.reliability = QStringLiteral("B");
    verified.verification.credibility = 2;
    verified.verification.analyst = QStringLiteral("analyst one");
    verified.verification.at = QDateTime(QDate(2026, 2, 1), QTime(12, 0), Qt::UTC);
    in.reports << verified << report(4, QStringLiteral("Undated follow-up"), std::nullopt)
               << report(5, QStringLiteral("Report of another event only"), DateSpan::day(QDate(2024, 6, 30)));
    in.events << event(42, Category::Partnership, QDate(2025, 3, 3),
                       {EventOrgLink{7, QStringLiteral("Baogang Group"), QStringLiteral("包钢集团"), QStringLiteral("actor")},
                        EventOrgLink{8, QString(), QStringLiteral("镧系磁材"), QStringLiteral("partner")}},
                       {3, 4})
              << event(43, Category::ProductionQuota, QDate(2025, 4, 1),
                       {EventOrgLink{7, QStringLiteral("Baogang Group"), QStringLiteral("包钢集团"), QStringLiteral("subject")}}, {4});
    in.events[0].reports[0].status = VerificationStatus::Verified;
    in.exportedAt = QDateTime(QDate(2026, 11, 30), QTime(6, 0), Qt::UTC);
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

// No null and no empty array anywhere (the schemas' custom-property rule and minItems 1).
bool noNullOrEmpty(const QJsonValue& v, QString* where)
{
    if (v.isNull() || (v.isArray() && v.toArray().isEmpty())) {
        return false;
    }
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

QString python()
{
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
        QCOMPARE(ofType(bundle, QStringLiteral("report")).size(), 2); // report 5 backs no exported event
        QCOMPARE(ofType(bundle, QStringLiteral("identity")).size(), 2);
        QCOMPARE(ofType(bundle, StixBundle::eventType()).size(), 2);
        QCOMPARE(ofType(bundle, QStringLiteral("relationship")).size(), 3);
        QCOMPARE(objects.size(), 9);
        for (const QJsonObject& o : objects) {
            const QString id = o.value(QStringLiteral("id")).toString();
            const auto m = kId.match(id);
            QVERIFY2(m.hasMatch(), qPrintable(id));
            QCOMPARE(m.captured(1), o.value(QStringLiteral("type")).toString());
            QCOMPARE(o.value(QStringLiteral("spec_version")).toString(), QStringLiteral("2.1"));
            for (const char* key : {"created", "modified"})
                QVERIFY2(kTimestamp.match(o.value(QLatin1String(key)).toString()).hasMatch(), qPrintable(id + u' ' + QLatin1String(key)));
            QVERIFY(o.value(QStringLiteral("modified")).toString() >= o.value(QStringLiteral("created")).toString());
            QString where;
            QVERIFY2(noNullOrEmpty(o, &where), qPrintable(id + u' ' + where));
            for (auto it = o.begin(); it != o.end(); ++it)
                QVERIFY2(kPropertyName.match(it.key()).hasMatch() || it.key() == u"id", qPrintable(it.key()));
            if (o.contains(QStringLiteral("confidence"))) {
                const int c = o.value(QStringLiteral("confidence")).toInt(-1);
                QVERIFY(c >= 0 && c <= 100);
            }
        }
        for (const QJsonObject& r : ofType(bundle, QStringLiteral("report"))) {
            for (const char* key : {"name", "published", "object_refs"})
                QVERIFY2(r.contains(QLatin1String(key)), key);
            QVERIFY(kTimestamp.match(r.value(QStringLiteral("published")).toString()).hasMatch());
            QVERIFY(!r.value(QStringLiteral("report_types")).toArray().contains(QStringLiteral("threat-report")));
            for (const QJsonValue& ref : r.value(QStringLiteral("object_refs")).toArray())
                QVERIFY2(objects.contains(ref.toString()), qPrintable(ref.toString()));
            const QJsonObject ext = r.value(QStringLiteral("external_references")).toArray().first().toObject();
            QVERIFY(ext.value(QStringLiteral("url")).toString().startsWith(QStringLiteral("https://example.org/news/")));
            QVERIFY(!ext.value(QStringLiteral("source_name")).toString().isEmpty());
        }
        for (const QJsonObject& i : ofType(bundle, QStringLiteral("identity"))) {
            QVERIFY(!i.value(QStringLiteral("name")).toString().isEmpty());
            QCOMPARE(i.value(QStringLiteral("identity_class")).toString(), QStringLiteral("organization"));
        }
        for (const QJsonObject& rel : ofType(bundle, QStringLiteral("relationship"))) {
            QCOMPARE(rel.value(QStringLiteral("relationship_type")).toString(), QStringLiteral("related-to"));
            QCOMPARE(objects.value(rel.value(QStringLiteral("source_ref")).toString()).value(QStringLiteral("type")).toString(),
                     StixBundle::eventType());
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
        // Identity: bilingual names and aliases.
        const QJsonObject baogang = objects.value(StixBundle::objectId(QStringLiteral("identity"), QStringLiteral("organisation:baogang-group")));
        QCOMPARE(baogang.value(QStringLiteral("name")).toString(), QStringLiteral("Baogang Group"));
        QCOMPARE(baogang.value(QStringLiteral("x_lodestone_name_zh")).toString(), QStringLiteral("包钢集团"));
        QCOMPARE(baogang.value(QStringLiteral("x_lodestone_aliases")).toArray(),
                 (QJsonArray{QStringLiteral("包钢集团"), QStringLiteral("Baotou Steel")}));
        const QJsonObject zhOnly = objects.value(StixBundle::objectId(QStringLiteral("identity"), QStringLiteral("organisation:auto:lanthanide magnets")));
        QCOMPARE(zhOnly.value(QStringLiteral("name")).toString(), QStringLiteral("镧系磁材"));
        QVERIFY(!zhOnly.contains(QStringLiteral("x_lodestone_aliases")));
        // Event: span, precision, category, confidence, evidence pointing at the report object.
        const QJsonObject e42 = objects.value(StixBundle::objectId(StixBundle::eventType(), QStringLiteral("event:42")));
        QCOMPARE(e42.value(QStringLiteral("first_seen")).toString(), QStringLiteral("2025-03-03T00:00:00.000Z"));
        QCOMPARE(e42.value(QStringLiteral("last_seen")).toString(), QStringLiteral("2025-03-03T23:59:59.999Z"));
        QCOMPARE(e42.value(QStringLiteral("date_precision")).toString(), QStringLiteral("day"));
        QCOMPARE(e42.value(QStringLiteral("category")).toString(), QStringLiteral("partnership"));
        QCOMPARE(e42.value(QStringLiteral("confidence")).toInt(), 73);
        QCOMPARE(e42.value(QStringLiteral("verified")).toBool(), true);
        const QString report3 = StixBundle::objectId(QStringLiteral("report"), QStringLiteral("report:") + in.reports[0].contentHash);
        QCOMPARE(e42.value(QStringLiteral("evidence")).toArray().first().toObject().value(QStringLiteral("report_ref")).toString(), report3);
        // created = the earliest import of a backing report, not the export time.
        QCOMPARE(e42.value(QStringLiteral("created")).toString(), QStringLiteral("2026-01-05T09:33:15.250Z"));
        // Reports: published from the document, or the import time said so; grades and confidence.
        const QJsonObject r3 = objects.value(report3);
        QCOMPARE(r3.value(QStringLiteral("published")).toString(), QStringLiteral("2025-03-01T00:00:00.000Z"));
        QCOMPARE(r3.value(QStringLiteral("x_lodestone_published_source")).toString(), QStringLiteral("document"));
        QCOMPARE(r3.value(QStringLiteral("x_lodestone_published_precision")).toString(), QStringLiteral("month"));
        QCOMPARE(r3.value(QStringLiteral("x_lodestone_verification_status")).toString(), QStringLiteral("verified"));
        QCOMPARE(r3.value(QStringLiteral("x_lodestone_reliability")).toString(), QStringLiteral("B"));
        QCOMPARE(r3.value(QStringLiteral("x_lodestone_credibility")).toInt(), 2);
        QCOMPARE(r3.value(QStringLiteral("confidence")).toInt(), 70);
        QCOMPARE(r3.value(QStringLiteral("modified")).toString(), QStringLiteral("2026-02-01T12:00:00.000Z"));
        QCOMPARE(r3.value(QStringLiteral("object_refs")).toArray().size(), 5); // event 42, 2 identities, 2 relationships
        const QJsonObject r4 = objects.value(StixBundle::objectId(QStringLiteral("report"), QStringLiteral("report:") + in.reports[1].contentHash));
        QCOMPARE(r4.value(QStringLiteral("published")).toString(), QStringLiteral("2026-01-05T09:34:15.250Z"));
        QCOMPARE(r4.value(QStringLiteral("x_lodestone_published_source")).toString(), QStringLiteral("import-time"));
        QVERIFY(!r4.contains(QStringLiteral("confidence")));
        QCOMPARE(r4.value(QStringLiteral("object_refs")).toArray().size(), 7); // both events, 2 identities, 3 relationships
    }

    void deterministicIds()
    {
        // UUIDv5 (RFC 4122, SHA-1) in our namespace, as Python's uuid.uuid5 computes it.
        QCOMPARE(StixBundle::objectId(QStringLiteral("identity"), QStringLiteral("organisation:baogang-group")),
                 QStringLiteral("identity--93042beb-63f4-5193-8b44-6dc55f8cd77a"));
        StixBundle::Input a = sampleInput();
        StixBundle::Input b = sampleInput();
        b.exportedAt = b.exportedAt.addDays(3); // only a fallback: every time here is known
        std::reverse(b.events.begin(), b.events.end());
        std::reverse(b.reports.begin(), b.reports.end());
        QCOMPARE(StixBundle::encode(a), StixBundle::encode(b));
        // Another event set: another bundle id, same ids for the shared objects.
        b.events.removeLast();
        const QJsonObject ba = StixBundle::build(a), bb = StixBundle::build(b);
        QVERIFY(ba.value(QStringLiteral("id")) != bb.value(QStringLiteral("id")));
        const QString e43 = StixBundle::objectId(StixBundle::eventType(), QStringLiteral("event:43"));
        QVERIFY(byId(ba).contains(e43) && byId(bb).contains(e43));
        // Timestamps: UTC with milliseconds whatever the input's zone.
        QCOMPARE(StixBundle::timestamp(QDateTime(QDate(2025, 1, 2), QTime(8, 0, 0, 7), QTimeZone(3600 * 8))),
                 QStringLiteral("2025-01-02T00:00:00.007Z"));
        QCOMPARE(StixBundle::confidenceFromCredibility(1), 90);
        QCOMPARE(StixBundle::confidenceFromCredibility(6), -1);
        QCOMPARE(StixBundle::confidenceFromCredibility(0), -1);
    }

    void emptyExport()
    {
        StixBundle::Input in;
        in.exportedAt = QDateTime::currentDateTimeUtc();
        const QJsonObject bundle = StixBundle::build(in);
        QCOMPARE(bundle.value(QStringLiteral("type")).toString(), QStringLiteral("bundle"));
        QVERIFY(!bundle.contains(QStringLiteral("objects"))); // minItems 1 when present
    }

    void exporterWritesStix()
    {
        QVERIFY(EventExporter::isAvailable(InterchangeFormat::Stix));
        QCOMPARE(EventExporter::formatFromKey(QStringLiteral("STIX")), InterchangeFormat::Stix);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bundle.json"));
        const StixBundle::Input in = sampleInput();
        EventExporter::Options options;
        options.organisations = in.organisations;
        options.reports = in.reports;
        options.exportedAt = in.exportedAt;
        QVERIFY(!EventExporter::write(in.events, InterchangeFormat::Stix, path, options));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), StixBundle::encode(in));
    }

    // Through a real database: the filter picks events, StixSource fetches their organisations and reports.
    void filterThroughStores()
    {
        QTemporaryDir dir;
        Error error;
        auto db = Database::open(dir.filePath(QStringLiteral("s.sqlite")), Database::Mode::ReadWrite, &error);
        QVERIFY2(db, qPrintable(error.detail));
        Stores s(*db);
        auto addReport = [&](const QString& title, const QString& text) {
            ParsedDocument d;
            d.title = title;
            d.text = text;
            d.url = QStringLiteral("https://example.org/") + title.left(4);
            d.language = QStringLiteral("en");
            d.format = QStringLiteral("text");
            d.published = DateSpan::day(QDate(2025, 5, 6), QStringLiteral("meta"));
            return s.reports.insert(d, contentHash(d.text), QDateTime::currentDateTimeUtc());
        };
        const qint64 r1 = addReport(QStringLiteral("Quota report"), QStringLiteral("The ministry set the mining quota in May 2025."));
        const qint64 r2 = addReport(QStringLiteral("Deal report"), QStringLiteral("Two firms signed a recycling partnership in June 2025."));
        QHash<QString, qint64> ids;
        ids.insert(QStringLiteral("auto:ministry"), s.orgs.idFor(OrgMention{QStringLiteral("auto:ministry"), QStringLiteral("Ministry"), 0, 0, true}));
        ids.insert(QStringLiteral("auto:firm"), s.orgs.idFor(OrgMention{QStringLiteral("auto:firm"), QStringLiteral("Firm"), 0, 0, true}));
        auto extracted = [](Category c, QDate day, const QString& orgKey, const QString& quote) {
            ExtractedEvent e;
            e.category = c;
            e.title = quote.left(30);
            e.date = DateSpan::day(day, QStringLiteral("test"));
            e.organisations << EventOrgRole{orgKey, QStringLiteral("actor")};
            e.evidence = Evidence{0, quote, 0, static_cast<int>(quote.size())};
            e.confidence = 0.9;
            return e;
        };
        s.events.store(r1, extracted(Category::ProductionQuota, QDate(2025, 5, 6), QStringLiteral("auto:ministry"),
                                     QStringLiteral("The ministry set the mining quota in May 2025.")), ids);
        s.events.store(r2, extracted(Category::Partnership, QDate(2025, 6, 1), QStringLiteral("auto:firm"),
                                     QStringLiteral("Two firms signed a recycling partnership in June 2025.")), ids);
        EventFilter filter;
        filter.categories = {Category::Partnership};
        const QList<Event> events = s.events.list(filter, {});
        QCOMPARE(events.size(), 1);
        const QJsonObject bundle = StixBundle::build(StixSource::gather(s, events, QDateTime::currentDateTimeUtc()));
        const auto reports = ofType(bundle, QStringLiteral("report"));
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reports.first().value(QStringLiteral("name")).toString(), QStringLiteral("Deal report"));
        QCOMPARE(reports.first().value(QStringLiteral("x_lodestone_report_id")).toInteger(), r2);
        QCOMPARE(reports.first().value(QStringLiteral("published")).toString(), QStringLiteral("2025-05-06T00:00:00.000Z"));
        const auto identities = ofType(bundle, QStringLiteral("identity"));
        QCOMPARE(identities.size(), 1);
        QCOMPARE(identities.first().value(QStringLiteral("x_lodestone_key")).toString(), QStringLiteral("auto:firm"));
        QCOMPARE(ofType(bundle, StixBundle::eventType()).size(), 1);
    }

    void schemaValidation()
    {
        if (!QDir(kStix + QStringLiteral("/schemas")).exists())
            QSKIP("../shared/testdata/stix2/schemas is absent");
        if (python().isEmpty())
            QSKIP("python3 is not installed");
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
        if (rc == 3)
            QSKIP("python3 jsonschema >= 4.18 with referencing is not installed (Debian 12 ships 4.10)");
        QVERIFY2(rc == 0, qPrintable(out));
        // The validator is not vacuous: a report without `published` and a bad timestamp are caught.
        QJsonObject bundle = StixBundle::build(sampleInput());
        QJsonArray objects = bundle.value(QStringLiteral("objects")).toArray();
        QJsonObject first = objects.first().toObject();
        first.remove(QStringLiteral("published"));
        first[QStringLiteral("created")] = QStringLiteral("2026-01-05 09:30:15");
        objects[0] = first;
        bundle[QStringLiteral("objects")] = objects;
        QCOMPARE(validate(QJsonDocument(bundle).toJson(), &out), 1);
        QVERIFY2(out.contains(QStringLiteral("published")), qPrintable(out));
    }

    void importOwnBundles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("code");     // ErrorCode, None when it imports
        QTest::addColumn<QString>("detail"); // in the error, or in the first document's text
        QTest::newRow("report with notes") << "report-with-note.json" << int(ErrorCode::None) << "provincial investment plan";
        QTest::newRow("notes only: summary") << "notes-only.json" << int(ErrorCode::None) << "Licence approvals resumed";
        QTest::newRow("nothing described") << "nothing-described.json" << int(ErrorCode::EmptyInput) << "no report and no object with a description";
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
                withReports += !r.error && r.documents.first().sourcePath.contains(QStringLiteral("#report--"));
            }
        QVERIFY(withReports >= 4); // apt1 and poisonivy in both folders
    }

    void roundTrip()
    {
        const StixBundle::Input in = sampleInput();
        const ReadResult r = DocumentReader::readBytes(StixBundle::encode(in), QStringLiteral("export.json"));
        QVERIFY2(!r.error, qPrintable(r.error.detail));
        QCOMPARE(r.documents.size(), 2);
        for (const ParsedDocument& d : r.documents) {
            const auto original = std::find_if(in.reports.begin(), in.reports.end(), [&](const Report& x) { return x.doc.title == d.title; });
            QVERIFY2(original != in.reports.end(), qPrintable(d.title));
            QCOMPARE(d.url, original->doc.url);
            QCOMPARE(d.publisher, original->doc.publisher);
            QCOMPARE(d.language, original->doc.language);
            QCOMPARE(d.format, QStringLiteral("stix"));
            QCOMPARE(bool(d.published), bool(original->doc.published));
            if (d.published)
                QCOMPARE(*d.published, *original->doc.published); // start, end and precision
            QVERIFY(d.text.contains(QStringLiteral("Quoted sentence"))); // evidence of its events
        }
    }
};

QTEST_GUILESS_MAIN(TestStix)
#include "tst_stix.moc"
