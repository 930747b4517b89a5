#include "timelinelabeler.h"

#include <algorithm>
#include <cmath>

namespace lodestone {

namespace {

constexpr double kGap = 4;      // between a marker and its label, and before the next obstacle
constexpr double kPillPad = 3;  // text inset on a pill

bool overlapsY(const QRectF& r, double y0, double y1)
{
    return r.top() < y1 && r.bottom() > y0;
}

// Obstacles of one band (point row or span rows), sorted by left edge, with their widest width so a scan can
// start at the first obstacle that may reach a given x.
struct Band {
    std::vector<QRectF> rects;
    std::vector<qint64> owners; // event id of a marker obstacle (0 for bins, badges, labels)
    double widest = 0;

    void add(const QRectF& r, qint64 owner)
    {
        rects.push_back(r);
        owners.push_back(owner);
        widest = std::max(widest, r.width());
    }
    void sort()
    {
        std::vector<size_t> order(rects.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return rects[a].left() < rects[b].left(); });
        std::vector<QRectF> r;
        std::vector<qint64> o;
        r.reserve(order.size());
        o.reserve(order.size());
        for (size_t i : order) {
            r.push_back(rects[i]);
            o.push_back(owners[i]);
        }
        rects.swap(r);
        owners.swap(o);
    }
    size_t firstReaching(double x) const
    {
        const double from = x - widest - 1;
        return static_cast<size_t>(std::lower_bound(rects.begin(), rects.end(), from,
                                                    [](const QRectF& r, double v) { return r.left() < v; }) -
                                   rects.begin());
    }
    // Free room to the right of `left` in [y0, y1): the x where the first obstacle (other than `self`) starts,
    // capped at `limit`; -1 when an obstacle covers `left` itself.
    double roomRight(double left, double y0, double y1, qint64 self, double limit) const
    {
        double right = limit;
        for (size_t i = firstReaching(left); i < rects.size() && rects[i].left() < right + kGap; ++i) {
            const QRectF& r = rects[i];
            if (owners[i] == self && self != 0)
                continue;
            if (!overlapsY(r, y0, y1) || r.right() <= left)
                continue;
            if (r.left() <= left)
                return -1;
            right = std::min(right, r.left() - kGap);
        }
        return right;
    }
    // Free room to the left of `right`: the x where the nearest obstacle ends, floored at `limit`; -1 when
    // an obstacle covers `right`.
    double roomLeft(double right, double y0, double y1, qint64 self, double limit) const
    {
        double left = limit;
        const size_t end = firstReaching(right + 1 + widest + 1);
        for (size_t i = 0; i < end && i < rects.size(); ++i) {
            const QRectF& r = rects[i];
            if ((owners[i] == self && self != 0) || !overlapsY(r, y0, y1) || r.left() >= right || r.right() <= left)
                continue;
            if (r.right() >= right)
                return -1;
            left = std::max(left, r.right() + kGap);
        }
        return left;
    }
};

} // namespace

