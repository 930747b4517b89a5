// The briefing pack PDF: title page, timeline, the four charts, paginated event table and numbered
// sources; page count matches the plan, fonts are embedded, Chinese names are carried, the file is
// written atomically. With LODESTONE_SHOT_DIR set the PDF is kept there for a human look.
#include "charts/briefingexporter.h"
#include "charts/briefingtables.h"
#include "query/timelinesynthetic.h"
#include "timeline/timelineview.h"

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

    void givenTimelineIsUsed()
    {
        const BriefingSource src = makeSource(10, 3);
        TimelineView view;
        view.setIndex(std::make_shared<TimelineIndex>(src.base->timeline.entries, src.base->timeline.links));
        view.resize(1000, 500);
        view.fitAll();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("b.pdf"));
        QVERIFY(!BriefingExporter::write(path, src, EventFilter{}, BriefingOptions{}, &view));
        QCOMPARE(view.size(), QSize(1000, 500)); // restored after rendering
        QCOMPARE(pdfPages(readAll(path)), int(BriefingExporter::pageTitles(src, EventFilter{}, BriefingOptions{}, true).size()));
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
