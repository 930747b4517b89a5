// Event interchange: CSV (RFC 4180 quoting, BOM, CRLF, formula defusing, Chinese), JSON in the shape of
// `events --json`, TimelineJS 3 documents at each precision, STIX through the exporter, and atomic writes that keep the old file on failure.
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
        const QByteArray bytes = EventCsv::encode({sampleEvent(), formula});
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
        const QJsonArray arr = QJsonDocument::fromJson(EventJson::encode({sampleEvent()})).array();
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
        Event undated = sampleEvent();
        undated.id = 51;
        undated.date = DateSpan{};
        const QJsonObject doc = QJsonDocument::fromJson(TimelineJs::encode({sampleEvent(), q, undated}, QStringLiteral("Head"),
                                                                            QStringLiteral("Intro"), {}))
                                    .object();
        QCOMPARE(doc.value(QStringLiteral("title")).toObject().value(QStringLiteral("text")).toObject().value(QStringLiteral("headline")).toString(),
                 QStringLiteral("Head"));
        const QJsonArray events = doc.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), 2); // undated events cannot be placed
        const QJsonObject first = events[0].toObject();
        QCOMPARE(first.value(QStringLiteral("unique_id")).toString(), QStringLiteral("event-42"));
        QCOMPARE(first.value(QStringLiteral("group")).toString(), QStringLiteral("partnership"));
        QVERIFY(first.value(QStringLiteral("text")).toObject().value(QStringLiteral("text")).toString().contains(QStringLiteral("包钢集团")));
        const QJsonObject second = events[1].toObject();
        QCOMPARE(second.value(QStringLiteral("display_date")).toString(), QStringLiteral("Q3 2024"));
        QCOMPARE(second.value(QStringLiteral("start_date")).toObject().value(QStringLiteral("month")).toInt(), 7);
        QCOMPARE(second.value(QStringLiteral("text")).toObject().value(QStringLiteral("headline")).toString(),
                 QStringLiteral("Quota &lt;batch&gt; two"));
    }

    void formats()
    {
        QCOMPARE(EventExporter::formatFromKey(QStringLiteral("CSV")), InterchangeFormat::Csv);
        QCOMPARE(EventExporter::formatFromKey(QStringLiteral("timelinejs")), InterchangeFormat::TimelineJs);
        QVERIFY(!EventExporter::formatFromKey(QStringLiteral("xml")));
        QCOMPARE(EventExporter::formatFromKey(QStringLiteral("stix")), InterchangeFormat::Stix);
        QCOMPARE(EventExporter::formatKey(InterchangeFormat::Stix), QStringLiteral("stix"));
        QVERIFY(EventExporter::isAvailable(InterchangeFormat::Stix));
        // STIX without the organisations and reports in Options: events, identities from the links and
        // relationships (tst_stix covers the full mapping).
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
        QCOMPARE(types.count(QStringLiteral("x-lodestone-event")), 1);
        QCOMPARE(types.count(QStringLiteral("identity")), 2);
        QCOMPARE(types.count(QStringLiteral("relationship")), 2);
        QCOMPARE(types.count(QStringLiteral("report")), 0);
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
