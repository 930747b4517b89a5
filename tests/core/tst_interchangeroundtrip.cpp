// Lodestone bundles between real databases: a database with analysts' work (verifications with history,
// corrections, a rejected event, a merge of organisations, a report without events) exports a bundle; a fresh
// database imports it and exports the same bytes again (nothing normalised: ids, times and order all come from
// the content); importing it again changes nothing; a database that extracted the same reports itself merges the
// bundle into its events instead of doubling them; databases built from the same files in another order name
// the same events alike; a bundle of identities becomes organisations; reports already stored are refused before
// extraction, and a report list is prepared on several threads with the same result.
#include "extract/gazetteer.h"
#include "ingest/importpipeline.h"
#include "interchange/exportsource.h"
#include "interchange/stableid.h"
#include "interchange/stixbundle.h"
#include "service/importer.h"
#include "service/writer.h"
#include "store/correctionstore.h"
#include "store/knownhashes.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <SQLiteCpp/SQLiteCpp.h>

using namespace lodestone;

namespace {

const QString kData = QStringLiteral(LODESTONE_TEST_DATA_DIR);
const QString kStix = QStringLiteral(LODESTONE_SHARED_DIR "/testdata/stix2");

QString fixture(const QString& name)
{
    return kData + QStringLiteral("/interchange/") + name;
}

class Db final {
public:
    Db(const QString& path, std::shared_ptr<const Gazetteer> gazetteer) : m_path(path), m_gazetteer(std::move(gazetteer))
    {
        m_writer = std::make_unique<Writer>(path, m_gazetteer);
        m_ok = !m_writer->start();
    }
    bool ok() const { return m_ok; }
    Writer& writer() { return *m_writer; }
    ImportSummary import(const QStringList& paths) { return Importer(*m_writer, m_gazetteer).run(paths); }
    QByteArray exportStix(const EventFilter& filter = {})
    {
        const ExportPayload payload = m_writer->submit([filter](WriteContext& ctx) {
            return ExportSource::gather(ctx.stores, filter, InterchangeFormat::Stix);
        }).result();
        EventExporter::Options options;
        ExportSource::apply(payload, options);
        options.author = QStringLiteral("Northern desk");
        options.authorClass = QStringLiteral("group");
        return EventExporter::encode({}, InterchangeFormat::Stix, options);
    }
    qint64 count(const char* sqlText)
    {
        return m_writer->submit([sqlText](WriteContext& ctx) { return ctx.db.sql().execAndGet(sqlText).getInt64(); }).result();
    }
    QString text(const char* sqlText)
    {
        return m_writer->submit([sqlText](WriteContext& ctx) {
            return QString::fromStdString(ctx.db.sql().execAndGet(sqlText).getString());
        }).result();
    }

private:
    QString m_path;
    std::shared_ptr<const Gazetteer> m_gazetteer;
    std::unique_ptr<Writer> m_writer;
    bool m_ok = false;
};

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QSet<QString> idsOfType(const QByteArray& bundle, const QString& type)
{
    QSet<QString> out;
    for (const QJsonValue& v : QJsonDocument::fromJson(bundle).object().value(QStringLiteral("objects")).toArray())
        if (v.toObject().value(QStringLiteral("type")).toString() == type)
            out.insert(v.toObject().value(QStringLiteral("id")).toString());
    return out;
}

// What an analyst does in a database, at fixed times: two verifications (one changed again), a disputed report,
// a corrected title and date, a rejected event, an organisation added to an event, and a merge of organisations.
void analystWork(Writer& writer)
{
    writer.submit([](WriteContext& ctx) {
        SQLite::Database& db = ctx.db.sql();
        SQLite::Transaction tx(db);
        const QDateTime t0(QDate(2026, 5, 1), QTime(10, 0), Qt::UTC);
        Verification v;
        v.status = VerificationStatus::Verified;
        v.reliability = QStringLiteral("C");
        v.credibility = 3;
        v.analyst = QStringLiteral("ana");
        v.at = t0;
        ctx.stores.verifications.set(1, v, QStringLiteral("set"));
        v.reliability = QStringLiteral("B");
        v.credibility = 2;
        v.note = QStringLiteral("seen the company's filing");
        v.at = t0.addSecs(3600);
        ctx.stores.verifications.set(1, v, QStringLiteral("set"));
        Verification d;
        d.status = VerificationStatus::Disputed;
        d.analyst = QStringLiteral("bo");
        d.note = QStringLiteral("the date is doubtful");
        d.at = t0.addSecs(7200);
        ctx.stores.verifications.set(2, d, QStringLiteral("set"));

        const QList<Event> events = ctx.stores.events.list(EventFilter{}, {});
        CorrectionStore corrections(db);
        EventCorrection title;
        title.eventId = events.at(0).id;
        title.title = QStringLiteral("Recycling pact signed in Baotou");
        title.date = DateSpan::day(QDate(2025, 3, 11), QStringLiteral("analyst"));
        corrections.correctEvent(title, CorrectionMeta{QStringLiteral("ana"), QStringLiteral("the filing says 11 March"), t0.addSecs(60)});
        corrections.setEventRejected(events.at(1).id, true, CorrectionMeta{QStringLiteral("bo"), QStringLiteral("not a quota"), t0.addSecs(120)});
        const qint64 someOrg = db.execAndGet("SELECT id FROM organisation WHERE key = 'miit'").getInt64();
        EventCorrection add;
        add.eventId = events.at(2).id;
        add.addOrganisations << std::pair{someOrg, QStringLiteral("regulator")};
        corrections.correctEvent(add, CorrectionMeta{QStringLiteral("ana"), QString(), t0.addSecs(180)});
        // Two organisations the reports name become one.
        const qint64 merged = db.execAndGet("SELECT id FROM organisation WHERE key = 'shenghe-resources'").getInt64();
        const qint64 survivor = db.execAndGet("SELECT id FROM organisation WHERE key = 'baogang-group'").getInt64();
        if (merged && survivor)
            corrections.mergeOrganisation(merged, survivor, CorrectionMeta{QStringLiteral("bo"), QStringLiteral("test merge"), t0.addSecs(240)});
        tx.commit();
    }).waitForFinished();
}

const char* const kCounts[] = {
    "SELECT COUNT(*) FROM report",
    "SELECT COUNT(*) FROM event",
    "SELECT COUNT(*) FROM event WHERE rejected = 1",
    "SELECT COUNT(*) FROM event WHERE analyst_edited = 1",
    "SELECT COUNT(*) FROM evidence",
    "SELECT COUNT(*) FROM event_org",
    "SELECT COUNT(*) FROM report_org",
    "SELECT COUNT(*) FROM verification_log",
    "SELECT COUNT(*) FROM verification WHERE status <> 'unverified'",
    "SELECT COUNT(*) FROM correction_log",
    "SELECT COUNT(*) FROM organisation WHERE merged_into IS NOT NULL",
};

} // namespace

