// The timeline as an export of its own (TimelineExport, TimelineChart): SVG carries the axis' year labels,
// every lane name, event labels, legend, title, filter subtitle with the dates shown, the sources footer, the
// unverified note and the classification line as real <text>; the PDF's text layer says the same (pdftotext);
// the PNG has the requested pixels and DPI; a chosen range and chosen lanes are what is drawn; organisation
// lanes carry the organisations' names. With LODESTONE_SHOT_DIR set the files are kept there.
#include "charts/chartcaptions.h"
#include "common/categorylabels.h"
#include "common/dateformat.h"
#include "common/orgnames.h"
#include "pdftext.h"
#include "query/timelinesynthetic.h"
#include "timeline/timelineexport.h"

#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace lodestone;

namespace {

// 600 synthetic events over 2019-2023 (seed 5) in every category, linked to organisations 1..8.
TimelineSource makeSource()
{
    TimelineSource src;
    auto base = std::make_shared<ChartBase>();
    TimelineSyntheticData syn = makeSyntheticTimeline(600, 5, 8);
    // Keep them inside 2019-2023 so the year labels are known.
    for (TimelineEntry& e : syn.entries) {
        const qint32 first = static_cast<qint32>(QDate(2019, 1, 1).toJulianDay());
        const qint32 span = e.endDay - e.startDay;
        e.startDay = first + static_cast<qint32>((e.eventId * 37) % 1800);
        e.endDay = e.startDay + std::min(span, 90);
    }
    base->timeline.entries = syn.entries;
    base->timeline.links = syn.links;
    src.base = base;
    ChartQuery q;
    src.charts = ChartAggregator::aggregate(syn.entries, syn.links, q);
    src.charts.sourceReports = 12;
    src.charts.sourceVerified = 5;
    for (const TimelineEntry& e : syn.entries)
        src.titles.insert(e.eventId, QStringLiteral("Quota notice %1 for the northern separation plants").arg(e.eventId));
    for (qint64 id = 1; id <= 8; ++id) {
        Organisation o;
        o.id = id;
        o.nameEn = QStringLiteral("Kestrel Metals %1").arg(id);
        o.nameZh = QStringLiteral("红隼金属%1").arg(id);
        o.eventCount = 10 * int(id);
        src.organisations << o;
    }
    return src;
}

// Every <text> of an SVG, as one string per element.
QStringList svgTexts(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList out;
    QXmlStreamReader xml(&f);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"text")
            out << xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
    }
    return out;
}

void keep(const QString& path)
{
    const QString dir = qEnvironmentVariable("LODESTONE_SHOT_DIR");
    if (!dir.isEmpty())
        QFile::copy(path, dir + QLatin1Char('/') + QFileInfo(path).fileName());
}

TimelineExportRequest request()
{
    TimelineExportRequest r;
    r.frame.title = QStringLiteral("Quota timeline");
    r.frame.classification = QStringLiteral("Internal – test");
    r.frame.scale = 300 / 72.0;
    r.frame.dpi = 300;
    r.frame.size = QSize(qRound(841.89 * r.frame.scale), qRound(595.28 * r.frame.scale));
    return r;
}

} // namespace

