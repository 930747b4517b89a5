// TimelineIndex against a brute-force reference on random data, plus edge cases.
#include "model/category.h"
#include "query/timelineindex.h"
#include "query/timelinesynthetic.h"

#include <QDate>
#include <QTest>
#include <algorithm>
#include <random>
#include <set>

using namespace lodestone;

namespace {

using Lanes = std::vector<TimelineIndex::LaneSpec>;

bool linkedTo(const TimelineSyntheticData& d, size_t i, const std::set<qint64>& orgs)
{
    for (quint32 k = d.links.offsets[i]; k < d.links.offsets[i + 1]; ++k)
        if (orgs.count(d.links.orgIds[k]))
            return true;
    return false;
}

bool maskAccepts(const TimelineSyntheticData& d, size_t i, const TimelineFilterMask& m)
{
    const TimelineEntry& e = d.entries[i];
    if (!m.hasCategory(static_cast<Category>(e.category)))
        return false;
    if (m.verifiedOnly && !(e.flags & TimelineEntry::Verified))
        return false;
    if (m.statuses != 0) { // any backing report with one of the statuses
        const bool any = ((m.statuses & 1) && (e.flags & TimelineEntry::AnyUnverified)) ||
                         ((m.statuses & 2) && (e.flags & TimelineEntry::Verified)) ||
                         ((m.statuses & 4) && (e.flags & TimelineEntry::Disputed)) ||
                         ((m.statuses & 8) && (e.flags & TimelineEntry::AnyRejected));
        if (!any)
            return false;
    }
    if (m.eventIds && !std::binary_search(m.eventIds->begin(), m.eventIds->end(), e.eventId))
        return false;
    if (m.hideRejected && (e.flags & TimelineEntry::RejectedEvent))
        return false;
    if (m.hideRejectedReports && (e.flags & TimelineEntry::RejectedReport))
        return false;
    if (e.endDay < m.fromDay || e.startDay > m.toDay)
        return false;
    if (!m.orgIds.empty() && !linkedTo(d, i, std::set<qint64>(m.orgIds.begin(), m.orgIds.end())))
        return false;
    return true;
}

// Organisation lanes 1..12: 1..4 top level, 5..12 children of 1..4 (two each).
Lanes orgLanes()
{
    Lanes l;
    for (int i = 0; i < 4; ++i)
        l.push_back({i + 1, -1});
    // children placed after parents, parent index = position of parent
    Lanes out;
    for (int p = 0; p < 4; ++p) {
        out.push_back({p + 1, -1});
        const int pi = static_cast<int>(out.size()) - 1;
        out.push_back({5 + 2 * p, pi});
        out.push_back({6 + 2 * p, pi});
    }
    return out;
}

// Statuses, event-id restriction and "no category" on some rounds (every 11th round: nothing shown).
void applyExtraMask(TimelineFilterMask& mask, int round, std::mt19937& rng, int events)
{
    if (round % 4 == 2)
        mask.statuses = static_cast<quint8>(1 + rng() % 15);
    if (round % 5 == 3) {
        std::vector<qint64> ids;
        for (int i = 0; i < events / 3; ++i)
            ids.push_back(1 + static_cast<qint64>(rng() % static_cast<unsigned>(events)));
        mask.setEventIds(std::move(ids));
    }
    if (round % 11 == 10)
        mask.categories = 0;
}

void compareFrames(const TimelineFrame& a, const TimelineFrame& b)
{
    QCOMPARE(a.visibleCount, b.visibleCount);
    QCOMPARE(a.lanes.size(), b.lanes.size());
    for (size_t l = 0; l < a.lanes.size(); ++l) {
        const TimelineLaneFrame& x = a.lanes[l];
        const TimelineLaneFrame& y = b.lanes[l];
        QCOMPARE(x.lane, y.lane);
        QCOMPARE(x.visibleCount, y.visibleCount);
        QCOMPARE(x.totalCount, y.totalCount);
        QCOMPARE(x.spanRows, y.spanRows);
        QCOMPARE(x.spanOverflow, y.spanOverflow);
        QCOMPARE(x.spanCoverage, y.spanCoverage);
        QCOMPARE(x.markers.size(), y.markers.size());
        for (size_t i = 0; i < x.markers.size(); ++i)
            QVERIFY2(x.markers[i] == y.markers[i], "marker differs");
        QCOMPARE(x.bins.size(), y.bins.size());
        for (size_t i = 0; i < x.bins.size(); ++i) {
            const TimelineBin& p = x.bins[i];
            const TimelineBin& q = y.bins[i];
            QVERIFY2(p.x0 == q.x0 && p.x1 == q.x1 && p.count == q.count && p.flags == q.flags &&
                         p.category == q.category && p.day0 == q.day0 && p.day1 == q.day1,
                     "bin differs");
        }
    }
}

} // namespace

