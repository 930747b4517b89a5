// The briefing pack PDF: title page, timeline, the four charts, paginated event table and numbered
// sources; page count matches the plan, fonts are embedded, Chinese names are carried, the timeline page has
// its axis, lanes and labels, table cells wrap or end with an ellipsis, the file is written atomically. With LODESTONE_SHOT_DIR set the PDF is kept there for a human look.
#include "charts/briefingexporter.h"
#include "charts/briefingtables.h"
#include "common/categorylabels.h"
#include "pdftext.h"
#include "query/timelinesynthetic.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lodestone;

namespace {

BriefingSource makeSource(int eventCount, int reportCount)
{
    BriefingSource src;
    auto base = std::make_shared<ChartBase>();
    const TimelineSyntheticData syn = makeSyntheticTimeline(400, 3, 12);
    base->timeline.entries = syn.entries;
    base->timeline.links = syn.links;
    base->reportStatus = {quint64(reportCount - 3), 2, 1, 0};
    src.base = base;
    ChartQuery q;
    src.charts = ChartAggregator::aggregate(syn.entries, syn.links, q);
    for (OrgCount& o : src.charts.topOrgs) {
        o.name = QStringLiteral("Org %1").arg(o.orgId);
        o.nameZh = QStringLiteral("稀土公司%1").arg(o.orgId);
    }
    src.charts.reportStatus = base->reportStatus;
    src.charts.sourceReports = reportCount;
    src.charts.sourceVerified = 2;
    for (int r = 1; r <= reportCount; ++r) {
        Report rep;
        rep.id = r;
        rep.doc.title = QStringLiteral("Test report number %1 on separation capacity").arg(r);
        rep.doc.publisher = r % 2 ? QStringLiteral("Example Wire") : QStringLiteral("示例新闻");
        rep.doc.url = QStringLiteral("https://example.invalid/report/%1").arg(r);
        rep.doc.published = DateSpan::day(QDate(2024, 1, 1).addDays(r));
        rep.verification.status = r <= 2 ? VerificationStatus::Verified : VerificationStatus::Unverified;
        rep.verification.reliability = r <= 2 ? QStringLiteral("B") : QString();
        rep.verification.credibility = r <= 2 ? 2 : 0;
        src.reports << rep;
    }
    for (int i = 0; i < eventCount; ++i) {
        Event e;
        e.id = i + 1;
        e.category = static_cast<Category>(i % kCategoryCount);
        e.title = QStringLiteral("Synthetic event %1 with a reasonably long title to wrap in the table").arg(i + 1);
        e.date = DateSpan::day(QDate(2023, 1, 1).addDays(i * 3));
        e.organisations << EventOrgLink{1, QStringLiteral("Baogang Group"), QStringLiteral("包钢集团"), QStringLiteral("actor")};
        e.reports << EventReportLink{1 + i % reportCount, i % reportCount < 2 ? VerificationStatus::Verified : VerificationStatus::Unverified};
        src.events << e;
    }
    return src;
}

int pdfPages(const QByteArray& pdf)
{
    int n = 0;
    for (qsizetype at = pdf.indexOf("/Type /Page"); at >= 0; at = pdf.indexOf("/Type /Page", at + 1))
        if (pdf.mid(at + 11, 1) != "s")
            ++n;
    return n;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestBriefing final : public QObject {
    Q_OBJECT

private slots:
    void pagesFollowThePlan_data()
    {
        QTest::addColumn<int>("events");
        QTest::addColumn<int>("reports");
        QTest::addColumn<int>("minEventPages");
        QTest::newRow("small") << 8 << 4 << 1;
        QTest::newRow("long table") << 120 << 30 << 3;
        QTest::newRow("empty") << 0 << 0 << 1;
    }

    void pagesFollowThePlan()
    {
        QFETCH(int, events);
        QFETCH(int, reports);
        QFETCH(int, minEventPages);
        const BriefingSource src = makeSource(events, reports);
        EventFilter filter;
        filter.from = QDate(2010, 1, 1);
        BriefingOptions o;
        o.title = QStringLiteral("Test briefing");
        o.classification = QStringLiteral("Internal – test");
        const QStringList titles = BriefingExporter::pageTitles(src, filter, o, true);
        QVERIFY(titles.size() >= 1 + 1 + 4 + minEventPages + 1);
        QCOMPARE(titles.first(), o.title);
        QCOMPARE(titles[1], QStringLiteral("Timeline"));
        int eventPages = 0;
        for (const QString& t : titles)
            eventPages += t.startsWith(QStringLiteral("Events"));
        QVERIFY2(eventPages >= minEventPages, qPrintable(titles.join(QLatin1String(" | "))));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("briefing.pdf"));
        const Error e = BriefingExporter::write(path, src, filter, o);
        QVERIFY2(!e, qPrintable(e.detail));
        const QByteArray pdf = readAll(path);
        QVERIFY(pdf.startsWith("%PDF-"));
        QCOMPARE(pdfPages(pdf), int(titles.size()));
        QVERIFY(pdfPages(pdf) >= 4);
        QVERIFY(pdf.contains("/FontFile"));
        const QString shots = qEnvironmentVariable("LODESTONE_SHOT_DIR");
        if (!shots.isEmpty())
            QFile::copy(path, shots + QStringLiteral("/briefing-%1.pdf").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
    }

    // Page 2 is the timeline: its text layer has the axis' years, every lane's name, event labels and the dates
    // it shows; the footer has the sources line and the classification.
    void timelinePageHasAxisLanesAndLabels()
    {
        if (test::pdftotextPath().isEmpty())
            QSKIP("pdftotext is not installed (package poppler-utils, installed by scripts/setup)");
        const BriefingSource src = makeSource(30, 6);
        BriefingOptions o;
        o.classification = QStringLiteral("Internal – test");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.pdf"));
        QVERIFY(!BriefingExporter::write(path, src, EventFilter{}, o));
        const QString page = test::flat(test::pdfText(path, 2, 2));
        QVERIFY2(page.contains(QStringLiteral("Timeline")), qPrintable(page));
        for (const QString& lane : allCategoryLabels())
            QVERIFY2(page.contains(lane), qPrintable(lane + QLatin1String(" missing: ") + page));
        int years = 0;
        for (int y = 1990; y <= 2030; ++y)
            years += page.contains(QString::number(y)) ? 1 : 0;
        QVERIFY2(years >= 4, qPrintable(page));
        QVERIFY(page.contains(QStringLiteral("shown: ")));
        QVERIFY(page.contains(QStringLiteral("Synthetic event")));    // event labels
        QVERIFY(page.contains(QStringLiteral("Sources: 6 reports (2 verified)")));
        QVERIFY(page.contains(QStringLiteral("INTERNAL – TEST")));
        QVERIFY(page.contains(QStringLiteral("Includes unverified reports")));
        QVERIFY(page.contains(QStringLiteral("page 2 of")));
    }

    // Table cells wrap; a cell longer than its lines allow ends with an ellipsis, never cut without a sign.
    void eventCellsWrapOrEndWithAnEllipsis()
    {
        if (test::pdftotextPath().isEmpty())
            QSKIP("pdftotext is not installed (package poppler-utils, installed by scripts/setup)");
        BriefingSource src = makeSource(3, 2);
        const QString longTitle = QStringLiteral("A very long event title that keeps going well past what four lines of the narrow event "
                                                 "column of the briefing table can hold, with more words about separation plants, "
                                                 "quotas, licences, magnets, oxides and the ministries that regulate them all, and "
                                                 "still more words after that so that it is certainly too long, ending here: TAILWORD");
        src.events[0].title = longTitle;
        src.events[1].title = QStringLiteral("Two-line title about a licence for gallium exports from a northern smelter");
        src.events[1].organisations = {EventOrgLink{2, QStringLiteral("Shenghe Resources"), QStringLiteral("盛和资源控股股份有限公司"),
                                                    QStringLiteral("actor")}};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cells.pdf"));
        QVERIFY(!BriefingExporter::write(path, src, EventFilter{}, BriefingOptions{}));
        const QStringList titles = BriefingExporter::pageTitles(src, EventFilter{}, BriefingOptions{}, true);
        const int eventsPage = int(titles.indexOf(QStringLiteral("Events"))) + 1;
        QVERIFY(eventsPage > 1);
        const QString text = test::flat(test::pdfText(path, eventsPage, eventsPage));
        QVERIFY2(text.contains(QStringLiteral("A very long event title")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("TAILWORD")), qPrintable(QStringLiteral("the long title was not shortened: ") + text));
        // (flat() reads the ellipsis "…" as "..." in NFKC)
        QVERIFY2(text.contains(QStringLiteral("...")), qPrintable(QStringLiteral("the shortened title has no ellipsis: ") + text));
        // The two-line title and the bilingual organisation name are whole (wrapped, not cut).
        for (const QString& word : QStringLiteral("Two-line title about a licence for gallium exports from a northern smelter").split(QLatin1Char(' ')))
            QVERIFY2(text.contains(word), qPrintable(word + QLatin1String(" missing: ") + text));
        // The bilingual name wraps inside its cell (the text layer reads the lines apart, between other cells).
        QVERIFY2(text.contains(QStringLiteral("Shenghe Resources")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("盛和资源")) && text.contains(QStringLiteral("有限公司")), qPrintable(text));
    }

    void noTimelineWithoutData()
    {
        BriefingSource src = makeSource(5, 2);
        src.base.reset();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.pdf"));
        QVERIFY(!BriefingExporter::write(path, src, EventFilter{}, BriefingOptions{}));
        QCOMPARE(pdfPages(readAll(path)), int(BriefingExporter::pageTitles(src, EventFilter{}, BriefingOptions{}, false).size()));
    }

    void sourceNumbersFollowTheList()
    {
        const BriefingSource src = makeSource(3, 5);
        const auto numbers = BriefingTables::sourceNumbers(src);
        QCOMPARE(numbers.size(), 5);
        QCOMPARE(numbers.value(src.reports.first().id), 1);
        QCOMPARE(numbers.value(src.reports.last().id), 5);
    }

    void failedWriteKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing-folder/b.pdf"));
        QCOMPARE(BriefingExporter::write(path, makeSource(2, 1), EventFilter{}, BriefingOptions{}).code, ErrorCode::Io);
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestBriefing)
#include "tst_briefing.moc"