class TstTimelineExport final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        OrgNames::setMode(OrgNameMode::English, false);
        DateFormat::setStyle(DateStyle::Readable, false);
    }

    void svgCarriesEverything()
    {
        const TimelineSource src = makeSource();
        EventFilter filter;
        const QString path = m_dir.filePath(QStringLiteral("timeline.svg"));
        TimelineChart::Result drawn;
        const Error e = TimelineExport::write(path, ExportFormat::Svg, src, filter, request(), &drawn);
        QVERIFY2(!e, qPrintable(e.detail));
        keep(path);
        QVERIFY(QSvgRenderer(path).isValid());
        const QStringList texts = svgTexts(path);
        const QString all = texts.join(QLatin1Char('\n'));
        for (int year = 2019; year <= 2023; ++year)
            QVERIFY2(texts.contains(QString::number(year)), qPrintable(QStringLiteral("no year label %1 in:\n").arg(year) + all));
        for (const QString& lane : allCategoryLabels())
            QVERIFY2(texts.contains(lane), qPrintable(QStringLiteral("no lane \"%1\"").arg(lane)));
        QCOMPARE(drawn.lanes, kCategoryCount);
        QVERIFY(texts.contains(QStringLiteral("Quota timeline")));
        QVERIFY(all.contains(QStringLiteral("shown: ")));
        QVERIFY(all.contains(QStringLiteral("all categories")));
        QVERIFY(all.contains(ChartCaptions::sourcesText(src.charts)));
        QVERIFY(all.contains(QStringLiteral("Sources: 12 reports (5 verified)")));
        QVERIFY(all.contains(QStringLiteral("INTERNAL – TEST")));
        QVERIFY(all.contains(QStringLiteral("Includes unverified reports")));
        QVERIFY(texts.contains(QStringLiteral("Verified")) && texts.contains(QStringLiteral("Unverified"))); // legend
        QVERIFY2(drawn.labels > 0 && all.contains(QStringLiteral("Quota notice")), "no event label");
    }

    void pdfTextLayerCarriesEverything()
    {
        if (test::pdftotextPath().isEmpty())
            QSKIP("pdftotext is not installed (package poppler-utils, installed by scripts/setup)");
        const TimelineSource src = makeSource();
        const QString path = m_dir.filePath(QStringLiteral("timeline.pdf"));
        const Error e = TimelineExport::write(path, ExportFormat::Pdf, src, EventFilter{}, request());
        QVERIFY2(!e, qPrintable(e.detail));
        keep(path);
        const QString text = test::flat(test::pdfText(path));
        QVERIFY2(!text.isEmpty(), "pdftotext read no text");
        for (int year = 2019; year <= 2023; ++year)
            QVERIFY2(text.contains(QString::number(year)), qPrintable(text));
        for (const QString& lane : allCategoryLabels())
            QVERIFY2(text.contains(lane), qPrintable(lane + QLatin1String(" missing in: ") + text));
        QVERIFY2(text.contains(QStringLiteral("Sources: 12 reports (5 verified)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("INTERNAL – TEST")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Quota timeline")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Quota notice")), qPrintable(text));
        // A4 landscape.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pdf = f.readAll();
        QVERIFY2(pdf.contains("/MediaBox [0 0 841.89") || pdf.contains("/MediaBox [0 0 841.9") || pdf.contains("/MediaBox [0 0 842"), pdf.mid(pdf.indexOf("/MediaBox"), 60).constData());
    }

    void pngHasPrintResolution()
    {
        const TimelineSource src = makeSource();
        const QString path = m_dir.filePath(QStringLiteral("timeline.png"));
        const TimelineExportRequest r = request();
        QVERIFY(!TimelineExport::write(path, ExportFormat::Png, src, EventFilter{}, r));
        keep(path);
        const QImage img(path);
        QCOMPARE(img.size(), r.frame.size);
        QVERIFY(std::abs(img.dotsPerMeterX() - qRound(300 / 0.0254)) <= 1);
        // Mostly white paper with ink on it.
        int ink = 0;
        for (int y = 0; y < img.height(); y += 16)
            for (int x = 0; x < img.width(); x += 16)
                ink += img.pixelColor(x, y).lightness() < 200;
        QVERIFY(ink > 200);
    }

    void chosenRangeAndLanes()
    {
        const TimelineSource src = makeSource();
        TimelineExportRequest r = request();
        r.from = QDate(2021, 1, 1);
        r.to = QDate(2021, 12, 31);
        r.lanes = {int(Category::ExportControl), int(Category::MarketPrice)};
        const QString path = m_dir.filePath(QStringLiteral("range.svg"));
        TimelineChart::Result drawn;
        QVERIFY(!TimelineExport::write(path, ExportFormat::Svg, src, EventFilter{}, r, &drawn));
        keep(path);
        QCOMPARE(drawn.lanes, 2);
        QCOMPARE(drawn.laneNames, (QStringList{categoryLabel(Category::ExportControl), categoryLabel(Category::MarketPrice)}));
        const QStringList texts = svgTexts(path);
        QVERIFY(!texts.contains(categoryLabel(Category::Personnel)));
        QVERIFY(!texts.contains(QStringLiteral("2019")));
        const QString all = texts.join(QLatin1Char(' ')).simplified();
        // The subtitle names the dates once: they are the filter's dates now.
        QVERIFY2(all.contains(QStringLiteral("1 Jan 2021 – 31 Dec 2021")), qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("shown:")), qPrintable(all));
        // Only events of those lanes in 2021 are counted (the index's own rule for a range).
        TimelineFilterMask mask;
        for (int c = 0; c < kCategoryCount; ++c)
            mask.setCategory(static_cast<Category>(c), c == int(Category::ExportControl) || c == int(Category::MarketPrice));
        const TimelineIndex index(src.base->timeline.entries, src.base->timeline.links);
        const auto ids = index.eventsInRange(static_cast<qint32>(QDate(2021, 1, 1).toJulianDay()),
                                             static_cast<qint32>(QDate(2021, 12, 31).toJulianDay()), mask);
        QVERIFY(!ids.empty());
        QVERIFY2(std::abs(qint64(drawn.events) - qint64(ids.size())) <= 1, qPrintable(QStringLiteral("%1 vs %2").arg(drawn.events).arg(ids.size())));
    }

    void organisationLanes()
    {
        TimelineSource src = makeSource();
        TimelineExportRequest r = request();
        r.mode = TimelineIndex::LaneMode::Organisation;
        for (OrgNameMode mode : {OrgNameMode::English, OrgNameMode::Chinese}) {
            OrgNames::setMode(mode, false);
            const QString path = m_dir.filePath(QStringLiteral("orgs-%1.svg").arg(OrgNames::key(mode)));
            TimelineChart::Result drawn;
            QVERIFY(!TimelineExport::write(path, ExportFormat::Svg, src, EventFilter{}, r, &drawn));
            keep(path);
            QVERIFY(drawn.lanes >= 2);
            // A name in two scripts may be two <text> runs (one per font): read them joined.
            const QString joined = svgTexts(path).join(QString());
            for (const QString& name : drawn.laneNames)
                QVERIFY2(joined.contains(name), qPrintable(name));
            QVERIFY(drawn.laneNames.first().contains(mode == OrgNameMode::English ? QStringLiteral("Kestrel") : QStringLiteral("红隼")));
        }
        OrgNames::setMode(OrgNameMode::English, false);
        // Lanes of the analyst's choosing: two organisations only.
        r.lanes = {3, 5};
        TimelineChart::Result drawn;
        QVERIFY(!TimelineExport::write(m_dir.filePath(QStringLiteral("two.svg")), ExportFormat::Svg, src, EventFilter{}, r, &drawn));
        QCOMPARE(drawn.lanes, 2);
        QCOMPARE(QSet<QString>(drawn.laneNames.cbegin(), drawn.laneNames.cend()),
                 (QSet<QString>{QStringLiteral("Kestrel Metals 3"), QStringLiteral("Kestrel Metals 5")}));
    }

    void isoDatesInTheSubtitle()
    {
        DateFormat::setStyle(DateStyle::Iso, false);
        const TimelineSource src = makeSource();
        TimelineExportRequest r = request();
        r.from = QDate(2020, 3, 1);
        r.to = QDate(2020, 9, 30);
        const QString path = m_dir.filePath(QStringLiteral("iso.svg"));
        QVERIFY(!TimelineExport::write(path, ExportFormat::Svg, src, EventFilter{}, r));
        DateFormat::setStyle(DateStyle::Readable, false);
        QVERIFY(svgTexts(path).join(QLatin1Char(' ')).simplified().contains(QStringLiteral("2020-03-01 – 2020-09-30")));
    }

    void badPathFails()
    {
        const Error e = TimelineExport::write(m_dir.filePath(QStringLiteral("no/such/folder/t.svg")), ExportFormat::Svg, makeSource(),
                                              EventFilter{}, request());
        QVERIFY(e);
    }
};

QTEST_MAIN(TstTimelineExport)
#include "tst_timelineexport.moc"
