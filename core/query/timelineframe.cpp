#include "timelineframe.h"

#include <cmath>

namespace lodestone {

TimelineHit TimelineFrame::hitTest(int laneRow, double x, int spanRow, double tolerancePx) const
{
    TimelineHit hit;
    if (laneRow < 0 || laneRow >= static_cast<int>(lanes.size()))
        return hit;
    const TimelineLaneFrame& lf = lanes[static_cast<size_t>(laneRow)];
    double best = tolerancePx + 1e-9;
    for (size_t i = 0; i < lf.markers.size(); ++i) {
        const TimelineMarker& m = lf.markers[i];
        if (m.span != (spanRow >= 0) || (m.span && m.row != spanRow))
            continue;
        double dist = 0;
        if (x < m.x0)
            dist = m.x0 - x;
        else if (x > m.x1)
            dist = x - m.x1;
        if (dist <= best) {
            best = dist;
            hit = {TimelineHit::Marker, laneRow, static_cast<int>(i), m.eventId};
            if (dist == 0 && !m.span)
                break;
        }
    }
    if (hit.kind != TimelineHit::None || spanRow >= 0)
        return hit;
    for (size_t i = 0; i < lf.bins.size(); ++i) {
        const TimelineBin& b = lf.bins[i];
        if (x >= b.x0 - 1 && x < b.x1 + 1)
            return {TimelineHit::Bin, laneRow, static_cast<int>(i), 0};
    }
    return hit;
}

const TimelineMarker* TimelineFrame::findMarker(qint64 eventId, int* laneRow) const
{
    for (size_t l = 0; l < lanes.size(); ++l) {
        for (const TimelineMarker& m : lanes[l].markers) {
            if (m.eventId == eventId) {
                if (laneRow)
                    *laneRow = static_cast<int>(l);
                return &m;
            }
        }
    }
    return nullptr;
}

} // namespace lodestone
