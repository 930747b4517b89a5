#pragma once
// The timeline's marks, one at a time: a point event (solid = verified, hollow = unverified, struck = disputed
// or rejected, faded = rejected, dashed ring = planned / effective from), a span bar, a cluster badge with its count. On screen they are blitted from
// small cached sprites; in exports (vector) they are drawn as shapes. Stateless helper, GUI thread.
#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QRectF>
#include <QString>

class QPainter;

namespace lodestone {

class TimelineMarks final {
public:
    static bool faded(quint8 flags); // rejected (by an analyst, or every report)
    static void point(QPainter& p, QPointF centre, QColor colour, quint8 flags, bool selected, bool hovered, bool vector = false);
    static void span(QPainter& p, QRectF bar, QColor colour, quint8 flags, bool selected, bool hovered, bool vector = false);
    static void badge(QPainter& p, const QRectF& rect, const QString& text, QColor colour, bool compact, const QFont& font);
    // The badge rendered once per (text, colour, style, size) and reused.
    static const QImage& badgeSprite(const QString& text, QColor colour, bool compact, const QFont& font, QSizeF size,
                                     QPainter& target);
    static QRectF badgeRect(const QFontMetricsF& fm, const QString& text, QPointF centre);
};

} // namespace lodestone