std::vector<TimelineLabel> TimelineLabeler::place(const Lane& lane, const QFontMetricsF& fm,
                                                  const std::function<QString(qint64)>& title)
{
    std::vector<TimelineLabel> out;
    if (!title || lane.marks.empty())
        return out;
    const double textH = std::ceil(fm.height());
    // Span labels may use the rows above and below a little: their band is the text's ink, not its line.
    const double spanTextH = std::ceil(fm.ascent() * 0.85 + fm.descent() * 0.5);

    Band points;
    Band spans;
    for (const Mark& m : lane.marks)
        (m.span ? spans : points).add(m.rect, m.eventId);
    for (const QRectF& r : lane.obstacles)
        points.add(r, 0);
    points.sort();
    spans.sort();

    std::vector<size_t> order(lane.marks.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return lane.marks[a].priority && !lane.marks[b].priority; });

    std::vector<QRectF> placedPoints; // labels placed so far, per band
    std::vector<QRectF> placedSpans;
    auto clearOfPlaced = [](const std::vector<QRectF>& placed, QRectF r) {
        // Shrinks r to end before the first placed label that overlaps it (r.left() fixed); returns false when
        // a placed label covers r's start.
        double right = r.right();
        for (const QRectF& p : placed) {
            if (!overlapsY(p, r.top(), r.bottom()) || p.right() <= r.left() || p.left() >= right)
                continue;
            if (p.left() <= r.left())
                return QRectF();
            right = std::min(right, p.left() - kGap);
        }
        r.setRight(right);
        return r;
    };
    auto clearOfPlacedLeft = [](const std::vector<QRectF>& placed, QRectF r) {
        double left = r.left();
        for (const QRectF& p : placed) {
            if (!overlapsY(p, r.top(), r.bottom()) || p.left() >= r.right() || p.right() <= left)
                continue;
            if (p.right() >= r.right())
                return QRectF();
            left = std::max(left, p.right() + kGap);
        }
        r.setLeft(left);
        return r;
    };

    const double plotLeft = lane.plot.left() + 2;
    const double plotRight = lane.plot.right() - 2;
    for (size_t idx : order) {
        const Mark& m = lane.marks[idx];
        if (m.rect.right() < lane.plot.left() || m.rect.left() > lane.plot.right())
            continue;
        const QString text = title(m.eventId);
        if (text.isEmpty())
            continue;
        const double full = fm.horizontalAdvance(text) + 1;
        const double want = std::min(kMaxLabelPx, full);
        const double need = std::min(want, kMinLabelPx);
        TimelineLabel label;
        label.eventId = m.eventId;
        label.emphasised = m.priority;
        label.faded = m.faded;
        QRectF rect;
        if (!m.span) {
            const double y0 = lane.pointCentre - textH / 2;
            const double y1 = y0 + textH;
            const double left = m.rect.right() + kGap;
            double right = points.roomRight(left, y0, y1, m.eventId, std::min(plotRight, left + want));
            if (right >= 0)
                rect = clearOfPlaced(placedPoints, QRectF(left, y0, right - left, textH));
            if (rect.isNull() || rect.width() < need) { // try the left side
                const double end = m.rect.left() - kGap;
                const double start = points.roomLeft(end, y0, y1, m.eventId, std::max(plotLeft, end - want));
                QRectF alt = start >= 0 ? clearOfPlacedLeft(placedPoints, QRectF(start, y0, end - start, textH)) : QRectF();
                if (!alt.isNull() && alt.width() >= need && (rect.isNull() || alt.width() > rect.width()))
                    rect = alt;
            }
            if ((rect.isNull() || rect.width() < need) && m.priority) {
                const double l = std::min(left, plotRight - want);
                rect = QRectF(std::max(plotLeft, l), y0, std::min(want, plotRight - plotLeft), textH);
                label.pill = true;
            }
            if (rect.isNull() || rect.width() < need)
                continue;
            placedPoints.push_back(rect);
        } else {
            const double cy = m.rect.center().y();
            const double y0 = cy - spanTextH / 2;
            const double y1 = y0 + spanTextH;
            const bool runsPast = m.rect.right() + kGap + need > plotRight;
            if (!runsPast) {
                const double left = m.rect.right() + kGap;
                const double right = spans.roomRight(left, y0, y1, m.eventId, std::min(plotRight, left + want));
                if (right >= 0)
                    rect = clearOfPlaced(placedSpans, QRectF(left, y0, right - left, spanTextH));
            }
            if (rect.isNull() || rect.width() < need) {
                // On the bar itself, from its visible start: the bar is the label's background.
                const double left = std::max(m.rect.left(), plotLeft) + kPillPad;
                const double barRight = std::min(m.rect.right(), plotRight) - kPillPad;
                const double right = spans.roomRight(left, y0, y1, m.eventId, std::min(plotRight, left + want));
                QRectF alt = right >= 0 ? clearOfPlaced(placedSpans, QRectF(left, y0, right - left, spanTextH)) : QRectF();
                if (!alt.isNull() && alt.width() >= need && alt.right() <= std::max(barRight, left + want)) {
                    rect = alt;
                    label.pill = true;
                }
            }
            if ((rect.isNull() || rect.width() < need) && m.priority) {
                const double l = std::clamp(m.rect.right() + kGap, plotLeft, std::max(plotLeft, plotRight - want));
                rect = QRectF(l, y0, std::min(want, plotRight - plotLeft), spanTextH);
                label.pill = true;
            }
            if (rect.isNull() || rect.width() < need)
                continue;
            placedSpans.push_back(rect);
        }
        label.rect = rect;
        label.text = rect.width() + 0.5 >= full ? text : fm.elidedText(text, Qt::ElideRight, rect.width());
        if (label.text.isEmpty())
            continue;
        out.push_back(std::move(label));
    }
    return out;
}

} // namespace lodestone
