// Chart aggregation benchmarks on SYNTHETIC data (makeSyntheticTimeline: deterministic, 11 categories,
// 20 years, 0-3 organisations per event). BM_ChartAggregate/<events>: all four aggregates for the whole
// set (automatic bucket); BM_ChartAggregateFiltered/<events>: two categories, 2015-2020, one organisation.
// Target: <= 50 ms per chart at 1M events (all four together here).
#include "query/chartaggregator.h"
#include "query/timelinesynthetic.h"

#include <benchmark/benchmark.h>
#include <QDate>
#include <map>

using namespace lodestone;

namespace {

const TimelineSyntheticData& chartData(size_t n)
{
    static std::map<size_t, TimelineSyntheticData> cache;
    auto it = cache.find(n);
    if (it == cache.end())
        it = cache.emplace(n, makeSyntheticTimeline(n)).first;
    return it->second;
}

void BM_ChartAggregate(benchmark::State& state)
{
    const auto& d = chartData(static_cast<size_t>(state.range(0)));
    ChartQuery q;
    for (auto _ : state) {
        ChartData out = ChartAggregator::aggregate(d.entries, d.links, q);
        benchmark::DoNotOptimize(out.eventCount);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_ChartAggregateFiltered(benchmark::State& state)
{
    const auto& d = chartData(static_cast<size_t>(state.range(0)));
    ChartQuery q;
    q.mask.categories = 0;
    q.mask.setCategory(Category::ExportControl, true);
    q.mask.setCategory(Category::Partnership, true);
    q.mask.fromDay = static_cast<qint32>(QDate(2015, 1, 1).toJulianDay());
    q.mask.toDay = static_cast<qint32>(QDate(2020, 12, 31).toJulianDay());
    q.mask.setOrgIds({17});
    for (auto _ : state) {
        ChartData out = ChartAggregator::aggregate(d.entries, d.links, q);
        benchmark::DoNotOptimize(out.eventCount);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

} // namespace

BENCHMARK(BM_ChartAggregate)->Arg(1000)->Arg(10000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ChartAggregateFiltered)->Arg(1000)->Arg(10000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->UseRealTime();
