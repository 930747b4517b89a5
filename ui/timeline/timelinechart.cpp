#include "timelinechart.h"

#include "charts/exportframe.h"
#include "common/categorylabels.h"
#include "timelinelayout.h"
#include "timelinepainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <algorithm>
#include <climits>
#include <cmath>

namespace lodestone {

namespace {

constexpr double kLegendPx = TimelineLayout::kLegendHeight;
constexpr double kAxisPx = TimelineLayout::kAxisHeight;
constexpr double kMinLanePx = TimelineLayout::kMinLaneHeight; // design px per lane: spans, the point row, labels
constexpr double kMaxLanePx = 110;
constexpr double kMinDesignWidth = 760;
constexpr double kRightMargin = 14;

struct Plan {
    std::shared_ptr<const TimelineIndex> lanesIndex; // the index in the spec's lane mode
    const TimelineIndex* index = nullptr;
    qint32 day0 = 0;
    qint32 day1 = 0;
    double k = 1;             // design px per target unit
    TimelineLayout layout;
    TimelineFrame frame;
    QStringList labels;       // per lane of the mode
    TimelineChart::Result result;
};

QStringList modeLabels(const TimelineChartSpec& spec, int laneCount)
{
    if (!spec.laneLabels.isEmpty())
        return spec.laneLabels;
    switch (spec.mode) {
    case TimelineIndex::LaneMode::Category: return allCategoryLabels();
    case TimelineIndex::LaneMode::Single: return {QCoreApplication::translate("lodestone::TimelineChart", "All events")};
    case TimelineIndex::LaneMode::Organisation: break;
    }
    QStringList out;
    for (int i = 0; i < laneCount; ++i)
        out << QString();
    return out;
}

// Keeps the frame's lanes that were chosen (and, in organisation mode without a choice, that have events),
// at most maxLanes of them (the busiest), in their order.
void selectLanes(TimelineFrame& frame, const TimelineChartSpec& spec, TimelineChart::Result& result)
{
    std::vector<TimelineLaneFrame> kept;
    for (TimelineLaneFrame& lf : frame.lanes) {
        const bool chosen = spec.lanes.empty() ? (spec.mode != TimelineIndex::LaneMode::Organisation || lf.visibleCount > 0)
                                               : std::find(spec.lanes.begin(), spec.lanes.end(), lf.lane) != spec.lanes.end();
        if (chosen)
            kept.push_back(std::move(lf));
    }
    const int max = std::max(1, spec.maxLanes);
    if (static_cast<int>(kept.size()) > max) {
        std::vector<size_t> order(kept.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return kept[a].visibleCount > kept[b].visibleCount; });
        std::vector<bool> keep(kept.size(), false);
        for (int i = 0; i < max; ++i)
            keep[order[static_cast<size_t>(i)]] = true;
        std::vector<TimelineLaneFrame> top;
        for (size_t i = 0; i < kept.size(); ++i)
            if (keep[i])
                top.push_back(std::move(kept[i]));
        result.lanesLeftOut = static_cast<int>(kept.size()) - max;
        kept = std::move(top);
    }
    frame.lanes = std::move(kept);
    frame.visibleCount = 0;
    for (const TimelineLaneFrame& lf : frame.lanes)
        frame.visibleCount += lf.visibleCount;
}

Plan plan(const TimelineIndex& index, const TimelineChartSpec& spec, const QRectF& target)
{
    Plan out;
    if (index.laneMode() == spec.mode && spec.mode != TimelineIndex::LaneMode::Organisation) {
        out.index = &index;
    } else {
        out.lanesIndex = index.withLanes(spec.mode, spec.orgLanes);
        out.index = out.lanesIndex.get();
    }
    const TimelineIndex& idx = *out.index;
    const auto [d0, d1] = TimelineChart::range(index, spec);
    out.day0 = d0;
    out.day1 = d1;
    out.labels = modeLabels(spec, idx.laneCount());

    // Which lanes: a coarse frame tells which have events in the range.
    const double days = double(d1 - d0 + 1);
    TimelineFrame probe = idx.query(d0, days / 1000.0, 1000, spec.mask);
    TimelineChart::Result probeResult;
    selectLanes(probe, spec, probeResult);
    const int lanes = std::max<int>(1, static_cast<int>(probe.lanes.size()));

    // Design size: the target scaled up until every lane gets its minimum height and the plot a useful width.
    const double legendPx = spec.mode == TimelineIndex::LaneMode::Category ? kLegendPx : TimelineLayout::kTwoRowLegendHeight;
    const double needH = lanes * kMinLanePx + legendPx + kAxisPx;
    out.k = std::max({1.0, needH / std::max(1.0, target.height()), kMinDesignWidth / std::max(1.0, target.width())});
    const QSizeF design = target.size() * out.k;

    const QFontMetricsF fm(ExportFrame::font(9 * 4.0 / 3.0, QFont::Medium));
    double headerW = 120;
    for (const TimelineLaneFrame& lf : probe.lanes)
        if (lf.lane < out.labels.size())
            headerW = std::max(headerW, fm.horizontalAdvance(out.labels.at(lf.lane).trimmed()) + 36 + lf.depth * 14);
    headerW = std::min(headerW, design.width() * 0.3);

    TimelineLayout& L = out.layout;
    L.widget = QRectF(QPointF(0, 0), design);
    L.legend = QRectF(0, 0, design.width(), legendPx);
    L.axis = QRectF(0, legendPx, design.width(), kAxisPx);
    const double top = legendPx + kAxisPx;
    L.plot = QRectF(headerW, top, std::max(10.0, design.width() - headerW - kRightMargin), std::max(10.0, design.height() - top));
    L.header = QRectF(0, top, headerW, L.plot.height());
    L.laneHeight = std::clamp(L.plot.height() / lanes, 1.0, kMaxLanePx);
    L.laneScroll = 0;

    const int width = std::max(1, static_cast<int>(std::floor(L.plot.width())));
    out.frame = idx.query(d0, days / width, width, spec.mask);
    selectLanes(out.frame, spec, out.result);
    out.result.lanes = static_cast<int>(out.frame.lanes.size());
    out.result.events = out.frame.visibleCount;
    for (const TimelineLaneFrame& lf : out.frame.lanes)
        out.result.laneNames << (lf.lane < out.labels.size() ? out.labels.at(lf.lane).trimmed() : QString());
    return out;
}

} // namespace

