#pragma once
// Exports charts and widgets inside the briefing frame as PNG (device pixel ratio for crisp text), SVG
// (real <text>, size + viewBox) or PDF (vector, fonts embedded), or to the clipboard. Files are written
// atomically (QSaveFile). Never uses OpenGL. GUI thread.
#include "charts/exportoptions.h"
#include "model/error.h"

#include <QImage>
#include <functional>

class QChart;
class QPainter;
class QWidget;

namespace lodestone {

class ChartExporter final {
public:
    // Paints content into the given rectangle (logical pixels) of an already framed page.
    using ContentPainter = std::function<void(QPainter& painter, const QRectF& content)>;

    static Error exportChart(QChart* chart, ExportFormat format, const QString& path, const ExportOptions& options);
    // Renders a widget (e.g. the TimelineView) scaled into the frame; a hidden widget is laid out at the
    // content size first and restored afterwards.
    static Error exportWidget(QWidget* widget, ExportFormat format, const QString& path, const ExportOptions& options);
    static Error exportPainted(const ContentPainter& content, ExportFormat format, const QString& path,
                               const ExportOptions& options);

    static QImage renderImage(QChart* chart, const ExportOptions& options);
    static QImage renderImage(const ContentPainter& content, const ExportOptions& options);
    static void copyToClipboard(QChart* chart, const ExportOptions& options);

    // Draws a chart into `target` at the target's size (resizes the chart, renders its scene, restores).
    static void paintChart(QPainter& painter, QChart* chart, const QRectF& target);
    static void paintWidget(QPainter& painter, QWidget* widget, const QRectF& target);
};

} // namespace lodestone
