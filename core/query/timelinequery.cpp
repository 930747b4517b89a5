// TimelineIndex::query and eventsInRange: the per-frame work, O(visible + width).
#include "query/timelineindex.h"
#include "query/timelineindexstore.h"

#include <algorithm>
#include <cmath>

namespace lodestone {

namespace {

struct Bucket {
    quint32 count = 0;
    quint32 verified = 0;
    quint32 disputed = 0;
    quint32 rejected = 0;
    quint32 first = 0; // base position of the first event
    float minX = 0;
    float maxX = 0;
};

struct SpanCandidate {
    quint32 pos;
    float x0;
    float x1;
};

class MaskTest final {
public:
    MaskTest(const TimelineIndex::Store& st, const TimelineFilterMask& m) : m_st(st), m_mask(m)
    {
        m_orgs = !m.orgIds.empty();
        m_ids = m.eventIds.has_value();
    }
    bool operator()(quint32 pos, const TimelineSlot& s) const
    {
        if (s.category >= 32 || !((m_mask.categories >> s.category) & 1u))
            return false;
        if (!m_mask.acceptsFlags(s.flags))
            return false;
        if (s.end < m_mask.fromDay || s.start > m_mask.toDay)
            return false;
        if (m_ids && !std::binary_search(m_mask.eventIds->begin(), m_mask.eventIds->end(), m_st.ids[pos]))
            return false;
        if (m_orgs) {
            if (m_st.linkOffsets.empty())
                return false;
            for (quint32 k = m_st.linkOffsets[pos]; k < m_st.linkOffsets[pos + 1]; ++k) {
                if (std::binary_search(m_mask.orgIds.begin(), m_mask.orgIds.end(), m_st.linkOrgs[k]))
                    return true;
            }
            return false;
        }
        return true;
    }

private:
    const TimelineIndex::Store& m_st;
    const TimelineFilterMask& m_mask;
    bool m_orgs = false;
    bool m_ids = false;
};

// Pixel x of a point event and its bucket: one definition for the exact and the aggregated path.
struct PointGeometry {
    qint32 dayStart;
    float invDpp;
    int bpx;
    int nb;
    float x(qint32 day) const { return (float(day - dayStart) + 0.5f) * invDpp; }
    int bucket(float px) const { return std::clamp(static_cast<int>(px) / bpx, 0, nb - 1); }
};

// Visits base positions of one (lane, class) segment whose events overlap [d0, d1].
template<typename Fn>
void scanSegment(const TimelineSlot* evs, const quint32* order, quint32 b, quint32 e, qint32 maxDur, qint32 d0,
                 qint32 d1, Fn&& fn)
{
    auto posAt = [&](quint32 i) { return order ? order[i] : i; };
    const qint64 lowKey = qint64(d0) - maxDur;
    quint32 lo = b, hi = e;
    while (lo < hi) { // first with start >= lowKey
        const quint32 mid = lo + (hi - lo) / 2;
        if (evs[posAt(mid)].start < lowKey)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (quint32 i = lo; i < e; ++i) {
        const quint32 pos = posAt(i);
        const TimelineSlot& s = evs[pos];
        if (s.start > d1)
            break;
        if (s.end >= d0)
            fn(pos, s);
    }
}

} // namespace

TimelineFrame TimelineIndex::query(qint32 dayStart, double daysPerPixel, int widthPx, const TimelineFilterMask& mask,
                                   int bucketPx) const
{
    return compute(dayStart, daysPerPixel, widthPx, mask, bucketPx, true);
}

TimelineFrame TimelineIndex::queryExact(qint32 dayStart, double daysPerPixel, int widthPx,
                                        const TimelineFilterMask& mask, int bucketPx) const
{
    return compute(dayStart, daysPerPixel, widthPx, mask, bucketPx, false);
}

TimelineFrame TimelineIndex::compute(qint32 dayStart, double daysPerPixel, int widthPx, const TimelineFilterMask& mask,
                                     int bucketPx, bool allowAggregates) const
{
    TimelineFrame frame;
    frame.dayStart = dayStart;
    frame.daysPerPixel = daysPerPixel > 0 ? daysPerPixel : 1.0;
    frame.widthPx = std::max(0, widthPx);
    frame.bucketPx = std::max(2, bucketPx);
    const double dpp = frame.daysPerPixel;
    const int bpx = frame.bucketPx;
    const Store& st = *m_store;
    const TimelineSlot* evs = st.evs.data();
    const bool orgMode = m_mode == LaneMode::Organisation;
    const quint32* order = orgMode ? m_order.data() : nullptr;
    const quint32* segments = orgMode ? m_segments.data() : st.cellBegin.data();
    const qint32* maxDuration = orgMode ? m_maxDuration.data() : st.cellMaxDuration.data();
    // Aggregated path: whole cells pass or fail the mask (no per-event org or id test).
    const bool aggregate = allowAggregates && !orgMode && mask.orgIds.empty() && !mask.eventIds.has_value();
    const qint32 d0 = dayStart;
    const qint32 d1 = static_cast<qint32>(std::floor(dayStart + frame.widthPx * dpp - 1e-9));
    const int nb = std::max(1, (frame.widthPx + bpx - 1) / bpx);
    const size_t spanCap = static_cast<size_t>(std::max(64, frame.widthPx / 4));
    const MaskTest accepts(st, mask);
    const float invDpp = static_cast<float>(1.0 / dpp);
    const PointGeometry geo{dayStart, invDpp, bpx, nb};
    const qint32 visFirst = std::max(d0, mask.fromDay); // an event is visible when end >= visFirst
    const qint32 visLast = std::min(d1, mask.toDay);    // ... and start <= visLast
    std::vector<quint32> spanCells;
    std::vector<quint32> pointCells;
    const auto byStart = [](const TimelineSlot& s, qint32 day) { return s.start < day; };
    // Aggregated points: bounds[b] = first day whose point events fall in bucket b or later (bounds[0] =
    // visFirst, bounds[nb] = visLast + 1), from the very formula the per-event path uses.
    std::vector<qint32> bounds;
    if (aggregate && visFirst <= visLast) {
        bounds.resize(static_cast<size_t>(nb) + 1);
        bounds[0] = visFirst;
        bounds[static_cast<size_t>(nb)] = visLast + 1;
        for (int b = 1; b < nb; ++b) {
            const qint32 lowest = bounds[static_cast<size_t>(b) - 1];
            const double est = std::ceil(dayStart + double(b) * bpx * dpp - 0.5);
            qint32 d = static_cast<qint32>(std::clamp(est - 2.0, double(lowest), double(visLast) + 1.0));
            while (d > lowest && geo.bucket(geo.x(d - 1)) >= b)
                --d;
            while (d <= visLast && geo.bucket(geo.x(d)) < b)
                ++d;
            bounds[static_cast<size_t>(b)] = d;
        }
    }
    auto cumAt = [&](quint32 cell, qint32 day) -> quint32 {
        const qint32 first = evs[segments[cell]].start;
        const quint32 base = st.cellCumBegin[cell];
        const quint32 len = st.cellCumBegin[cell + 1] - base;
        if (day <= first)
            return 0;
        const qint64 k = qint64(day) - first;
        return st.dayCum[base + (k >= len ? len - 1 : static_cast<quint32>(k))];
    };
    // First position in [p, end) with start >= day (galloping: cheap when the answer is near p).
    auto gallop = [](const TimelineSlot* p, const TimelineSlot* end, qint32 day) {
        const TimelineSlot* lo = p;
        ptrdiff_t step = 1;
        while (step < end - lo && (lo + step)->start < day) {
            lo += step;
            step *= 2;
        }
        const TimelineSlot* hi = step < end - lo ? lo + step + 1 : end;
        return std::lower_bound(lo, hi, day, [](const TimelineSlot& s, qint32 v) { return s.start < v; });
    };

    std::vector<Bucket> buckets(static_cast<size_t>(nb));
    std::vector<quint32> catCounts(static_cast<size_t>(nb) * kCategoryCount);
    std::vector<SpanCandidate> spans;
    std::vector<qint32> coverage;
    std::vector<quint32> gathered;
    std::vector<int> depth(m_lanes.size(), 0);
    std::vector<char> hidden(m_lanes.size(), 0);

    for (size_t l = 0; l < m_lanes.size(); ++l) {
        const int p = m_lanes[l].parentIndex;
        if (p >= 0) {
            depth[l] = depth[static_cast<size_t>(p)] + 1;
            hidden[l] = hidden[static_cast<size_t>(p)] || mask.isCollapsed(p);
        }
    }

    for (size_t l = 0; l < m_lanes.size(); ++l) {
        if (hidden[l])
            continue;
        TimelineLaneFrame lf;
        lf.lane = static_cast<int>(l);
        lf.depth = depth[l];
        std::vector<size_t> sources{l};
        if (m_mode == LaneMode::Organisation && mask.isCollapsed(static_cast<int>(l))) {
            for (size_t k = l + 1; k < m_lanes.size(); ++k) { // descendants follow their parent
                for (int p = m_lanes[k].parentIndex; p >= 0; p = m_lanes[static_cast<size_t>(p)].parentIndex) {
                    if (static_cast<size_t>(p) == l) {
                        sources.push_back(k);
                        break;
                    }
                }
            }
            lf.folded = sources.size() > 1;
        }
        std::fill(buckets.begin(), buckets.end(), Bucket{});
        std::fill(catCounts.begin(), catCounts.end(), 0);
        spans.clear();
        bool spanOverflow = false;

        auto addToBucket = [&](quint32 pos, const TimelineSlot& s, float x) {
            const int b = geo.bucket(x);
            Bucket& bk = buckets[static_cast<size_t>(b)];
            if (bk.count == 0) {
                bk.first = pos;
                bk.minX = bk.maxX = x;
            } else {
                bk.minX = std::min(bk.minX, x);
                bk.maxX = std::max(bk.maxX, x);
            }
            ++bk.count;
            bk.verified += (s.flags & TimelineEntry::Verified) != 0;
            bk.disputed += (s.flags & TimelineEntry::Disputed) != 0;
            bk.rejected += (s.flags & (TimelineEntry::RejectedEvent | TimelineEntry::RejectedReport)) != 0;
            if (s.category < kCategoryCount)
                ++catCounts[static_cast<size_t>(b) * kCategoryCount + s.category];
        };
        coverage.assign(static_cast<size_t>(nb) + 1, 0);
        auto addCoverage = [&](float x0, float x1) {
            const int b0 = std::clamp(static_cast<int>(std::floor(x0 / bpx)), 0, nb - 1);
            const int b1 = std::clamp(static_cast<int>(std::floor((x1 - 0.001f) / bpx)), b0, nb - 1);
            ++coverage[static_cast<size_t>(b0)];
            --coverage[static_cast<size_t>(b1) + 1];
            ++lf.spanOverflow;
        };
        auto visit = [&](quint32 pos, const TimelineSlot& s) {
            ++lf.visibleCount;
            if (!timelineIsSpan(s)) {
                addToBucket(pos, s, geo.x(s.start));
                return;
            }
            const float x0 = float(s.start - dayStart) * invDpp;
            const float x1 = float(s.end + 1 - dayStart) * invDpp;
            if (spanOverflow) {
                addCoverage(x0, x1);
                return;
            }
            spans.push_back({pos, x0, x1});
            if (spans.size() > spanCap) { // too many spans for bars: all of them become coverage
                spanOverflow = true;
                for (const SpanCandidate& c : spans)
                    addCoverage(c.x0, c.x1);
                spans.clear();
            }
        };

        auto scanLane = [&](size_t lane, auto&& fn) {
            for (size_t cell = m_laneCells[lane]; cell < m_laneCells[lane + 1]; ++cell) {
                scanSegment(evs, order, segments[cell], segments[cell + 1], maxDuration[cell], d0, d1,
                            [&](quint32 pos, const TimelineSlot& s) {
                                if (accepts(pos, s))
                                    fn(pos, s);
                            });
            }
        };
        if (aggregate) {
            spanCells.clear();
            pointCells.clear();
            for (quint32 cell = m_laneCells[l]; cell < m_laneCells[l + 1]; ++cell) {
                const TimelineSlot& head = evs[segments[cell]];
                if (!((mask.categories >> head.category) & 1u) || !mask.acceptsFlags(head.flags))
                    continue;
                if (head.cls != 0) {
                    spanCells.push_back(cell);
                    continue;
                }
                pointCells.push_back(cell);
                // Points of one cell share category and flags: count whole buckets at once, from the
                // cumulative day counts (dense cells) or by galloping over the sorted starts (sparse cells).
                if (visFirst > visLast)
                    continue;
                auto addRun = [&](int bucket, quint32 k) {
                    Bucket& bk = buckets[static_cast<size_t>(bucket)];
                    bk.count += k;
                    bk.verified += (head.flags & TimelineEntry::Verified) ? k : 0;
                    bk.disputed += (head.flags & TimelineEntry::Disputed) ? k : 0;
                    bk.rejected += (head.flags & (TimelineEntry::RejectedEvent | TimelineEntry::RejectedReport)) ? k : 0;
                    catCounts[static_cast<size_t>(bucket) * kCategoryCount + head.category] += k;
                    lf.visibleCount += k;
                };
                if (st.cellCumBegin[cell] != st.cellCumBegin[cell + 1]) {
                    quint32 prev = cumAt(cell, bounds[0]);
                    for (int bk = 0; bk < nb; ++bk) {
                        const quint32 next = cumAt(cell, bounds[static_cast<size_t>(bk) + 1]);
                        if (next != prev)
                            addRun(bk, next - prev);
                        prev = next;
                    }
                    continue;
                }
                const TimelineSlot* b = evs + segments[cell];
                const TimelineSlot* e = evs + segments[cell + 1];
                const TimelineSlot* p = std::lower_bound(b, e, visFirst, byStart);
                const TimelineSlot* end = std::lower_bound(p, e, visLast + 1, byStart);
                while (p < end) {
                    const int bucket = geo.bucket(geo.x(p->start));
                    const TimelineSlot* q = gallop(p, end, bounds[static_cast<size_t>(bucket) + 1]);
                    addRun(bucket, static_cast<quint32>(q - p));
                    p = q;
                }
            }
            // Marker positions matter only around lone events: fill first/minX/maxX for those buckets.
            for (int bk = 0; bk < nb; ++bk) {
                const bool need = buckets[static_cast<size_t>(bk)].count > 0 &&
                                  (buckets[static_cast<size_t>(bk)].count == 1 ||
                                   (bk > 0 && buckets[static_cast<size_t>(bk) - 1].count == 1) ||
                                   (bk + 1 < nb && buckets[static_cast<size_t>(bk) + 1].count == 1));
                if (!need)
                    continue;
                Bucket& out = buckets[static_cast<size_t>(bk)];
                bool first = true;
                for (quint32 cell : pointCells) {
                    const TimelineSlot* b = evs + segments[cell];
                    const TimelineSlot* e = evs + segments[cell + 1];
                    const TimelineSlot* p = std::lower_bound(b, e, bounds[static_cast<size_t>(bk)], byStart);
                    const TimelineSlot* q = std::lower_bound(p, e, bounds[static_cast<size_t>(bk) + 1], byStart);
                    if (p == q)
                        continue;
                    const float x0 = geo.x(p->start);
                    const float x1 = geo.x((q - 1)->start);
                    if (first) {
                        out.first = static_cast<quint32>(p - evs);
                        out.minX = x0;
                        out.maxX = x1;
                        first = false;
                    } else {
                        out.minX = std::min(out.minX, x0);
                        out.maxX = std::max(out.maxX, x1);
                    }
                }
            }
            // Spans: runs of identical (start, end) count at once; below the bar cap, visit them one by one.
            auto forEachRun = [&](quint32 cell, auto&& fn) {
                const quint32 r0 = st.cellRunBegin[cell];
                const quint32 r1 = st.cellRunBegin[cell + 1];
                const qint64 lowKey = qint64(visFirst) - maxDuration[cell]; // spans may start before the view
                const quint32* runs = st.spanRuns.data();
                const quint32* r = std::lower_bound(runs + r0, runs + r1, lowKey,
                                                    [&](quint32 pos, qint64 day) { return evs[pos].start < day; });
                for (; r < runs + r1; ++r) {
                    const TimelineSlot& s = evs[*r];
                    if (s.start > visLast)
                        break;
                    if (s.end >= visFirst) {
                        const quint32 runEnd = r + 1 < runs + r1 ? *(r + 1) : segments[cell + 1];
                        fn(*r, runEnd, s);
                    }
                }
            };
            quint64 visibleSpans = 0;
            for (quint32 cell : spanCells)
                forEachRun(cell, [&](quint32 rb, quint32 re, const TimelineSlot&) { visibleSpans += re - rb; });
            if (visibleSpans > spanCap) {
                spanOverflow = true;
                for (quint32 cell : spanCells)
                    forEachRun(cell, [&](quint32 rb, quint32 re, const TimelineSlot& s) {
                        const quint32 k = re - rb;
                        const float x0 = float(s.start - dayStart) * invDpp;
                        const float x1 = float(s.end + 1 - dayStart) * invDpp;
                        const int b0 = std::clamp(static_cast<int>(std::floor(x0 / bpx)), 0, nb - 1);
                        const int b1 = std::clamp(static_cast<int>(std::floor((x1 - 0.001f) / bpx)), b0, nb - 1);
                        coverage[static_cast<size_t>(b0)] += static_cast<qint32>(k);
                        coverage[static_cast<size_t>(b1) + 1] -= static_cast<qint32>(k);
                        lf.spanOverflow += k;
                        lf.visibleCount += k;
                    });
            } else if (visibleSpans > 0) {
                for (quint32 cell : spanCells)
                    forEachRun(cell, [&](quint32 rb, quint32 re, const TimelineSlot&) {
                        for (quint32 pos = rb; pos < re; ++pos)
                            visit(pos, evs[pos]);
                    });
            }
        } else if (sources.size() == 1) {
            scanLane(l, visit);
        } else { // folded lanes: an event linked to parent and child counts once
            gathered.clear();
            for (size_t src : sources)
                scanLane(src, [&](quint32 pos, const TimelineSlot&) { gathered.push_back(pos); });
            std::sort(gathered.begin(), gathered.end());
            gathered.erase(std::unique(gathered.begin(), gathered.end()), gathered.end());
            for (quint32 pos : gathered)
                visit(pos, evs[pos]);
        }
        for (size_t src : sources)
            lf.totalCount += m_laneTotals[src];

        // Spans: greedy packing into kSpanRows rows; what does not fit joins the bins.
        std::sort(spans.begin(), spans.end(), [](const SpanCandidate& a, const SpanCandidate& b) {
            return a.x0 < b.x0;
        });
        std::array<float, kSpanRows> rowEnd;
        rowEnd.fill(-1e30f);
        for (const SpanCandidate& c : spans) {
            const float drawEnd = std::max(c.x1, c.x0 + 6.0f);
            int row = -1;
            for (int r = 0; r < kSpanRows && row < 0; ++r) {
                if (rowEnd[static_cast<size_t>(r)] + 3.0f <= c.x0)
                    row = r;
            }
            const TimelineSlot& s = evs[c.pos];
            if (row < 0) {
                addCoverage(c.x0, c.x1);
                continue;
            }
            rowEnd[static_cast<size_t>(row)] = drawEnd;
            lf.spanRows = std::max(lf.spanRows, row + 1);
            lf.markers.push_back({st.ids[c.pos], c.x0, c.x1, s.category, s.precision, s.flags,
                                  static_cast<quint8>(row), true});
        }

        // Points: a lone event with no neighbour closer than one bucket is a marker; the rest are bins.
        for (int b = 0; b < nb; ++b) {
            const Bucket& bk = buckets[static_cast<size_t>(b)];
            if (bk.count == 0)
                continue;
            bool lone = bk.count == 1;
            if (lone && b > 0) {
                const Bucket& pb = buckets[static_cast<size_t>(b) - 1];
                lone = pb.count == 0 || bk.minX - pb.maxX >= float(bpx);
            }
            if (lone && b + 1 < nb) {
                const Bucket& nbk = buckets[static_cast<size_t>(b) + 1];
                lone = nbk.count == 0 || nbk.minX - bk.maxX >= float(bpx);
            }
            if (lone) {
                const TimelineSlot& s = evs[bk.first];
                lf.markers.push_back({st.ids[bk.first], bk.minX, bk.minX, s.category, s.precision, s.flags, 0, false});
                continue;
            }
            TimelineBin bin;
            bin.x0 = float(b * bpx);
            bin.x1 = float(std::min((b + 1) * bpx, frame.widthPx));
            bin.count = bk.count;
            bin.flags = quint8((bk.verified * 2 >= bk.count ? TimelineEntry::Verified : 0) |
                               (bk.disputed * 2 >= bk.count ? TimelineEntry::Disputed : 0) |
                               (bk.rejected * 2 >= bk.count ? TimelineEntry::RejectedReport : 0));
            const quint32* cc = &catCounts[static_cast<size_t>(b) * kCategoryCount];
            bin.category = static_cast<quint8>(std::max_element(cc, cc + kCategoryCount) - cc);
            bin.day0 = dayStart + static_cast<qint32>(std::floor(bin.x0 * dpp));
            bin.day1 = std::max(bin.day0, dayStart + static_cast<qint32>(std::ceil(bin.x1 * dpp)) - 1);
            lf.bins.push_back(bin);
        }
        std::sort(lf.markers.begin(), lf.markers.end(), [](const TimelineMarker& a, const TimelineMarker& b) {
            return a.x0 < b.x0;
        });
        if (lf.spanOverflow > 0) {
            lf.spanCoverage.resize(static_cast<size_t>(nb));
            qint64 run = 0;
            for (int b = 0; b < nb; ++b) {
                run += coverage[static_cast<size_t>(b)];
                lf.spanCoverage[static_cast<size_t>(b)] = static_cast<quint32>(run);
            }
        }
        frame.visibleCount += lf.visibleCount;
        frame.lanes.push_back(std::move(lf));
    }
    return frame;
}

std::vector<qint64> TimelineIndex::eventsInRange(qint32 day0, qint32 day1, const TimelineFilterMask& mask) const
{
    std::vector<qint64> out;
    const Store& st = *m_store;
    const MaskTest accepts(st, mask);
    for (size_t c = 0; c < st.cellCount(); ++c) {
        scanSegment(st.evs.data(), nullptr, st.cellBegin[c], st.cellBegin[c + 1], st.cellMaxDuration[c], day0, day1,
                    [&](quint32 pos, const TimelineSlot& s) {
                        if (accepts(pos, s))
                            out.push_back(st.ids[pos]);
                    });
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace lodestone
