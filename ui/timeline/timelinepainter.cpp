#include "timelinepainter.h"

#include "common/categorylabels.h"
#include "common/categorypalette.h"
#include "query/timelineentry.h"
#include "timelineaxis.h"
#include "timelinelabeler.h"
#include "timelinemarks.h"

#include <QPainter>
#include <algorithm>
#include <array>
#include <climits>
#include <cmath>

namespace lodestone {

static_assert(TimelineLayout::kSpanRows == TimelineIndex::kSpanRows);

namespace {

const QColor kInk(0x1f, 0x29, 0x33);
const QColor kMuted(0x6b, 0x77, 0x85);
const QColor kGridMajor(0xe2, 0xe6, 0xeb);
const QColor kGridMinor(0xf1, 0xf3, 0xf5);
const QColor kSeparator(0xe3, 0xe7, 0xec);
const QColor kHeaderBg(0xf6, 0xf7, 0xf9);
const QColor kAccent(26, 115, 232);

// Aggregates (bins, coverage) in mixed lanes use a neutral slate: a dominant-category colour per bar is noise.
const QColor kMixed(0x5b, 0x6b, 0x7d);

QColor aggregateColour(const TimelinePaintInput& in, const TimelineLaneFrame& lf)
{
    return in.mode == TimelineIndex::LaneMode::Category ? CategoryPalette::color(lf.lane) : kMixed;
}

QColor laneColour(const TimelinePaintInput& in, const TimelineLaneFrame& lf, int category)
{
    if (in.mode == TimelineIndex::LaneMode::Category)
        return CategoryPalette::color(lf.lane);
    return CategoryPalette::color(category);
}

// Labels of one frame: plain text first, then labels on pills, then the selected/hovered ones on top.
void drawLabels(QPainter& p, const std::vector<TimelineLabel>& labels, const QFont& font, TimelinePaintResult& res)
{
    p.save();
    p.setFont(font);
    for (int pass = 0; pass < 3; ++pass) {
        for (const TimelineLabel& l : labels) {
            const int want = l.emphasised ? 2 : l.pill ? 1 : 0;
            if (want != pass)
                continue;
            if (l.pill || l.emphasised) {
                const QRectF bg = l.rect.adjusted(-3, -1, 3, 1);
                p.setPen(l.emphasised ? QPen(kAccent, 1.0) : Qt::NoPen);
                p.setBrush(QColor(255, 255, 255, l.emphasised ? 245 : 215));
                p.setRenderHint(QPainter::Antialiasing, true);
                p.drawRoundedRect(bg, 3, 3);
            }
            QColor ink = l.emphasised ? kAccent.darker(140) : kInk;
            if (l.faded)
                ink.setAlpha(120);
            p.setPen(ink);
            p.drawText(l.rect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, l.text);
            ++res.labels;
            res.labelled << l.eventId;
            res.labelRects << l.rect;
            res.labelTexts << l.text;
        }
    }
    p.restore();
}

} // namespace

QString TimelinePainter::compactCount(quint64 n, const QLocale& locale)
{
    if (n < 1000)
        return locale.toString(n);
    if (n < 10000)
        return locale.toString(double(n) / 1000.0, 'f', 1) + QLatin1Char('k');
    if (n < 1000000)
        return locale.toString(std::llround(double(n) / 1000.0)) + QLatin1Char('k');
    return locale.toString(double(n) / 1e6, 'f', 1) + QLatin1Char('M');
}

TimelinePaintResult TimelinePainter::paint(QPainter& p, const TimelinePaintInput& in)
{
    TimelinePaintResult res;
    const TimelineLayout& L = in.layout;
    const QFont base = p.font();
    // Point sizes on screen; pixel sizes of the layout in exports, where the painter's device has its own DPI.
    const auto sized = [&](const QFont& f, qreal pt, QFont::Weight w = QFont::Normal) {
        QFont out(f);
        if (in.pixelFonts)
            out.setPixelSize(std::max(1, qRound(pt * 4.0 / 3.0)));
        else
            out.setPointSizeF(pt);
        out.setWeight(w);
        return out;
    };
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.fillRect(L.widget.toRect(), Qt::white);

    const TimelineFrame* fr = in.frame;
    const int rows = fr ? static_cast<int>(fr->lanes.size()) : 0;
    auto toX = [&](double fx) { return L.plot.left() + fx - in.fracPx; };

    // Lane backgrounds and separators.
    p.save();
    p.setClipRect(L.plot.united(L.header));
    for (int r = 0; r < rows; ++r) {
        const QRectF lane(L.plot.left(), L.laneTop(r), L.plot.width(), L.laneHeight);
        if (r % 2)
            p.fillRect(lane.toRect(), QColor(0xfa, 0xfb, 0xfc));
    }
    p.restore();

    // Axis ticks and grid.
    const double endDay = in.startDay + L.plot.width() * in.daysPerPixel;
    const TimelineAxis::Ticks ticks = TimelineAxis::ticks(in.startDay, endDay, static_cast<int>(L.plot.width()), in.locale);
    double minorGap = 1e9;
    for (size_t i = 1; i < ticks.ticks.size(); ++i)
        minorGap = std::min(minorGap, ticks.ticks[i].x - ticks.ticks[i - 1].x);
    p.setRenderHint(QPainter::Antialiasing, false);
    for (const TimelineTick& t : ticks.ticks) {
        const double x = std::round(L.plot.left() + t.x);
        if (!t.major && minorGap < 8)
            continue;
        p.setPen(t.major ? kGridMajor : kGridMinor);
        p.drawLine(QPointF(x, L.plot.top()), QPointF(x, L.plot.bottom()));
        p.setPen(t.major ? QColor(0x9a, 0xa5, 0xb1) : QColor(0xc8, 0xcf, 0xd6));
        p.drawLine(QPointF(x, L.axis.bottom() - (t.major ? 7 : 4)), QPointF(x, L.axis.bottom()));
    }
    p.setPen(QColor(0xd5, 0xda, 0xe0));
    p.drawLine(L.axis.bottomLeft(), L.axis.bottomRight());
    p.setFont(sized(base, 8.5));
    const QFontMetricsF fm(p.font());
    double lastLabelEnd = -1e9;
    for (const TimelineTick& t : ticks.ticks) {
        if (!t.major || t.label.isEmpty())
            continue;
        const double x = L.plot.left() + t.x + 4;
        const double w = fm.horizontalAdvance(t.label);
        if (x < lastLabelEnd + 8 || x + w > L.widget.right() - 2)
            continue;
        p.setPen(QColor(0x3d, 0x48, 0x52));
        p.drawText(QRectF(x, L.axis.top(), w + 2, L.axis.height() - 6), Qt::AlignLeft | Qt::AlignVCenter, t.label);
        res.axisLabels << t.label;
        lastLabelEnd = x + w;
    }
    p.setFont(sized(base, 9, QFont::DemiBold));
    p.setPen(kInk);
    p.drawText(QRectF(12, L.axis.top(), L.header.width() - 16, L.axis.height() - 6), Qt::AlignLeft | Qt::AlignVCenter,
               ticks.context);
    res.axisLabels << ticks.context;

    // Lane contents.
    double globalMax = 1;
    if (fr) {
        for (const TimelineLaneFrame& lf : fr->lanes)
            for (const TimelineBin& b : lf.bins)
                globalMax = std::max(globalMax, double(b.count));
    }
    p.setRenderHint(QPainter::Antialiasing, true);
    p.save();
    p.setClipRect(L.plot.adjusted(0, 0, 0, 0));
    const QFont badgeFont = sized(base, 7.5, QFont::DemiBold);
    const QFontMetricsF bfm(badgeFont);
    const QFont labelFont = sized(base, 8);
    const QFontMetricsF labelMetrics(labelFont);
    std::vector<TimelineLabel> labels;
    for (int r = 0; r < rows; ++r) {
        const TimelineLaneFrame& lf = fr->lanes[static_cast<size_t>(r)];
        if (L.laneTop(r) > L.plot.bottom() || L.laneTop(r) + L.laneHeight < L.plot.top())
            continue;
        const qsizetype firstBadge = res.badges.size();
        const double cy = L.pointCentre(r);
        const double half = L.pointHalfHeight();
        // Density bars (integer rects, no antialiasing: the cheap fill path).
        p.setRenderHint(QPainter::Antialiasing, false);
        for (const TimelineBin& b : lf.bins) {
            QColor col = aggregateColour(in, lf);
            const double h = std::max(2.5, std::sqrt(double(b.count) / globalMax) * half);
            col.setAlpha(b.flags & TimelineEntry::Verified ? 170 : 95);
            const int bx = static_cast<int>(std::lround(toX(b.x0) + 0.5));
            const int bw = std::max(1, static_cast<int>(std::lround(b.x1 - b.x0)) - 1);
            p.fillRect(QRect(bx, static_cast<int>(std::lround(cy - h)), bw, static_cast<int>(std::lround(2 * h))), col);
            ++res.bins;
        }
        // Cluster badges over runs of adjacent bins.
        p.setRenderHint(QPainter::Antialiasing, true);
        QRectF lastBadge;
        size_t i = 0;
        while (i < lf.bins.size()) {
            size_t j = i + 1;
            while (j < lf.bins.size() && lf.bins[j].x0 <= lf.bins[j - 1].x1 + 0.5)
                ++j;
            const double runX0 = lf.bins[i].x0, runX1 = lf.bins[j - 1].x1;
            const int pieces = std::max(1, static_cast<int>(std::lround((runX1 - runX0) / 150.0)));
            const double pieceW = (runX1 - runX0) / pieces;
            size_t k = i;
            for (int piece = 0; piece < pieces; ++piece) {
                const double px1 = runX0 + pieceW * (piece + 1);
                quint64 sum = 0;
                double wx = 0;
                while (k < j && (lf.bins[k].x0 < px1 - 0.1 || piece == pieces - 1)) {
                    sum += lf.bins[k].count;
                    wx += (lf.bins[k].x0 + lf.bins[k].x1) / 2.0 * lf.bins[k].count;
                    ++k;
                }
                if (sum < 2)
                    continue;
                const QString text = compactCount(sum, in.locale);
                const QRectF br = TimelineMarks::badgeRect(bfm, text, QPointF(toX(wx / double(sum)), cy));
                if (!lastBadge.isNull() && br.left() < lastBadge.right() + 4)
                    continue;
                const bool compact = (runX1 - runX0) <= 3.0 * fr->bucketPx;
                const QColor col = aggregateColour(in, lf);
                const QPointF at(std::round(br.left()), std::round(br.top()));
                if (in.vector)
                    TimelineMarks::badge(p, QRectF(at, br.size()), text, col, compact, badgeFont);
                else
                    p.drawImage(at, TimelineMarks::badgeSprite(text, col, compact, badgeFont, br.size(), p));
                res.badges.push_back(QRectF(at, br.size()));
                lastBadge = br;
            }
            i = j;
        }
        // Spans without a row: a thin coverage band under the rows, darker where more overlap.
        p.setRenderHint(QPainter::Antialiasing, false);
        if (!lf.spanCoverage.empty()) {
            const quint32 maxCov = *std::max_element(lf.spanCoverage.begin(), lf.spanCoverage.end());
            QColor col = aggregateColour(in, lf);
            p.setPen(Qt::NoPen);
            const double y = L.laneTop(r) + TimelineLayout::coverageTop();
            for (size_t b = 0; b < lf.spanCoverage.size(); ++b) {
                if (lf.spanCoverage[b] == 0)
                    continue;
                col.setAlpha(static_cast<int>(50 + 170 * std::sqrt(double(lf.spanCoverage[b]) / maxCov)));
                const int bx = static_cast<int>(std::lround(toX(double(b) * fr->bucketPx)));
                p.fillRect(QRect(bx, static_cast<int>(std::lround(y)), fr->bucketPx, int(TimelineLayout::kCoverageHeight)), col);
            }
        }
        // Markers: spans, then points.
        p.setRenderHint(QPainter::Antialiasing, true);
        for (const TimelineMarker& m : lf.markers) {
            if (!m.span)
                continue;
            const double x0 = std::max(toX(m.x0), L.plot.left() - 8);
            const double x1 = std::min(std::max(toX(m.x1), toX(m.x0) + 6), L.plot.right() + 8);
            TimelineMarks::span(p, QRectF(x0, L.spanY(r, m.row), x1 - x0, TimelineLayout::kSpanHeight),
                     laneColour(in, lf, m.category), m.flags, m.eventId == in.selected, m.eventId == in.hovered, in.vector);
            ++res.markers;
        }
        for (const TimelineMarker& m : lf.markers) {
            if (m.span)
                continue;
            TimelineMarks::point(p, QPointF(toX(m.x0), cy), laneColour(in, lf, m.category), m.flags, m.eventId == in.selected,
                      m.eventId == in.hovered, in.vector);
            ++res.markers;
        }
        if (in.title && !lf.markers.empty()) {
            TimelineLabeler::Lane lane;
            lane.plot = L.plot.intersected(QRectF(L.plot.left(), L.laneTop(r), L.plot.width(), L.laneHeight));
            lane.pointCentre = cy;
            lane.marks.reserve(lf.markers.size());
            for (const TimelineMarker& m : lf.markers) {
                TimelineLabeler::Mark mark;
                mark.eventId = m.eventId;
                mark.span = m.span;
                mark.row = m.row;
                mark.priority = m.eventId != 0 && (m.eventId == in.selected || m.eventId == in.hovered);
                mark.faded = TimelineMarks::faded(m.flags);
                if (m.span) {
                    const double x0 = toX(m.x0);
                    const double x1 = std::max(toX(m.x1), x0 + 6);
                    mark.rect = QRectF(x0, L.spanY(r, m.row), x1 - x0, TimelineLayout::kSpanHeight);
                } else {
                    mark.rect = QRectF(toX(m.x0) - 5.5, cy - 5.5, 11, 11);
                }
                lane.marks.push_back(mark);
            }
            std::sort(lane.marks.begin(), lane.marks.end(),
                      [](const TimelineLabeler::Mark& a, const TimelineLabeler::Mark& b) { return a.rect.left() < b.rect.left(); });
            for (const TimelineBin& b : lf.bins) {
                const double h = std::max(2.5, std::sqrt(double(b.count) / globalMax) * half);
                lane.obstacles.push_back(QRectF(toX(b.x0), cy - h, std::max(1.0, double(b.x1 - b.x0)), 2 * h));
            }
            for (qsizetype b = firstBadge; b < res.badges.size(); ++b)
                lane.obstacles.push_back(res.badges[b]);
            for (TimelineLabel& l : TimelineLabeler::place(lane, labelMetrics, in.title)) {
                labels.push_back(std::move(l));
            }
        }
    }
    if (!labels.empty())
        drawLabels(p, labels, labelFont, res);
    p.restore();

    // Lane separators over everything, then headers.
    p.setRenderHint(QPainter::Antialiasing, false);
    p.save();
    p.setClipRect(L.plot.united(L.header));
    p.fillRect(L.header, kHeaderBg);
    for (int r = 0; r < rows; ++r) {
        const double y = std::round(L.laneTop(r) + L.laneHeight) - 1;
        p.setPen(kSeparator);
        p.drawLine(QPointF(0, y), QPointF(L.plot.right(), y));
    }
    p.setPen(QColor(0xd5, 0xda, 0xe0));
    p.drawLine(QPointF(L.header.right(), L.header.top()), QPointF(L.header.right(), L.header.bottom()));
    p.setRenderHint(QPainter::Antialiasing, true);
    for (int r = 0; r < rows; ++r) {
        const TimelineLaneFrame& lf = fr->lanes[static_cast<size_t>(r)];
        const double top = L.laneTop(r);
        const double indent = 12 + lf.depth * 14;
        if (in.mode == TimelineIndex::LaneMode::Category) {
            p.setPen(Qt::NoPen);
            p.setBrush(CategoryPalette::color(lf.lane));
            p.drawRoundedRect(QRectF(6, top + 7, 4, L.laneHeight - 15), 2, 2);
        }
        bool hasChildren = false;
        if (in.lanes && in.mode == TimelineIndex::LaneMode::Organisation) {
            for (const auto& s : *in.lanes)
                hasChildren = hasChildren || s.parentIndex == lf.lane;
        }
        if (hasChildren) {
            p.setPen(kMuted);
            p.setFont(sized(base, 8));
            p.drawText(QRectF(indent - 10, top + 6, 10, 16), Qt::AlignCenter,
                       lf.folded ? QStringLiteral("▸") : QStringLiteral("▾"));
        }
        const QString label = lf.lane < in.laneLabels.size() ? in.laneLabels.at(lf.lane) : QString();
        p.setFont(sized(base, 9, QFont::Medium));
        p.setPen(kInk);
        const QRectF labelRect(indent + 4, top + 5, L.header.width() - indent - 12, 17);
        p.drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(p.font()).elidedText(label, Qt::ElideRight, labelRect.width()));
        p.setFont(sized(base, 7.5));
        p.setPen(kMuted);
        const QString counts = in.printed ? tr("%n event(s)", nullptr, static_cast<int>(lf.visibleCount))
                                          : tr("%1 in view · %2").arg(compactCount(lf.visibleCount, in.locale),
                                                                        compactCount(lf.totalCount, in.locale));
        p.drawText(QRectF(indent + 4, top + 22, L.header.width() - indent - 12, 14), Qt::AlignLeft | Qt::AlignVCenter,
                   counts);
    }
    p.restore();

