#include "chartaggregator.h"

#include "model/verification.h"

#include <QDate>
#include <algorithm>
#include <limits>
#include <unordered_map>

namespace lodestone {

namespace {

constexpr size_t kDenseOrgLimit = size_t(1) << 22; // org ids below this are counted in a flat array
constexpr qint64 kMaxBuckets = 2000;                // more bars than any chart can show
constexpr qint64 kMaxLookupDays = 400000;           // ~1100 years: a day -> bucket table is cheaper than dates

struct Civil {
    int year;
    int month; // 1..12
};

// Julian day -> Gregorian year and month with integer arithmetic (Fliegel & Van Flandern).
Civil civilFromJulian(qint64 jd)
{
    if (jd <= 0) {
        const QDate d = QDate::fromJulianDay(jd);
        return {d.year(), d.month()};
    }
    qint64 l = jd + 68569;
    const qint64 n = 4 * l / 146097;
    l = l - (146097 * n + 3) / 4;
    const qint64 i = 4000 * (l + 1) / 1461001;
    l = l - 1461 * i / 4 + 31;
    const qint64 j = 80 * l / 2447;
    l = j / 11;
    const qint64 m = j + 2 - 12 * l;
    const qint64 y = 100 * (n - 49) + i + l;
    return {static_cast<int>(y), static_cast<int>(m)};
}

qint32 julian(int year, int month)
{
    return static_cast<qint32>(QDate(year, month, 1).toJulianDay());
}

qint32 mondayOf(qint32 day)
{
    return day - static_cast<qint32>(((qint64(day) % 7) + 7) % 7); // Julian day 0 is a Monday
}

// A monotonic bucket number for a day (weeks, months, quarters or years since year 0).
qint64 bucketKey(qint32 day, ChartBucket b)
{
    if (b == ChartBucket::Week)
        return mondayOf(day) / 7;
    const Civil c = civilFromJulian(day);
    switch (b) {
    case ChartBucket::Quarter: return qint64(c.year) * 4 + (c.month - 1) / 3;
    case ChartBucket::Year: return c.year;
    default: return qint64(c.year) * 12 + (c.month - 1);
    }
}

} // namespace

ChartBucket ChartAggregator::chooseBucket(qint32 firstDay, qint32 lastDay)
{
    const qint64 span = qint64(lastDay) - firstDay;
    if (span <= 190)
        return ChartBucket::Week;
    if (span <= 3 * 366)
        return ChartBucket::Month;
    if (span <= 10 * 366)
        return ChartBucket::Quarter;
    return ChartBucket::Year;
}

qint32 ChartAggregator::bucketStart(qint32 day, ChartBucket bucket)
{
    if (bucket == ChartBucket::Week)
        return mondayOf(day);
    const Civil c = civilFromJulian(day);
    switch (bucket) {
    case ChartBucket::Quarter: return julian(c.year, (c.month - 1) / 3 * 3 + 1);
    case ChartBucket::Year: return julian(c.year, 1);
    default: return julian(c.year, c.month);
    }
}

qint32 ChartAggregator::nextBucketStart(qint32 start, ChartBucket bucket)
{
    const QDate d = QDate::fromJulianDay(start);
    switch (bucket) {
    case ChartBucket::Week: return start + 7;
    case ChartBucket::Quarter: return static_cast<qint32>(d.addMonths(3).toJulianDay());
    case ChartBucket::Year: return static_cast<qint32>(d.addYears(1).toJulianDay());
    default: return static_cast<qint32>(d.addMonths(1).toJulianDay());
    }
}

int ChartAggregator::statusIndex(quint8 flags)
{
    if (flags & TimelineEntry::RejectedEvent)
        return static_cast<int>(VerificationStatus::Rejected);
    if (flags & TimelineEntry::Verified)
        return static_cast<int>(VerificationStatus::Verified);
    if (flags & TimelineEntry::Disputed)
        return static_cast<int>(VerificationStatus::Disputed);
    if (flags & TimelineEntry::RejectedReport)
        return static_cast<int>(VerificationStatus::Rejected);
    return static_cast<int>(VerificationStatus::Unverified);
}

bool ChartAggregator::matches(const TimelineEntry& e, size_t index, const TimelineOrgLinks& links, const ChartQuery& q)
{
    const TimelineFilterMask& m = q.mask;
    if (e.category >= 32 || !((m.categories >> e.category) & 1u))
        return false;
    if (m.verifiedOnly && !(e.flags & TimelineEntry::Verified))
        return false;
    if ((m.hideRejected && (e.flags & TimelineEntry::RejectedEvent)) ||
        (m.hideRejectedReports && (e.flags & TimelineEntry::RejectedReport)))
        return false;
    if (std::max(e.endDay, e.startDay) < m.fromDay || e.startDay > m.toDay)
        return false;
    if (q.restrictToIds && !std::binary_search(q.onlyEventIds.begin(), q.onlyEventIds.end(), e.eventId))
        return false;
    if (!m.orgIds.empty()) {
        if (links.offsets.size() <= index + 1)
            return false;
        for (quint32 k = links.offsets[index]; k < links.offsets[index + 1]; ++k)
            if (std::binary_search(m.orgIds.begin(), m.orgIds.end(), links.orgIds[k]))
                return true;
        return false;
    }
    return true;
}

ChartData ChartAggregator::aggregate(const std::vector<TimelineEntry>& entries, const TimelineOrgLinks& links,
                                     const ChartQuery& query)
{
    ChartData out;
    const size_t n = entries.size();
    const bool haveLinks = links.offsets.size() == n + 1;
    std::vector<quint32> matched;
    matched.reserve(n);
    std::vector<quint32> dense;
    std::unordered_map<qint64, quint32> sparse;
    qint32 first = std::numeric_limits<qint32>::max();
    qint32 last = std::numeric_limits<qint32>::min();

    // Pass 1: filter, extent, categories, statuses, organisations.
    for (size_t i = 0; i < n; ++i) {
        const TimelineEntry& e = entries[i];
        if (!matches(e, i, links, query))
            continue;
        matched.push_back(static_cast<quint32>(i));
        first = std::min(first, e.startDay);
        last = std::max(last, e.startDay);
        if (e.category < kCategoryCount)
            ++out.byCategory[e.category];
        else
            ++out.byCategory[static_cast<size_t>(Category::Other)];
        ++out.eventStatus[static_cast<size_t>(statusIndex(e.flags))];
        if (!haveLinks)
            continue;
        for (quint32 k = links.offsets[i]; k < links.offsets[i + 1]; ++k) {
            const qint64 org = links.orgIds[k];
            if (org >= 0 && static_cast<size_t>(org) < kDenseOrgLimit) {
                if (static_cast<size_t>(org) >= dense.size())
                    dense.resize(std::max(static_cast<size_t>(org) + 1, dense.size() * 2), 0);
                ++dense[static_cast<size_t>(org)];
            } else {
                ++sparse[org];
            }
        }
    }
    out.eventCount = matched.size();
    if (matched.empty()) {
        out.overTime.bucket = query.bucket == ChartBucket::Auto ? ChartBucket::Month : query.bucket;
        return out;
    }
    out.firstDay = first;
    out.lastDay = last;

    // Top organisations.
    std::vector<OrgCount> orgs;
    for (size_t id = 0; id < dense.size(); ++id)
        if (dense[id])
            orgs.push_back({static_cast<qint64>(id), dense[id], {}, {}});
    for (const auto& [id, count] : sparse)
        orgs.push_back({id, count, {}, {}});
    const auto byCount = [](const OrgCount& a, const OrgCount& b) {
        return a.events != b.events ? a.events > b.events : a.orgId < b.orgId;
    };
    const size_t top = std::min(orgs.size(), static_cast<size_t>(std::max(0, query.topN)));
    std::partial_sort(orgs.begin(), orgs.begin() + static_cast<std::ptrdiff_t>(top), orgs.end(), byCount);
    orgs.resize(top);
    out.topOrgs = std::move(orgs);

    // Pass 2: buckets over the matching events only.
    ChartBucket bucket = query.bucket == ChartBucket::Auto ? chooseBucket(first, last) : query.bucket;
    qint64 key0 = bucketKey(first, bucket);
    qint64 keyN = bucketKey(last, bucket);
    while (keyN - key0 >= kMaxBuckets && bucket != ChartBucket::Year) { // a forced fine bucket over centuries
        bucket = static_cast<ChartBucket>(static_cast<int>(bucket) + 1);
        key0 = bucketKey(first, bucket);
        keyN = bucketKey(last, bucket);
    }
    TimeSeriesData& ts = out.overTime;
    ts.bucket = bucket;
    const size_t buckets = static_cast<size_t>(keyN - key0 + 1);
    ts.counts.assign(buckets, CategoryCounts{});
    ts.bucketStarts.reserve(buckets);
    qint32 start = bucketStart(first, bucket);
    for (size_t b = 0; b < buckets; ++b) {
        ts.bucketStarts.push_back(start);
        start = nextBucketStart(start, bucket);
    }
    const qint64 spanDays = qint64(last) - first + 1;
    if (spanDays <= kMaxLookupDays) {
        // Day -> bucket table over the span: one lookup per event instead of calendar arithmetic.
        std::vector<quint32> dayBucket(static_cast<size_t>(spanDays));
        size_t b = 0;
        for (qint64 d = 0; d < spanDays; ++d) {
            while (b + 1 < buckets && first + d >= ts.bucketStarts[b + 1])
                ++b;
            dayBucket[static_cast<size_t>(d)] = static_cast<quint32>(b);
        }
        for (quint32 i : matched) {
            const TimelineEntry& e = entries[i];
            ++ts.counts[dayBucket[static_cast<size_t>(e.startDay - first)]][std::min<size_t>(e.category, kCategoryCount - 1)];
        }
    } else {
        for (quint32 i : matched) {
            const TimelineEntry& e = entries[i];
            const size_t b = static_cast<size_t>(bucketKey(e.startDay, bucket) - key0);
            ++ts.counts[b][std::min<size_t>(e.category, kCategoryCount - 1)];
        }
    }
    return out;
}

} // namespace lodestone
