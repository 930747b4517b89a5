// Event interchange: CSV (RFC 4180 quoting, BOM, CRLF, formula defusing, Chinese, the reports' title, URL,
// publisher, date and grades), JSON in the shape of `events --json` with the same report fields added,
// TimelineJS 3 documents (spans at each precision, sources linked, nothing said twice), STIX through the exporter,
// and atomic writes that keep the old file on failure.
#include "interchange/eventcsv.h"
#include "interchange/eventexporter.h"
#include "interchange/eventjson.h"
#include "interchange/timelinejs.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace lodestone;

namespace {

Event sampleEvent()
{
    Event e;
    e.id = 42;
    e.category = Category::Partnership;
    e.title = QStringLiteral("Smelter and carrier sign \"digital mine\" pact, phase 1");
    e.summary = QStringLiteral("Two firms agreed to connect mine sites.\nA second line.");
    e.date = DateSpan::day(QDate(2025, 11, 25), QStringLiteral("absolute:test"));
    e.organisations << EventOrgLink{7, QStringLiteral("Baogang Group"), QStringLiteral("包钢集团"), QStringLiteral("actor")};
    e.organisations << EventOrgLink{8, QString(), QStringLiteral("中国移动"), QStringLiteral("partner")};
    e.reports << EventReportLink{3, VerificationStatus::Verified} << EventReportLink{4, VerificationStatus::Unverified};
    e.evidence << Evidence{3, QStringLiteral("The two firms signed the pact on Tuesday."), 10, 52};
    e.confidence = 0.75;
    return e;
}

// The metadata of reports 3 and 4 as ExportSource gathers it.
QHash<qint64, Report> sampleReports()
{
    Report a;
    a.id = 3;
    a.doc.title = QStringLiteral("Pact signed, says the group");
    a.doc.url = QStringLiteral("https://example.org/pact?id=3&lang=en");
    a.doc.publisher = QStringLiteral("Example Metals Daily");
    a.doc.published = DateSpan::day(QDate(2025, 11, 26));
    a.verification.status = VerificationStatus::Verified;
    a.verification.reliability = QStringLiteral("B");
    a.verification.credibility = 2;
    Report b;
    b.id = 4;
    b.doc.title = QStringLiteral("Carrier's note on the pact");
    b.doc.url = QStringLiteral("javascript:alert(1)"); // never made a link
    b.doc.publisher = QStringLiteral("Carrier newsroom");
    b.doc.published = DateSpan::month(2025, 11);
    return {{3, a}, {4, b}};
}

// A minimal RFC 4180 reader: returns rows of fields.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class TestInterchange final : public QObject {
    Q_OBJECT

private slots:
    void csvQuotingAndBom()
    {
        Event formula = sampleEvent();
        formula.id = 43;
        formula.title = QStringLiteral("=HYPERLINK(\"http://example.invalid\")");
        const QByteArray bytes = EventCsv::encode({sampleEvent(), formula}, sampleReports());
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        QVERIFY(text.endsWith(QLatin1String("\r\n")));
        const QList<QStringList> rows = parseCsv(text);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0], EventCsv::header());
        for (const QStringList& r : rows)
            QCOMPARE(r.size(), EventCsv::header().size());
        const QStringList& r = rows[1];
        const auto col = [&](const char* name) { return r[EventCsv::header().indexOf(QLatin1String(name))]; };
        QCOMPARE(col("id"), QStringLiteral("42"));
        QCOMPARE(col("date_start"), QStringLiteral("2025-11-25"));
        QCOMPARE(col("date_end"), QStringLiteral("2025-11-25"));
        QCOMPARE(col("precision"), QStringLiteral("day"));
        QCOMPARE(col("category"), QStringLiteral("partnership"));
        QCOMPARE(col("title"), sampleEvent().title); // commas and quotes survive
        QCOMPARE(col("organisations"), QStringLiteral("Baogang Group; 中国移动"));
        QCOMPARE(col("organisations_zh"), QStringLiteral("包钢集团; 中国移动"));
        QCOMPARE(col("reports"), QStringLiteral("3 (verified); 4 (unverified)"));
        QCOMPARE(col("verified"), QStringLiteral("true"));
        QCOMPARE(col("evidence"), QStringLiteral("The two firms signed the pact on Tuesday."));
        QCOMPARE(col("summary"), sampleEvent().summary); // the newline is kept inside quotes
        // The reports by what names them outside this database, in the order of `reports`.
        QCOMPARE(col("report_titles"), QStringLiteral("Pact signed, says the group; Carrier's note on the pact"));
        QCOMPARE(col("report_urls"), QStringLiteral("https://example.org/pact?id=3&lang=en; javascript:alert(1)"));
        QCOMPARE(col("report_publishers"), QStringLiteral("Example Metals Daily; Carrier newsroom"));
        QCOMPARE(col("report_published"), QStringLiteral("2025-11-26; 2025-11"));
        QCOMPARE(col("report_statuses"), QStringLiteral("verified; unverified"));
        QCOMPARE(col("report_reliability"), QStringLiteral("B; "));
        QCOMPARE(col("report_credibility"), QStringLiteral("2; "));
        // The existing columns keep their place: new ones come after them.
        QCOMPARE(EventCsv::header().indexOf(QLatin1String("summary")), 11);
        QCOMPARE(rows[2][EventCsv::header().indexOf(QLatin1String("title"))], QLatin1Char('\'') + formula.title);
    }

    void csvField_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << "abc" << "abc";
        QTest::newRow("comma") << "a,b" << "\"a,b\"";
        QTest::newRow("quote") << "say \"hi\"" << "\"say \"\"hi\"\"\"";
        QTest::newRow("newline") << "a\nb" << "\"a\nb\"";
        QTest::newRow("cr") << "a\rb" << "\"a\rb\"";
        QTest::newRow("chinese") << "包钢集团" << "包钢集团";
    }

    void csvField()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(EventCsv::field(in), out);
    }

    void jsonShape()
    {
        const QJsonArray arr = QJsonDocument::fromJson(EventJson::encode({sampleEvent()}, sampleReports())).array();
        QCOMPARE(arr.size(), 1);
        const QJsonObject o = arr.first().toObject();
        for (const char* key : {"id", "category", "title", "summary", "date_start", "date_end", "precision", "date_rule",
                                "organisations", "reports", "evidence", "verified"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("id")).toInteger(), 42);
        QCOMPARE(o.value(QStringLiteral("verified")).toBool(), true);
        const QJsonArray orgs = o.value(QStringLiteral("organisations")).toArray();
        QCOMPARE(orgs[1].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("中国移动")); // no English name
        QCOMPARE(orgs[0].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("actor"));
        QCOMPARE(o.value(QStringLiteral("reports")).toArray()[0].toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("verified"));
        QCOMPARE(o.value(QStringLiteral("evidence")).toArray()[0].toObject().value(QStringLiteral("end")).toInt(), 52);
        // Added fields; id and status keep their meaning.
        const QJsonObject r3 = o.value(QStringLiteral("reports")).toArray()[0].toObject();
        QCOMPARE(r3.value(QStringLiteral("id")).toInteger(), 3);
        QCOMPARE(r3.value(QStringLiteral("title")).toString(), QStringLiteral("Pact signed, says the group"));
        QCOMPARE(r3.value(QStringLiteral("url")).toString(), QStringLiteral("https://example.org/pact?id=3&lang=en"));
        QCOMPARE(r3.value(QStringLiteral("publisher")).toString(), QStringLiteral("Example Metals Daily"));
        QCOMPARE(r3.value(QStringLiteral("published")).toString(), QStringLiteral("2025-11-26"));
        QCOMPARE(r3.value(QStringLiteral("published_precision")).toString(), QStringLiteral("day"));
        QCOMPARE(r3.value(QStringLiteral("reliability")).toString(), QStringLiteral("B"));
        QCOMPARE(r3.value(QStringLiteral("credibility")).toInt(), 2);
        const QJsonObject r4 = o.value(QStringLiteral("reports")).toArray()[1].toObject();
        QVERIFY(r4.value(QStringLiteral("reliability")).isNull());
        QVERIFY(r4.value(QStringLiteral("credibility")).isNull());
        QCOMPARE(r4.value(QStringLiteral("published")).toString(), QStringLiteral("2025-11"));
        // Without the reports' metadata the shape is what it was.
        const QJsonObject bare = QJsonDocument::fromJson(EventJson::encode({sampleEvent()})).array().first().toObject();
        QCOMPARE(bare.value(QStringLiteral("reports")).toArray()[0].toObject().keys(), (QStringList{QStringLiteral("id"), QStringLiteral("status")}));
    }

    void timelineJsDates_data()
    {
        QTest::addColumn<int>("precision");
        QTest::addColumn<QStringList>("keys");
        QTest::newRow("day") << int(Precision::Day) << QStringList{"day", "month", "year"};
        QTest::newRow("month") << int(Precision::Month) << QStringList{"month", "year"};
        QTest::newRow("quarter") << int(Precision::Quarter) << QStringList{"month", "year"};
        QTest::newRow("year") << int(Precision::Year) << QStringList{"year"};
    }

    void timelineJsDates()
    {
        QFETCH(int, precision);
        QFETCH(QStringList, keys);
        const QJsonObject d = TimelineJs::date(QDate(2024, 10, 1), static_cast<Precision>(precision));
        QStringList got = d.keys();
        got.sort();
        keys.sort();
        QCOMPARE(got, keys);
        QCOMPARE(d.value(QStringLiteral("year")).toInt(), 2024);
    }

    void timelineJsDocument()
    {
        Event q = sampleEvent();
        q.id = 50;
        q.title = QStringLiteral("Quota <batch> two");
        q.date = DateSpan::quarter(2024, 3);
        q.summary = QStringLiteral("The two firms signed the pact on Tuesday."); // the same sentence as the evidence
        Event m = sampleEvent();
        m.id = 52;
        m.date = DateSpan::month(2024, 2);
        m.summary = m.title; // says nothing the headline does not
        Event y = sampleEvent();
        y.id = 53;
        y.date = DateSpan::year(2023);
        Event undated = sampleEvent();
        undated.id = 51;
        undated.date = DateSpan{};
        const QJsonObject doc = QJsonDocument::fromJson(TimelineJs::encode({sampleEvent(), q, undated, m, y}, QStringLiteral("Head"),
                                                                            QStringLiteral("Intro"), {}, sampleReports()))
                                    .object();
        QCOMPARE(doc.value(QStringLiteral("title")).toObject().value(QStringLiteral("text")).toObject().value(QStringLiteral("headline")).toString(),
                 QStringLiteral("Head"));
        const QJsonArray events = doc.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), 4); // undated events cannot be placed
        const QJsonObject first = events[0].toObject();
        QCOMPARE(first.value(QStringLiteral("unique_id")).toString(), QStringLiteral("event-42"));
        QCOMPARE(first.value(QStringLiteral("group")).toString(), QStringLiteral("partnership"));
        QVERIFY(!first.contains(QStringLiteral("end_date"))); // one day
        const QString body = first.value(QStringLiteral("text")).toObject().value(QStringLiteral("text")).toString();
        QVERIFY(body.contains(QStringLiteral("包钢集团")));
        // Each backing report: a link with its title, publisher and date; a URL that is no web address stays text.
        QVERIFY2(body.contains(QStringLiteral("<a href=\"https://example.org/pact?id=3&amp;lang=en\">Pact signed, says the group</a> "
                                              "(Example Metals Daily, 2025-11-26)")), qPrintable(body));
        QVERIFY2(body.contains(QStringLiteral("<li>Carrier's note on the pact (Carrier newsroom, 2025-11)</li>")), qPrintable(body));
        QVERIFY(!body.contains(QStringLiteral("javascript")));
        // Spans: from the first to the last day, shown at their precision.
        auto check = [&](const QJsonObject& slide, const QString& display, QDate start, QDate end) {
            QCOMPARE(slide.value(QStringLiteral("display_date")).toString(), display);
            const QJsonObject s = slide.value(QStringLiteral("start_date")).toObject();
            const QJsonObject e = slide.value(QStringLiteral("end_date")).toObject();
            QCOMPARE(s.value(QStringLiteral("year")).toInt(), start.year());
            QCOMPARE(s.value(QStringLiteral("month")).toInt(1), start.month());
            QCOMPARE(QDate(e.value(QStringLiteral("year")).toInt(), e.value(QStringLiteral("month")).toInt(), e.value(QStringLiteral("day")).toInt()), end);
        };
        check(events[1].toObject(), QStringLiteral("2024-Q3"), QDate(2024, 7, 1), QDate(2024, 9, 30));
        check(events[2].toObject(), QStringLiteral("2024-02"), QDate(2024, 2, 1), QDate(2024, 2, 29));
        check(events[3].toObject(), QStringLiteral("2023"), QDate(2023, 1, 1), QDate(2023, 12, 31));
        QCOMPARE(events[1].toObject().value(QStringLiteral("text")).toObject().value(QStringLiteral("headline")).toString(),
                 QStringLiteral("Quota &lt;batch&gt; two"));
        // Nothing twice: a summary that is the evidence sentence is shown once, one that is the headline not at all.
        const QString quarterBody = events[1].toObject().value(QStringLiteral("text")).toObject().value(QStringLiteral("text")).toString();
        QCOMPARE(quarterBody.count(QStringLiteral("signed the pact on Tuesday")), 1);
        const QString monthBody = events[2].toObject().value(QStringLiteral("text")).toObject().value(QStringLiteral("text")).toString();
        QVERIFY(!monthBody.contains(QStringLiteral("digital mine")));
    }

    void formats()
    {
        QCOMPARE(EventExporter::formatFromKey(QStringLiteral("CSV")), InterchangeFormat::Csv);
        QCOMPARE(EventExporter::formatFromKey(QStringLiteral("timelinejs")), InterchangeFormat::TimelineJs);
        QVERIFY(!EventExporter::formatFromKey(QStringLiteral("xml")));
        QCOMPARE(EventExporter::formatFromKey(QStringLiteral("stix")), InterchangeFormat::Stix);
        QCOMPARE(EventExporter::formatKey(InterchangeFormat::Stix), QStringLiteral("stix"));
        QVERIFY(EventExporter::isAvailable(InterchangeFormat::Stix));
        // STIX with nothing selected is still a valid bundle: Lodestone's extension definitions and their maker
        // (tst_stix covers the full mapping).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("events.stix.json"));
        QVERIFY(!EventExporter::write({sampleEvent()}, InterchangeFormat::Stix, path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject bundle = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(bundle.value(QStringLiteral("type")).toString(), QStringLiteral("bundle"));
        QStringList types;
        for (const QJsonValue& v : bundle.value(QStringLiteral("objects")).toArray())
            types << v.toObject().value(QStringLiteral("type")).toString();
        QCOMPARE(types, (QStringList{QStringLiteral("identity"), QStringLiteral("extension-definition"), QStringLiteral("extension-definition"),
                                     QStringLiteral("extension-definition")}));
    }

    void atomicWrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("events.csv"));
        QVERIFY(!EventExporter::write({sampleEvent()}, InterchangeFormat::Csv, path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), EventCsv::encode({sampleEvent()}));
        f.close();
        // A folder that does not exist: an error, nothing created.
        const QString bad = dir.filePath(QStringLiteral("missing/events.json"));
        const Error e = EventExporter::write({sampleEvent()}, InterchangeFormat::Json, bad);
        QCOMPARE(e.code, ErrorCode::Io);
        QVERIFY(!QFile::exists(bad));
    }
};

QTEST_GUILESS_MAIN(TestInterchange)
#include "tst_interchange.moc"
