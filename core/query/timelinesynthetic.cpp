#include "timelinesynthetic.h"

#include "model/category.h"
#include "model/datespan.h"

#include <QDate>
#include <array>
#include <cmath>

namespace lodestone {

namespace {

// splitmix64: tiny, portable, deterministic.
class SplitMix final {
public:
    explicit SplitMix(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    quint32 below(quint32 n) { return static_cast<quint32>(unit() * n) % n; }

private:
    quint64 m_state;
};

} // namespace

TimelineSyntheticData makeSyntheticTimeline(size_t count, quint64 seed, int orgCount)
{
    TimelineSyntheticData out;
    out.orgCount = orgCount;
    out.entries.reserve(count);
    out.links.offsets.reserve(count + 1);
    out.links.offsets.push_back(0);
    SplitMix rng(seed);

    constexpr std::array<int, kCategoryCount> weights = {6, 9, 8, 5, 10, 4, 9, 12, 5, 4, 3};
    int weightSum = 0;
    for (int w : weights)
        weightSum += w;
    const qint32 first = static_cast<qint32>(QDate(2005, 1, 1).toJulianDay());
    const qint32 last = static_cast<qint32>(QDate(2024, 12, 31).toJulianDay());
    const qint32 burst1 = static_cast<qint32>(QDate(2010, 9, 15).toJulianDay());
    const qint32 burst2 = static_cast<qint32>(QDate(2023, 7, 3).toJulianDay());

    for (size_t i = 0; i < count; ++i) {
        TimelineEntry e;
        e.eventId = static_cast<qint64>(i + 1);
        int pick = static_cast<int>(rng.below(static_cast<quint32>(weightSum)));
        int cat = 0;
        while (pick >= weights[static_cast<size_t>(cat)])
            pick -= weights[static_cast<size_t>(cat++)];
        e.category = static_cast<quint8>(cat);

        // Later years carry more news (sqrt ramp), plus two bursts around notable months.
        qint32 day;
        const double r = rng.unit();
        if (r < 0.06)
            day = burst1 + static_cast<qint32>((rng.unit() - 0.5) * 120);
        else if (r < 0.14)
            day = burst2 + static_cast<qint32>((rng.unit() - 0.5) * 150);
        else
            day = first + static_cast<qint32>(std::sqrt(rng.unit()) * (last - first));

        const QDate d = QDate::fromJulianDay(day);
        const double p = rng.unit();
        DateSpan span;
        if (p < 0.60)
            span = DateSpan::day(d);
        else if (p < 0.82)
            span = DateSpan::month(d.year(), d.month());
        else if (p < 0.94)
            span = DateSpan::quarter(d.year(), (d.month() - 1) / 3 + 1);
        else
            span = DateSpan::year(d.year());
        e.startDay = static_cast<qint32>(span.start.toJulianDay());
        e.endDay = static_cast<qint32>(span.end.toJulianDay());
        e.precision = static_cast<quint8>(span.precision);

        const double f = rng.unit();
        if (f < 0.55)
            e.flags = TimelineEntry::Verified;
        else if (f < 0.63)
            e.flags = TimelineEntry::Disputed;
        else if (f < 0.66)
            e.flags = TimelineEntry::RejectedReport;
        else if (f < 0.67)
            e.flags = TimelineEntry::RejectedEvent;
        // Statuses of the backing reports, derived from the same draw: some verified events also have an
        // unverified report, some disputed ones a rejected report.
        if (f < 0.12 || f >= 0.66)
            e.flags |= TimelineEntry::AnyUnverified;
        if ((f >= 0.61 && f < 0.66))
            e.flags |= TimelineEntry::AnyRejected;
        e.flags |= TimelineEntry::StatusKnown;
        out.entries.push_back(e);

        if (orgCount > 0) {
            const quint32 links = rng.below(4);
            for (quint32 k = 0; k < links; ++k) { // skewed: low ids are the big players
                const double u = rng.unit();
                out.links.orgIds.push_back(1 + static_cast<qint64>(u * u * orgCount) % orgCount);
            }
        }
        out.links.offsets.push_back(static_cast<quint32>(out.links.orgIds.size()));
    }
    return out;
}

} // namespace lodestone
