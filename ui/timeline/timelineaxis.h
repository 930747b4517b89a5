#pragma once
// Tick generator for the timeline axis: a pure function from a day range and a pixel width to major and
// minor ticks with locale-aware labels, from centuries down to days. Usable from any thread.
#include <QLocale>
#include <QString>
#include <vector>

namespace lodestone {

struct TimelineTick {
    qint32 day = 0;     // Julian day of the boundary
    double x = 0;       // px from the left edge
    bool major = false;
    QString label;      // majors only
};

class TimelineAxis final {
public:
    enum class Unit { None, Day, Week, Month, Quarter, Year, Year2, Year5, Decade, Year20, Year50, Century };

    struct Ticks {
        Unit majorUnit = Unit::None;
        Unit minorUnit = Unit::None;
        QString context;  // coarser context for the whole view, e.g. "March 2021" or "2020 – 2021"
        std::vector<TimelineTick> ticks; // sorted by x; majors and minors interleaved
    };

    static constexpr double kMinMajorPx = 78.0; // majors at least this far apart
    static constexpr double kMinMinorPx = 5.0;

    // day0/day1: Julian days (fractional) at the left and right edges.
    static Ticks ticks(double day0, double day1, int widthPx, const QLocale& locale = QLocale());
    static const char* unitName(Unit u); // for tests and logs
};

} // namespace lodestone
