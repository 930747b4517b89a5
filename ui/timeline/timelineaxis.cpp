#include "timelineaxis.h"

#include <QDate>
#include <array>
#include <cmath>

namespace lodestone {

namespace {

struct Level {
    TimelineAxis::Unit major;
    double days;                  // approximate length of the major unit
    TimelineAxis::Unit fineMinor; // preferred minor unit
    TimelineAxis::Unit coarseMinor;
};

constexpr std::array<Level, 11> kLevels = {{
    {TimelineAxis::Unit::Day, 1, TimelineAxis::Unit::None, TimelineAxis::Unit::None},
    {TimelineAxis::Unit::Week, 7, TimelineAxis::Unit::Day, TimelineAxis::Unit::None},
    {TimelineAxis::Unit::Month, 30.44, TimelineAxis::Unit::Day, TimelineAxis::Unit::Week},
    {TimelineAxis::Unit::Quarter, 91.3, TimelineAxis::Unit::Month, TimelineAxis::Unit::None},
    {TimelineAxis::Unit::Year, 365.25, TimelineAxis::Unit::Month, TimelineAxis::Unit::Quarter},
    {TimelineAxis::Unit::Year2, 730.5, TimelineAxis::Unit::Quarter, TimelineAxis::Unit::Year},
    {TimelineAxis::Unit::Year5, 1826, TimelineAxis::Unit::Year, TimelineAxis::Unit::None},
    {TimelineAxis::Unit::Decade, 3652, TimelineAxis::Unit::Year, TimelineAxis::Unit::Year2},
    {TimelineAxis::Unit::Year20, 7305, TimelineAxis::Unit::Year2, TimelineAxis::Unit::Year5},
    {TimelineAxis::Unit::Year50, 18262, TimelineAxis::Unit::Year5, TimelineAxis::Unit::Decade},
    {TimelineAxis::Unit::Century, 36525, TimelineAxis::Unit::Decade, TimelineAxis::Unit::Year20},
}};

double approxDays(TimelineAxis::Unit u)
{
    for (const Level& l : kLevels)
        if (l.major == u)
            return l.days;
    return 0;
}

int yearStep(TimelineAxis::Unit u)
{
    switch (u) {
    case TimelineAxis::Unit::Year: return 1;
    case TimelineAxis::Unit::Year2: return 2;
    case TimelineAxis::Unit::Year5: return 5;
    case TimelineAxis::Unit::Decade: return 10;
    case TimelineAxis::Unit::Year20: return 20;
    case TimelineAxis::Unit::Year50: return 50;
    case TimelineAxis::Unit::Century: return 100;
    default: return 0;
    }
}

int floorDiv(int a, int b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

// First boundary of the unit at or after d.
QDate firstBoundary(QDate d, TimelineAxis::Unit u)
{
    switch (u) {
    case TimelineAxis::Unit::Day: return d;
    case TimelineAxis::Unit::Week: return d.addDays((8 - d.dayOfWeek()) % 7);
    case TimelineAxis::Unit::Month: return d.day() == 1 ? d : QDate(d.year(), d.month(), 1).addMonths(1);
    case TimelineAxis::Unit::Quarter: {
        QDate q(d.year(), (d.month() - 1) / 3 * 3 + 1, 1);
        return q < d ? q.addMonths(3) : q;
    }
    default: {
        const int step = yearStep(u);
        int y = floorDiv(d.year(), step) * step;
        QDate b(y, 1, 1);
        while (b < d) {
            y += step;
            b = QDate(y, 1, 1);
        }
        return b;
    }
    }
}

QDate nextBoundary(QDate d, TimelineAxis::Unit u)
{
    switch (u) {
    case TimelineAxis::Unit::Day: return d.addDays(1);
    case TimelineAxis::Unit::Week: return d.addDays(7);
    case TimelineAxis::Unit::Month: return d.addMonths(1);
    case TimelineAxis::Unit::Quarter: return d.addMonths(3);
    default: return d.addYears(yearStep(u));
    }
}

bool isCjk(const QLocale& l)
{
    return l.language() == QLocale::Chinese || l.language() == QLocale::Japanese || l.language() == QLocale::Korean;
}

QString majorLabel(QDate d, TimelineAxis::Unit u, const QLocale& loc, bool withWeekday)
{
    switch (u) {
    case TimelineAxis::Unit::Day:
    case TimelineAxis::Unit::Week:
        if (isCjk(loc))
            return loc.toString(d, withWeekday ? QStringLiteral("M月d日 ddd") : QStringLiteral("M月d日"));
        return loc.toString(d, withWeekday ? QStringLiteral("ddd d MMM") : QStringLiteral("d MMM"));
    case TimelineAxis::Unit::Month:
    case TimelineAxis::Unit::Quarter:
        if (d.month() == 1)
            return QString::number(d.year());
        return loc.standaloneMonthName(d.month(), QLocale::ShortFormat);
    default: return QString::number(d.year());
    }
}

} // namespace

TimelineAxis::Ticks TimelineAxis::ticks(double day0, double day1, int widthPx, const QLocale& locale)
{
    Ticks out;
    if (widthPx <= 0 || !(day1 > day0))
        return out;
    const double pxPerDay = widthPx / (day1 - day0);
    const Level* level = &kLevels.back();
    for (const Level& l : kLevels) {
        if (l.days * pxPerDay >= kMinMajorPx) {
            level = &l;
            break;
        }
    }
    out.majorUnit = level->major;
    if (level->fineMinor != Unit::None && approxDays(level->fineMinor) * pxPerDay >= kMinMinorPx)
        out.minorUnit = level->fineMinor;
    else if (level->coarseMinor != Unit::None && approxDays(level->coarseMinor) * pxPerDay >= kMinMinorPx)
        out.minorUnit = level->coarseMinor;

    const qint64 firstDay = static_cast<qint64>(std::floor(day0));
    const qint64 lastDay = static_cast<qint64>(std::ceil(day1));
    const QDate start = QDate::fromJulianDay(firstDay);
    const QDate end = QDate::fromJulianDay(lastDay);
    const bool weekday = out.majorUnit == Unit::Day && pxPerDay >= 110;
    auto xOf = [&](QDate d) { return (double(d.toJulianDay()) - day0) * pxPerDay; };

    // Majors, then minors that do not coincide with a major.
    std::vector<TimelineTick> majors;
    for (QDate d = firstBoundary(start, out.majorUnit); d.isValid() && d <= end; d = nextBoundary(d, out.majorUnit)) {
        const double x = xOf(d);
        if (x >= -0.5 && x <= widthPx + 0.5)
            majors.push_back({static_cast<qint32>(d.toJulianDay()), x, true, majorLabel(d, out.majorUnit, locale, weekday)});
    }
    std::vector<TimelineTick> all;
    size_t mi = 0;
    if (out.minorUnit != Unit::None) {
        for (QDate d = firstBoundary(start, out.minorUnit); d.isValid() && d <= end; d = nextBoundary(d, out.minorUnit)) {
            const double x = xOf(d);
            if (x < -0.5 || x > widthPx + 0.5)
                continue;
            const qint32 jd = static_cast<qint32>(d.toJulianDay());
            while (mi < majors.size() && majors[mi].day <= jd)
                all.push_back(majors[mi++]);
            // No minor on or right next to a major (weeks do not align with months).
            if (!all.empty() && all.back().major && x - all.back().x < kMinMinorPx)
                continue;
            if (mi < majors.size() && majors[mi].x - x < kMinMinorPx)
                continue;
            all.push_back({jd, x, false, {}});
        }
    }
    while (mi < majors.size())
        all.push_back(majors[mi++]);
    out.ticks = std::move(all);

    // Context: the coarser period the view sits in.
    const QDate mid = QDate::fromJulianDay(static_cast<qint64>(std::floor((day0 + day1) / 2)));
    const QDate last = QDate::fromJulianDay(static_cast<qint64>(std::floor(day1 - 1e-9)));
    const QDate first = QDate::fromJulianDay(firstDay);
    if (out.majorUnit == Unit::Day || out.majorUnit == Unit::Week) {
        out.context = isCjk(locale) ? locale.toString(mid, QStringLiteral("yyyy年M月"))
                                    : locale.toString(mid, QStringLiteral("MMMM yyyy"));
    } else if (first.year() == last.year()) {
        out.context = QString::number(first.year());
    } else {
        out.context = QStringLiteral("%1 – %2").arg(first.year()).arg(last.year());
    }
    return out;
}

const char* TimelineAxis::unitName(Unit u)
{
    switch (u) {
    case Unit::None: return "none";
    case Unit::Day: return "day";
    case Unit::Week: return "week";
    case Unit::Month: return "month";
    case Unit::Quarter: return "quarter";
    case Unit::Year: return "year";
    case Unit::Year2: return "2 years";
    case Unit::Year5: return "5 years";
    case Unit::Decade: return "decade";
    case Unit::Year20: return "20 years";
    case Unit::Year50: return "50 years";
    case Unit::Century: return "century";
    }
    return "none";
}

} // namespace lodestone
