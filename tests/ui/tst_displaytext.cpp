// Display texts for core vocabularies: every date rule key the extractor, the readers and the import
// pipeline write is explained in words (English here; tst_translations keeps the Chinese complete).
#include "common/displaytext.h"

#include <QLocale>
#include <QTest>

using namespace lodestone;

class TstDisplayText final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void dateRuleLabel_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QString() << QStringLiteral("none");
        QTest::newRow("analyst") << QStringLiteral("analyst") << QStringLiteral("set by an analyst");
        QTest::newRow("fallback") << QStringLiteral("fallback:report-year") << QStringLiteral("no date in the sentence: the report's year");
        QTest::newRow("meta") << QStringLiteral("meta:html:article:published_time")
                              << QStringLiteral("from the document's metadata (html:article:published_time)");
        QTest::newRow("copyright") << QStringLiteral("copyright") << QStringLiteral("from the copyright line");
        QTest::newRow("inferred") << QStringLiteral("inferred: copyright year 2025") << QStringLiteral("inferred from the copyright year 2025");
        QTest::newRow("inferred, bounded")
            << QStringLiteral("inferred: copyright year 2025; not before 2025-11-26, the latest dated statement in the text")
            << QStringLiteral("inferred from the copyright year 2025, not before 26/11/2025 (the latest date stated in the text)");
        QTest::newRow("english day") << QStringLiteral("en:month-day-year") << QStringLiteral("date stated in the sentence");
        QTest::newRow("chinese day") << QStringLiteral("zh:ymd") << QStringLiteral("date stated in the sentence");
        QTest::newRow("english relative") << QStringLiteral("en:relative:last-month")
                                          << QStringLiteral("relative date in the sentence, counted from the publication date");
        QTest::newRow("chinese relative") << QStringLiteral("zh:relative-year-month")
                                          << QStringLiteral("relative date in the sentence, counted from the publication date");
        QTest::newRow("weekday") << QStringLiteral("en:weekday") << QStringLiteral("relative date in the sentence, counted from the publication date");
        QTest::newRow("part of year") << QStringLiteral("en:mid-year") << QStringLiteral("part of a year named in the sentence");
        QTest::newRow("unknown kept") << QStringLiteral("custom-rule-7") << QStringLiteral("custom-rule-7");
    }
    void dateRuleLabel()
    {
        QFETCH(QString, rule);
        QFETCH(QString, expected);
        QCOMPARE(lodestone::dateRuleLabel(rule), expected);
    }
    void formatSpan()
    {
        QCOMPARE(lodestone::formatSpan(DateSpan::day(QDate(2025, 2, 3))), QStringLiteral("03/02/2025"));
        DateSpan range = DateSpan::day(QDate(2025, 2, 3));
        range.end = QDate(2025, 2, 7);
        QCOMPARE(lodestone::formatSpan(range), QStringLiteral("03/02/2025 – 07/02/2025"));
        QCOMPARE(lodestone::formatSpan(DateSpan::quarter(2025, 4)), QStringLiteral("Q4 2025"));
        QCOMPARE(lodestone::formatSpan(DateSpan{}), QStringLiteral("undated"));
    }
};

QTEST_MAIN(TstDisplayText)
#include "tst_displaytext.moc"