class TstTimelineIndex final : public QObject {
    Q_OBJECT
private slots:
    void randomAgainstBruteForce_data();
    void randomAgainstBruteForce();
    void spanCrossingViewStart();
    void emptyIndex();
    void singleEvent();
    void markersVersusBins();
    void spansPackThenBin();
    void eventsInRange();
    void overviewAndExtent();
    void memoryPerEvent();
    void maskFromEventFilter();
    void aggregatedEqualsExact_data();
    void aggregatedEqualsExact();
    void maskStatusesAndIds();
};

void TstTimelineIndex::randomAgainstBruteForce_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("events");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("single 2k") << int(TimelineIndex::LaneMode::Single) << 2000 << quint64(1);
    QTest::newRow("category 5k") << int(TimelineIndex::LaneMode::Category) << 5000 << quint64(2);
    QTest::newRow("category 300") << int(TimelineIndex::LaneMode::Category) << 300 << quint64(3);
    QTest::newRow("organisation 4k") << int(TimelineIndex::LaneMode::Organisation) << 4000 << quint64(4);
}

void TstTimelineIndex::randomAgainstBruteForce()
{
    QFETCH(int, mode);
    QFETCH(int, events);
    QFETCH(quint64, seed);
    const auto data = makeSyntheticTimeline(static_cast<size_t>(events), seed, 12);
    const auto laneMode = static_cast<TimelineIndex::LaneMode>(mode);
    const Lanes specs = laneMode == TimelineIndex::LaneMode::Organisation ? orgLanes() : Lanes{};
    const TimelineIndex index(data.entries, data.links, laneMode, specs);
    QCOMPARE(index.eventCount(), data.entries.size());

    std::mt19937 rng(static_cast<unsigned>(seed));
    const qint32 first = static_cast<qint32>(QDate(2004, 6, 1).toJulianDay());
    for (int round = 0; round < 60; ++round) {
        const double dpp = std::pow(10.0, std::uniform_real_distribution<double>(-2.0, 1.2)(rng));
        const int width = std::uniform_int_distribution<int>(50, 1700)(rng);
        const qint32 dayStart = first + std::uniform_int_distribution<int>(0, 7600)(rng);
        TimelineFilterMask mask;
        if (round % 2)
            mask.setCategory(static_cast<Category>(rng() % kCategoryCount), false);
        mask.verifiedOnly = round % 5 == 0;
        mask.hideRejected = round % 3 != 0;
        mask.hideRejectedReports = round % 4 == 0;
        if (round % 7 == 0) {
            mask.fromDay = dayStart + 30;
            mask.toDay = dayStart + 400;
        }
        if (round % 6 == 1)
            mask.setOrgIds({1, 7, 11});
        if (laneMode == TimelineIndex::LaneMode::Organisation && round % 2 == 0)
            mask.collapsedLanes = {0, 6};
        applyExtraMask(mask, round, rng, events);

        const TimelineFrame frame = index.query(dayStart, dpp, width, mask);
        const double endDay = dayStart + width * dpp;
        // Displayed lanes and their member lanes.
        std::vector<std::vector<int>> members;
        std::vector<int> laneOf;
        const int laneCount = index.laneCount();
        std::vector<int> shownAs(static_cast<size_t>(laneCount), -1);
        for (int l = 0; l < laneCount; ++l) {
            const int p = index.lanes()[static_cast<size_t>(l)].parentIndex;
            if (p >= 0 && shownAs[static_cast<size_t>(p)] >= 0 &&
                (shownAs[static_cast<size_t>(p)] != p || mask.isCollapsed(p)))
                shownAs[static_cast<size_t>(l)] = shownAs[static_cast<size_t>(p)];
            else
                shownAs[static_cast<size_t>(l)] = l;
        }
        for (int l = 0; l < laneCount; ++l)
            if (shownAs[static_cast<size_t>(l)] == l)
                laneOf.push_back(l);
        QCOMPARE(frame.lanes.size(), laneOf.size());

        for (size_t row = 0; row < laneOf.size(); ++row) {
            const int lane = laneOf[row];
            const TimelineLaneFrame& lf = frame.lanes[row];
            QCOMPARE(lf.lane, lane);
            std::set<qint64> expected;
            for (size_t i = 0; i < data.entries.size(); ++i) {
                const TimelineEntry& e = data.entries[i];
                if (!(e.endDay >= dayStart && e.startDay < endDay) || !maskAccepts(data, i, mask))
                    continue;
                bool inLane = false;
                if (laneMode == TimelineIndex::LaneMode::Single)
                    inLane = true;
                else if (laneMode == TimelineIndex::LaneMode::Category)
                    inLane = e.category == lane;
                else
                    for (quint32 k = data.links.offsets[i]; k < data.links.offsets[i + 1] && !inLane; ++k)
                        for (int l = 0; l < laneCount; ++l)
                            if (index.lanes()[static_cast<size_t>(l)].key == data.links.orgIds[k] &&
                                shownAs[static_cast<size_t>(l)] == lane)
                                inLane = true;
                if (inLane)
                    expected.insert(e.eventId);
            }
            QCOMPARE(lf.visibleCount, quint32(expected.size()));
            quint64 sum = lf.markers.size();
            std::set<qint64> markerIds;
            for (const TimelineMarker& m : lf.markers) {
                QVERIFY2(expected.count(m.eventId), "marker not in brute-force set");
                QVERIFY(markerIds.insert(m.eventId).second);
                QVERIFY(m.x1 >= m.x0);
            }
            for (const TimelineBin& b : lf.bins) {
                QVERIFY(b.count > 0);
                QVERIFY(b.x0 >= 0 && b.x1 <= width);
                sum += b.count;
            }
            sum += lf.spanOverflow;
            QCOMPARE(lf.spanCoverage.empty(), lf.spanOverflow == 0);
            for (quint32 c : lf.spanCoverage)
                QVERIFY(c <= lf.spanOverflow);
            QCOMPARE(sum, quint64(expected.size()));
        }
    }
}

