#include "briefingexporter.h"

#include "charts/briefingtables.h"
#include "charts/chartbuilder.h"
#include "charts/chartcaptions.h"
#include "charts/chartexporter.h"
#include "charts/exportframe.h"
#include "common/dateformat.h"
#include "interchange/eventexporter.h"
#include "timeline/timelinechart.h"
#include "timeline/timelineexport.h"
#include "util/log.h"

#include <QBuffer>
#include <QChart>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <memory>

namespace lodestone {

namespace {

constexpr int kResolution = 288;
constexpr qreal kTableFontPx = 9.5;
const QColor kInk(0x1f, 0x29, 0x33);
const QColor kMuted(0x5f, 0x6b, 0x7a);
const QColor kAccent(0x2f, 0x55, 0x8f);

QString tr(const char* text, int n = -1)
{
    // The context lupdate files these strings under (tr() calls here sit in free functions of namespace lodestone); tst_translations checks.
    return QCoreApplication::translate("lodestone", text, nullptr, n);
}

struct Page {
    QString title;
    BriefingTables::PagePainter paint;
    QString subtitleExtra; // appended to the page's subtitle (the timeline's dates)
};

QString defaultTitle(const BriefingOptions& o)
{
    return o.title.isEmpty() ? tr("Critical minerals briefing") : o.title;
}

ExportOptions frameOptions(const BriefingSource& src, const EventFilter& filter, const BriefingOptions& o)
{
    ExportOptions f;
    f.subtitle = ChartCaptions::filterText(filter, src.charts);
    f.sources = ChartCaptions::sourcesText(src.charts);
    f.note = ChartCaptions::unverifiedNote(src.charts);
    f.classification = o.classification;
    f.exportedAt = o.exportedAt;
    return f;
}

// Key figures and contents on the first page.
void paintTitlePage(QPainter& p, const QRectF& r, const BriefingSource& src, const QStringList& contents)
{
    const ChartData& d = src.charts;
    const QLocale locale;
    struct Figure {
        QString value;
        QString label;
    };
    QString span = tr("no events");
    if (!d.isEmpty()) {
        const QDate first = QDate::fromJulianDay(d.firstDay);
        const QDate last = QDate::fromJulianDay(d.lastDay);
        span = first.year() == last.year()
                   ? QStringLiteral("%1 – %2").arg(DateFormat::month(first), DateFormat::month(last))
                   : QStringLiteral("%1 – %2").arg(first.year()).arg(last.year());
    }
    const QList<Figure> figures = {
        {locale.toString(d.eventCount), tr("events match the filter")},
        {locale.toString(d.sourceReports), tr("source reports, %1 verified").arg(locale.toString(d.sourceVerified))},
        {locale.toString(d.unverifiedEvents()), tr("events without a verified report")},
        {span, tr("period covered")},
    };
    const qreal boxW = r.width() / figures.size();
    const qreal valuePx = std::max(18.0, r.height() * 0.09);
    for (int i = 0; i < figures.size(); ++i) {
        const QRectF box(r.left() + i * boxW, r.top(), boxW - 12, valuePx * 2.6);
        p.fillRect(QRectF(box.left(), box.top(), 4, box.height()), kAccent);
        QFont valueFont = ExportFrame::font(valuePx, QFont::Bold);
        const qreal needed = QFontMetricsF(valueFont).horizontalAdvance(figures[i].value);
        if (needed > box.width() - 18)
            valueFont.setPixelSize(std::max(8, int(valuePx * (box.width() - 18) / needed)));
        p.setFont(valueFont);
        p.setPen(kInk);
        p.drawText(box.adjusted(14, 0, 0, -valuePx), Qt::AlignLeft | Qt::AlignVCenter, figures[i].value);
        p.setFont(ExportFrame::font(valuePx * 0.42));
        p.setPen(kMuted);
        p.drawText(box.adjusted(14, valuePx * 1.55, 0, 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, figures[i].label);
    }
    qreal y = r.top() + valuePx * 3.4;
    p.setFont(ExportFrame::font(valuePx * 0.5, QFont::DemiBold));
    p.setPen(kInk);
    p.drawText(QRectF(r.left(), y, r.width(), valuePx), Qt::AlignLeft | Qt::AlignVCenter, tr("Contents"));
    y += valuePx;
    const QFont item = ExportFrame::font(valuePx * 0.45);
    const qreal line = QFontMetricsF(item).lineSpacing() * 1.25;
    p.setFont(item);
    for (int i = 0; i < contents.size() && y + line <= r.bottom(); ++i, y += line)
        p.drawText(QRectF(r.left(), y, r.width(), line), Qt::AlignLeft | Qt::AlignVCenter, contents[i]);
}

TimelineSource timelineSource(const BriefingSource& src)
{
    TimelineSource t;
    t.base = src.base;
    t.charts = src.charts;
    t.mask = src.mask;
    t.organisations = src.organisations;
    t.titles = src.titles;
    for (const Event& e : src.events) // the event table's events label the timeline too
        if (!t.titles.contains(e.id))
            t.titles.insert(e.id, e.title);
    return t;
}

TimelineExportRequest timelineRequest(const EventFilter& filter, const BriefingOptions& o)
{
    TimelineExportRequest r;
    r.from = filter.from;
    r.to = filter.to;
    r.mode = o.laneMode;
    return r;
}

// "shown: 1 Jan 2020 – 31 Dec 2024": the timeline page's dates, added to its subtitle.
QString shownText(const TimelineChartSpec& spec, const EventFilter& filter)
{
    if (spec.day1 < spec.day0)
        return {};
    if (filter.from.isValid() && filter.to.isValid() && filter.from.toJulianDay() == spec.day0 && filter.to.toJulianDay() == spec.day1)
        return {}; // the subtitle names them already
    return tr("shown: %1").arg(DateFormat::dayRange(QDate::fromJulianDay(spec.day0), QDate::fromJulianDay(spec.day1)));
}

bool hasTimeline(const BriefingSource& src)
{
    return src.base && !src.base->timeline.entries.empty();
}

QList<Page> buildPages(const BriefingSource& src, const EventFilter& filter, const BriefingOptions& o, bool withTimeline,
                       const QRectF& content, std::vector<std::unique_ptr<QChart>>& charts)
{
    QList<Page> pages;
    pages << Page{defaultTitle(o), {}, {}};
    const bool timeline = withTimeline && hasTimeline(src);
    if (timeline) {
        // The same chart as File › Export Timeline: the filter's dates (or the events' first to last), every lane.
        const TimelineSource tsrc = timelineSource(src);
        const TimelineExportRequest request = timelineRequest(filter, o);
        auto index = TimelineExport::index(tsrc);
        auto spec = std::make_shared<TimelineChartSpec>(TimelineExport::spec(tsrc, request));
        pages << Page{tr("Timeline"), [index, spec](QPainter& p, const QRectF& r) { TimelineChart::paint(p, r, *index, *spec); },
                      shownText(*spec, filter)};
    }
    ChartStyle style;
    style.fontPx = 13;
    for (int k = 0; k < kChartKindCount; ++k) {
        const auto kind = static_cast<ChartKind>(k);
        charts.push_back(std::unique_ptr<QChart>(ChartBuilder::build(kind, src.charts, style)));
        QChart* chart = charts.back().get();
        QString title = ChartBuilder::title(kind);
        if (kind == ChartKind::EventsOverTime)
            title += QStringLiteral(" (%1)").arg(tr("one bar per %1").arg(ChartBuilder::bucketName(src.charts.overTime.bucket)));
        pages << Page{title, [chart](QPainter& p, const QRectF& r) { ChartExporter::paintChart(p, chart, r); }, {}};
    }
    const auto eventPages = BriefingTables::eventPages(src, content.size(), kTableFontPx);
    for (int i = 0; i < eventPages.size(); ++i)
        //: page title: the event table's page %1 of %2 pages
        pages << Page{eventPages.size() > 1 ? tr("Events (%1 of %2)").arg(i + 1).arg(eventPages.size()) : tr("Events"), eventPages[i], {}};
    const auto sourcePages = BriefingTables::sourcePages(src, content.size(), kTableFontPx);
    for (int i = 0; i < sourcePages.size(); ++i)
        //: page title: the source list's page %1 of %2 pages
        pages << Page{sourcePages.size() > 1 ? tr("Sources (%1 of %2)").arg(i + 1).arg(sourcePages.size()) : tr("Sources"), sourcePages[i], {}};
    QStringList contents; // one line per section with its first page number
    const int firstEvents = 1 + (timeline ? 1 : 0) + kChartKindCount;
    const int firstSources = firstEvents + int(eventPages.size());
    for (int i = 1; i < pages.size(); ++i) {
        if (i < firstEvents)
            contents << QStringLiteral("%1   %2").arg(i + 1).arg(pages[i].title);
        else if (i == firstEvents)
            contents << QStringLiteral("%1   %2").arg(i + 1).arg(tr("Events"));
        else if (i == firstSources)
            contents << QStringLiteral("%1   %2").arg(i + 1).arg(tr("Sources"));
    }
    pages[0].paint = [&src, contents](QPainter& p, const QRectF& r) { paintTitlePage(p, r, src, contents); };
    return pages;
}

} // namespace

QStringList BriefingExporter::pageTitles(const BriefingSource& src, const EventFilter& filter, const BriefingOptions& o,
                                         bool withTimeline)
{
    ExportOptions f = frameOptions(src, filter, o);
    f.title = defaultTitle(o);
    const QRectF content = ExportFrame::contentRect(QRectF(QPointF(0, 0), o.pageSize), f);
    std::vector<std::unique_ptr<QChart>> charts;
    QStringList out;
    for (const Page& p : buildPages(src, filter, o, withTimeline, content, charts))
        out << p.title;
    return out;
}

std::vector<qint64> BriefingExporter::timelineMarkerEvents(const BriefingSource& src, const EventFilter& filter,
                                                           const BriefingOptions& o)
{
    if (!hasTimeline(src))
        return {};
    const TimelineSource tsrc = timelineSource(src);
    const TimelineChartSpec spec = TimelineExport::spec(tsrc, timelineRequest(filter, o));
    ExportOptions f = frameOptions(src, filter, o);
    f.title = QCoreApplication::translate("lodestone", "Timeline");
    if (const QString shown = shownText(spec, filter); !shown.isEmpty())
        f.subtitle += QStringLiteral(" · ") + shown;
    const QRectF content = ExportFrame::contentRect(QRectF(QPointF(0, 0), o.pageSize), f);
    return TimelineChart::markerEvents(*TimelineExport::index(tsrc), spec, content);
}

Error BriefingExporter::write(const QString& path, const BriefingSource& src, const EventFilter& filter,
                              const BriefingOptions& o)
{
    ExportOptions frame = frameOptions(src, filter, o);
    frame.title = defaultTitle(o);
    const QRectF page(QPointF(0, 0), o.pageSize);
    const QRectF content = ExportFrame::contentRect(page, frame);
    std::vector<std::unique_ptr<QChart>> charts;
    const QList<Page> pages = buildPages(src, filter, o, true, content, charts);

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setCreator(QStringLiteral("Lodestone"));
        pdf.setTitle(defaultTitle(o));
        pdf.setResolution(kResolution);
        pdf.setPageSize(QPageSize(o.pageSize, QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter p;
        if (!p.begin(&pdf))
            return {ErrorCode::Internal, QStringLiteral("PDF writer could not start")};
        for (int i = 0; i < pages.size(); ++i) {
            if (i > 0)
                pdf.newPage();
            p.resetTransform();
            p.scale(kResolution / 72.0, kResolution / 72.0);
            p.setRenderHint(QPainter::Antialiasing);
            p.setRenderHint(QPainter::TextAntialiasing);
            ExportOptions f = frame;
            f.title = pages[i].title;
            if (!pages[i].subtitleExtra.isEmpty())
                f.subtitle += QStringLiteral(" · ") + pages[i].subtitleExtra;
            if (i == 0)
                f.title = defaultTitle(o);
            f.pageLabel = QCoreApplication::translate("lodestone", "page %1 of %2").arg(i + 1).arg(pages.size());
            ExportFrame::paint(p, page, f);
            const QRectF r = ExportFrame::contentRect(page, f);
            p.save();
            p.setClipRect(r.adjusted(-2, -2, 2, 2));
            pages[i].paint(p, r);
            p.restore();
        }
        p.end();
    }
    const Error e = EventExporter::writeFile(path, bytes);
    if (!e)
        log::get("ui.charts")->info("briefing written: {} pages, {} events, {} sources", pages.size(), src.events.size(),
                                    src.reports.size());
    return e;
}

} // namespace lodestone
