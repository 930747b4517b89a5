#include "timelineexport.h"

#include "charts/chartcaptions.h"
#include "charts/chartexporter.h"
#include "charts/exportframe.h"
#include "common/dateformat.h"
#include "timelinelanes.h"
#include "util/log.h"

#include <QCoreApplication>
#include <algorithm>

namespace lodestone {

namespace {

QRectF contentFor(const ExportOptions& o)
{
    return ExportFrame::contentRect(QRectF(QPointF(0, 0), o.logicalSize()), o);
}

} // namespace

EventFilter TimelineExport::filterFor(const EventFilter& filter, const TimelineExportRequest& request)
{
    EventFilter f = filter;
    if (request.from.isValid() && (!f.from.isValid() || request.from > f.from))
        f.from = request.from;
    if (request.to.isValid() && (!f.to.isValid() || request.to < f.to))
        f.to = request.to;
    return f;
}

std::shared_ptr<const TimelineIndex> TimelineExport::index(const TimelineSource& src)
{
    if (!src.base)
        return std::make_shared<const TimelineIndex>(std::vector<TimelineEntry>{});
    return std::make_shared<const TimelineIndex>(src.base->timeline.entries, src.base->timeline.links);
}

TimelineChartSpec TimelineExport::spec(const TimelineSource& src, const TimelineExportRequest& request)
{
    TimelineChartSpec spec;
    spec.mode = request.mode;
    spec.mask = src.mask;
    if (request.from.isValid() && request.to.isValid()) {
        spec.day0 = static_cast<qint32>(request.from.toJulianDay());
        spec.day1 = static_cast<qint32>(request.to.toJulianDay());
    } else if (!src.charts.isEmpty()) {
        // The matching events' first and last start, with a margin so the ends are not on the plot's edge.
        qint32 d0 = request.from.isValid() ? static_cast<qint32>(request.from.toJulianDay()) : src.charts.firstDay;
        qint32 d1 = request.to.isValid() ? static_cast<qint32>(request.to.toJulianDay()) : src.charts.lastDay;
        if (d1 < d0)
            std::swap(d0, d1);
        const qint32 margin = std::max<qint32>(3, (d1 - d0) / 40);
        spec.day0 = request.from.isValid() ? d0 : d0 - margin;
        spec.day1 = request.to.isValid() ? d1 : d1 + margin;
    }
    if (request.mode == TimelineIndex::LaneMode::Organisation) {
        TimelineLanes::Organisations lanes = TimelineLanes::organisations(src.organisations);
        for (qint64 id : request.lanes)
            for (size_t i = 0; i < lanes.lanes.size(); ++i)
                if (lanes.lanes[i].key == id)
                    spec.lanes.push_back(static_cast<int>(i));
        spec.orgLanes = std::move(lanes.lanes);
        spec.laneLabels = lanes.labels;
    } else if (request.mode == TimelineIndex::LaneMode::Category) {
        for (qint64 c : request.lanes)
            if (c >= 0 && c < kCategoryCount)
                spec.lanes.push_back(static_cast<int>(c));
    }
    std::sort(spec.lanes.begin(), spec.lanes.end());
    spec.lanes.erase(std::unique(spec.lanes.begin(), spec.lanes.end()), spec.lanes.end());
    if (!request.lanes.isEmpty() && spec.lanes.empty())
        spec.lanes.push_back(-1); // lanes were chosen and none exists: draw none rather than all
    const QHash<qint64, QString> titles = src.titles;
    spec.title = [titles](qint64 id) { return titles.value(id); };
    return spec;
}

std::vector<qint64> TimelineExport::markerEvents(const TimelineSource& src, const EventFilter& filter,
                                                 const TimelineExportRequest& request)
{
    const auto idx = index(src);
    return TimelineChart::markerEvents(*idx, spec(src, request), contentFor(frameOptions(src, filter, request)));
}

ExportOptions TimelineExport::frameOptions(const TimelineSource& src, const EventFilter& filter, const TimelineExportRequest& request)
{
    ExportOptions o = request.frame;
    if (o.title.isEmpty())
        o.title = QCoreApplication::translate("lodestone::TimelineExport", "Timeline");
    const EventFilter narrowed = filterFor(filter, request);
    o.subtitle = ChartCaptions::filterText(narrowed, src.charts);
    if (request.from.isValid() || request.to.isValid() || !src.charts.isEmpty()) {
        const TimelineChartSpec s = spec(src, request);
        // The dates drawn, unless the subtitle already names them as the filter's.
        const bool named = narrowed.from.isValid() && narrowed.to.isValid() && narrowed.from.toJulianDay() == s.day0 &&
                           narrowed.to.toJulianDay() == s.day1;
        if (s.day1 >= s.day0 && !named)
            //: the dates the timeline export shows, e.g. "shown: 1 Jan 2020 – 31 Dec 2024"
            o.subtitle += QStringLiteral(" · ") + QCoreApplication::translate("lodestone::TimelineExport", "shown: %1").arg(DateFormat::dayRange(QDate::fromJulianDay(s.day0), QDate::fromJulianDay(s.day1))
                                    .replace(QLatin1Char(' '), QChar(0x00A0))); // a wrapped subtitle keeps each date whole
    }
    o.sources = ChartCaptions::sourcesText(src.charts);
    o.note = ChartCaptions::unverifiedNote(src.charts);
    return o;
}

Error TimelineExport::write(const QString& path, ExportFormat format, const TimelineSource& src, const EventFilter& filter,
                            const TimelineExportRequest& request, TimelineChart::Result* result)
{
    const ExportOptions o = frameOptions(src, filter, request);
    const auto idx = index(src);
    const TimelineChartSpec s = spec(src, request);
    TimelineChart::Result drawn;
    const Error e = ChartExporter::exportPainted([&](QPainter& p, const QRectF& r) { drawn = TimelineChart::paint(p, r, *idx, s); },
                                                 format, path, o);
    if (!e)
        log::get("ui.timeline")->info("timeline exported: {} lanes, {} events, {} labels", drawn.lanes, drawn.events, drawn.labels);
    if (result)
        *result = drawn;
    return e;
}

} // namespace lodestone
