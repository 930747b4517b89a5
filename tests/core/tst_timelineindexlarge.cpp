// TimelineIndex above the size where its constructor gathers on two threads (128k events): lane totals,
// range queries with organisation filters and the slot contents against brute force over the input,
// with organisation lists given unsorted and with duplicates for part of the events.
#include "model/category.h"
#include "query/timelineindex.h"
#include "query/timelinesynthetic.h"

#include <QTest>
#include <algorithm>
#include <map>
#include <random>
#include <set>

using namespace lodestone;

namespace {

// The synthetic links with every fifth event's organisations reversed and its first one repeated.
TimelineOrgLinks scrambled(const TimelineOrgLinks& in, size_t events)
{
    TimelineOrgLinks out;
    out.offsets.push_back(0);
    for (size_t i = 0; i < events; ++i) {
        std::vector<qint64> orgs(in.orgIds.begin() + in.offsets[i], in.orgIds.begin() + in.offsets[i + 1]);
        if (i % 5 == 0 && !orgs.empty()) {
            std::reverse(orgs.begin(), orgs.end());
            orgs.push_back(orgs.back());
        }
        out.orgIds.insert(out.orgIds.end(), orgs.begin(), orgs.end());
        out.offsets.push_back(static_cast<quint32>(out.orgIds.size()));
    }
    return out;
}

std::set<qint64> orgsOf(const TimelineOrgLinks& links, size_t i)
{
    return std::set<qint64>(links.orgIds.begin() + links.offsets[i], links.orgIds.begin() + links.offsets[i + 1]);
}

} // namespace

class TstTimelineIndexLarge final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void categoryLanes();
    void organisationLanes();
    void rangeWithOrganisations_data();
    void rangeWithOrganisations();

private:
    TimelineSyntheticData m_data;
    TimelineOrgLinks m_links;
};

void TstTimelineIndexLarge::initTestCase()
{
    m_data = makeSyntheticTimeline(300000, 4242, 40);
    m_links = scrambled(m_data.links, m_data.entries.size());
}

void TstTimelineIndexLarge::categoryLanes()
{
    const TimelineIndex index(m_data.entries, m_links);
    QCOMPARE(index.eventCount(), m_data.entries.size());
    std::vector<quint32> perCategory(kCategoryCount, 0);
    size_t links = 0;
    qint32 first = m_data.entries.front().startDay;
    qint32 last = m_data.entries.front().endDay;
    for (size_t i = 0; i < m_data.entries.size(); ++i) {
        const TimelineEntry& e = m_data.entries[i];
        ++perCategory[e.category];
        links += orgsOf(m_links, i).size();
        first = std::min(first, e.startDay);
        last = std::max(last, std::max(e.endDay, e.startDay));
    }
    for (int c = 0; c < kCategoryCount; ++c)
        QCOMPARE(index.laneTotal(c), perCategory[static_cast<size_t>(c)]);
    QCOMPARE(index.linkCount(), links); // duplicates dropped
    QCOMPARE(index.extent().first, first);
    QCOMPARE(index.extent().last, last);
    QVERIFY(index.hasStatusFlags() == std::all_of(m_data.entries.begin(), m_data.entries.end(), [](const TimelineEntry& e) {
                return (e.flags & TimelineEntry::StatusKnown) != 0;
            }));
    // Every event exactly once over the whole extent.
    TimelineFilterMask everything;
    everything.hideRejected = false;
    std::vector<qint64> all = index.eventsInRange(first, last, everything);
    std::sort(all.begin(), all.end());
    QCOMPARE(all.size(), m_data.entries.size());
    QCOMPARE(all.front(), qint64(1));
    QCOMPARE(all.back(), qint64(m_data.entries.size()));
    QVERIFY(std::adjacent_find(all.begin(), all.end()) == all.end());
}

void TstTimelineIndexLarge::organisationLanes()
{
    std::vector<TimelineIndex::LaneSpec> lanes;
    for (int org = 1; org <= 40; ++org)
        lanes.push_back({org, -1});
    const TimelineIndex index(m_data.entries, m_links, TimelineIndex::LaneMode::Organisation, lanes);
    std::map<qint64, quint32> perOrg;
    for (size_t i = 0; i < m_data.entries.size(); ++i)
        for (qint64 org : orgsOf(m_links, i))
            ++perOrg[org];
    QVERIFY(perOrg.size() > 10);
    for (int l = 0; l < index.laneCount(); ++l)
        QCOMPARE(index.laneTotal(l), perOrg[index.lanes()[static_cast<size_t>(l)].key]);
}

void TstTimelineIndexLarge::rangeWithOrganisations_data()
{
    QTest::addColumn<int>("seed");
    for (int s = 1; s <= 4; ++s)
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(s))) << s;
}

void TstTimelineIndexLarge::rangeWithOrganisations()
{
    QFETCH(int, seed);
    static const TimelineIndex index(m_data.entries, m_links);
    std::mt19937 rng(static_cast<unsigned>(seed));
    const qint32 first = index.extent().first;
    const qint32 span = index.extent().last - first;
    const qint32 a = first + std::uniform_int_distribution<qint32>(0, span / 2)(rng);
    const qint32 b = a + std::uniform_int_distribution<qint32>(30, span / 2)(rng);
    std::set<qint64> orgs;
    while (orgs.size() < 3)
        orgs.insert(std::uniform_int_distribution<qint64>(1, 40)(rng));
    TimelineFilterMask mask; // hides events marked false (the default)
    mask.setOrgIds(std::vector<qint64>(orgs.begin(), orgs.end()));
    if (seed % 2)
        mask.setCategory(static_cast<Category>(seed % kCategoryCount), false);
    std::vector<qint64> expected;
    for (size_t i = 0; i < m_data.entries.size(); ++i) {
        const TimelineEntry& e = m_data.entries[i];
        if (std::max(e.endDay, e.startDay) < a || e.startDay > b || !mask.hasCategory(static_cast<Category>(e.category)) ||
            (e.flags & TimelineEntry::RejectedEvent))
            continue;
        const std::set<qint64> mine = orgsOf(m_links, i);
        if (std::any_of(orgs.begin(), orgs.end(), [&](qint64 o) { return mine.count(o) > 0; }))
            expected.push_back(e.eventId);
    }
    QVERIFY(expected.size() > 100);
    std::vector<qint64> got = index.eventsInRange(a, b, mask);
    std::sort(got.begin(), got.end());
    QCOMPARE(got, expected);
}

QTEST_GUILESS_MAIN(TstTimelineIndexLarge)
#include "tst_timelineindexlarge.moc"
