#pragma once
// Geometry of the timeline widget (legend, axis, lane header column, plot, lanes) shared by the view,
// its painter and hit testing. Plain value type, GUI thread.
#include <QRectF>
#include <algorithm>

namespace lodestone {

struct TimelineLayout final {
    static constexpr int kHeaderWidth = 196;
    static constexpr int kLegendHeight = 30;
    static constexpr int kAxisHeight = 30;
    static constexpr int kOverviewHeight = 46;
    static constexpr int kRightMargin = 14;
    static constexpr int kMinLaneHeight = 46; // three span rows and a labelled point row
    static constexpr int kMaxLaneHeight = 84;
    static constexpr int kSpanRows = 3;      // == TimelineIndex::kSpanRows
    static constexpr double kSpanTop = 5;    // first span row, from the lane top
    static constexpr double kSpanHeight = 6;
    static constexpr double kSpanPitch = 8.5;
    static constexpr double kCoverageHeight = 3; // band of spans that did not get a row

    QRectF widget;      // whole widget
    QRectF plot;        // lane contents (x: timeline, y: lanes)
    QRectF header;      // lane header column next to plot
    QRectF axis;        // axis band over the plot (and header column)
    QRectF legend;      // legend strip on top
    double laneHeight = kMinLaneHeight;
    double laneScroll = 0; // px scrolled down when lanes overflow

    // Legend of two rows (marker styles, then the categories) for organisation and single lanes.
    static constexpr int kTwoRowLegendHeight = 2 * kLegendHeight - 10;

    static TimelineLayout compute(int width, int height, int laneCount, double laneScroll, int legendHeight = kLegendHeight)
    {
        TimelineLayout l;
        l.widget = QRectF(0, 0, width, height);
        l.legend = QRectF(0, 0, width, legendHeight);
        l.axis = QRectF(0, legendHeight, width, kAxisHeight);
        const double top = legendHeight + kAxisHeight;
        const double bottom = std::max(top + 1, double(height - kOverviewHeight));
        l.plot = QRectF(kHeaderWidth, top, std::max(1, width - kHeaderWidth - kRightMargin), bottom - top);
        l.header = QRectF(0, top, kHeaderWidth, bottom - top);
        const int lanes = std::max(1, laneCount);
        l.laneHeight = std::clamp(l.plot.height() / lanes, double(kMinLaneHeight), double(kMaxLaneHeight));
        const double maxScroll = std::max(0.0, l.laneHeight * lanes - l.plot.height());
        l.laneScroll = std::clamp(laneScroll, 0.0, maxScroll);
        return l;
    }
    double laneTop(int row) const { return plot.top() + row * laneHeight - laneScroll; }
    static constexpr double coverageTop() { return kSpanTop + (kSpanRows - 1) * kSpanPitch + kSpanHeight + 2; }
    static constexpr double spanBottom() { return coverageTop() + kCoverageHeight; }
    // Centre line of point markers and bins inside a lane.
    double pointCentre(int row) const { return laneTop(row) + (spanBottom() + laneHeight) / 2.0; }
    double pointHalfHeight() const { return std::max(5.0, (laneHeight - spanBottom()) / 2.0 - 4); }
    double spanY(int row, int spanRow) const { return laneTop(row) + kSpanTop + spanRow * kSpanPitch; }
    int rowAt(double y) const { return y < plot.top() ? -1 : static_cast<int>((y - plot.top() + laneScroll) / laneHeight); }
};

} // namespace lodestone