std::pair<qint32, qint32> TimelineChart::range(const TimelineIndex& index, const TimelineChartSpec& spec)
{
    qint32 d0 = spec.day0;
    qint32 d1 = spec.day1;
    if (d1 < d0) {
        const TimelineIndex::Extent e = index.extent();
        if (e.isEmpty()) {
            const qint32 today = static_cast<qint32>(QDate::currentDate().toJulianDay());
            return {today - 365, today};
        }
        // A margin so markers at the ends are not cut by the plot's edges.
        const qint32 margin = std::max<qint32>(1, (e.last - e.first) / 40);
        d0 = e.first - margin;
        d1 = e.last + margin;
    }
    return {d0, d1};
}

std::vector<qint64> TimelineChart::markerEvents(const TimelineIndex& index, const TimelineChartSpec& spec, const QRectF& target)
{
    const Plan p = plan(index, spec, target);
    std::vector<qint64> out;
    for (const TimelineLaneFrame& lf : p.frame.lanes)
        for (const TimelineMarker& m : lf.markers)
            out.push_back(m.eventId);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

TimelineChart::Result TimelineChart::paint(QPainter& painter, const QRectF& target, const TimelineIndex& index,
                                           const TimelineChartSpec& spec)
{
    Plan p = plan(index, spec, target);
    TimelinePaintInput in;
    in.frame = &p.frame;
    in.layout = p.layout;
    in.fracPx = 0;
    in.startDay = p.day0;
    in.daysPerPixel = double(p.day1 - p.day0 + 1) / std::max(1.0, std::floor(p.layout.plot.width()));
    in.mode = spec.mode;
    in.lanes = nullptr; // no fold arrows on paper
    in.laneLabels = p.labels;
    in.hasIndex = true;
    in.locale = QLocale();
    in.title = spec.title;
    in.vector = true;
    in.pixelFonts = true;
    in.printed = true;
    const int shown = static_cast<int>(std::min<quint64>(p.result.events, INT_MAX));
    QString counts = QCoreApplication::translate("lodestone::TimelineChart", "%n event(s) shown", nullptr, shown);
    if (p.result.lanesLeftOut > 0)
        counts += QStringLiteral(" · ") +
                  QCoreApplication::translate("lodestone::TimelineChart", "%n more lane(s) not shown", nullptr, p.result.lanesLeftOut);
    in.countsLine = counts;

    painter.save();
    painter.translate(target.topLeft());
    painter.scale(1.0 / p.k, 1.0 / p.k);
    painter.setClipRect(p.layout.widget);
    painter.setFont(ExportFrame::font(12));
    const TimelinePaintResult r = TimelinePainter::paint(painter, in);
    painter.restore();
    p.result.labels = r.labels;
    return p.result;
}

} // namespace lodestone