class TestInterchangeRoundTrip final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_gazetteer = Gazetteer::bundled();
        QVERIFY(m_gazetteer);
    }

    void roundTripIsLossless()
    {
        QTemporaryDir dir;
        Db first(dir.filePath(QStringLiteral("first.sqlite")), m_gazetteer);
        QVERIFY(first.ok());
        const ImportSummary s = first.import({fixture(QStringLiteral("a-recycling-deal.txt")), fixture(QStringLiteral("b-recycling-follow-up.txt")),
                                              fixture(QStringLiteral("c-plain-note.txt"))});
        QCOMPARE(s.imported, 3);
        QVERIFY2(first.count("SELECT COUNT(*) FROM event") >= 3, "the fixtures state at least three events");
        analystWork(first.writer());
        QCOMPARE(first.count("SELECT COUNT(*) FROM organisation WHERE merged_into IS NOT NULL"), 1);
        const QByteArray bundle = first.exportStix();
        const QString path = dir.filePath(QStringLiteral("first.json"));
        QVERIFY(writeFile(path, bundle));
        // Every report is there, the one without events too, with its whole text.
        QCOMPARE(idsOfType(bundle, QStringLiteral("report")).size(), 3);
        QVERIFY(bundle.contains("Demand for motors keeps growing"));

        Db second(dir.filePath(QStringLiteral("second.sqlite")), m_gazetteer);
        QVERIFY(second.ok());
        const ImportSummary in = second.import({path});
        QCOMPARE(in.failed, 0);
        QCOMPARE(in.imported, 1);
        QCOMPARE(in.results.first().reportIds.size(), 3);
        for (const char* q : kCounts)
            QVERIFY2(second.count(q) == first.count(q), qPrintable(QStringLiteral("%1: %2 vs %3").arg(QLatin1String(q)).arg(second.count(q)).arg(first.count(q))));
        // The histories with analysts and times (row ids differ: compared by content, in time order).
        for (const char* q : {"SELECT group_concat(x, ';') FROM (SELECT r.content_hash || '|' || l.analyst || '|' || l.at || '|' || l.action || '|' "
                              "|| l.status || '|' || l.reliability || l.credibility || '|' || l.note || '|' || l.prev_status AS x "
                              "FROM verification_log l JOIN report r ON r.id = l.report_id ORDER BY l.at, x)",
                              "SELECT group_concat(x, ';') FROM (SELECT analyst || '|' || at || '|' || field || '|' || note || '|' || target AS x "
                              "FROM correction_log ORDER BY at, x)",
                              "SELECT group_concat(x, ';') FROM (SELECT content_hash || '|' || imported_at || '|' || title || '|' || url || '|' || "
                              "publisher || '|' || COALESCE(published_start, '') || published_rule || '|' || source_path AS x FROM report ORDER BY x)",
                              "SELECT group_concat(x, ';') FROM (SELECT o.key || '|' || a.text || '|' || a.language || '|' || "
                              "substr(a.provenance, 1, 6) AS x FROM org_alias a JOIN organisation o ON o.id = a.org_id ORDER BY x)"})
            QCOMPARE(second.text(q), first.text(q));

        // The same bytes back: nothing is normalised, not even the bundle id or a time.
        const QByteArray again = second.exportStix();
        if (again != bundle) {
            QVERIFY(writeFile(dir.filePath(QStringLiteral("second.json")), again));
            QProcess::execute(QStringLiteral("diff"), {path, dir.filePath(QStringLiteral("second.json"))});
        }
        QCOMPARE(again, bundle);

        // Importing it again changes nothing, here or in the first database.
        for (Db* db : {&second, &first}) {
            const ImportSummary re = db->import({path});
            QCOMPARE(re.duplicates, 1);
            QCOMPARE(re.imported, 0);
            QCOMPARE(db->exportStix(), bundle);
        }
        for (const char* q : kCounts)
            QCOMPARE(second.count(q), first.count(q));
    }

    void bundleMergesIntoExtractedEvents()
    {
        QTemporaryDir dir;
        Db first(dir.filePath(QStringLiteral("first.sqlite")), m_gazetteer);
        QVERIFY(first.ok());
        const QStringList files{fixture(QStringLiteral("a-recycling-deal.txt")), fixture(QStringLiteral("b-recycling-follow-up.txt"))};
        first.import(files);
        analystWork(first.writer());
        const QString path = dir.filePath(QStringLiteral("first.json"));
        QVERIFY(writeFile(path, first.exportStix()));
        // Another database extracted the same reports itself: the bundle's events are its events.
        Db other(dir.filePath(QStringLiteral("other.sqlite")), m_gazetteer);
        QVERIFY(other.ok());
        other.import(files);
        const qint64 events = other.count("SELECT COUNT(*) FROM event");
        QCOMPARE(events, first.count("SELECT COUNT(*) FROM event"));
        const ImportSummary in = other.import({path});
        QCOMPARE(in.failed, 0);
        QCOMPARE(in.imported, 1); // new verifications and corrections, no new report
        QCOMPARE(in.results.first().reportIds.size(), 0);
        QCOMPARE(other.count("SELECT COUNT(*) FROM event"), events);
        QCOMPARE(other.count("SELECT COUNT(*) FROM verification_log"), 3);
        QCOMPARE(other.count("SELECT COUNT(*) FROM event WHERE rejected = 1"), 1);
        QCOMPARE(other.text("SELECT title FROM event WHERE analyst_edited = 1 AND rejected = 0 AND title LIKE 'Recycling pact%'"),
                 QStringLiteral("Recycling pact signed in Baotou"));
        QCOMPARE(other.count("SELECT COUNT(*) FROM organisation WHERE merged_into IS NOT NULL"), 1);
        QCOMPARE(idsOfType(other.exportStix(), StableId::eventType()), idsOfType(first.exportStix(), StableId::eventType()));
    }

    void importOrderDoesNotChangeIds()
    {
        QTemporaryDir dir;
        const QString a = fixture(QStringLiteral("a-recycling-deal.txt"));
        const QString b = fixture(QStringLiteral("b-recycling-follow-up.txt"));
        Db ab(dir.filePath(QStringLiteral("ab.sqlite")), m_gazetteer);
        Db ba(dir.filePath(QStringLiteral("ba.sqlite")), m_gazetteer);
        QVERIFY(ab.ok() && ba.ok());
        ab.import({a});
        ab.import({b});
        ba.import({b});
        ba.import({a});
        // The row ids differ between the two databases ...
        QVERIFY(ab.text("SELECT group_concat(id || title, ';') FROM report ORDER BY id") != ba.text("SELECT group_concat(id || title, ';') FROM report ORDER BY id"));
        // ... the bundles' ids do not: the same events, reports, organisations and links.
        const QByteArray x = ab.exportStix();
        const QByteArray y = ba.exportStix();
        for (const QString& type : {StableId::eventType(), QStringLiteral("report"), QStringLiteral("identity"), QStringLiteral("relationship")}) {
            const QSet<QString> left = idsOfType(x, type);
            QVERIFY2(!left.isEmpty(), qPrintable(type));
            QCOMPARE(left, idsOfType(y, type));
        }
        QCOMPARE(ab.count("SELECT COUNT(*) FROM event"), ba.count("SELECT COUNT(*) FROM event"));
    }

    // An undated event (its report has no publication date, its sentence no date) travels with its flag and reason.
    void undatedEventsTravel()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("undated.txt"));
        QVERIFY(writeFile(path, QByteArray("Cooperation pact\n\nShenghe Resources signed a strategic cooperation agreement with "
                                           "China Rare Earth Group.\n")));
        Db first(dir.filePath(QStringLiteral("u1.sqlite")), m_gazetteer);
        QVERIFY(first.ok());
        QCOMPARE(first.import({path}).imported, 1);
        QVERIFY(first.count("SELECT COUNT(*) FROM event WHERE undated = 1") >= 1);
        const QString bundle = dir.filePath(QStringLiteral("u.json"));
        QVERIFY(writeFile(bundle, first.exportStix()));
        Db second(dir.filePath(QStringLiteral("u2.sqlite")), m_gazetteer);
        QVERIFY(second.ok());
        QCOMPARE(second.import({bundle}).failed, 0);
        QCOMPARE(second.count("SELECT COUNT(*) FROM event WHERE undated = 1"), first.count("SELECT COUNT(*) FROM event WHERE undated = 1"));
        QCOMPARE(second.text("SELECT date_rule FROM event WHERE undated = 1 ORDER BY id LIMIT 1"),
                 first.text("SELECT date_rule FROM event WHERE undated = 1 ORDER BY id LIMIT 1"));
        QCOMPARE(second.exportStix(), first.exportStix());
    }

    void identityBundleBecomesOrganisations()
    {
        QTemporaryDir dir;
        Db db(dir.filePath(QStringLiteral("g.sqlite")), m_gazetteer);
        QVERIFY(db.ok());
        const qint64 before = db.count("SELECT COUNT(*) FROM organisation");
        const ImportSummary s = db.import({kData + QStringLiteral("/stix/identities-only.json")});
        QCOMPARE(s.failed, 0);
        QCOMPARE(s.imported, 1);
        QCOMPARE(s.results.first().organisations, 3);
        QCOMPARE(db.count("SELECT COUNT(*) FROM organisation"), before + 3);
        QCOMPARE(db.text("SELECT name_zh FROM organisation WHERE key = 'auto:western magnet alloys'"), QStringLiteral("西部磁合金"));
        QCOMPARE(db.count("SELECT COUNT(*) FROM org_alias a JOIN organisation o ON o.id = a.org_id "
                          "WHERE o.key = 'auto:western magnet alloys' AND a.text IN ('WMA', 'Western Magnet Alloys', '西部磁合金')"), 3);
        QCOMPARE(db.count("SELECT COUNT(*) FROM organisation WHERE name_en = 'Chen Ming' OR name_en = 'Harbour Analytics'"), 0);
        // Again: nothing new.
        const ImportSummary again = db.import({kData + QStringLiteral("/stix/identities-only.json")});
        QCOMPARE(again.duplicates, 1);
        QCOMPARE(db.count("SELECT COUNT(*) FROM organisation"), before + 3);
        // An identity the gazetteer knows by name joins that organisation instead of making a second one.
        const QString known = dir.filePath(QStringLiteral("known.json"));
        QVERIFY(writeFile(known, R"({"type": "bundle", "id": "bundle--6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d", "objects": [
            {"type": "identity", "spec_version": "2.1", "id": "identity--7b8c9d0e-1f2a-4b3c-9d4e-5f6a7b8c9d0e",
             "created": "2026-04-01T08:00:00.000Z", "modified": "2026-04-01T08:00:00.000Z",
             "name": "Baogang Group", "identity_class": "organization", "x_opencti_aliases": ["Baogang the Steelmaker"]}]})"));
        db.import({known});
        QCOMPARE(db.count("SELECT COUNT(*) FROM organisation"), before + 3);
        QCOMPARE(db.count("SELECT COUNT(*) FROM org_alias a JOIN organisation o ON o.id = a.org_id "
                          "WHERE o.key = 'baogang-group' AND a.text = 'Baogang the Steelmaker'"), 1);
    }

    void realBundleValidates()
    {
        if (!QDir(kStix + QStringLiteral("/schemas")).exists())
            QSKIP("../shared/testdata/stix2/schemas is absent");
        QTemporaryDir dir;
        Db db(dir.filePath(QStringLiteral("v.sqlite")), m_gazetteer);
        QVERIFY(db.ok());
        db.import({fixture(QStringLiteral("a-recycling-deal.txt")), fixture(QStringLiteral("b-recycling-follow-up.txt")),
                   fixture(QStringLiteral("c-plain-note.txt"))});
        analystWork(db.writer());
        const QString path = dir.filePath(QStringLiteral("bundle.json"));
        QVERIFY(writeFile(path, db.exportStix()));
        const QString py = QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3") : QStringLiteral("python3");
        QProcess p;
        p.start(py, {kData + QStringLiteral("/stix/validate_bundle.py"), kStix + QStringLiteral("/schemas"), path});
        QVERIFY(p.waitForFinished(120000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        QVERIFY2(p.exitCode() != 3, "python3-jsonschema is not installed: run scripts/setup");
        QVERIFY2(p.exitCode() == 0 && out.trimmed().isEmpty(), qPrintable(out));
    }

    void knownReportsAreNotExtracted()
    {
        QTemporaryDir dir;
        // A report list of twelve reports: prepared on a pool it gives what it gives on one thread.
        QJsonArray list;
        for (int i = 0; i < 12; ++i)
            list.append(QJsonObject{{QStringLiteral("title"), QStringLiteral("Quota note %1").arg(i)},
                                    {QStringLiteral("published"), QStringLiteral("2025-06-18")},
                                    {QStringLiteral("text"), QStringLiteral("On 17 June 2025 the Ministry of Industry and Information Technology set the "
                                                                            "rare earth mining quota for batch %1.").arg(i)}});
        const QString path = dir.filePath(QStringLiteral("list.json"));
        QVERIFY(writeFile(path, QJsonDocument(list).toJson()));
        const PreparedFile one = ImportPipeline::prepare(path, *m_gazetteer);
        QThreadPool pool;
        pool.setMaxThreadCount(3);
        const PreparedFile many = ImportPipeline::prepare(path, *m_gazetteer, PrepareOptions{nullptr, &pool});
        QCOMPARE(many.reports.size(), 12);
        for (qsizetype i = 0; i < one.reports.size(); ++i) {
            QCOMPARE(many.reports[i].hash, one.reports[i].hash);
            QCOMPARE(many.reports[i].events.size(), one.reports[i].events.size());
            QVERIFY(many.reports[i].extracted);
        }
        QVERIFY(!one.reports.first().events.isEmpty());
        // Once stored, the same list is refused before extraction, and the Writer counts it as duplicates.
        Db db(dir.filePath(QStringLiteral("k.sqlite")), m_gazetteer);
        QVERIFY(db.ok());
        QCOMPARE(db.import({path}).imported, 1);
        const KnownHashes known = db.writer().submit([](WriteContext& ctx) { return KnownHashes::load(ctx.db.sql()); }).result();
        QCOMPARE(known.size(), std::size_t(12));
        const PreparedFile again = ImportPipeline::prepare(path, *m_gazetteer, PrepareOptions{&known, &pool});
        for (const PreparedReport& r : again.reports) {
            QVERIFY(!r.extracted);
            QVERIFY(r.events.isEmpty());
        }
        const ImportSummary re = db.import({path});
        QCOMPARE(re.duplicates, 1);
        QCOMPARE(re.results.first().duplicates, 12);
        QCOMPARE(db.count("SELECT COUNT(*) FROM report"), 12);
    }

private:
    std::shared_ptr<const Gazetteer> m_gazetteer;
};

QTEST_GUILESS_MAIN(TestInterchangeRoundTrip)
#include "tst_interchangeroundtrip.moc"
