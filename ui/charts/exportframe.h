#pragma once
// The briefing frame around exported content: classification line, title, subtitle, then the content,
// then the amber note, the sources line and the export date. Lays out in logical pixels (pixel-size
// fonts, so PNG, SVG and PDF look alike). GUI thread (fonts, translations).
#include "charts/exportoptions.h"

#include <QFont>
#include <QRectF>

class QPainter;

namespace lodestone {

class ExportFrame final {
public:
    // The rectangle left for the content inside `page`.
    static QRectF contentRect(const QRectF& page, const ExportOptions& options);
    // Paints the background and the frame texts; the content is painted by the caller into contentRect().
    static void paint(QPainter& painter, const QRectF& page, const ExportOptions& options);
    // The sans-serif family list used by every export (Latin and CJK glyphs).
    static QFont font(qreal pixelSize, QFont::Weight weight = QFont::Normal);
    static qreal margin(const QRectF& page);
};

} // namespace lodestone
