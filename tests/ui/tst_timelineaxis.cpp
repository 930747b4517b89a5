// TimelineAxis: tick units across scales, spacing, boundaries and locale-aware labels.
#include "timeline/timelineaxis.h"

#include <QDate>
#include <QTest>

using namespace lodestone;

Q_DECLARE_METATYPE(lodestone::TimelineAxis::Unit)

class TstTimelineAxis final : public QObject {
    Q_OBJECT
private slots:
    void scales_data();
    void scales();
    void monthLabels_data();
    void monthLabels();
    void dayLabelsAndContext_data();
    void dayLabelsAndContext();
    void degenerateInput();
};

using Unit = TimelineAxis::Unit;

void TstTimelineAxis::scales_data()
{
    QTest::addColumn<double>("days");
    QTest::addColumn<int>("width");
    QTest::addColumn<Unit>("major");
    QTest::addColumn<Unit>("minor");
    // Expected units follow the rule: the finest major unit at least kMinMajorPx wide, minor at least 5 px.
    QTest::newRow("3 days") << 3.0 << 1000 << Unit::Day << Unit::None;
    QTest::newRow("3 weeks") << 21.0 << 1000 << Unit::Week << Unit::Day;
    QTest::newRow("4 months") << 120.0 << 1000 << Unit::Month << Unit::Day;
    QTest::newRow("1 year") << 365.0 << 1000 << Unit::Month << Unit::Week;
    QTest::newRow("3 years") << 1096.0 << 1000 << Unit::Quarter << Unit::Month;
    QTest::newRow("10 years") << 3652.0 << 1000 << Unit::Year << Unit::Month;
    QTest::newRow("20 years") << 7305.0 << 1000 << Unit::Year2 << Unit::Quarter;
    QTest::newRow("50 years") << 18262.0 << 1000 << Unit::Year5 << Unit::Year;
    QTest::newRow("a century") << 36525.0 << 1000 << Unit::Decade << Unit::Year;
    QTest::newRow("four centuries") << 146100.0 << 1000 << Unit::Year50 << Unit::Year5;
    QTest::newRow("20 years narrow") << 7305.0 << 300 << Unit::Decade << Unit::Year;
    QTest::newRow("one day wide") << 1.0 << 1600 << Unit::Day << Unit::None;
}

void TstTimelineAxis::scales()
{
    QFETCH(double, days);
    QFETCH(int, width);
    QFETCH(Unit, major);
    QFETCH(Unit, minor);
    const double day0 = QDate(2003, 5, 17).toJulianDay() + 0.3;
    const auto t = TimelineAxis::ticks(day0, day0 + days, width, QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(TimelineAxis::unitName(t.majorUnit), TimelineAxis::unitName(major));
    QCOMPARE(TimelineAxis::unitName(t.minorUnit), TimelineAxis::unitName(minor));
    QVERIFY(!t.ticks.empty());
    double lastX = -1e9, lastMajorX = -1e9;
    int majors = 0;
    for (const TimelineTick& tick : t.ticks) {
        QVERIFY2(tick.x > lastX, "ticks sorted and distinct");
        QVERIFY(tick.x >= -0.5 && tick.x <= width + 0.5);
        QVERIFY(std::abs(tick.x - (tick.day - day0) * width / days) < 1e-6);
        const QDate d = QDate::fromJulianDay(tick.day);
        if (tick.major) {
            ++majors;
            QVERIFY(!tick.label.isEmpty());
            QVERIFY2(tick.x - lastMajorX >= 70, qPrintable(QStringLiteral("majors too close at %1").arg(tick.label)));
            lastMajorX = tick.x;
            switch (major) {
            case Unit::Week: QCOMPARE(d.dayOfWeek(), 1); break;
            case Unit::Month: QCOMPARE(d.day(), 1); break;
            case Unit::Quarter: QVERIFY(d.day() == 1 && (d.month() - 1) % 3 == 0); break;
            case Unit::Day: break;
            default: QVERIFY(d.day() == 1 && d.month() == 1); break;
            }
        } else {
            QVERIFY(tick.label.isEmpty());
            QVERIFY(tick.x - lastX >= 4.0 || lastX < -1e8);
        }
        lastX = tick.x;
    }
    QVERIFY(majors >= 1);
    QVERIFY(!t.context.isEmpty());
}

void TstTimelineAxis::monthLabels_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("march");
    QTest::addColumn<QString>("yearLabel");
    QTest::newRow("en_US") << "en_US" << "Mar" << "2021";
    QTest::newRow("zh_CN") << "zh_CN" << QString::fromUtf8("3月") << "2021";
}

void TstTimelineAxis::monthLabels()
{
    QFETCH(QString, locale);
    QFETCH(QString, march);
    QFETCH(QString, yearLabel);
    const double d0 = QDate(2020, 12, 20).toJulianDay();
    const double d1 = QDate(2021, 12, 20).toJulianDay();
    const auto t = TimelineAxis::ticks(d0, d1, 1200, QLocale(locale));
    QCOMPARE(t.majorUnit, Unit::Month);
    QStringList labels;
    for (const TimelineTick& tick : t.ticks)
        if (tick.major)
            labels << tick.label;
    QCOMPARE(labels.size(), 12);
    QCOMPARE(labels.front(), yearLabel); // January carries the year
    QCOMPARE(labels.at(2), march);
    QCOMPARE(t.context, QStringLiteral("2020 – 2021"));
}

void TstTimelineAxis::dayLabelsAndContext_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("firstLabel");
    QTest::addColumn<QString>("context");
    QTest::newRow("en_US") << "en_US" << "8 Mar" << "March 2021";
    QTest::newRow("zh_CN") << "zh_CN" << QString::fromUtf8("3月8日") << QString::fromUtf8("2021年3月");
}

void TstTimelineAxis::dayLabelsAndContext()
{
    QFETCH(QString, locale);
    QFETCH(QString, firstLabel);
    QFETCH(QString, context);
    // Three weeks from Friday 5 March 2021: weekly majors on Mondays, first one on 8 March.
    const double d0 = QDate(2021, 3, 5).toJulianDay();
    const auto t = TimelineAxis::ticks(d0, d0 + 21, 1000, QLocale(locale));
    QCOMPARE(t.majorUnit, Unit::Week);
    auto it = std::find_if(t.ticks.begin(), t.ticks.end(), [](const TimelineTick& x) { return x.major; });
    QVERIFY(it != t.ticks.end());
    QCOMPARE(it->label, firstLabel);
    QCOMPARE(t.context, context);
}

void TstTimelineAxis::degenerateInput()
{
    QVERIFY(TimelineAxis::ticks(100, 100, 500).ticks.empty());
    QVERIFY(TimelineAxis::ticks(100, 50, 500).ticks.empty());
    QVERIFY(TimelineAxis::ticks(100, 200, 0).ticks.empty());
}

QTEST_MAIN(TstTimelineAxis)
#include "tst_timelineaxis.moc"
