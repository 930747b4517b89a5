#pragma once
// Draws one timeline frame (legend, axis and grid, lane headers with counts, markers, span bars,
// density bins and cluster badges) onto a QPainter. Stateless helper, GUI thread.
#include "query/timelineframe.h"
#include "query/timelineindex.h"
#include "timelinelayout.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QStringList>
#include <functional>

class QPainter;

namespace lodestone {

struct TimelinePaintInput {
    const TimelineFrame* frame = nullptr;
    TimelineLayout layout;
    double fracPx = 0;        // frame x -> widget x: plot.left() + x - fracPx
    double startDay = 0;      // fractional day at the plot's left edge
    double daysPerPixel = 1;
    TimelineIndex::LaneMode mode = TimelineIndex::LaneMode::Category;
    const std::vector<TimelineIndex::LaneSpec>* lanes = nullptr;
    QStringList laneLabels;   // per index lane
    qint64 selected = 0;
    qint64 hovered = 0;
    bool band = false;        // shift-drag selection band, widget x
    double bandX0 = 0;
    double bandX1 = 0;
    bool hasIndex = false;
    QLocale locale;
    // Event titles for labels beside the markers; unset = no labels.
    std::function<QString(qint64)> title;
    bool vector = false;      // markers and badges drawn as shapes, not cached sprites (SVG, PDF)
    bool pixelFonts = false;  // font sizes in pixels of the layout (exports), else in points (screen)
    QString countsLine;       // right end of the legend; empty = "N events in view"
    bool printed = false;     // an export: lane counts without "in view"
};

struct TimelinePaintResult {
    QList<QRectF> badges;     // cluster badges drawn (widget coordinates)
    int markers = 0;
    int bins = 0;
    int labels = 0;           // event labels drawn
    QList<qint64> labelled;   // their events, in drawing order
    QList<QRectF> labelRects; // where their text went
    QStringList labelTexts;   // the text drawn (elided with "…" when cut)
    QStringList axisLabels;   // the axis' major tick labels drawn, then its context (e.g. "2021", "Mar", "2020 – 2025")
    QList<int> legendCategories; // categories listed in the legend (organisation and single lanes)
};

class TimelinePainter final {
    Q_DECLARE_TR_FUNCTIONS(TimelinePainter)
public:
    static TimelinePaintResult paint(QPainter& p, const TimelinePaintInput& in);
    static QString compactCount(quint64 n, const QLocale& locale); // 950, 1.2k, 35k, 1.1M
};

} // namespace lodestone
