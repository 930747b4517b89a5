// Display texts for core vocabularies: every date rule key the extractor, the readers and the import
// pipeline write is explained in words (English here; tst_translations keeps the Chinese complete); dates
// are written with the month as a word and their precision, or in ISO 8601 when chosen.
#include "common/dateformat.h"
#include "common/displaytext.h"

#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
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
            << QStringLiteral("inferred from the copyright year 2025, not before 26 Nov 2025 (the latest date stated in the text)");
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
    // Day, month and year in words, so 4/4/25 and 12/7/26 can no longer be read two ways; the precision shows.
    void evidenceRuleLabel()
    {
        using lodestone::evidenceRuleLabel;
        QCOMPARE(evidenceRuleLabel(QStringLiteral("report (\u201csaid|says|announced\u201d) \u00b7 category from topic \u00b7 date from its own date \u201cJuly 6, 2023\u201d")),
                 QStringLiteral("report \u00b7 category from topic \u00b7 date from its own date \u201cJuly 6, 2023\u201d"));
        QCOMPARE(evidenceRuleLabel(QStringLiteral("price-raise (\u201craise|raised ... price|prices\u201d) \u00b7 category from trigger")),
                 QStringLiteral("price-raise \u00b7 category from trigger"));
        // one word, no alternatives: kept (it says what matched); a date in quotes is never touched
        QCOMPARE(evidenceRuleLabel(QStringLiteral("invest (\u201cequity investment\u201d) \u00b7 date from its own date \u201c2023\u5e747\u67083\u65e5\u201d")),
                 QStringLiteral("invest (\u201cequity investment\u201d) \u00b7 date from its own date \u201c2023\u5e747\u67083\u65e5\u201d"));
        QCOMPARE(evidenceRuleLabel(QString()), QString());
    }

    void formatSpan()
    {
        DateFormat::setStyle(DateStyle::Readable, false);
        QCOMPARE(lodestone::formatSpan(DateSpan::day(QDate(2025, 2, 3))), QStringLiteral("3 Feb 2025"));
        DateSpan range = DateSpan::day(QDate(2025, 2, 3));
        range.end = QDate(2025, 2, 7);
        QCOMPARE(lodestone::formatSpan(range), QStringLiteral("3 Feb 2025 – 7 Feb 2025"));
        QCOMPARE(lodestone::formatSpan(DateSpan::month(2025, 4)), QStringLiteral("Apr 2025"));
        QCOMPARE(lodestone::formatSpan(DateSpan::quarter(2025, 2)), QStringLiteral("Q2 2025"));
        QCOMPARE(lodestone::formatSpan(DateSpan::year(2025)), QStringLiteral("2025"));
        QCOMPARE(lodestone::formatSpan(DateSpan{}), QStringLiteral("undated"));
        // US English reads the same: the month is a word, not a number.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(lodestone::formatSpan(DateSpan::day(QDate(2025, 4, 4))), QStringLiteral("4 Apr 2025"));
        QCOMPARE(DateFormat::dateTime(QDateTime(QDate(2026, 7, 12), QTime(17, 45))), QStringLiteral("12 Jul 2026, 17:45"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void isoStyle()
    {
        DateFormat::setStyle(DateStyle::Iso, false);
        QCOMPARE(lodestone::formatSpan(DateSpan::day(QDate(2025, 4, 4))), QStringLiteral("2025-04-04"));
        QCOMPARE(lodestone::formatSpan(DateSpan::month(2025, 4)), QStringLiteral("2025-04"));
        QCOMPARE(lodestone::formatSpan(DateSpan::quarter(2025, 2)), QStringLiteral("2025-Q2"));
        QCOMPARE(lodestone::formatSpan(DateSpan::year(2025)), QStringLiteral("2025"));
        QCOMPARE(DateFormat::dateTime(QDateTime(QDate(2026, 7, 12), QTime(17, 45))), QStringLiteral("2026-07-12 17:45"));
        // An explicit style does not change the process-wide one.
        QCOMPARE(DateFormat::day(QDate(2025, 4, 4), DateStyle::Readable), QStringLiteral("4 Apr 2025"));
        QCOMPARE(DateFormat::style(), DateStyle::Iso);
        DateFormat::setStyle(DateStyle::Readable, false);
    }

    void styleIsRememberedAndAnnounced()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LodestoneTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_displaytext"));
        QSignalSpy changed(DateFormat::notifier(), &DateFormat::styleChanged);
        DateFormat::setStyle(DateStyle::Iso);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(QSettings().value(QStringLiteral("ui/dateStyle")).toString(), QStringLiteral("iso"));
        DateFormat::setStyle(DateStyle::Iso);
        QCOMPARE(changed.count(), 1); // no change, no signal
        DateFormat::setStyle(DateStyle::Readable);
        QCOMPARE(QSettings().value(QStringLiteral("ui/dateStyle")).toString(), QStringLiteral("readable"));
        QSettings().remove(QStringLiteral("ui/dateStyle"));
    }
};

QTEST_MAIN(TstDisplayText)
#include "tst_displaytext.moc"
