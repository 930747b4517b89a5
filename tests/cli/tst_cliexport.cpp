// End-to-end tests of `lodestone export`, `export-chart`, `export-timeline` and `export-briefing`: the real
// executable writes CSV, JSON, TimelineJS, STIX 2.1 (and imports it back), PNG/SVG/PDF charts, the timeline
// and the briefing PDF from a temporary database; usage errors exit 2.
#include <QCryptographicHash>
#include <QHash>
#include <QImage>
#include <QSet>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>
#include <SQLiteCpp/Database.h>
#include <algorithm>

#include "clirunner.h"

using namespace clitest;

class CliExportTest final : public QObject, private CliDb {
    Q_OBJECT


private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(kBinary), qPrintable(kBinary));
    }

    void init()
    {
        m_dir = new QTemporaryDir;
        QVERIFY(m_dir->isValid());
        m_db = m_dir->filePath(QStringLiteral("lodestone.sqlite"));
    }

    void cleanup()
    {
        delete m_dir;
        m_dir = nullptr;
    }
    // STIX end to end: the bundle holds every report (with or without events), re-exports are identical, and
    // importing it into a fresh database gives the same reports (title, url, published, verification) back,
    // which export the same bytes again.
    void exportStixRoundTrip()
    {
        QCOMPARE(importGood().size(), 2);
        // A report list with URL, publisher and a published date, and one verified report with grades.
        const QString list = m_dir->filePath(QStringLiteral("list.json"));
        const QByteArray listJson = "[{\"title\": \"Recycling deal signed in Ganzhou\", \"url\": \"https://example.org/ganzhou-recycling\", "
                                    "\"publisher\": \"Example Metals Daily\", \"published\": \"2025-06-18\", \"text\": \"On 17 June 2025 "
                                    "Northern Rare Earth and Shenghe Resources signed a cooperation agreement on magnet recycling in Ganzhou.\"}]";
        QVERIFY(writeFile(list, listJson));
        RunResult r = cli({QStringLiteral("import"), list});
        QVERIFY2(r.code == 0, qPrintable(dump(r)));
        r = cli({QStringLiteral("verify"), QStringLiteral("1"), QStringLiteral("--status"), QStringLiteral("verified"),
                 QStringLiteral("--reliability"), QStringLiteral("B"), QStringLiteral("--credibility"), QStringLiteral("2")});
        QVERIFY2(r.code == 0, qPrintable(dump(r)));
        r = cli({QStringLiteral("reports"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QHash<QString, QJsonObject> original; // every report, by title
        QString verifiedTitle;
        for (const QJsonValue& v : r.json().array()) {
            original.insert(v.toObject().value(QStringLiteral("title")).toString(), v.toObject());
            if (v.toObject().value(QStringLiteral("id")).toInt() == 1)
                verifiedTitle = v.toObject().value(QStringLiteral("title")).toString();
        }
        QVERIFY(original.size() >= 3);

        const QString out = m_dir->filePath(QStringLiteral("bundle.json"));
        r = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("stix"), QStringLiteral("--out"), out,
                 QStringLiteral("--author"), QStringLiteral("Test desk"), QStringLiteral("--author-class"), QStringLiteral("group")});
        QVERIFY2(r.code == 0, qPrintable(dump(r)));
        QVERIFY2(r.outText().contains(QStringLiteral("(stix)")), qPrintable(r.outText()));
        const QByteArray first = sha256(out);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject bundle = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        QCOMPARE(bundle.value(QStringLiteral("type")).toString(), QStringLiteral("bundle"));
        QHash<QString, int> types;
        QSet<QString> names;
        QString author;
        for (const QJsonValue& v : bundle.value(QStringLiteral("objects")).toArray()) {
            const QJsonObject o = v.toObject();
            ++types[o.value(QStringLiteral("type")).toString()];
            QCOMPARE(o.value(QStringLiteral("spec_version")).toString(), QStringLiteral("2.1"));
            if (o.value(QStringLiteral("name")).toString() == u"Test desk") {
                author = o.value(QStringLiteral("id")).toString();
                QCOMPARE(o.value(QStringLiteral("identity_class")).toString(), QStringLiteral("group"));
            }
            if (o.value(QStringLiteral("type")).toString() == u"report") {
                names.insert(o.value(QStringLiteral("name")).toString());
                QCOMPARE(o.value(QStringLiteral("created_by_ref")).toString(), author); // the author comes before the reports
                const QJsonObject x = o.value(QStringLiteral("extensions")).toObject().begin()->toObject();
                const QJsonObject verification = x.value(QStringLiteral("verification")).toObject();
                const bool verified = o.value(QStringLiteral("name")).toString() == verifiedTitle;
                QCOMPARE(verification.value(QStringLiteral("status")).toString(), verified ? QStringLiteral("verified") : QStringLiteral("unverified"));
                QCOMPARE(o.value(QStringLiteral("confidence")).toInt(-1), verified ? 70 : -1); // admiralty 2
                QCOMPARE(verification.value(QStringLiteral("reliability")).toString(), verified ? QStringLiteral("B") : QString());
                QCOMPARE(o.value(QStringLiteral("description")).toString().isEmpty(), false);
            }
        }
        QVERIFY(!author.isEmpty());
        QCOMPARE(names, QSet<QString>(original.keyBegin(), original.keyEnd()));
        const RunResult events = cli({QStringLiteral("events"), QStringLiteral("--json")});
        QCOMPARE(types.value(QStringLiteral("x-lodestone-event")), events.json().array().size());
        QCOMPARE(types.value(QStringLiteral("extension-definition")), 3);
        QVERIFY(types.value(QStringLiteral("identity")) > 0);
        QVERIFY(types.value(QStringLiteral("relationship")) > 0);

        // Stable: the same database exports the same bytes; another author changes only who created it.
        const QString other = m_dir->filePath(QStringLiteral("other.json"));
        r = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("stix"), QStringLiteral("--out"), other});
        QVERIFY2(r.code == 0, qPrintable(dump(r)));
        QVERIFY(sha256(other) != first);
        r = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("stix"), QStringLiteral("--out"), out,
                 QStringLiteral("--author"), QStringLiteral("Test desk"), QStringLiteral("--author-class"), QStringLiteral("group")});
        QVERIFY2(r.code == 0, qPrintable(dump(r)));
        QCOMPARE(sha256(out), first);

        // The filter applies: one category only.
        const QString category = events.json().array().first().toObject().value(QStringLiteral("category")).toString();
        qsizetype inCategory = 0;
        for (const QJsonValue& v : events.json().array())
            inCategory += v.toObject().value(QStringLiteral("category")).toString() == category;
        const QString filtered = m_dir->filePath(QStringLiteral("filtered.json"));
        r = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("stix"), QStringLiteral("--out"), filtered,
                 QStringLiteral("--category"), category});
        QVERIFY2(r.code == 0, qPrintable(dump(r)));
        QFile ff(filtered);
        QVERIFY(ff.open(QIODevice::ReadOnly));
        qsizetype exported = 0;
        for (const QJsonValue& v : QJsonDocument::fromJson(ff.readAll()).object().value(QStringLiteral("objects")).toArray())
            if (v.toObject().value(QStringLiteral("type")).toString() == u"x-lodestone-event") {
                ++exported;
                QCOMPARE(v.toObject().value(QStringLiteral("category")).toString(), category);
            }
        QCOMPARE(exported, inCategory);

        // Round trip into a fresh database: the same reports, nothing re-extracted, the same bytes out.
        const QString fresh = m_dir->filePath(QStringLiteral("fresh.sqlite"));
        r = run({QStringLiteral("import"), QStringLiteral("--json"), out, QStringLiteral("--db"), fresh});
        QVERIFY2(r.code == 0, qPrintable(dump(r)));
        QCOMPARE(r.json().object().value(QStringLiteral("results")).toArray().first().toObject().value(QStringLiteral("report_ids")).toArray().size(),
                 original.size());
        r = run({QStringLiteral("reports"), QStringLiteral("--json"), QStringLiteral("--db"), fresh});
        QCOMPARE(r.code, 0);
        const QJsonArray back = r.json().array();
        QCOMPARE(back.size(), original.size());
        bool dated = false;
        for (const QJsonObject& o : std::as_const(original))
            dated = dated || (!o.value(QStringLiteral("url")).toString().isEmpty() && !o.value(QStringLiteral("published")).isNull());
        QVERIFY(dated); // the round trip below compares a real URL and date
        for (const QJsonValue& v : back) {
            const QJsonObject b = v.toObject();
            const QString title = b.value(QStringLiteral("title")).toString();
            QVERIFY2(original.contains(title), qPrintable(title));
            for (const char* key : {"url", "published", "published_precision", "language", "publisher", "status", "reliability",
                                    "credibility", "events", "imported_at"})
                QVERIFY2(b.value(QLatin1String(key)) == original.value(title).value(QLatin1String(key)),
                         qPrintable(QStringLiteral("%1 %2: %3 vs %4").arg(title, QLatin1String(key),
                             b.value(QLatin1String(key)).toVariant().toString(),
                             original.value(title).value(QLatin1String(key)).toVariant().toString())));
        }
        const RunResult backEvents = run({QStringLiteral("events"), QStringLiteral("--json"), QStringLiteral("--db"), fresh});
        QCOMPARE(backEvents.json().array().size(), events.json().array().size());
        const QString again = m_dir->filePath(QStringLiteral("again.json"));
        r = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("stix"), QStringLiteral("--out"), again,
                 QStringLiteral("--db"), fresh, QStringLiteral("--author"), QStringLiteral("Test desk"), QStringLiteral("--author-class"),
                 QStringLiteral("group")});
        QVERIFY2(r.code == 0, qPrintable(dump(r)));
        QCOMPARE(sha256(again), first);
    }

    void exportStixAuthorClassChecked()
    {
        QCOMPARE(importGood().size(), 2);
        const RunResult r = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("stix"), QStringLiteral("--out"),
                                 m_dir->filePath(QStringLiteral("b.json")), QStringLiteral("--author-class"), QStringLiteral("robot")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.errText().contains(QStringLiteral("unknown author class \"robot\"")), qPrintable(r.errText()));
    }

    void importBrokenStixNamesFile()
    {
        const QString bad = m_dir->filePath(QStringLiteral("old.json"));
        const QByteArray oldBundle = "{\"type\": \"bundle\", \"id\": \"bundle--1f2a3b4c-5d6e-4f7a-9b8c-9d0e1f2a3b4c\", "
                                     "\"spec_version\": \"2.0\", \"objects\": []}";
        QVERIFY(writeFile(bad, oldBundle));
        const RunResult r = cli({QStringLiteral("import"), bad});
        QCOMPARE(r.code, 1);
        // One line names the file and the reason.
        bool named = false;
        for (const QString& line : r.errText().split(u'\n', Qt::SkipEmptyParts))
            named = named || (line.contains(QStringLiteral("old.json")) && line.contains(QStringLiteral("spec_version 2.0")));
        QVERIFY2(named, qPrintable(dump(r)));
    }

    void exportUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("export without format") << QStringList{"export", "--out", "x.csv"};
        QTest::newRow("export unknown format") << QStringList{"export", "--format", "xml", "--out", "x.xml"};
        QTest::newRow("export without out") << QStringList{"export", "--format", "csv"};
        QTest::newRow("export bad date") << QStringList{"export", "--format", "csv", "--out", "x.csv", "--from", "2024-13-01"};
        QTest::newRow("chart without name") << QStringList{"export-chart", "--format", "png", "--out", "x.png"};
        QTest::newRow("chart unknown") << QStringList{"export-chart", "--chart", "pie", "--format", "png", "--out", "x.png"};
        QTest::newRow("chart bad format") << QStringList{"export-chart", "--chart", "events-by-category", "--format", "gif", "--out", "x.gif"};
        QTest::newRow("chart bad width") << QStringList{"export-chart", "--chart", "events-by-category", "--out", "x.png", "--width", "abc"};
        QTest::newRow("chart tiny height") << QStringList{"export-chart", "--chart", "events-by-category", "--out", "x.png", "--height", "3"};
        QTest::newRow("chart bad bucket") << QStringList{"export-chart", "--chart", "events-by-month", "--out", "x.png", "--bucket", "decade"};
        QTest::newRow("timeline without out") << QStringList{"export-timeline", "--format", "svg"};
        QTest::newRow("timeline bad format") << QStringList{"export-timeline", "--out", "x.gif"};
        QTest::newRow("timeline bad lanes") << QStringList{"export-timeline", "--out", "x.svg", "--lanes", "countries"};
        QTest::newRow("timeline bad lane") << QStringList{"export-timeline", "--out", "x.svg", "--lane", "weather"};
        QTest::newRow("timeline bad page") << QStringList{"export-timeline", "--out", "x.pdf", "--page", "b5"};
        QTest::newRow("timeline bad dpi") << QStringList{"export-timeline", "--out", "x.png", "--dpi", "5000"};
        QTest::newRow("timeline bad dates") << QStringList{"export-timeline", "--out", "x.svg", "--dates", "roman"};
        QTest::newRow("timeline lane without lanes") << QStringList{"export-timeline", "--out", "x.svg", "--lanes", "single", "--lane", "personnel"};
        QTest::newRow("briefing without out") << QStringList{"export-briefing"};
        QTest::newRow("briefing not pdf") << QStringList{"export-briefing", "--out", "b.png"};
        QTest::newRow("briefing bad date") << QStringList{"export-briefing", "--out", "b.pdf", "--to", "2024-02-30"};
    }

    void exportUsageErrors()
    {
        QFETCH(QStringList, args);
        const RunResult r = cli(args);
        QVERIFY2(r.code == 2, qPrintable(dump(r)));
        // export-chart starts a (offscreen) QApplication, which may log platform notes first.
        static const QRegularExpression usage(QStringLiteral("(^|\\n)lodestone: export(-chart|-timeline|-briefing)?: "));
        QVERIFY2(r.errText().contains(usage), qPrintable(r.errText()));
        QVERIFY(r.out.isEmpty());
    }

    void exportEventsCsvJsonTimelineJs()
    {
        QCOMPARE(importGood().size(), 2);
        RunResult r = cli({QStringLiteral("events"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray events = r.json().array();
        QVERIFY(!events.isEmpty());

        const QString json = m_dir->filePath(QStringLiteral("events.json"));
        r = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), json});
        QVERIFY2(r.code == 0, qPrintable(dump(r)));
        QFile jf(json);
        QVERIFY(jf.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(jf.readAll()).array(), events); // the shape of `events --json`
        // Each event names its reports by what means something outside this database too.
        const QJsonObject firstReport = events.first().toObject().value(QStringLiteral("reports")).toArray().first().toObject();
        for (const char* key : {"id", "status", "title", "url", "publisher", "published", "published_precision", "reliability", "credibility"})
            QVERIFY2(firstReport.contains(QLatin1String(key)), key);
        QVERIFY(!firstReport.value(QStringLiteral("title")).toString().isEmpty());

        const QString csv = m_dir->filePath(QStringLiteral("events.csv"));
        r = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), csv});
        QVERIFY2(r.code == 0, qPrintable(dump(r)));
        QFile cf(csv);
        QVERIFY(cf.open(QIODevice::ReadOnly));
        const QByteArray bytes = cf.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        QVERIFY(text.startsWith(QStringLiteral("id,date_start,date_end,precision,category,title,organisations,reports,verified,evidence,"
                                               "organisations_zh,summary,report_titles,report_urls,report_publishers,report_published,"
                                               "report_statuses,report_reliability,report_credibility,timing,undated\r\n")));
        // Python's csv module reads it: as many fields in every row as in the header.
        const QString py = QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3") : QStringLiteral("python3");
        QProcess reader;
        reader.start(py, {QStringLiteral("-c"), QStringLiteral("import csv,sys\nrows=list(csv.reader(open(sys.argv[1],encoding='utf-8-sig',newline='')))\n"
                                                               "assert len({len(r) for r in rows})==1, 'ragged rows'\nprint(len(rows)-1)"),
                          csv});
        if (reader.waitForStarted(10000)) { // python3 is in scripts/setup; where it is missing the check is left out
            QVERIFY(reader.waitForFinished(60000));
            QVERIFY2(reader.exitCode() == 0, reader.readAllStandardError().constData());
            QCOMPARE(reader.readAllStandardOutput().trimmed().toInt(), events.size());
        }
        // One record per event: count record starts "<id>,<yyyy-mm-dd>," after CRLF.
        static const QRegularExpression record(QStringLiteral("\r\n(\\d+),(\\d{4}-\\d{2}-\\d{2})?,"));
        QSet<qint64> ids;
        for (auto it = record.globalMatch(text); it.hasNext();)
            ids.insert(it.next().captured(1).toLongLong());
        QCOMPARE(ids.size(), events.size());
        for (const QJsonValue& v : events)
            QVERIFY(ids.contains(v.toObject().value(QStringLiteral("id")).toInteger()));

        // The filter applies: one category only.
        const QString category = events.first().toObject().value(QStringLiteral("category")).toString();
        qsizetype inCategory = 0;
        for (const QJsonValue& v : events)
            inCategory += v.toObject().value(QStringLiteral("category")).toString() == category;
        r = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), json,
                 QStringLiteral("--category"), category});
        QVERIFY2(r.code == 0, qPrintable(dump(r)));
        jf.close();
        QVERIFY(jf.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(jf.readAll()).array().size(), inCategory);

        const QString tl = m_dir->filePath(QStringLiteral("timeline.json"));
        r = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("timelinejs"), QStringLiteral("--out"), tl,
                 QStringLiteral("--title"), QStringLiteral("Test headline")});
        QVERIFY2(r.code == 0, qPrintable(dump(r)));
        QFile tf(tl);
        QVERIFY(tf.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(tf.readAll()).object();
        QCOMPARE(doc.value(QStringLiteral("title")).toObject().value(QStringLiteral("text")).toObject().value(QStringLiteral("headline")).toString(),
                 QStringLiteral("Test headline"));
        QVERIFY(!doc.value(QStringLiteral("events")).toArray().isEmpty());
        QVERIFY(doc.value(QStringLiteral("events")).toArray().first().toObject().contains(QStringLiteral("start_date")));
    }

    void exportChartEveryChartAndFormat()
    {
        QCOMPARE(importGood().size(), 2);
        for (const char* chart : {"events-by-month", "events-by-category", "top-organisations", "verification-status"}) {
            for (const char* format : {"png", "svg", "pdf"}) {
                const QString out = m_dir->filePath(QStringLiteral("%1.%2").arg(QLatin1String(chart), QLatin1String(format)));
                const RunResult r = cli({QStringLiteral("export-chart"), QStringLiteral("--chart"), QLatin1String(chart),
                                         QStringLiteral("--format"), QLatin1String(format), QStringLiteral("--out"), out,
                                         QStringLiteral("--width"), QStringLiteral("1280"), QStringLiteral("--height"), QStringLiteral("720"),
                                         QStringLiteral("--title"), QStringLiteral("CLI chart 稀土")});
                QVERIFY2(r.code == 0, qPrintable(QStringLiteral("%1 %2: %3").arg(QLatin1String(chart), QLatin1String(format), dump(r))));
                QFile f(out);
                QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(out));
                const QByteArray bytes = f.readAll();
                if (qstrcmp(format, "png") == 0) {
                    QImage img;
                    QVERIFY(img.loadFromData(bytes, "PNG"));
                    QCOMPARE(img.size(), QSize(1280, 720));
                } else if (qstrcmp(format, "svg") == 0) {
                    QVERIFY(bytes.contains("<svg") && bytes.contains("<text"));
                    QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("CLI chart 稀土")));
                } else {
                    QVERIFY(bytes.startsWith("%PDF-"));
                }
            }
        }
        // Filter options apply and the format follows the file name when --format is absent.
        const QString out = m_dir->filePath(QStringLiteral("verified.png"));
        const RunResult r = cli({QStringLiteral("export-chart"), QStringLiteral("--chart"), QStringLiteral("events-by-category"),
                                 QStringLiteral("--out"), out, QStringLiteral("--verified-only"), QStringLiteral("--scale"), QStringLiteral("1")});
        QVERIFY2(r.code == 0, qPrintable(dump(r)));
        QVERIFY2(r.outText().contains(QStringLiteral("0 events")), qPrintable(r.outText()));
        QCOMPARE(QImage(out).size(), QSize(1600, 900));
    }

    // A briefing a scheduled job can make: on the demo corpus, page 2 (the timeline) has year labels and every
    // lane's name in its text layer, and the footer its sources line.
    void exportBriefingOnTheDemoCorpus()
    {
        RunResult r = cli({QStringLiteral("demo")});
        QVERIFY2(r.code == 0, qPrintable(dump(r)));
        const QString out = m_dir->filePath(QStringLiteral("briefing.pdf"));
        r = cli({QStringLiteral("export-briefing"), QStringLiteral("--out"), out, QStringLiteral("--classification"),
                 QStringLiteral("Internal"), QStringLiteral("--org-names"), QStringLiteral("en")});
        QVERIFY2(r.code == 0, qPrintable(dump(r)));
        QVERIFY2(r.outText().contains(QStringLiteral("briefing written to")), qPrintable(r.outText()));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext is not installed (package poppler-utils, installed by scripts/setup)");
        QProcess p;
        p.start(pdftotext, {QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"), QStringLiteral("2"), QStringLiteral("-enc"),
                            QStringLiteral("UTF-8"), out, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        const QString page = QString::fromUtf8(p.readAllStandardOutput()).simplified();
        QVERIFY2(page.contains(QStringLiteral("Timeline")), qPrintable(page));
        static const QStringList lanes = {QStringLiteral("Party directive"), QStringLiteral("Policy & regulation"),
                                          QStringLiteral("Export control"), QStringLiteral("Production quota"),
                                          QStringLiteral("Partnership"), QStringLiteral("Standards milestone"),
                                          QStringLiteral("Investment project"), QStringLiteral("Market & price"),
                                          QStringLiteral("Corporate restructuring"), QStringLiteral("Personnel")};
        for (const QString& lane : lanes)
            QVERIFY2(page.contains(lane), qPrintable(lane + QLatin1String(" missing on the timeline page: ") + page));
        static const QRegularExpression year(QStringLiteral("\\b(19|20)\\d\\d\\b"));
        QVERIFY2(page.count(year) >= 3, qPrintable(page));
        QVERIFY2(page.contains(QStringLiteral("Sources: ")), qPrintable(page));
        QVERIFY2(page.contains(QStringLiteral("INTERNAL")), qPrintable(page));
    }

    // The timeline alone, headless: SVG with the axis' years and every lane name as <text>; a chosen range and
    // lanes; PNG at the DPI asked for; organisation lanes by name.
    void exportTimelineFormats()
    {
        RunResult r = cli({QStringLiteral("demo")});
        QVERIFY2(r.code == 0, qPrintable(dump(r)));
        const QString svg = m_dir->filePath(QStringLiteral("timeline.svg"));
        r = cli({QStringLiteral("export-timeline"), QStringLiteral("--format"), QStringLiteral("svg"), QStringLiteral("--out"), svg,
                 QStringLiteral("--title"), QStringLiteral("Demo timeline")});
        QVERIFY2(r.code == 0, qPrintable(dump(r)));
        QVERIFY2(r.outText().contains(QStringLiteral("timeline (svg) written to")), qPrintable(r.outText()));
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        QStringList texts;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"text")
                texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(texts.contains(QStringLiteral("Demo timeline")));
        for (const QString& lane : {QStringLiteral("Export control"), QStringLiteral("Market & price"), QStringLiteral("Personnel"),
                                    QStringLiteral("Corporate restructuring"), QStringLiteral("Party directive")})
            QVERIFY2(texts.contains(lane), qPrintable(lane + QLatin1String(": ") + texts.join(QLatin1String(" | "))));
        static const QRegularExpression year(QStringLiteral("^(19|20)\\d\\d$"));
        QVERIFY2(texts.filter(year).size() >= 3, qPrintable(texts.join(QLatin1String(" | "))));
        QVERIFY2(texts.join(QLatin1Char(' ')).contains(QStringLiteral("Sources: ")), "no sources footer");

        // A year and two lanes.
        const QString two = m_dir->filePath(QStringLiteral("two.svg"));
        r = cli({QStringLiteral("export-timeline"), QStringLiteral("--out"), two, QStringLiteral("--from"), QStringLiteral("2023-01-01"),
                 QStringLiteral("--to"), QStringLiteral("2023-12-31"), QStringLiteral("--lane"), QStringLiteral("export_control"),
                 QStringLiteral("--lane"), QStringLiteral("market_price"), QStringLiteral("--dates"), QStringLiteral("iso")});
        QVERIFY2(r.code == 0, qPrintable(dump(r)));
        QVERIFY2(r.outText().contains(QStringLiteral(", 2 lanes,")), qPrintable(r.outText()));
        QFile t(two);
        QVERIFY(t.open(QIODevice::ReadOnly));
        const QString body = QString::fromUtf8(t.readAll());
        QVERIFY(body.contains(QStringLiteral("2023-01-01 – 2023-12-31")));
        QVERIFY(!body.contains(QStringLiteral(">Personnel<")));

        // PNG at 150 dpi on A4: 1754 x 1240 pixels.
        const QString png = m_dir->filePath(QStringLiteral("timeline.png"));
        r = cli({QStringLiteral("export-timeline"), QStringLiteral("--out"), png, QStringLiteral("--dpi"), QStringLiteral("150")});
        QVERIFY2(r.code == 0, qPrintable(dump(r)));
        const QImage img(png);
        QCOMPARE(img.size(), QSize(1754, 1240));
        QVERIFY(std::abs(img.dotsPerMeterX() - qRound(150 / 0.0254)) <= 1);

        // Organisation lanes, one named by an alias in Chinese.
        const QString orgs = m_dir->filePath(QStringLiteral("orgs.pdf"));
        r = cli({QStringLiteral("export-timeline"), QStringLiteral("--out"), orgs, QStringLiteral("--lanes"), QStringLiteral("organisation"),
                 QStringLiteral("--lane"), QStringLiteral("北方稀土"), QStringLiteral("--org-names"), QStringLiteral("en")});
        QVERIFY2(r.code == 0 || r.errText().contains(QStringLiteral("no organisation is called")), qPrintable(dump(r)));
        r = cli({QStringLiteral("export-timeline"), QStringLiteral("--out"), orgs, QStringLiteral("--lanes"), QStringLiteral("organisation"),
                 QStringLiteral("--lane"), QStringLiteral("Nobody Such Company")});
        QCOMPARE(r.code, 2);
    }
};

QTEST_GUILESS_MAIN(CliExportTest)
#include "tst_cliexport.moc"
