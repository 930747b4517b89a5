#pragma once
// How a chart, widget or briefing page is exported: format, pixel size, device pixel ratio and the
// briefing frame texts (title, filter subtitle, sources line, classification, unverified note).
// Plain value types, usable from any thread.
#include <QDateTime>
#include <QSize>
#include <QString>
#include <optional>

namespace lodestone {

enum class ExportFormat : int { Png = 0, Svg, Pdf };

QString exportFormatKey(ExportFormat f); // "png", "svg", "pdf"
std::optional<ExportFormat> exportFormatFromKey(const QString& key);
std::optional<ExportFormat> exportFormatFromPath(const QString& path); // by suffix

struct ExportOptions final {
    QSize size{1600, 900};   // output pixels (PNG), SVG width/height; the layout is size / scale
    qreal scale = 2.0;       // device pixel ratio: 2 = text and lines twice as large as on a 1x screen
    int dpi = 0;             // PNG resolution metadata; 0 = 96 * scale
    bool frame = true;       // draw the header and footer below
    QString title;
    QString subtitle;        // usually the filter in words
    QString sources;         // e.g. "Sources: 12 reports (5 verified)"
    QString note;            // e.g. "Includes unverified reports"; drawn in amber
    QString classification;  // optional handling line, drawn at the top and bottom
    QString pageLabel;       // e.g. "3 / 9" in a multi-page document
    QDateTime exportedAt = QDateTime::currentDateTime();

    QSizeF logicalSize() const;
};

} // namespace lodestone