void TstTimelineIndex::spanCrossingViewStart()
{
    // A year-long event starting long before the view, among many later points of the same lane.
    std::vector<TimelineEntry> entries;
    const qint32 y2020 = static_cast<qint32>(QDate(2020, 1, 1).toJulianDay());
    entries.push_back({1, y2020, y2020 + 365, 2, 3, TimelineEntry::Verified});
    for (int i = 0; i < 500; ++i)
        entries.push_back({100 + i, y2020 + i, y2020 + i, 2, 0, 0});
    const TimelineIndex index(entries);
    const qint32 viewStart = y2020 + 300;
    const TimelineFrame f = index.query(viewStart, 1.0 / 20, 400, {}); // 20 days in view
    const TimelineLaneFrame& lane = f.lanes[2];
    const TimelineMarker* m = f.findMarker(1);
    QVERIFY2(m, "span crossing the view start must be found");
    QVERIFY(m->span);
    QVERIFY(m->x0 < 0);
    QVERIFY(m->x1 > 400);
    QCOMPARE(lane.visibleCount, 21u); // the span + 20 points
}

void TstTimelineIndex::emptyIndex()
{
    const TimelineIndex index({});
    QVERIFY(index.extent().isEmpty());
    const TimelineFrame f = index.query(2450000, 1.0, 800, {});
    QCOMPARE(f.lanes.size(), size_t(kCategoryCount));
    QCOMPARE(f.visibleCount, quint64(0));
    QVERIFY(index.eventsInRange(0, 3000000, {}).empty());
    const auto d = index.overview(100);
    QCOMPARE(d.counts.size(), size_t(100));
    QCOMPARE(d.maxCount, 0u);
    const auto single = index.withLanes(TimelineIndex::LaneMode::Single);
    QCOMPARE(single->query(0, 1.0, 10, {}).lanes.size(), size_t(1));
}

