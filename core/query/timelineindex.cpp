#include "timelineindex.h"

#include "query/timelineindexstore.h"
#include "util/log.h"

#include <QHash>
#include <algorithm>
#include <limits>

namespace lodestone {

namespace {

quint8 durationClass(const TimelineEntry& e, qint32 end)
{
    const qint32 d = end - e.startDay;
    if (e.precision == 0 && d == 0)
        return 0;
    if (d <= 31)
        return 1;
    if (d <= 92)
        return 2;
    if (d <= 366)
        return 3;
    return 4;
}

} // namespace

TimelineIndex::TimelineIndex(std::vector<TimelineEntry> entries, TimelineOrgLinks links, LaneMode mode,
                             std::vector<LaneSpec> orgLanes)
    : m_mode(mode)
{
    auto store = std::make_shared<Store>();
    const size_t n = entries.size();
    const bool haveLinks = links.offsets.size() == n + 1 && n > 0;
    if (!links.offsets.empty() && !haveLinks)
        log::query()->warn("timeline index: {} link offsets for {} entries ignored", links.offsets.size(), n);

    qint32 minStart = std::numeric_limits<qint32>::max();
    qint32 maxStart = std::numeric_limits<qint32>::min();
    for (TimelineEntry& e : entries) {
        e.endDay = std::max(e.endDay, e.startDay);
        if (e.category >= kCategoryCount)
            e.category = static_cast<quint8>(Category::Other);
        minStart = std::min(minStart, e.startDay);
        maxStart = std::max(maxStart, e.startDay);
    }

    // Sort positions by (category, class, flag key, start, input order) through packed 64-bit keys when
    // the range allows.
    std::vector<quint32> perm(n);
    auto flagKey = [](const TimelineEntry& e) { return quint64(e.flags & Store::kFlagKeyMask); };
    if (n > 0 && static_cast<qint64>(maxStart) - minStart < (qint64(1) << 19) && n < (size_t(1) << 32)) {
        std::vector<quint64> keys(n);
        for (size_t i = 0; i < n; ++i) {
            const TimelineEntry& e = entries[i];
            keys[i] = (quint64(e.category) << 60) | (quint64(durationClass(e, e.endDay)) << 57) | (flagKey(e) << 51) |
                      (quint64(e.startDay - minStart) << 32) | quint64(i);
        }
        std::sort(keys.begin(), keys.end());
        for (size_t i = 0; i < n; ++i)
            perm[i] = static_cast<quint32>(keys[i] & 0xffffffffu);
    } else {
        for (size_t i = 0; i < n; ++i)
            perm[i] = static_cast<quint32>(i);
        std::stable_sort(perm.begin(), perm.end(), [&](quint32 a, quint32 b) {
            const TimelineEntry& x = entries[a];
            const TimelineEntry& y = entries[b];
            const quint64 cx = (quint64(x.category) * kClassCount + durationClass(x, x.endDay)) * 64 + flagKey(x);
            const quint64 cy = (quint64(y.category) * kClassCount + durationClass(y, y.endDay)) * 64 + flagKey(y);
            return cx != cy ? cx < cy : x.startDay < y.startDay;
        });
    }

    store->evs.resize(n);
    store->ids.resize(n);
    if (haveLinks) {
        store->linkOffsets.resize(n + 1);
        store->linkOrgs.reserve(links.orgIds.size());
    }
    Extent ext;
    if (n > 0) {
        ext.first = std::numeric_limits<qint32>::max();
        ext.last = std::numeric_limits<qint32>::min();
    }
    bool statusKnown = true;
    int prevCategory = -1;
    for (size_t i = 0; i < n; ++i) {
        const TimelineEntry& e = entries[perm[i]];
        const quint8 cls = durationClass(e, e.endDay);
        const TimelineSlot slot{e.startDay, e.endDay, e.category, e.precision, e.flags, cls};
        const bool newCell = i == 0 || e.category != store->evs[i - 1].category || cls != store->evs[i - 1].cls ||
                             (e.flags & Store::kFlagKeyMask) != (store->evs[i - 1].flags & Store::kFlagKeyMask);
        if (newCell) {
            while (prevCategory < int(e.category))
                store->categoryCells[static_cast<size_t>(++prevCategory)] = static_cast<quint32>(store->cellBegin.size());
            store->cellBegin.push_back(static_cast<quint32>(i));
            store->cellMaxDuration.push_back(0);
            store->cellRunBegin.push_back(static_cast<quint32>(store->spanRuns.size()));
        }
        if (cls != 0 && (newCell || slot.start != store->evs[i - 1].start || slot.end != store->evs[i - 1].end))
            store->spanRuns.push_back(static_cast<quint32>(i));
        store->evs[i] = slot;
        store->ids[i] = e.eventId;
        store->cellMaxDuration.back() = std::max(store->cellMaxDuration.back(), e.endDay - e.startDay);
        statusKnown = statusKnown && (e.flags & TimelineEntry::StatusKnown);
        ext.first = std::min(ext.first, e.startDay);
        ext.last = std::max(ext.last, e.endDay);
        if (haveLinks) {
            store->linkOffsets[i] = static_cast<quint32>(store->linkOrgs.size());
            const quint32 b = links.offsets[perm[i]];
            const quint32 en = std::min<quint32>(links.offsets[perm[i] + 1], static_cast<quint32>(links.orgIds.size()));
            const size_t from = store->linkOrgs.size();
            for (quint32 k = b; k < en; ++k)
                store->linkOrgs.push_back(links.orgIds[k]);
            // Each organisation once per event, so an event appears once per lane.
            std::sort(store->linkOrgs.begin() + static_cast<std::ptrdiff_t>(from), store->linkOrgs.end());
            store->linkOrgs.erase(std::unique(store->linkOrgs.begin() + static_cast<std::ptrdiff_t>(from),
                                              store->linkOrgs.end()),
                                  store->linkOrgs.end());
        }
    }
    if (haveLinks)
        store->linkOffsets[n] = static_cast<quint32>(store->linkOrgs.size());
    const quint32 cells = static_cast<quint32>(store->cellMaxDuration.size());
    while (prevCategory < kCategoryCount)
        store->categoryCells[static_cast<size_t>(++prevCategory)] = cells;
    store->cellBegin.push_back(static_cast<quint32>(n));
    store->cellRunBegin.push_back(static_cast<quint32>(store->spanRuns.size()));
    // Cumulative day counts for dense point cells.
    store->cellCumBegin.assign(cells + 1, 0);
    for (quint32 c = 0; c < cells; ++c) {
        store->cellCumBegin[c] = static_cast<quint32>(store->dayCum.size());
        const quint32 b = store->cellBegin[c];
        const quint32 e = store->cellBegin[c + 1];
        if (store->evs[b].cls != 0)
            continue;
        const qint64 range = qint64(store->evs[e - 1].start) - store->evs[b].start + 2;
        if (range > 2 * qint64(e - b))
            continue;
        const qint32 first = store->evs[b].start;
        const size_t base = store->dayCum.size();
        store->dayCum.resize(base + static_cast<size_t>(range), 0);
        for (quint32 i = b; i < e; ++i) // events starting on day d count from slot (d - first + 1) on
            ++store->dayCum[base + static_cast<size_t>(store->evs[i].start - first) + 1];
        for (size_t k = base + 1; k < store->dayCum.size(); ++k)
            store->dayCum[k] += store->dayCum[k - 1];
    }
    store->cellCumBegin[cells] = static_cast<quint32>(store->dayCum.size());
    store->dayCum.shrink_to_fit();
    store->cellBegin.shrink_to_fit();
    store->cellMaxDuration.shrink_to_fit();
    store->cellRunBegin.shrink_to_fit();
    store->spanRuns.shrink_to_fit();
    store->statusKnown = statusKnown && n > 0;
    store->extent = ext;
    m_store = std::move(store);
    buildLanes(std::move(orgLanes));
}

TimelineIndex::TimelineIndex(std::shared_ptr<const Store> store, LaneMode mode, std::vector<LaneSpec> orgLanes)
    : m_store(std::move(store)), m_mode(mode)
{
    buildLanes(std::move(orgLanes));
}

TimelineIndex::~TimelineIndex() = default;

std::shared_ptr<const TimelineIndex> TimelineIndex::withLanes(LaneMode mode, std::vector<LaneSpec> orgLanes) const
{
    return std::shared_ptr<const TimelineIndex>(new TimelineIndex(m_store, mode, std::move(orgLanes)));
}

void TimelineIndex::buildLanes(std::vector<LaneSpec> orgLanes)
{
    const Store& st = *m_store;
    const size_t n = st.evs.size();
    m_lanes.clear();
    m_order.clear();
    m_laneCells.clear();
    m_segments.clear();
    m_maxDuration.clear();
    if (m_mode != LaneMode::Organisation) { // lanes read the base cells directly, no index array
        if (m_mode == LaneMode::Single) {
            m_lanes.push_back({0, -1});
            m_laneCells = {0, static_cast<quint32>(st.cellCount())};
        } else {
            for (int c = 0; c < kCategoryCount; ++c)
                m_lanes.push_back({c, -1});
            m_laneCells.assign(st.categoryCells.begin(), st.categoryCells.end());
        }
        m_laneTotals.assign(m_lanes.size(), 0);
        for (size_t l = 0; l < m_lanes.size(); ++l)
            m_laneTotals[l] = st.cellBegin[m_laneCells[l + 1]] - st.cellBegin[m_laneCells[l]];
        (void)n;
        return;
    }
    QHash<qint64, int> orgLane;
    {
        m_lanes = std::move(orgLanes);
        for (size_t l = 0; l < m_lanes.size(); ++l) {
            LaneSpec& s = m_lanes[l];
            if (s.parentIndex >= static_cast<int>(l))
                s.parentIndex = -1; // parents must come first
            orgLane.insert(s.key, static_cast<int>(l));
        }
    }
    const size_t laneCount = m_lanes.size();
    const size_t cells = laneCount * kClassCount;
    std::vector<quint32> counts(cells + 1, 0);
    m_maxDuration.assign(cells, 0);

    auto forEachLane = [&](size_t i, auto&& fn) {
        if (st.linkOffsets.empty())
            return;
        for (quint32 k = st.linkOffsets[i]; k < st.linkOffsets[i + 1]; ++k) {
            const auto it = orgLane.constFind(st.linkOrgs[k]);
            if (it != orgLane.constEnd())
                fn(static_cast<size_t>(it.value()));
        }
    };
    for (size_t i = 0; i < n; ++i) {
        forEachLane(i, [&](size_t lane) {
            const TimelineSlot& s = st.evs[i];
            const size_t cell = lane * kClassCount + s.cls;
            ++counts[cell + 1];
            m_maxDuration[cell] = std::max(m_maxDuration[cell], s.end - s.start);
        });
    }
    for (size_t c = 1; c <= cells; ++c)
        counts[c] += counts[c - 1];
    m_segments = counts;
    m_order.resize(counts[cells]);
    for (size_t i = 0; i < n; ++i) {
        forEachLane(i, [&](size_t lane) {
            const size_t cell = lane * kClassCount + st.evs[i].cls;
            m_order[counts[cell]++] = static_cast<quint32>(i);
        });
    }
    // The base is ordered by category first: order each (lane, class) cell by start day.
    for (size_t c = 0; c < cells; ++c) {
        std::sort(m_order.begin() + m_segments[c], m_order.begin() + m_segments[c + 1], [&](quint32 a, quint32 b) {
            return st.evs[a].start != st.evs[b].start ? st.evs[a].start < st.evs[b].start : a < b;
        });
    }
    m_laneTotals.assign(laneCount, 0);
    for (size_t l = 0; l <= laneCount; ++l)
        m_laneCells.push_back(static_cast<quint32>(l * kClassCount));
    for (size_t l = 0; l < laneCount; ++l)
        m_laneTotals[l] = m_segments[(l + 1) * kClassCount] - m_segments[l * kClassCount];
}

quint32 TimelineIndex::laneTotal(int lane) const
{
    return lane >= 0 && lane < laneCount() ? m_laneTotals[static_cast<size_t>(lane)] : 0;
}

size_t TimelineIndex::eventCount() const
{
    return m_store->evs.size();
}

size_t TimelineIndex::linkCount() const
{
    return m_store->linkOrgs.size();
}

size_t TimelineIndex::memoryBytes() const
{
    return m_store->bytes() + m_order.capacity() * sizeof(quint32) + m_segments.capacity() * sizeof(quint32) +
           m_maxDuration.capacity() * sizeof(qint32) + m_laneTotals.capacity() * sizeof(quint32) +
           m_laneCells.capacity() * sizeof(quint32) +
           m_lanes.capacity() * sizeof(LaneSpec);
}

bool TimelineIndex::hasStatusFlags() const
{
    return m_store->statusKnown;
}

TimelineIndex::Extent TimelineIndex::extent() const
{
    return m_store->extent;
}

TimelineIndex::Density TimelineIndex::overview(int widthPx) const
{
    {
        std::lock_guard<std::mutex> lock(m_cacheMutex);
        if (m_densityCache && static_cast<int>(m_densityCache->counts.size()) == widthPx)
            return *m_densityCache;
    }
    auto d = std::make_shared<Density>();
    d->extent = m_store->extent;
    d->counts.assign(static_cast<size_t>(std::max(0, widthPx)), 0);
    if (widthPx > 0 && !d->extent.isEmpty()) {
        const double span = double(d->extent.last) - d->extent.first + 1;
        for (const TimelineSlot& s : m_store->evs) {
            const double mid = (double(s.start) + s.end + 1) / 2.0 - d->extent.first;
            const int col = std::clamp(static_cast<int>(mid / span * widthPx), 0, widthPx - 1);
            ++d->counts[static_cast<size_t>(col)];
        }
        d->maxCount = *std::max_element(d->counts.begin(), d->counts.end());
    }
    std::lock_guard<std::mutex> lock(m_cacheMutex);
    m_densityCache = d;
    return *d;
}

} // namespace lodestone
