#pragma once
// Places event labels on one timeline lane: each marker's title beside it (points: right of the dot, or left
// when the right is taken; span bars: after the bar's end, or on a pill at the bar's visible start when the
// bar runs past the view), elided to the free room up to the next marker, bin, cluster badge or label, and
// left out where less than a few characters would fit. The selected and hovered events are placed first and
// always get a label. Stateless helper, GUI thread (font metrics).
#include <QColor>
#include <QFontMetricsF>
#include <QRectF>
#include <QString>
#include <functional>
#include <vector>

namespace lodestone {

struct TimelineLabel final {
    qint64 eventId = 0;
    QRectF rect;            // where the text goes (widget coordinates)
    QString text;           // elided to fit rect
    bool pill = false;      // drawn on a white pill (over a bar, or a forced label over its neighbours)
    bool emphasised = false; // selected or hovered
    bool faded = false;     // rejected: lighter ink
};

class TimelineLabeler final {
public:
    struct Mark final {
        qint64 eventId = 0;
        QRectF rect;        // the marker as drawn (a dot's box, a bar)
        bool span = false;
        int row = 0;        // span row (spans only)
        bool priority = false;
        bool faded = false;
    };
    struct Lane final {
        QRectF plot;                     // clip: labels stay inside
        double pointCentre = 0;          // y of the point row
        std::vector<Mark> marks;         // sorted by rect.left()
        std::vector<QRectF> obstacles;   // bins and cluster badges in the point row
    };
    static constexpr double kMinLabelPx = 34;   // less room than this: no label (unless forced)
    static constexpr double kMaxLabelPx = 240;  // longest label

    // title(eventId): the text, empty = unknown (no label).
    static std::vector<TimelineLabel> place(const Lane& lane, const QFontMetricsF& fm,
                                            const std::function<QString(qint64)>& title);
};

} // namespace lodestone