void TstTimelineIndex::singleEvent()
{
    const qint32 day = static_cast<qint32>(QDate(2021, 3, 4).toJulianDay());
    const TimelineIndex index({{42, day, day, 5, 0, TimelineEntry::Verified}});
    QCOMPARE(index.extent().first, day);
    QCOMPARE(index.extent().last, day);
    const TimelineFrame f = index.query(day - 10, 0.5, 100, {});
    QCOMPARE(f.lanes[5].markers.size(), size_t(1));
    const TimelineMarker& m = f.lanes[5].markers.front();
    QCOMPARE(m.eventId, qint64(42));
    QCOMPARE(m.x0, 21.0f); // (10 + 0.5) / 0.5
    QVERIFY(!m.span);
    QCOMPARE(f.hitTest(5, 23, -1).eventId, qint64(42));
    QCOMPARE(f.hitTest(5, 60, -1).kind, TimelineHit::None);
    TimelineFilterMask noCat;
    noCat.setCategory(Category::StandardsMilestone, false);
    QCOMPARE(index.query(day - 10, 0.5, 100, noCat).visibleCount, quint64(0));
}

void TstTimelineIndex::markersVersusBins()
{
    const qint32 d = static_cast<qint32>(QDate(2015, 1, 1).toJulianDay());
    std::vector<TimelineEntry> entries;
    entries.push_back({1, d, d, 0, 0, 0});
    entries.push_back({2, d + 20, d + 20, 0, 0, 0}); // 20 px apart at 1 day/px: markers
    entries.push_back({3, d + 60, d + 60, 0, 0, 0});
    entries.push_back({4, d + 62, d + 62, 0, 0, 0}); // 2 px apart: a bin
    const TimelineIndex index(entries);
    const TimelineFrame f = index.query(d - 5, 1.0, 200, {});
    const TimelineLaneFrame& lane = f.lanes[0];
    QCOMPARE(lane.markers.size(), size_t(2));
    QCOMPARE(lane.markers[0].eventId, qint64(1));
    QCOMPARE(lane.markers[1].eventId, qint64(2));
    quint32 binned = 0;
    for (const TimelineBin& b : lane.bins)
        binned += b.count;
    QCOMPARE(binned, 2u);
    // Zoomed in 10x, all four are far apart.
    const TimelineFrame z = index.query(d - 5, 0.1, 1000, {});
    QCOMPARE(z.lanes[0].markers.size(), size_t(4));
    QVERIFY(z.lanes[0].bins.empty());
    // Zoomed out, everything is one cluster whose day range covers the events.
    const TimelineFrame o = index.query(d - 5, 30.0, 200, {});
    QCOMPARE(o.lanes[0].bins.size(), size_t(1));
    QCOMPARE(o.lanes[0].bins[0].count, 4u);
    QVERIFY(o.lanes[0].bins[0].day0 <= d && o.lanes[0].bins[0].day1 >= d + 62);
}

void TstTimelineIndex::spansPackThenBin()
{
    const qint32 d = static_cast<qint32>(QDate(2016, 1, 1).toJulianDay());
    std::vector<TimelineEntry> entries;
    for (int m = 0; m < 4; ++m) { // four overlapping year spans: three rows, one as coverage
        entries.push_back({10 + m, d + m, d + m + 364, 1, 3, 0});
    }
    const TimelineIndex index(entries);
    const TimelineFrame f = index.query(d - 10, 2.0, 400, {});
    const TimelineLaneFrame& lane = f.lanes[1];
    QCOMPARE(lane.visibleCount, 4u);
    QCOMPARE(lane.spanRows, TimelineIndex::kSpanRows);
    QCOMPARE(lane.markers.size(), size_t(3));
    QVERIFY(lane.bins.empty());
    QCOMPARE(lane.spanOverflow, 1u);
    // The overflowing year (from d+3; 2 days per px) covers x = 6.5 .. 189: buckets 0 .. 23 of 8 px.
    QCOMPARE(lane.spanCoverage.size(), size_t(50));
    QCOMPARE(lane.spanCoverage[0], 1u);
    QCOMPARE(lane.spanCoverage[23], 1u);
    QCOMPARE(lane.spanCoverage[24], 0u);
    QCOMPARE(f.hitTest(1, lane.markers[1].x0 + 50, lane.markers[1].row).eventId, lane.markers[1].eventId);
}

