#include "timelinepainter.h"

#include "common/categorylabels.h"
#include "common/categorypalette.h"
#include "query/timelineentry.h"
#include "timelineaxis.h"

#include <QPainter>
#include <QHash>
#include <QPainterPath>
#include <algorithm>
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

QFont sized(QFont f, qreal pt, QFont::Weight w = QFont::Normal)
{
    f.setPointSizeF(pt);
    f.setWeight(w);
    return f;
}

bool faded(quint8 flags)
{
    return flags & (TimelineEntry::RejectedEvent | TimelineEntry::RejectedReport);
}

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

void drawPointShape(QPainter& p, QPointF c, QColor col, quint8 flags, bool hovered)
{
    const double r = hovered ? 5.5 : 4.5;
    if (faded(flags))
        col.setAlpha(90);
    if (flags & TimelineEntry::Verified) {
        p.setPen(QPen(col.darker(135), 1.0));
        p.setBrush(col);
        p.drawEllipse(c, r, r);
    } else { // unverified: hollow
        p.setPen(QPen(col, 2.0));
        p.setBrush(Qt::white);
        p.drawEllipse(c, r - 0.5, r - 0.5);
    }
    if (flags & (TimelineEntry::Disputed | TimelineEntry::RejectedEvent | TimelineEntry::RejectedReport)) {
        p.setPen(QPen(QColor(0x3d, 0x48, 0x52, faded(flags) ? 140 : 220), 1.4, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(c + QPointF(-r - 2, r + 2), c + QPointF(r + 2, -r - 2));
    }
    if (flags & TimelineEntry::Planned) { // planned / effective-from: a dashed ring around it
        p.setPen(QPen(col.darker(120), 1.2, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(c, r + 3, r + 3);
    }
}

// Point markers are blitted from a small cache of pre-rendered sprites: antialiased ellipses per marker
// would dominate the frame time.
constexpr int kSprite = 24;

const QImage& pointSprite(QColor col, quint8 flags, bool hovered, qreal dpr)
{
    static QHash<quint64, QImage> cache;
    const quint8 style = quint8((flags & TimelineEntry::Verified ? 1 : 0) | (flags & TimelineEntry::Disputed ? 2 : 0) |
                                (faded(flags) ? 4 : 0) | (flags & TimelineEntry::Planned ? 8 : 0));
    const quint64 key = quint64(col.rgba()) | (quint64(style) << 32) | (quint64(hovered) << 40) |
                        (quint64(std::lround(dpr * 100)) << 48);
    auto it = cache.find(key);
    if (it == cache.end()) {
        if (cache.size() > 512)
            cache.clear();
        QImage img(QSize(kSprite, kSprite) * dpr, QImage::Format_ARGB32_Premultiplied);
        img.setDevicePixelRatio(dpr);
        img.fill(Qt::transparent);
        QPainter sp(&img);
        sp.setRenderHint(QPainter::Antialiasing);
        const quint8 f = quint8((style & 1 ? TimelineEntry::Verified : 0) | (style & 2 ? TimelineEntry::Disputed : 0) |
                                (style & 4 ? TimelineEntry::RejectedReport : 0) | (style & 8 ? TimelineEntry::Planned : 0));
        drawPointShape(sp, QPointF(kSprite / 2.0, kSprite / 2.0), col, f, hovered);
        sp.end();
        it = cache.insert(key, img);
    }
    return it.value();
}

void drawPoint(QPainter& p, QPointF c, QColor col, quint8 flags, bool selected, bool hovered)
{
    if (selected) {
        const double r = hovered ? 5.5 : 4.5;
        p.setPen(QPen(kAccent, 2.2));
        p.setBrush(QColor(26, 115, 232, 45));
        p.drawEllipse(c, r + 4.5, r + 4.5);
    }
    const qreal dpr = p.device() ? p.device()->devicePixelRatioF() : 1.0;
    p.drawImage(QPointF(std::round(c.x()) - kSprite / 2.0, std::round(c.y()) - kSprite / 2.0),
                pointSprite(col, flags, hovered, dpr));
}

void drawSpan(QPainter& p, QRectF bar, QColor col, quint8 flags, bool selected, bool hovered)
{
    if (selected) {
        p.setPen(QPen(kAccent, 2.0));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(bar.adjusted(-3, -3, 3, 3), 6, 6);
    }
    if (faded(flags))
        col.setAlpha(80);
    if (bar.width() < 9 && (flags & TimelineEntry::Verified) && !selected && !hovered) {
        p.fillRect(bar, col); // too short for visible rounding
        return;
    }
    const double radius = bar.height() / 2;
    if (flags & TimelineEntry::Verified) {
        p.setPen(hovered ? QPen(col.darker(150), 1.2) : Qt::NoPen);
        p.setBrush(col);
    } else {
        QColor fill = col;
        fill.setAlpha(faded(flags) ? 25 : 55);
        p.setPen(QPen(col, 1.3));
        p.setBrush(fill);
    }
    p.drawRoundedRect(bar, radius, radius);
    if (flags & TimelineEntry::Disputed) {
        p.setPen(Qt::NoPen);
        p.setBrush(QBrush(QColor(0x3d, 0x48, 0x52, 150), Qt::BDiagPattern));
        p.drawRoundedRect(bar, radius, radius);
    }
    if (flags & (TimelineEntry::RejectedEvent | TimelineEntry::RejectedReport)) {
        p.setPen(QPen(QColor(0x3d, 0x48, 0x52, 150), 1.2));
        p.drawLine(QPointF(bar.left() + 2, bar.center().y()), QPointF(bar.right() - 2, bar.center().y()));
    }
    if (flags & TimelineEntry::Planned) { // planned / effective-from: a dashed outline
        p.setPen(QPen(col.darker(130), 1.3, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(bar.adjusted(-2, -2, 2, 2), radius + 2, radius + 2);
    }
}

// Cluster badges are rendered once per (text, colour, style) and blitted.
const QImage& badgeSprite(const QString& text, QColor col, bool compact, const QFont& font, QSizeF size, QPainter& target)
{
    static QHash<QString, QImage> cache;
    const qreal dpr = target.device() ? target.device()->devicePixelRatioF() : 1.0;
    const QString key = text + QLatin1Char('|') + QString::number(col.rgba(), 16) + QLatin1Char(compact ? 'c' : 'w') +
                        QString::number(dpr) + QLatin1Char('|') + font.key() + QString::number(size.width());
    auto it = cache.find(key);
    if (it == cache.end()) {
        if (cache.size() > 2048)
            cache.clear();
        QImage img((size * dpr).toSize() + QSize(1, 1), QImage::Format_ARGB32_Premultiplied);
        img.setDevicePixelRatio(dpr);
        img.fill(Qt::transparent);
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        p.setFont(font);
        const QRectF br(0.5, 0.5, size.width() - 1, size.height() - 1);
        p.setPen(compact ? QPen(col.darker(130), 1.0) : QPen(col, 1.2));
        p.setBrush(compact ? col : QColor(255, 255, 255, 235));
        p.drawRoundedRect(br, br.height() / 2, br.height() / 2);
        p.setPen(compact ? Qt::white : kInk);
        p.drawText(br, Qt::AlignCenter, text);
        p.end();
        it = cache.insert(key, img);
    }
    return it.value();
}

QRectF badgeRect(const QFontMetricsF& fm, const QString& text, QPointF centre)
{
    const double w = std::max(20.0, fm.horizontalAdvance(text) + 12);
    return QRectF(centre.x() - w / 2, centre.y() - 8.5, w, 17);
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
        lastLabelEnd = x + w;
    }
    p.setFont(sized(base, 9, QFont::DemiBold));
    p.setPen(kInk);
    p.drawText(QRectF(12, L.axis.top(), L.header.width() - 16, L.axis.height() - 6), Qt::AlignLeft | Qt::AlignVCenter,
               ticks.context);

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
    for (int r = 0; r < rows; ++r) {
        const TimelineLaneFrame& lf = fr->lanes[static_cast<size_t>(r)];
        if (L.laneTop(r) > L.plot.bottom() || L.laneTop(r) + L.laneHeight < L.plot.top())
            continue;
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
                const QRectF br = badgeRect(bfm, text, QPointF(toX(wx / double(sum)), cy));
                if (!lastBadge.isNull() && br.left() < lastBadge.right() + 4)
                    continue;
                const bool compact = (runX1 - runX0) <= 3.0 * fr->bucketPx;
                const QColor col = aggregateColour(in, lf);
                const QImage& img = badgeSprite(text, col, compact, badgeFont, br.size(), p);
                const QPointF at(std::round(br.left()), std::round(br.top()));
                p.drawImage(at, img);
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
            drawSpan(p, QRectF(x0, L.spanY(r, m.row), x1 - x0, TimelineLayout::kSpanHeight),
                     laneColour(in, lf, m.category), m.flags, m.eventId == in.selected, m.eventId == in.hovered);
            ++res.markers;
        }
        for (const TimelineMarker& m : lf.markers) {
            if (m.span)
                continue;
            drawPoint(p, QPointF(toX(m.x0), cy), laneColour(in, lf, m.category), m.flags, m.eventId == in.selected,
                      m.eventId == in.hovered);
            ++res.markers;
        }
    }
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
        const QString counts = tr("%1 in view · %2").arg(compactCount(lf.visibleCount, in.locale),
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

    // Legend strip.
    p.fillRect(L.legend, Qt::white);
    p.setPen(kSeparator);
    p.drawLine(L.legend.bottomLeft(), L.legend.bottomRight());
    p.setFont(sized(base, 8));
    const QFontMetricsF lfm(p.font());
    double x = 14;
    const double ly = L.legend.center().y();
    auto legendText = [&](const QString& t) {
        p.setPen(kMuted);
        p.drawText(QRectF(x, L.legend.top(), lfm.horizontalAdvance(t) + 2, L.legend.height()), Qt::AlignVCenter, t);
        x += lfm.horizontalAdvance(t) + 18;
    };
    const QColor demo(0x4a, 0x5a, 0x6a);
    drawPoint(p, QPointF(x + 5, ly), demo, TimelineEntry::Verified, false, false);
    x += 15;
    legendText(tr("Verified"));
    drawPoint(p, QPointF(x + 5, ly), demo, 0, false, false);
    x += 15;
    legendText(tr("Unverified"));
    drawPoint(p, QPointF(x + 5, ly), demo, TimelineEntry::Disputed, false, false);
    x += 15;
    legendText(tr("Disputed / rejected"));
    drawSpan(p, QRectF(x, ly - 3.5, 24, 7), demo, TimelineEntry::Verified, false, false);
    x += 30;
    legendText(tr("Month / quarter / year"));
    drawPoint(p, QPointF(x + 5, ly), demo, TimelineEntry::Verified | TimelineEntry::Planned, false, false);
    x += 17;
    legendText(tr("Planned"));
    const QRectF br = badgeRect(QFontMetricsF(badgeFont), QStringLiteral("12"), QPointF(x + 11, ly));
    p.setPen(QPen(demo, 1.2));
    p.setBrush(Qt::white);
    p.drawRoundedRect(br, br.height() / 2, br.height() / 2);
    p.setFont(badgeFont);
    p.setPen(kInk);
    p.drawText(br, Qt::AlignCenter, QStringLiteral("12"));
    p.setFont(sized(base, 8));
    x = br.right() + 6;
    legendText(tr("Cluster (count)"));
    if (in.mode != TimelineIndex::LaneMode::Category) {
        for (int c = 0; c < kCategoryCount && x < L.widget.width() - 260; ++c) {
            p.setPen(Qt::NoPen);
            p.setBrush(CategoryPalette::color(c));
            p.drawRoundedRect(QRectF(x, ly - 4, 8, 8), 2, 2);
            x += 11;
            legendText(categoryLabel(static_cast<Category>(c)));
            x -= 8;
        }
    }
    p.setPen(kInk);
    p.setFont(sized(base, 8.5, QFont::DemiBold));
    const quint64 inView = fr ? fr->visibleCount : 0;
    const QString total = !in.hasIndex  ? tr("No events loaded")
                          : inView == 1 ? tr("1 event in view")
                                        : tr("%1 events in view").arg(in.locale.toString(inView));
    p.drawText(QRectF(L.widget.width() - 260, L.legend.top(), 246, L.legend.height()), Qt::AlignRight | Qt::AlignVCenter,
               total);
    p.setFont(base);
    return res;
}

} // namespace lodestone
