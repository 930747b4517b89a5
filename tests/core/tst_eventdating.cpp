// Event dates against the report's publication date only: partial dates take the year that keeps them on or
// before publication, weekdays are the last such day, relative words count from publication, a date after
// publication stays only with a future cue (and marks the event planned / effective-from), years inside names
// are no dates, and without a publication date nothing is placed against today: the event is undated.
// Data-driven from tests/data/dates/event_dates.json (sentences written for these tests), English and Chinese.
#include "extract/dateresolver.h"
#include "extract/eventextractor.h"
#include "extract/futurecues.h"
#include "extract/gazetteer.h"
#include "extract/nameyearfilter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace lodestone;

namespace {

QJsonObject dataFile(const char* name)
{
    QFile f(QStringLiteral(LODESTONE_TEST_DATA_DIR) + QLatin1Char('/') + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", name);
    return QJsonDocument::fromJson(f.readAll()).object();
}

const Gazetteer& testGazetteer()
{
    static const std::shared_ptr<const Gazetteer> g = [] {
        QFile f(QStringLiteral(LODESTONE_TEST_DATA_DIR "/extract/test_gazetteer.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing test gazetteer");
        return Gazetteer::fromJson(f.readAll());
    }();
    return *g;
}

QString describe(const QList<ExtractedEvent>& events)
{
    QString out;
    for (const ExtractedEvent& e : events)
        out += QStringLiteral("  %1 %2 %3 %4 [%5] %6\n")
                   .arg(categoryKey(e.category), e.undated() ? QStringLiteral("undated") : e.date.start.toString(Qt::ISODate),
                        precisionKey(e.date.precision), timingKey(e.timing), e.date.rule, e.title);
    return out;
}

} // namespace

class TstEventDating final : public QObject {
    Q_OBJECT
private slots:
    void cases_data()
    {
        QTest::addColumn<QJsonObject>("c");
        for (const QJsonValue& v : dataFile("dates/event_dates.json").value(u"cases").toArray())
            QTest::newRow(qPrintable(v.toObject().value(u"name").toString())) << v.toObject();
    }
    void cases()
    {
        QFETCH(QJsonObject, c);
        const QDate published = QDate::fromString(c.value(u"published").toString(), Qt::ISODate); // invalid when null
        const QList<ExtractedEvent> events =
            EventExtractor::extract(c.value(u"text").toString(), published, testGazetteer(), c.value(u"lang").toString());
        const QJsonObject want = c.value(u"expect").toObject();
        const ExtractedEvent* match = nullptr;
        // no "expect": the sentence gives no dated event; only "forbid" is checked
        const bool expectOne = c.contains(u"expect");
        for (const ExtractedEvent& e : events) {
            if (categoryKey(e.category) != want.value(u"category").toString())
                continue;
            if (want.value(u"undated").toBool()) {
                if (e.undated())
                    match = &e;
                continue;
            }
            if (e.date.start == QDate::fromString(want.value(u"start").toString(), Qt::ISODate) &&
                precisionKey(e.date.precision) == want.value(u"precision").toString() &&
                timingKey(e.timing) == want.value(u"timing").toString())
                match = &e;
        }
        QVERIFY2(match || !expectOne, qPrintable(QStringLiteral("wanted %1; got:\n%2")
                                       .arg(QString::fromUtf8(QJsonDocument(want).toJson(QJsonDocument::Compact)), describe(events))));
        if (expectOne && want.value(u"undated").toBool()) {
            QVERIFY(!match->date.start.isValid() && !match->date.end.isValid());
            QVERIFY2(match->date.rule.startsWith(QLatin1String("undated")), qPrintable(match->date.rule));
        }
        for (const QJsonValue& f : c.value(u"forbid").toArray()) {
            const QDate start = QDate::fromString(f.toObject().value(u"start").toString(), Qt::ISODate);
            for (const ExtractedEvent& e : events)
                QVERIFY2(!(e.date.start == start && precisionKey(e.date.precision) == f.toObject().value(u"precision").toString()),
                         qPrintable(describe(events)));
        }
        if (c.contains(u"forbid_rule"))
            for (const ExtractedEvent& e : events)
                QVERIFY2(e.date.rule != c.value(u"forbid_rule").toString(), qPrintable(describe(events)));
        // never after publication without a future cue, never the import date when there is no publication date
        for (const ExtractedEvent& e : events) {
            if (published.isValid() && !e.undated() && e.date.start > published)
                QVERIFY2(e.timing != EventTiming::Reported, qPrintable(describe(events)));
            if (!published.isValid() && !e.undated()) // no year is taken from today
                QVERIFY2(!e.date.rule.startsWith(QLatin1String("fallback")) && !DateResolver::needsReference(e.date.rule.section(u',', 0, 0)),
                         qPrintable(describe(events)));
        }
    }

    // Without a publication date, expressions that need one come back unresolved (rule kept, no day).
    void unresolvedWithoutPublication()
    {
        const QString text = QStringLiteral("On Monday the plant opened; on July 10 it shipped; in March 2024 it was built; 上月签约。");
        const QList<DateMention> found = DateResolver::findForReport(text, std::nullopt);
        int unresolved = 0;
        for (const DateMention& m : found) {
            QCOMPARE(m.unresolved, DateResolver::needsReference(m.span.rule));
            if (m.unresolved) {
                ++unresolved;
                QVERIFY(!m.span.start.isValid());
            } else {
                QCOMPARE(m.span.start, QDate(2024, 3, 1));
            }
        }
        QCOMPARE(unresolved, 3);
        // with one, the same expressions resolve against it
        for (const DateMention& m : DateResolver::findForReport(text, QDate(2024, 8, 1)))
            QVERIFY(!m.unresolved && m.span.isValid());
    }

    void chineseWeekdays_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        // reference: Friday 8 March 2024
        QTest::newRow("周三") << QStringLiteral("周三签约") << QDate(2024, 3, 6);
        QTest::newRow("星期五 is the reference day") << QStringLiteral("星期五签约") << QDate(2024, 3, 8);
        QTest::newRow("礼拜天") << QStringLiteral("礼拜天签约") << QDate(2024, 3, 3);
        QTest::newRow("上周二") << QStringLiteral("上周二签约") << QDate(2024, 2, 27);
        QTest::newRow("本周一") << QStringLiteral("本周一签约") << QDate(2024, 3, 4);
        QTest::newRow("下周一") << QStringLiteral("下周一签约") << QDate(2024, 3, 11);
    }
    void chineseWeekdays()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        const QList<DateMention> found = DateResolver::find(text, QDate(2024, 3, 8));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().span.start, expected);
        QVERIFY(found.first().span.rule.startsWith(QLatin1String("zh:weekday")));
    }
    void chineseWeekdayNegatives()
    {
        // "every Monday", "a week once", "anniversary" are no dates
        for (const QString& t : {QStringLiteral("每周一例会"), QStringLiteral("一周一次"), QStringLiteral("成立十周年")})
            for (const DateMention& m : DateResolver::find(t, QDate(2024, 3, 8)))
                QVERIFY2(!m.span.rule.startsWith(QLatin1String("zh:weekday")), qPrintable(t));
    }

    void nameYears_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("nameYear");
        QTest::newRow("announcement number of") << QStringLiteral("It issued Announcement No. 18 of 2025 today.") << true;
        QTest::newRow("decree number of") << QStringLiteral("Decree No. 71 of 2025 was signed.") << true;
        QTest::newRow("act of") << QStringLiteral("It relied on an Act of 1962 for this.") << true;
        QTest::newRow("batch of quotas") << QStringLiteral("the first batch of 2022 rare earth quotas") << true;
        QTest::newRow("zh announcement") << QStringLiteral("商务部公告2025年第18号") << true;
        QTest::newRow("zh number first") << QStringLiteral("2025年第18号公告") << true;
        QTest::newRow("zh edition") << QStringLiteral("发布2025年版目录") << true;
        QTest::newRow("zh plan years") << QStringLiteral("规划（2021—2025年）") << true;
        QTest::newRow("a real year") << QStringLiteral("Output rose in 2024 as demand grew.") << false;
        QTest::newRow("end of a year") << QStringLiteral("by the end of 2025, capacity doubles") << false;
        QTest::newRow("zh real year") << QStringLiteral("2024年产量增长") << false;
    }
    void nameYears()
    {
        QFETCH(QString, text);
        QFETCH(bool, nameYear);
        QList<DateMention> found = DateResolver::find(text, QDate(2025, 6, 1));
        QVERIFY(!found.isEmpty() || nameYear); // a name year may not even be found; a real date is
        const int removed = NameYearFilter::apply(text, found);
        if (nameYear) {
            for (const DateMention& m : found) // nothing year-like of the name is left
                QVERIFY2(m.span.precision != Precision::Year, qPrintable(m.surface));
        } else {
            QCOMPARE(removed, 0);
        }
    }

    void futureCues_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<int>("timing");
        QTest::newRow("will") << QStringLiteral("The company will open the plant.") << int(EventTiming::Planned);
        QTest::newRow("plans to") << QStringLiteral("The group plans to list its unit.") << int(EventTiming::Planned);
        QTest::newRow("is expected to") << QStringLiteral("Output is expected to rise.") << int(EventTiming::Planned);
        QTest::newRow("takes effect on") << QStringLiteral("The rule takes effect on the first day.") << int(EventTiming::Effective);
        QTest::newRow("comes into force") << QStringLiteral("The law comes into force next year.") << int(EventTiming::Effective);
        QTest::newRow("起施行") << QStringLiteral("本办法自公布之日起施行。") << int(EventTiming::Effective);
        QTest::newRow("将") << QStringLiteral("公司将扩大产能。") << int(EventTiming::Planned);
        QTest::newRow("计划") << QStringLiteral("集团计划新建工厂。") << int(EventTiming::Planned);
        QTest::newRow("预计") << QStringLiteral("产量预计增长。") << int(EventTiming::Planned);
        QTest::newRow("past tense") << QStringLiteral("The company opened the plant.") << int(EventTiming::Reported);
        QTest::newRow("zh past") << QStringLiteral("公司签署了协议。") << int(EventTiming::Reported);
    }
    void futureCues()
    {
        QFETCH(QString, sentence);
        QFETCH(int, timing);
        QCOMPARE(int(FutureCues::find(sentence).timing), timing);
    }
    void futureCueBoundToDate()
    {
        const QString from = QStringLiteral("Licences are needed from December 1 for the items.");
        const int at = static_cast<int>(from.indexOf(QLatin1String("December")));
        QCOMPARE(FutureCues::forDate(from, at, at + 10).timing, EventTiming::Effective);
        const QString zh = QStringLiteral("自10月1日起施行");
        QCOMPARE(FutureCues::forDate(zh, 1, 6).timing, EventTiming::Effective);
        const QString said = QStringLiteral("Prices will rise, it said on Monday.");
        const int on = static_cast<int>(said.indexOf(QLatin1String("Monday")));
        QCOMPARE(FutureCues::forDate(said, on, on + 6).timing, EventTiming::Reported);
    }
};

QTEST_GUILESS_MAIN(TstEventDating)
#include "tst_eventdating.moc"