    // Selection band.
    if (in.band) {
        const double x0 = std::max(L.plot.left(), std::min(in.bandX0, in.bandX1));
        const double x1 = std::min(L.plot.right(), std::max(in.bandX0, in.bandX1));
        p.setPen(QPen(kAccent, 1));
        p.setBrush(QColor(26, 115, 232, 36));
        p.drawRect(QRectF(x0, L.plot.top(), x1 - x0, L.plot.height()));
    }

    // Legend strip: the marker styles on the first row with the count at the right; in organisation and single
    // lanes, the categories of the markers drawn (their colours) follow, on a second row when the strip has one.
    p.fillRect(L.legend, Qt::white);
    p.setPen(kSeparator);
    p.drawLine(L.legend.bottomLeft(), L.legend.bottomRight());
    p.setFont(sized(base, 8));
    const QFontMetricsF lfm(p.font());
    const bool twoRows = L.legend.height() >= 2 * TimelineLayout::kLegendHeight - 14;
    const double rowH = twoRows ? L.legend.height() / 2 : L.legend.height();
    const QRectF row1(L.legend.left(), L.legend.top(), L.legend.width(), rowH);
    double x = 14;
    const double ly = row1.center().y();
    auto legendText = [&](const QString& t, const QRectF& row) {
        p.setPen(kMuted);
        p.drawText(QRectF(x, row.top(), lfm.horizontalAdvance(t) + 2, row.height()), Qt::AlignVCenter, t);
        x += lfm.horizontalAdvance(t) + 18;
    };
    // The count at the right first: the marker styles get the room left of it, and a style that does not fit is
    // left out whole (a narrow window), never drawn under the count.
    p.setFont(sized(base, 8.5, QFont::DemiBold));
    const quint64 inView = fr ? fr->visibleCount : 0;
    const int inViewCount = static_cast<int>(std::min<quint64>(inView, INT_MAX));
    const QString total = !in.countsLine.isEmpty() ? in.countsLine
                          : !in.hasIndex           ? tr("No events loaded")
                                                   : tr("%n event(s) in view", nullptr, inViewCount);
    const double totalW = QFontMetricsF(p.font()).horizontalAdvance(total) + 4;
    p.setPen(kInk);
    p.drawText(QRectF(L.widget.width() - 14 - totalW, row1.top(), totalW, row1.height()), Qt::AlignRight | Qt::AlignVCenter, total);
    p.setFont(sized(base, 8));
    const double limit = L.widget.width() - 14 - totalW - 16;
    bool room = true;
    auto fits = [&](double glyph, const QString& t) {
        room = room && x + glyph + lfm.horizontalAdvance(t) + 2 <= limit;
        return room;
    };
    const QColor demo(0x4a, 0x5a, 0x6a);
    if (fits(15, tr("Verified"))) {
        TimelineMarks::point(p, QPointF(x + 5, ly), demo, TimelineEntry::Verified, false, false, in.vector);
        x += 15;
        legendText(tr("Verified"), row1);
    }
    if (fits(15, tr("Unverified"))) {
        TimelineMarks::point(p, QPointF(x + 5, ly), demo, 0, false, false, in.vector);
        x += 15;
        legendText(tr("Unverified"), row1);
    }
    if (fits(15, tr("Disputed / rejected"))) {
        TimelineMarks::point(p, QPointF(x + 5, ly), demo, TimelineEntry::Disputed, false, false, in.vector);
        x += 15;
        legendText(tr("Disputed / rejected"), row1);
    }
    if (fits(30, tr("Month / quarter / year"))) {
        TimelineMarks::span(p, QRectF(x, ly - 3.5, 24, 7), demo, TimelineEntry::Verified, false, false, in.vector);
        x += 30;
        legendText(tr("Month / quarter / year"), row1);
    }
    if (fits(17, tr("Planned"))) {
        TimelineMarks::point(p, QPointF(x + 5, ly), demo, TimelineEntry::Verified | TimelineEntry::Planned, false, false, in.vector);
        x += 17;
        legendText(tr("Planned"), row1);
    }
    const QRectF br = TimelineMarks::badgeRect(QFontMetricsF(badgeFont), QStringLiteral("12"), QPointF(x + 11, ly));
    if (fits(br.right() + 6 - x, tr("Cluster (count)"))) {
        p.setPen(QPen(demo, 1.2));
        p.setBrush(Qt::white);
        p.drawRoundedRect(br, br.height() / 2, br.height() / 2);
        p.setFont(badgeFont);
        p.setPen(kInk);
        p.drawText(br, Qt::AlignCenter, QStringLiteral("12"));
        p.setFont(sized(base, 8));
        x = br.right() + 6;
        legendText(tr("Cluster (count)"), row1);
    }
    p.setFont(sized(base, 8));
    if (in.mode != TimelineIndex::LaneMode::Category && fr) {
        std::array<bool, kCategoryCount> shown{};
        for (const TimelineLaneFrame& lf : fr->lanes)
            for (const TimelineMarker& m : lf.markers)
                if (m.category < kCategoryCount)
                    shown[m.category] = true;
        QStringList names;
        QList<int> cats;
        for (int c = 0; c < kCategoryCount; ++c)
            if (shown[static_cast<size_t>(c)]) {
                cats << c;
                names << categoryLabel(static_cast<Category>(c));
            }
        const QRectF row2 = twoRows ? QRectF(L.legend.left(), L.legend.top() + rowH, L.legend.width(), rowH) : row1;
        const double right = twoRows ? L.widget.width() - 14 : L.widget.width() - 14 - totalW - 18;
        if (twoRows)
            x = 14;
        // Every category gets its swatch; names share the room left, elided evenly when they do not all fit.
        double textRoom = right - x - cats.size() * (11 + 14);
        double natural = 0;
        for (const QString& n : names)
            natural += lfm.horizontalAdvance(n) + 2;
        const double cap = natural <= textRoom || names.isEmpty() ? 1e9 : std::max(12.0, textRoom / names.size());
        const double cy2 = row2.center().y();
        for (int i = 0; i < cats.size(); ++i) {
            p.setPen(Qt::NoPen);
            p.setBrush(CategoryPalette::color(cats[i]));
            p.drawRoundedRect(QRectF(x, cy2 - 4, 8, 8), 2, 2);
            x += 11;
            const QString t = lfm.horizontalAdvance(names[i]) + 2 <= cap ? names[i] : lfm.elidedText(names[i], Qt::ElideRight, cap - 2);
            p.setPen(kMuted);
            p.drawText(QRectF(x, row2.top(), lfm.horizontalAdvance(t) + 2, row2.height()), Qt::AlignVCenter, t);
            x += lfm.horizontalAdvance(t) + 14;
            res.legendCategories << cats[i];
        }
    }
    p.setFont(base);
    return res;
}

} // namespace lodestone
