// Chart building and export: every chart in PNG (requested pixel size), SVG (parses, real <text>) and PDF
// (valid, one page); bars drawn in the category colours; charts that were never shown still fill the
// image; bilingual organisation labels; widget export; clipboard; and the ChartsPanel following the
// DataHub filter on a real database (reload off the GUI thread, click narrows, tooltips).
#include "charts/chartbuilder.h"
#include "charts/chartcaptions.h"
#include "charts/chartexportdialog.h"
#include "charts/chartexporter.h"
#include "charts/chartspanel.h"
#include "charts/exportframe.h"
#include "common/categorylabels.h"
#include "common/categorypalette.h"
#include "common/dateformat.h"
#include "pdftext.h"
#include "common/datahub.h"
#include "db/database.h"
#include "ingest/contenthash.h"
#include "query/timelinesynthetic.h"
#include "service/queryservice.h"
#include "store/stores.h"
#include "timeline/timelineview.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTextLayout>
#include <QTest>
#include <QXmlStreamReader>

using namespace lodestone;

namespace {

ChartData syntheticData(size_t n = 5000)
{
    const TimelineSyntheticData syn = makeSyntheticTimeline(n, 7, 30);
    ChartQuery q;
    q.topN = 10;
    ChartData d = ChartAggregator::aggregate(syn.entries, syn.links, q);
    for (OrgCount& o : d.topOrgs) {
        o.name = QStringLiteral("Synthetic Org %1").arg(o.orgId);
        if (o.orgId % 2 == 0)
            o.nameZh = QStringLiteral("包钢集团%1").arg(o.orgId);
    }
    d.reportStatus = {40, 25, 5, 3};
    d.sourceReports = 73;
    d.sourceVerified = 25;
    return d;
}

int distance(QColor a, QColor b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

// Pixels within a small distance of the colour.
int countColour(const QImage& img, QColor c, int tolerance = 12)
{
    int n = 0;
    for (int y = 0; y < img.height(); y += 2)
        for (int x = 0; x < img.width(); x += 2)
            if (distance(img.pixelColor(x, y), c) <= tolerance)
                ++n;
    return n;
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

void saveShot(const QImage& img, const QString& name)
{
    const QString dir = qEnvironmentVariable("LODESTONE_SHOT_DIR");
    if (!dir.isEmpty())
        img.save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

class TestChartExport final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        DateFormat::setStyle(DateStyle::Readable, false);
    }

    void everyChartEveryFormat_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("format");
        for (int k = 0; k < kChartKindCount; ++k)
            for (ExportFormat f : {ExportFormat::Png, ExportFormat::Svg, ExportFormat::Pdf})
                QTest::addRow("%s.%s", qPrintable(chartKindKey(ChartKind(k))), qPrintable(exportFormatKey(f))) << k << int(f);
    }

    void everyChartEveryFormat()
    {
        QFETCH(int, kind);
        QFETCH(int, format);
        QTemporaryDir dir;
        const ChartData data = syntheticData();
        std::unique_ptr<QChart> chart(ChartBuilder::build(ChartKind(kind), data));
        ExportOptions o;
        o.size = QSize(1200, 700);
        ChartCaptions::fill(o, ChartKind(kind), data, EventFilter{});
        o.classification = QStringLiteral("Internal – test only");
        const QString path = dir.filePath(QStringLiteral("chart.") + exportFormatKey(ExportFormat(format)));
        const Error e = ChartExporter::exportChart(chart.get(), ExportFormat(format), path, o);
        QVERIFY2(!e, qPrintable(e.detail));
        QVERIFY(QFile::exists(path));
        const QByteArray bytes = readAll(path);
        switch (ExportFormat(format)) {
        case ExportFormat::Png: {
            QImage img;
            QVERIFY(img.loadFromData(bytes, "PNG"));
            QCOMPARE(img.size(), QSize(1200, 700));
            saveShot(img, QStringLiteral("chart-") + chartKindKey(ChartKind(kind)));
            break;
        }
        case ExportFormat::Svg: {
            QSvgRenderer svg(bytes);
            QVERIFY(svg.isValid());
            QVERIFY(bytes.contains("<text"));
            QVERIFY(bytes.contains("viewBox=\"0 0 600 350\""));
            QVERIFY(QString::fromUtf8(bytes).contains(o.title.toHtmlEscaped()));
            break;
        }
        case ExportFormat::Pdf:
            QVERIFY(bytes.startsWith("%PDF-"));
            QCOMPARE(pdfPages(bytes), 1);
            QVERIFY(bytes.contains("/FontFile")); // fonts embedded
            break;
        }
    }

    // What an exported chart promises, read back from the file: title, filter subtitle, legend, the sources
    // footer, the classification line (top and bottom), the unverified warning, the export date, and for PNG
    // the pixel size and DPI asked for.
    void exportsSayWhatTheyPromise_data()
    {
        QTest::addColumn<int>("format");
        for (ExportFormat f : {ExportFormat::Png, ExportFormat::Svg, ExportFormat::Pdf})
            QTest::addRow("%s", qPrintable(exportFormatKey(f))) << int(f);
    }

    void exportsSayWhatTheyPromise()
    {
        QFETCH(int, format);
        QTemporaryDir dir;
        const ChartData data = syntheticData();
        EventFilter filter;
        filter.from = QDate(2019, 3, 1);
        filter.to = QDate(2024, 8, 31);
        std::unique_ptr<QChart> chart(ChartBuilder::build(ChartKind::EventsOverTime, data));
        ExportOptions o;
        o.size = QSize(3000, 1800);
        o.scale = 3;
        o.dpi = 300;
        o.exportedAt = QDateTime(QDate(2026, 3, 4), QTime(9, 0));
        ChartCaptions::fill(o, ChartKind::EventsOverTime, data, filter, QStringLiteral("Events by month, test"));
        o.classification = QStringLiteral("Internal – test only");
        const QString path = dir.filePath(QStringLiteral("promise.") + exportFormatKey(ExportFormat(format)));
        QVERIFY(!ChartExporter::exportChart(chart.get(), ExportFormat(format), path, o));
        if (ExportFormat(format) == ExportFormat::Png) {
            const QImage img(path);
            QCOMPARE(img.size(), QSize(3000, 1800));
            QCOMPARE(img.dotsPerMeterX(), qRound(300 / 0.0254));
            QCOMPARE(img.dotsPerMeterY(), qRound(300 / 0.0254));
            saveShot(img, QStringLiteral("chart-promise"));
            return; // the same painting as SVG and PDF, whose text is read below
        }
        QString text;
        if (ExportFormat(format) == ExportFormat::Svg) {
            QXmlStreamReader xml(readAll(path));
            QStringList texts;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == u"text")
                    texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
            text = texts.join(QLatin1Char(' ')).simplified();
        } else {
            if (test::pdftotextPath().isEmpty())
                QSKIP("pdftotext is not installed (package poppler-utils, installed by scripts/setup)");
            text = test::flat(test::pdfText(path));
        }
        QVERIFY2(text.contains(QStringLiteral("Events by month, test")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("1 Mar 2019 – 31 Aug 2024")), qPrintable(text));     // subtitle: the dates
        QVERIFY2(text.contains(QStringLiteral("all categories")), qPrintable(text));               // ... the categories
        QVERIFY2(text.contains(QStringLiteral("verified and unverified reports")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("one bar per")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Sources: 73 reports (25 verified)")), qPrintable(text));
        QCOMPARE(text.count(QStringLiteral("INTERNAL – TEST ONLY")), 2);                          // top and bottom
        QVERIFY2(text.contains(QStringLiteral("Includes unverified reports")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Exported 4 Mar 2026")), qPrintable(text));
        // The legend names the categories the bars are stacked by.
        int legend = 0;
        for (int c = 0; c < kCategoryCount; ++c)
            legend += text.contains(categoryLabel(static_cast<Category>(c))) ? 1 : 0;
        QVERIFY2(legend >= 5, qPrintable(text));
        // Fully verified data: no warning.
        ChartData verified = data;
        verified.eventStatus = {0, verified.eventCount, 0, 0};
        ExportOptions quiet = o;
        ChartCaptions::fill(quiet, ChartKind::EventsOverTime, verified, filter);
        QVERIFY(quiet.note.isEmpty());
    }

    void barsUseCategoryColours()
    {
        ChartData d;
        d.eventCount = 30;
        d.byCategory[size_t(Category::ExportControl)] = 20;
        d.byCategory[size_t(Category::Partnership)] = 10;
        d.firstDay = d.lastDay = static_cast<qint32>(QDate(2024, 1, 1).toJulianDay());
        d.overTime.bucket = ChartBucket::Month;
        d.overTime.bucketStarts = {d.firstDay};
        d.overTime.counts.resize(1);
        d.overTime.counts[0][size_t(Category::ExportControl)] = 20;
        d.overTime.counts[0][size_t(Category::Partnership)] = 10;
        for (ChartKind kind : {ChartKind::EventsByCategory, ChartKind::EventsOverTime}) {
            std::unique_ptr<QChart> chart(ChartBuilder::build(kind, d));
            ExportOptions o;
            o.size = QSize(800, 450);
            o.scale = 1;
            o.frame = false;
            const QImage img = ChartExporter::renderImage(chart.get(), o);
            saveShot(img, QStringLiteral("colours-") + chartKindKey(kind));
            const int exportControl = countColour(img, CategoryPalette::color(Category::ExportControl));
            const int partnership = countColour(img, CategoryPalette::color(Category::Partnership));
            QVERIFY2(exportControl > 500, qPrintable(QString::number(exportControl)));
            QVERIFY2(partnership > 200, qPrintable(QString::number(partnership)));
            QVERIFY(exportControl > partnership); // twice as many events, larger bar
            QVERIFY(countColour(img, CategoryPalette::color(Category::MarketPrice)) < 20);
        }
    }

    void hiddenChartFillsTheImage()
    {
        // A chart never shown in a view must not render at its tiny default size.
        std::unique_ptr<QChart> chart(ChartBuilder::build(ChartKind::TopOrganisations, syntheticData()));
        ExportOptions o;
        o.size = QSize(1600, 900);
        o.frame = false;
        const QImage img = ChartExporter::renderImage(chart.get(), o);
        const QColor bar = ChartBuilder::orgBarColor();
        int longest = 0;
        for (int y = 0; y < img.height(); y += 2) {
            int run = 0;
            for (int x = 0; x < img.width(); ++x)
                run += distance(img.pixelColor(x, y), bar) < 12;
            longest = std::max(longest, run);
        }
        QVERIFY2(longest > img.width() / 3, qPrintable(QStringLiteral("longest bar %1 px of %2").arg(longest).arg(img.width())));
    }

    void bilingualOrganisationLabels()
    {
        QCOMPARE(ChartBuilder::orgLabel(QStringLiteral("Baogang Group"), QStringLiteral("包钢集团")), QStringLiteral("Baogang Group 包钢集团"));
        QCOMPARE(ChartBuilder::orgLabel(QString(), QStringLiteral("包钢集团")), QStringLiteral("包钢集团"));
        QCOMPARE(ChartBuilder::orgLabel(QStringLiteral("Lynas"), QString()), QStringLiteral("Lynas"));
        QTemporaryDir dir;
        std::unique_ptr<QChart> chart(ChartBuilder::build(ChartKind::TopOrganisations, syntheticData()));
        const QString path = dir.filePath(QStringLiteral("orgs.svg"));
        QVERIFY(!ChartExporter::exportChart(chart.get(), ExportFormat::Svg, path, ExportOptions{}));
        QVERIFY(QString::fromUtf8(readAll(path)).contains(QStringLiteral("包钢集团")));
    }

    void captions()
    {
        ChartData d = syntheticData(500);
        EventFilter f;
        f.from = QDate(2020, 1, 1);
        f.to = QDate(2021, 6, 30);
        f.categories = {Category::ExportControl};
        f.verifiedOnly = true;
        const QString text = ChartCaptions::filterText(f, d);
        QVERIFY2(text.contains(QStringLiteral("2020")) && text.contains(QStringLiteral("2021")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Export control")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("verified reports only")), qPrintable(text));
        QCOMPARE(ChartCaptions::sourcesText(d), QStringLiteral("Sources: 73 reports (25 verified)"));
        d.sourceReports = 1;
        d.sourceVerified = 0;
        QCOMPARE(ChartCaptions::sourcesText(d), QStringLiteral("Sources: 1 report (0 verified)"));
        d.sourceReports = 73;
        d.sourceVerified = 25;
        QVERIFY(!ChartCaptions::unverifiedNote(d).isEmpty());
        d.eventStatus = {0, d.eventCount, 0, 0};
        QVERIFY(ChartCaptions::unverifiedNote(d).isEmpty());
    }

    void exportWidgetRendersTheTimeline()
    {
        const TimelineSyntheticData syn = makeSyntheticTimeline(3000);
        TimelineView view;
        view.setIndex(std::make_shared<TimelineIndex>(syn.entries, syn.links));
        view.resize(1200, 600);
        view.fitAll();
        QTemporaryDir dir;
        ExportOptions o;
        o.size = QSize(1600, 900);
        o.title = QStringLiteral("Timeline");
        for (ExportFormat f : {ExportFormat::Png, ExportFormat::Svg, ExportFormat::Pdf}) {
            const QString path = dir.filePath(QStringLiteral("timeline.") + exportFormatKey(f));
            QVERIFY(!ChartExporter::exportWidget(&view, f, path, o));
            QVERIFY(QFileInfo(path).size() > 1000);
        }
        QImage img(dir.filePath(QStringLiteral("timeline.png")));
        QCOMPARE(img.size(), QSize(1600, 900));
        saveShot(img, QStringLiteral("timeline-export"));
        int coloured = 0;
        for (int c = 0; c < kCategoryCount; ++c)
            coloured += countColour(img, CategoryPalette::color(c), 30);
        QVERIFY2(coloured > 200, qPrintable(QString::number(coloured)));
    }

    // #17: the export dialog starts in the folder of the last export (it forgot it before), and in
    // Documents when that folder is gone.
    void exportDialogRemembersItsFolder()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LodestoneTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_chartexport"));
        QSettings().remove(QStringLiteral("export/lastDir"));
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("briefings"));
        QVERIFY(QDir().mkpath(folder));
        {
            ChartExportDialog first(ChartExportDialog::Mode::Chart, QStringLiteral("Events by category"));
            QVERIFY(QFileInfo(first.path()).absolutePath() != folder);
            QLineEdit* pathEdit = nullptr;
            for (QLineEdit* e : first.findChildren<QLineEdit*>())
                if (e->text() == first.path())
                    pathEdit = e;
            QVERIFY(pathEdit);
            pathEdit->setText(QDir(folder).filePath(QStringLiteral("chart.png")));
            first.accept();
        }
        ChartExportDialog second(ChartExportDialog::Mode::Briefing, QStringLiteral("Briefing"));
        QCOMPARE(QFileInfo(second.path()).absolutePath(), folder);
        QVERIFY(QDir(folder).removeRecursively());
        ChartExportDialog third(ChartExportDialog::Mode::Chart, QStringLiteral("Events by category"));
        QVERIFY(QFileInfo(third.path()).absolutePath() != folder);
    }

    // #17: a subtitle of two Chinese lines (taller than the Latin font's line spacing, through the CJK
    // fallback font) gets the room of both lines; its second line was clipped by the content below.
    void chineseSubtitleKeepsItsSecondLine()
    {
        const QFont f = ExportFrame::font(14);
        QTextLayout probe(QStringLiteral("时间线显示范围"), f);
        probe.beginLayout();
        QTextLine line = probe.createLine();
        line.setLineWidth(1000);
        probe.endLayout();
        if (line.height() <= QFontMetricsF(f).lineSpacing() + 0.5)
            QSKIP("no CJK fallback font taller than the Latin font here (fonts-noto-cjk)");
        const QRectF page(0, 0, 1100, 620);
        ExportOptions latin;
        latin.title = QStringLiteral("Timeline");
        latin.subtitle = QStringLiteral("all dates from the first to the last event · all categories · verified and unverified reports · "
                                        "many events · shown: from the first day to the last day of the range");
        ExportOptions chinese = latin;
        chinese.subtitle = QStringLiteral("全部日期（2003年1月1日 – 2026年12月7日）· 全部类别 · 已核实和未核实的报告 · 122 个事件 · "
                                          "显示范围：2002年5月28日 – 2027年7月13日 · 再加一些文字使它换行");
        const qreal latinTop = ExportFrame::contentRect(page, latin).top();
        const qreal chineseTop = ExportFrame::contentRect(page, chinese).top();
        QVERIFY2(chineseTop > latinTop + 1, qPrintable(QStringLiteral("Chinese %1, Latin %2").arg(chineseTop).arg(latinTop)));
    }

    void badSizeIsRefused()
    {
        std::unique_ptr<QChart> chart(ChartBuilder::build(ChartKind::EventsByCategory, syntheticData(100)));
        ExportOptions o;
        o.size = QSize(4, 4);
        QCOMPARE(ChartExporter::exportChart(chart.get(), ExportFormat::Png, QStringLiteral("/tmp/never.png"), o).code,
                 ErrorCode::InvalidArgument);
        o.size = QSize(800, 600);
        QCOMPARE(ChartExporter::exportChart(chart.get(), ExportFormat::Png, QStringLiteral("/nonexistent-dir/x.png"), o).code,
                 ErrorCode::Io);
    }

    void clipboard()
    {
        std::unique_ptr<QChart> chart(ChartBuilder::build(ChartKind::VerificationStatus, syntheticData(100)));
        ExportOptions o;
        o.size = QSize(640, 360);
        ChartExporter::copyToClipboard(chart.get(), o);
        const QImage img = QGuiApplication::clipboard()->image();
        if (img.isNull())
            QSKIP("this platform plugin has no clipboard");
        QCOMPARE(img.size(), QSize(640, 360));
    }

    void panelFollowsTheFilter()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("panel.sqlite"));
        {
            Error error;
            auto db = Database::open(path, Database::Mode::ReadWrite, &error);
            QVERIFY2(db, qPrintable(error.detail));
            Stores s(*db);
            ParsedDocument doc;
            doc.title = QStringLiteral("Panel test report");
            doc.text = QStringLiteral("Panel test text about a refinery.");
            doc.format = QStringLiteral("text");
            const qint64 report = s.reports.insert(doc, contentHash(doc.text), QDateTime::currentDateTimeUtc());
            const qint64 org = s.orgs.idFor(OrgMention{QStringLiteral("auto:panelco"), QStringLiteral("Panelco"), 0, 0, true});
            for (int i = 0; i < 6; ++i) {
                ExtractedEvent e;
                e.category = i < 4 ? Category::InvestmentProject : Category::MarketPrice;
                e.title = QStringLiteral("Panel event %1").arg(i);
                e.date = DateSpan::day(QDate(2024, 1 + i, 3), QStringLiteral("test"));
                e.organisations << EventOrgRole{QStringLiteral("auto:panelco"), QStringLiteral("actor")};
                e.evidence = Evidence{0, e.title, 0, int(e.title.size())};
                s.events.store(report, e, {{QStringLiteral("auto:panelco"), org}});
            }
        }
        QueryService queries(path, 1);
        DataHub hub(queries, nullptr);
        ChartsPanel panel(hub);
        QSignalSpy loaded(&panel, &ChartsPanel::dataLoaded);
        QVERIFY2(loaded.wait(20000), qPrintable(panel.findChild<QLabel*>(QStringLiteral("chartsStatus"))->text()));
        QCOMPARE(panel.data().eventCount, quint64(6));
        auto* series = qobject_cast<QAbstractBarSeries*>(panel.chart(ChartKind::EventsOverTime)->series().first());
        qreal total = 0;
        for (QBarSet* set : series->barSets())
            total += set->sum();
        QCOMPARE(total, 6.0);

        // Clicking the investment bar narrows to that category; the hub's new filter reloads the charts.
        const EventFilter narrowed = panel.filterForClick(ChartKind::EventsByCategory, int(Category::InvestmentProject), 0);
        QCOMPARE(narrowed.categories, QSet<Category>{Category::InvestmentProject});
        QSignalSpy requested(&panel, &ChartsPanel::filterRequested);
        auto* byCategory = qobject_cast<QAbstractBarSeries*>(panel.chart(ChartKind::EventsByCategory)->series().first());
        emit byCategory->barSets()[int(Category::InvestmentProject)]->clicked(0);
        QCOMPARE(requested.size(), 1);
        QVERIFY(requested.first().first().value<EventFilter>() == narrowed);
        hub.setFilter(narrowed);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(panel.data().eventCount, quint64(4));

        const EventFilter byOrg = panel.filterForClick(ChartKind::TopOrganisations, 0, 0);
        QCOMPARE(byOrg.orgIds.size(), 1);
        const EventFilter verified = panel.filterForClick(ChartKind::VerificationStatus, int(VerificationStatus::Verified), 1);
        QVERIFY(verified.verifiedOnly);
        const EventFilter bucket = panel.filterForClick(ChartKind::EventsOverTime, int(Category::InvestmentProject), 0);
        QVERIFY(bucket.from.isValid() && bucket.to.isValid() && bucket.from <= bucket.to);
        QVERIFY(panel.tooltipFor(ChartKind::EventsByCategory, int(Category::InvestmentProject), 0).contains(QLatin1Char('4')));
        QVERIFY(panel.tooltipFor(ChartKind::TopOrganisations, 0, 0).contains(QStringLiteral("Panelco")));
    }
};

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