void TstTimelineIndex::eventsInRange()
{
    const auto data = makeSyntheticTimeline(3000, 9, 12);
    const TimelineIndex index(data.entries, data.links);
    const qint32 a = static_cast<qint32>(QDate(2012, 2, 10).toJulianDay());
    const qint32 b = static_cast<qint32>(QDate(2013, 8, 1).toJulianDay());
    TimelineFilterMask mask;
    mask.verifiedOnly = true;
    mask.setOrgIds({2, 3});
    std::vector<qint64> expected;
    for (size_t i = 0; i < data.entries.size(); ++i) {
        const TimelineEntry& e = data.entries[i];
        if (e.endDay >= a && e.startDay <= b && maskAccepts(data, i, mask))
            expected.push_back(e.eventId);
    }
    std::sort(expected.begin(), expected.end());
    QVERIFY(!expected.empty());
    QCOMPARE(index.eventsInRange(a, b, mask), expected);
}

void TstTimelineIndex::overviewAndExtent()
{
    const auto data = makeSyntheticTimeline(5000, 5, 0);
    const TimelineIndex index(data.entries, data.links);
    qint32 lo = data.entries[0].startDay, hi = data.entries[0].endDay;
    for (const TimelineEntry& e : data.entries) {
        lo = std::min(lo, e.startDay);
        hi = std::max(hi, e.endDay);
    }
    QCOMPARE(index.extent().first, lo);
    QCOMPARE(index.extent().last, hi);
    const auto d = index.overview(300);
    quint64 sum = 0;
    for (quint32 c : d.counts)
        sum += c;
    QCOMPARE(sum, quint64(5000));
    QCOMPARE(index.overview(300).counts, d.counts); // cached, same answer
}

void TstTimelineIndex::memoryPerEvent()
{
    const auto data = makeSyntheticTimeline(100000, 11, 200);
    const TimelineIndex index(data.entries, data.links);
    const double perEvent = double(index.memoryBytes()) / double(index.eventCount());
    const auto orgIndex = index.withLanes(TimelineIndex::LaneMode::Organisation, [] {
        Lanes l;
        for (int i = 1; i <= 200; ++i)
            l.push_back({i, -1});
        return l;
    }());
    const double perEventOrg = double(orgIndex->memoryBytes()) / double(orgIndex->eventCount());
    qInfo("index bytes/event: category %.1f, organisation %.1f (links/event %.2f)", perEvent, perEventOrg,
          double(index.linkCount()) / double(index.eventCount()));
    QVERIFY(perEvent <= 64.0);
    QVERIFY(perEventOrg <= 64.0);
}

void TstTimelineIndex::maskFromEventFilter()
{
    EventFilter f;
    f.categories = {Category::ExportControl};
    f.from = QDate(2020, 1, 1);
    f.orgIds = {5, 3, 5};
    f.includeRejectedEvents = true;
    const TimelineFilterMask m = TimelineFilterMask::fromEventFilter(f);
    QCOMPARE(m.categories, 1u << int(Category::ExportControl));
    QCOMPARE(m.fromDay, qint32(QDate(2020, 1, 1).toJulianDay()));
    QCOMPARE(m.orgIds, (std::vector<qint64>{3, 5}));
    QVERIFY(!m.hideRejected);
    QCOMPARE(TimelineFilterMask::fromEventFilter(EventFilter{}), TimelineFilterMask{});

    EventFilter none;
    none.noCategories = true;
    QCOMPARE(TimelineFilterMask::fromEventFilter(none).categories, 0u);
    EventFilter st;
    st.statuses = {VerificationStatus::Disputed, VerificationStatus::Unverified};
    const TimelineFilterMask sm = TimelineFilterMask::fromEventFilter(st);
    QCOMPARE(sm.statuses, quint8(1u << int(VerificationStatus::Disputed) | 1u << int(VerificationStatus::Unverified)));
    QCOMPARE(sm.statusFlags(), quint8(TimelineEntry::Disputed | TimelineEntry::AnyUnverified));
    QVERIFY(!sm.eventIds.has_value());
}

void TstTimelineIndex::aggregatedEqualsExact_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("events");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("category 20k") << int(TimelineIndex::LaneMode::Category) << 20000 << quint64(21);
    QTest::newRow("single 8k") << int(TimelineIndex::LaneMode::Single) << 8000 << quint64(22);
    QTest::newRow("category 150") << int(TimelineIndex::LaneMode::Category) << 150 << quint64(23);
}

