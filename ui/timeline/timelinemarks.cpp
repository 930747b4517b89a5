#include "timelinemarks.h"

#include "query/timelineentry.h"

#include <QHash>
#include <QPainter>
#include <cmath>

namespace lodestone {

namespace {

const QColor kInk(0x1f, 0x29, 0x33);
const QColor kAccent(26, 115, 232);

void drawPointShape(QPainter& p, QPointF c, QColor col, quint8 flags, bool hovered)
{
    const double r = hovered ? 5.5 : 4.5;
    if (TimelineMarks::faded(flags))
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
        p.setPen(QPen(QColor(0x3d, 0x48, 0x52, TimelineMarks::faded(flags) ? 140 : 220), 1.4, Qt::SolidLine, Qt::RoundCap));
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
                                (TimelineMarks::faded(flags) ? 4 : 0) | (flags & TimelineEntry::Planned ? 8 : 0));
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

} // namespace

bool TimelineMarks::faded(quint8 flags)
{
    return flags & (TimelineEntry::RejectedEvent | TimelineEntry::RejectedReport);
}

void TimelineMarks::point(QPainter& p, QPointF c, QColor col, quint8 flags, bool selected, bool hovered, bool vector)
{
    if (selected) {
        const double r = hovered ? 5.5 : 4.5;
        p.setPen(QPen(kAccent, 2.2));
        p.setBrush(QColor(26, 115, 232, 45));
        p.drawEllipse(c, r + 4.5, r + 4.5);
    }
    if (vector) {
        drawPointShape(p, c, col, flags, hovered);
        return;
    }
    const qreal dpr = p.device() ? p.device()->devicePixelRatioF() : 1.0;
    p.drawImage(QPointF(std::round(c.x()) - kSprite / 2.0, std::round(c.y()) - kSprite / 2.0),
                pointSprite(col, flags, hovered, dpr));
}

void TimelineMarks::span(QPainter& p, QRectF bar, QColor col, quint8 flags, bool selected, bool hovered, bool vector)
{
    if (selected) {
        p.setPen(QPen(kAccent, 2.0));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(bar.adjusted(-3, -3, 3, 3), 6, 6);
    }
    if (TimelineMarks::faded(flags))
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
        fill.setAlpha(TimelineMarks::faded(flags) ? 25 : 55);
        p.setPen(QPen(col, 1.3));
        p.setBrush(fill);
    }
    p.drawRoundedRect(bar, radius, radius);
    if (flags & TimelineEntry::Disputed) {
        if (vector) {
            // Hatching as lines: SVG readers do not all know Qt's pattern fills.
            p.setPen(QPen(QColor(0x3d, 0x48, 0x52, 150), 0.8));
            const double h = bar.height();
            for (double x = bar.left() + 1; x + h <= bar.right(); x += 4)
                p.drawLine(QPointF(x, bar.bottom()), QPointF(x + h, bar.top()));
        } else {
            p.setPen(Qt::NoPen);
            p.setBrush(QBrush(QColor(0x3d, 0x48, 0x52, 150), Qt::BDiagPattern));
            p.drawRoundedRect(bar, radius, radius);
        }
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
const QImage& TimelineMarks::badgeSprite(const QString& text, QColor col, bool compact, const QFont& font, QSizeF size,
                                         QPainter& target)
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

void TimelineMarks::badge(QPainter& p, const QRectF& r, const QString& text, QColor col, bool compact, const QFont& font)
{
    p.save();
    p.setFont(font);
    p.setPen(compact ? QPen(col.darker(130), 1.0) : QPen(col, 1.2));
    p.setBrush(compact ? col : QColor(255, 255, 255, 235));
    p.drawRoundedRect(r, r.height() / 2, r.height() / 2);
    p.setPen(compact ? Qt::white : kInk);
    p.drawText(r, Qt::AlignCenter, text);
    p.restore();
}

QRectF TimelineMarks::badgeRect(const QFontMetricsF& fm, const QString& text, QPointF centre)
{
    const double w = std::max(20.0, fm.horizontalAdvance(text) + 12);
    return QRectF(centre.x() - w / 2, centre.y() - 8.5, w, 17);
}


} // namespace lodestone