// The aggregated path (bucket runs, span runs) must give the very frame the per-event path gives.
void TstTimelineIndex::aggregatedEqualsExact()
{
    QFETCH(int, mode);
    QFETCH(int, events);
    QFETCH(quint64, seed);
    auto data = makeSyntheticTimeline(static_cast<size_t>(events), seed, 12);
    // A few multi-day point-precision events and identical spans with other ends.
    for (size_t i = 0; i < data.entries.size(); i += 97)
        data.entries[i].endDay = data.entries[i].startDay + static_cast<qint32>(i % 40);
    const TimelineIndex index(data.entries, data.links, static_cast<TimelineIndex::LaneMode>(mode));
    std::mt19937 rng(static_cast<unsigned>(seed));
    const auto ext = index.extent();
    for (int round = 0; round < 80; ++round) {
        const int width = std::uniform_int_distribution<int>(40, 1700)(rng);
        double dpp;
        qint32 dayStart;
        if (round % 3 == 0) { // fit all
            dpp = double(ext.last - ext.first + 1) / width;
            dayStart = ext.first;
        } else {
            dpp = std::pow(10.0, std::uniform_real_distribution<double>(-1.5, 1.3)(rng));
            dayStart = ext.first - 200 + std::uniform_int_distribution<int>(0, ext.last - ext.first)(rng);
        }
        TimelineFilterMask mask;
        if (round % 2)
            mask.setCategory(static_cast<Category>(rng() % kCategoryCount), false);
        mask.verifiedOnly = round % 5 == 0;
        mask.hideRejected = round % 3 != 0;
        mask.hideRejectedReports = round % 4 == 0;
        if (round % 7 == 0) {
            mask.fromDay = dayStart + 30;
            mask.toDay = dayStart + 900;
        }
        if (round % 4 == 2)
            mask.statuses = static_cast<quint8>(1 + rng() % 15);
        if (round % 13 == 12)
            mask.categories = 0;
        const int bucketPx = round % 9 == 4 ? 3 : TimelineIndex::kDefaultBucketPx;
        const TimelineFrame fast = index.query(dayStart, dpp, width, mask, bucketPx);
        const TimelineFrame exact = index.queryExact(dayStart, dpp, width, mask, bucketPx);
        compareFrames(fast, exact);
        if (QTest::currentTestFailed()) {
            qWarning("round %d width %d dpp %f", round, width, dpp);
            return;
        }
    }
}

void TstTimelineIndex::maskStatusesAndIds()
{
    const auto data = makeSyntheticTimeline(6000, 31, 12);
    const TimelineIndex index(data.entries, data.links);
    QVERIFY(index.hasStatusFlags());
    const auto ext = index.extent();
    const double dpp = double(ext.last - ext.first + 1) / 1000;
    auto expectedCount = [&](const TimelineFilterMask& m) {
        quint64 n = 0;
        for (size_t i = 0; i < data.entries.size(); ++i)
            n += maskAccepts(data, i, m);
        return n;
    };
    for (int s = 0; s < 4; ++s) { // each status alone
        TimelineFilterMask m;
        m.statuses = quint8(1u << s);
        const quint64 want = expectedCount(m);
        QVERIFY(want > 0);
        QCOMPARE(index.query(ext.first, dpp, 1000, m).visibleCount, want);
    }
    TimelineFilterMask none;
    none.categories = 0;
    QCOMPARE(index.query(ext.first, dpp, 1000, none).visibleCount, quint64(0));
    QCOMPARE(index.eventsInRange(ext.first, ext.last, none).size(), size_t(0));

    TimelineFilterMask ids;
    ids.setEventIds({5, 17, 17, 4000, 999999});
    const quint64 want = expectedCount(ids);
    QCOMPARE(index.query(ext.first, dpp, 1000, ids).visibleCount, want);
    QCOMPARE(index.eventsInRange(ext.first, ext.last, ids).size(), size_t(want));
    ids.setEventIds({});
    QCOMPARE(index.query(ext.first, dpp, 1000, ids).visibleCount, quint64(0));

    std::vector<TimelineEntry> plain{{1, 2459000, 2459000, 0, 0, TimelineEntry::Verified}};
    QVERIFY(!TimelineIndex(plain).hasStatusFlags());
}

QTEST_GUILESS_MAIN(TstTimelineIndex)
#include "tst_timelineindex.moc"
