// Timeline benchmarks on SYNTHETIC data (makeSyntheticTimeline: deterministic seed, 11 categories, mixed
// precisions, 20 years). Paints a 1600x900 TimelineView offscreen into a QImage per iteration.
// Counters: p95_ms (95th percentile of iterations), bytes_per_event (index memory).
// BM_TimelineOpen times opening a synthetic database (built once, cached under the build folder's
// bench-data/) to the first painted timeline: load on a pool thread, index build, first paint.
// BM_TimelineOpenSequential / BM_TimelineOpenOriginal: the same with the one-connection loader and with the
// loader before the parallel load; BM_TimelineOpenPhases: open, load, index and paint timed one by one.
#include "db/database.h"
#include "db/integritymark.h"
#include "service/writer.h"
#include "model/category.h"
#include "model/datespan.h"
#include "query/timelineindex.h"
#include "query/timelinesynthetic.h"
#include "service/queryservice.h"
#include "store/rawscan.h"
#include "store/timelinestore.h"
#include "store/timelinesyntheticwriter.h"
#include "timeline/timelineview.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <SQLiteCpp/SQLiteCpp.h>
#include <algorithm>
#include <array>
#include <benchmark/benchmark.h>
#include <chrono>
#include <cstring>
#include <map>
#include <string>

using namespace lodestone;

namespace {

const TimelineSyntheticData& synthetic(size_t n)
{
    static std::map<size_t, TimelineSyntheticData> cache;
    auto it = cache.find(n);
    if (it == cache.end())
        it = cache.emplace(n, makeSyntheticTimeline(n)).first;
    return it->second;
}

std::shared_ptr<const TimelineIndex> index(size_t n)
{
    static std::map<size_t, std::shared_ptr<const TimelineIndex>> cache;
    auto it = cache.find(n);
    if (it == cache.end()) {
        const auto& d = synthetic(n);
        it = cache.emplace(n, std::make_shared<const TimelineIndex>(d.entries, d.links)).first;
    }
    return it->second;
}

// Titles for event labels, looked up in a hash as TimelineTitles does: 48 made-up patterns of 14-70
// characters (English and Chinese) spread over the events.
const QHash<qint64, QString>& titles(size_t n)
{
    static std::map<size_t, QHash<qint64, QString>> cache;
    auto it = cache.find(n);
    if (it == cache.end()) {
        static const char* const subjects[] = {"Ministry of Commerce", "A state miner", "The industry association",
                                               "Northern producer", "稀土集团", "海关总署"};
        static const char* const actions[] = {"announces a quota", "raises listed prices", "signs a supply agreement",
                                              "opens a separation plant", "发布出口管制措施", "adjusts export licences",
                                              "reports quarterly output", "merges two subsidiaries"};
        std::vector<QString> patterns;
        for (const char* a : actions)
            for (const char* su : subjects)
                patterns.push_back(QString::fromUtf8(su) + QLatin1Char(' ') + QString::fromUtf8(a));
        QHash<qint64, QString> h;
        h.reserve(static_cast<qsizetype>(n));
        for (const TimelineEntry& e : synthetic(n).entries)
            h.insert(e.eventId, patterns[static_cast<size_t>(e.eventId) % patterns.size()]);
        it = cache.emplace(n, std::move(h)).first;
    }
    return it->second;
}

struct PaintRig {
    explicit PaintRig(size_t n, bool labels = false) : image(1600, 900, QImage::Format_ARGB32_Premultiplied)
    {
        view.resize(1600, 900);
        view.setAttribute(Qt::WA_DontShowOnScreen);
        view.show();
        view.setIndex(index(n));
        if (labels) {
            const QHash<qint64, QString>* t = &titles(n);
            view.setTitleProvider([t](qint64 id) { return t->value(id); });
        }
        view.fitAll();
    }
    void paint()
    {
        QPainter p(&image);
        view.render(&p);
    }
    TimelineView view;
    QImage image;
};

// Times each iteration by hand to report a p95 next to Google Benchmark's mean/median.
template<typename Fn>
void timed(benchmark::State& state, Fn&& fn)
{
    std::vector<double> ms;
    for (auto _ : state) {
        const auto t0 = std::chrono::steady_clock::now();
        fn();
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    std::sort(ms.begin(), ms.end());
    if (!ms.empty())
        state.counters["p95_ms"] = ms[std::min(ms.size() - 1, static_cast<size_t>(0.95 * double(ms.size())))];
    state.counters["events"] = double(state.range(0));
}

// The synthetic timeline of n events as a database file, written once and reused by later runs.
QString timelineDatabase(size_t n)
{
    const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/../bench-data");
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/timeline-%1-v1.sqlite").arg(n);
    const QString done = path + QStringLiteral(".done");
    if (!QFile::exists(done)) {
        QFile::remove(path);
        Error error;
        auto db = Database::open(path, Database::Mode::ReadWrite, &error);
        if (!db)
            return {};
        QElapsedTimer t;
        t.start();
        TimelineSyntheticWriter::write(db->sql(), synthetic(n));
        db->sql().exec("PRAGMA optimize");
        db.reset();
        QFile f(done);
        f.open(QIODevice::WriteOnly);
        fprintf(stderr, "built %s in %.1f s\n", qPrintable(path), t.elapsed() / 1000.0);
    }
    return path;
}

// The first fit-all frame of a fresh 1600x900 view over `index`, painted into `image`.
void paintFirstFrame(const std::shared_ptr<const TimelineIndex>& index, QImage& image)
{
    TimelineView view;
    view.resize(1600, 900);
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.show();
    view.setIndex(index);
    QPainter p(&image);
    view.render(&p);
    benchmark::DoNotOptimize(view.currentFrame().visibleCount);
}

// A fresh QueryService (connection opened on its pool thread) loads the entries and builds the index there; the
// GUI side then paints the first fit-all frame into `image`.
template <typename Loader>
std::shared_ptr<const TimelineIndex> loadAndPaint(const QString& path, QImage& image, Loader load)
{
    QueryService queries(path, 1);
    auto index = queries.run([&load](ReadContext& ctx) {
        TimelineData data = load(ctx);
        return std::make_shared<const TimelineIndex>(std::move(data.entries), std::move(data.links));
    }).result();
    paintFirstFrame(index, image);
    return index;
}

// Open to first paint: a fresh QueryService (connection opened on its pool thread) loads the entries and
// builds the index there; the GUI side then paints the first fit-all frame.
template <typename Loader>
void openToFirstPaint(benchmark::State& state, Loader load)
{
    const size_t n = static_cast<size_t>(state.range(0));
    const QString path = timelineDatabase(n);
    if (path.isEmpty()) {
        state.SkipWithError("cannot build the database");
        return;
    }
    QImage image(1600, 900, QImage::Format_ARGB32_Premultiplied);
    double bytes = 0;
    timed(state, [&] {
        const auto index = loadAndPaint(path, image, load);
        bytes = double(index->memoryBytes()) / double(std::max<size_t>(1, index->eventCount()));
    });
    state.counters["bytes_per_event"] = bytes;
}

void BM_TimelineOpen(benchmark::State& state)
{
    openToFirstPaint(state, [](ReadContext& ctx) { return TimelineStore(ctx.db.sql()).load(); });
}

// The one-connection loader as it was before the parallel load (kept here only as the benchmark's "before"):
// three scans in autocommit mode, a binary search per evidence row, offsets filled during the link scan.
TimelineData originalLoad(SQLite::Database& db)
{
    TimelineData data;
    std::array<std::string, kCategoryCount> cats;
    for (int i = 0; i < kCategoryCount; ++i)
        cats[static_cast<size_t>(i)] = categoryKey(static_cast<Category>(i)).toStdString();
    std::array<std::string, 4> precs;
    for (int i = 0; i < 4; ++i)
        precs[static_cast<size_t>(i)] = precisionKey(static_cast<Precision>(i)).toStdString();
    int lastCat = -1;
    int lastPrec = -1;
    auto find = [](const auto& keys, int& last, const char* text, int fallback) {
        if (!text)
            return fallback;
        if (last >= 0 && keys[static_cast<size_t>(last)] == text)
            return last;
        for (size_t i = 0; i < keys.size(); ++i)
            if (keys[i] == text)
                return last = static_cast<int>(i);
        return fallback;
    };
    data.entries.reserve(static_cast<size_t>(db.execAndGet("SELECT COUNT(*) FROM event").getInt64()));
    {
        RawScan st(db, "SELECT id, start_day, end_day, category, precision, rejected FROM event ORDER BY id");
        int bytes = 0;
        while (st.step()) {
            TimelineEntry t;
            t.eventId = st.i64(0);
            t.startDay = st.i32(1);
            t.endDay = st.i32(2);
            t.category = static_cast<quint8>(find(cats, lastCat, st.text(3, &bytes), int(Category::Other)));
            t.precision = static_cast<quint8>(find(precs, lastPrec, st.text(4, &bytes), int(Precision::Day)));
            t.flags = TimelineEntry::StatusKnown;
            if (st.i32(5))
                t.flags |= TimelineEntry::RejectedEvent;
            data.entries.push_back(t);
        }
    }
    auto entryOf = [&](qint64 id) -> TimelineEntry* {
        const auto it = std::lower_bound(data.entries.begin(), data.entries.end(), id,
                                         [](const TimelineEntry& e, qint64 v) { return e.eventId < v; });
        return it != data.entries.end() && it->eventId == id ? &*it : nullptr;
    };
    {
        std::vector<std::pair<qint64, quint8>> status;
        SQLite::Statement vs(db, "SELECT report_id, status FROM verification ORDER BY report_id");
        while (vs.executeStep()) {
            const char* s = vs.getColumn(1).getText(nullptr);
            quint8 f = TimelineEntry::AnyUnverified;
            if (std::strcmp(s, "verified") == 0)
                f = TimelineEntry::Verified;
            else if (std::strcmp(s, "disputed") == 0)
                f = TimelineEntry::Disputed;
            else if (std::strcmp(s, "rejected") == 0)
                f = TimelineEntry::AnyRejected;
            status.emplace_back(vs.getColumn(0).getInt64(), f);
        }
        RawScan st(db, "SELECT event_id, report_id FROM evidence");
        TimelineEntry* cur = nullptr;
        while (st.step()) {
            const qint64 id = st.i64(0);
            const qint64 report = st.i64(1);
            const auto rs = std::lower_bound(status.begin(), status.end(), report,
                                             [](const std::pair<qint64, quint8>& x, qint64 v) { return x.first < v; });
            if (rs == status.end() || rs->first != report)
                continue;
            if (!cur || cur->eventId != id) {
                TimelineEntry* next = cur && cur + 1 < data.entries.data() + data.entries.size() ? cur + 1 : nullptr;
                cur = next && next->eventId == id ? next : entryOf(id);
                if (!cur)
                    continue;
            }
            cur->flags |= rs->second;
        }
        const quint8 others = TimelineEntry::Verified | TimelineEntry::Disputed | TimelineEntry::AnyUnverified;
        for (TimelineEntry& e : data.entries)
            if ((e.flags & TimelineEntry::AnyRejected) && !(e.flags & others))
                e.flags |= TimelineEntry::RejectedReport;
    }
    {
        RawScan st(db, "SELECT event_id, org_id FROM event_org ORDER BY event_id, org_id");
        data.links.offsets.assign(data.entries.size() + 1, 0);
        size_t next = 0;
        while (st.step()) {
            const qint64 id = st.i64(0);
            while (next < data.entries.size() && data.entries[next].eventId < id)
                data.links.offsets[++next] = static_cast<quint32>(data.links.orgIds.size());
            if (next < data.entries.size() && data.entries[next].eventId == id)
                data.links.orgIds.push_back(st.i64(1));
        }
        while (next < data.entries.size())
            data.links.offsets[++next] = static_cast<quint32>(data.links.orgIds.size());
    }
    return data;
}

// The loader before this change (originalLoad above), for a before/after in one run. The index constructor
// is today's in both.
void BM_TimelineOpenOriginal(benchmark::State& state)
{
    openToFirstPaint(state, [](ReadContext& ctx) { return originalLoad(ctx.db.sql()); });
}

// The same with the one-connection loader (what BM_TimelineOpen measured before the parallel load).
void BM_TimelineOpenSequential(benchmark::State& state)
{
    openToFirstPaint(state, [](ReadContext& ctx) { return TimelineStore(ctx.db.sql()).loadSequential(); });
}

// The phases of BM_TimelineOpen one by one on the calling thread (counters, ms per iteration): open_ms
// (Database::open, which runs PRAGMA quick_check), load_ms (TimelineStore::loadParallel), of which
// events_ms (event scan) and side_ms (statuses and links on the second connection), index_ms (TimelineIndex),
// paint_ms (a new TimelineView's first frame), release_ms (view, index and connection destroyed).
void BM_TimelineOpenPhases(benchmark::State& state)
{
    const QString path = timelineDatabase(static_cast<size_t>(state.range(0)));
    if (path.isEmpty()) {
        state.SkipWithError("cannot build the database");
        return;
    }
    double open = 0, load = 0, build = 0, events = 0, side = 0, paint = 0, release = 0;
    QImage image(1600, 900, QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        Error error;
        auto db = Database::open(path, Database::Mode::ReadOnly, &error);
        open += double(t.nsecsElapsed()) / 1e6;
        t.restart();
        TimelineLoadTrace trace;
        TimelineData data = TimelineStore(db->sql()).loadParallel(&trace);
        load += double(t.nsecsElapsed()) / 1e6;
        events += trace.eventsMs;
        side += trace.sideMs;
        t.restart();
        auto idx = std::make_shared<const TimelineIndex>(std::move(data.entries), std::move(data.links));
        build += double(t.nsecsElapsed()) / 1e6;
        t.restart();
        paintFirstFrame(idx, image);
        paint += double(t.nsecsElapsed()) / 1e6;
        t.restart();
        idx.reset();
        db.reset();
        release += double(t.nsecsElapsed()) / 1e6;
    }
    const double n = double(std::max<benchmark::IterationCount>(1, state.iterations()));
    state.counters["open_ms"] = open / n;
    state.counters["load_ms"] = load / n;
    state.counters["index_ms"] = build / n;
    state.counters["events_ms"] = events / n;
    state.counters["side_ms"] = side / n;
    state.counters["paint_ms"] = paint / n;
    state.counters["release_ms"] = release / n;
}

// What the GUI does at start, end to end: the Writer opens the file for writing (the full integrity check, or
// none when the file is as the last clean close left it: IntegrityMark), then a reader loads the timeline and
// the view paints. range(1): 1 = the mark is there (the usual start), 0 = removed first (first start after a
// crash or another program's change).
void BM_AppOpen(benchmark::State& state)
{
    const size_t n = static_cast<size_t>(state.range(0));
    const QString path = timelineDatabase(n);
    if (path.isEmpty()) {
        state.SkipWithError("cannot build the database");
        return;
    }
    { // once: a schema migration and the first mark are not part of a start
        Writer writer(path, nullptr);
        if (writer.start()) {
            state.SkipWithError("writer did not start");
            return;
        }
    }
    const bool marked = state.range(1) != 0;
    QImage image(1600, 900, QImage::Format_ARGB32_Premultiplied);
    std::vector<double> ms;
    for (auto _ : state) {
        state.PauseTiming();
        if (!marked)
            IntegrityMark::remove(path);
        state.ResumeTiming();
        const auto t0 = std::chrono::steady_clock::now();
        {
            Writer writer(path, nullptr);
            if (writer.start()) {
                state.SkipWithError("writer did not start");
                return;
            }
            loadAndPaint(path, image, [](ReadContext& ctx) { return TimelineStore(ctx.db.sql()).load(); });
            ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
            state.PauseTiming(); // closing is not part of opening
        }
        state.ResumeTiming();
    }
    std::sort(ms.begin(), ms.end());
    if (!ms.empty())
        state.counters["p95_ms"] = ms[std::min(ms.size() - 1, static_cast<size_t>(0.95 * double(ms.size())))];
}

// The same through EventStore::loadTimeline (the loader DataHub used before TimelineStore), for comparison.
void BM_TimelineOpenEventStore(benchmark::State& state)
{
    openToFirstPaint(state, [](ReadContext& ctx) { return ctx.stores.events.loadTimeline(); });
}

void fitAll(benchmark::State& state, bool labels)
{
    PaintRig rig(static_cast<size_t>(state.range(0)), labels);
    timed(state, [&] {
        rig.view.fitAll();
        rig.view.setVisibleStartDay(rig.view.visibleStartDay() + 1e-6); // force a new frame
        rig.paint();
    });
    state.counters["labels"] = rig.view.lastPaint().labels;
}

void BM_TimelineFitAll(benchmark::State& state)
{
    fitAll(state, false);
}

// The same with event labels (titles beside markers, elided, placed around each other).
void BM_TimelineFitAllLabels(benchmark::State& state)
{
    fitAll(state, true);
}

// Painting alone: the fit-all frame is computed once and re-painted (the split of a fit-all frame).
void BM_TimelinePaintOnly(benchmark::State& state)
{
    PaintRig rig(static_cast<size_t>(state.range(0)));
    rig.paint();
    timed(state, [&] { rig.paint(); });
}

void pan(benchmark::State& state, bool labels, double zoom)
{
    PaintRig rig(static_cast<size_t>(state.range(0)), labels);
    rig.view.zoomAround(zoom, 800);
    const double base = rig.view.visibleStartDay();
    int step = 0;
    int labelled = 0;
    timed(state, [&] {
        // pan by 25 px per frame, zoom a notch every 8 frames
        rig.view.setVisibleStartDay(base + (step % 64) * 25 * rig.view.daysPerPixel());
        if (step % 8 == 7)
            rig.view.zoomAround(step % 16 == 7 ? 1.25 : 0.8, 800);
        ++step;
        rig.paint();
        labelled = std::max(labelled, rig.view.lastPaint().labels);
    });
    state.counters["labels"] = labelled;
}

void BM_TimelinePan(benchmark::State& state)
{
    pan(state, false, 6.0); // about three years in view
}

void BM_TimelinePanLabels(benchmark::State& state)
{
    pan(state, true, 6.0);
}

// Zoomed to about a month: few events per lane at 1k-100k, so most markers carry a label (the labeller's
// busiest case); at 1M the lanes are bins and badges again.
void BM_TimelinePanMonthLabels(benchmark::State& state)
{
    pan(state, true, 240.0);
}

void BM_TimelinePanMonth(benchmark::State& state)
{
    pan(state, false, 240.0);
}

void BM_FilterChange(benchmark::State& state)
{
    PaintRig rig(static_cast<size_t>(state.range(0)));
    TimelineFilterMask mask;
    bool off = false;
    timed(state, [&] {
        off = !off;
        mask.setCategory(Category::MarketPrice, !off);
        rig.view.setFilterMask(mask);
        rig.paint();
    });
}

void BM_TimelineIndexBuild(benchmark::State& state)
{
    const auto& d = synthetic(static_cast<size_t>(state.range(0)));
    double bytes = 0;
    std::vector<double> ms;
    for (auto _ : state) {
        state.PauseTiming();
        auto entries = d.entries;
        auto links = d.links;
        state.ResumeTiming();
        TimelineIndex idx(std::move(entries), std::move(links));
        benchmark::DoNotOptimize(idx.eventCount());
        bytes = double(idx.memoryBytes()) / double(idx.eventCount());
    }
    state.counters["bytes_per_event"] = bytes;
}

void args(benchmark::internal::Benchmark* b)
{
    for (long n : {1000L, 10000L, 100000L, 1000000L})
        b->Arg(n);
    b->Unit(benchmark::kMillisecond)->UseRealTime();
}

} // namespace

BENCHMARK(BM_TimelineFitAll)->Apply(args);
BENCHMARK(BM_TimelineFitAllLabels)->Apply(args);
BENCHMARK(BM_TimelinePaintOnly)->Apply(args);
BENCHMARK(BM_TimelinePan)->Apply(args);
BENCHMARK(BM_TimelinePanLabels)->Apply(args);
BENCHMARK(BM_TimelinePanMonth)->Apply(args);
BENCHMARK(BM_TimelinePanMonthLabels)->Apply(args);
BENCHMARK(BM_FilterChange)->Apply(args);
BENCHMARK(BM_TimelineIndexBuild)->Apply(args);
BENCHMARK(BM_TimelineOpen)->Apply(args)->Iterations(5);
BENCHMARK(BM_TimelineOpenEventStore)->Apply(args)->Iterations(3);
BENCHMARK(BM_TimelineOpenSequential)->Apply(args)->Iterations(5);
BENCHMARK(BM_TimelineOpenOriginal)->Apply(args)->Iterations(5);
BENCHMARK(BM_TimelineOpenPhases)->Apply(args)->Iterations(3);
BENCHMARK(BM_AppOpen)->ArgsProduct({{1000, 1000000}, {1, 0}})->Iterations(5)->UseRealTime()->Unit(benchmark::kMillisecond);

namespace {

// The core query alone (no painting): fit-all frame at 1600 px.
void BM_TimelineQueryFitAll(benchmark::State& state)
{
    const auto idx = index(static_cast<size_t>(state.range(0)));
    const auto e = idx->extent();
    const double dpp = (e.last - e.first + 1) / 1404.0;
    const TimelineFilterMask mask;
    timed(state, [&] { benchmark::DoNotOptimize(idx->query(e.first, dpp, 1404, mask).visibleCount); });
}

// The same frame through the per-event path (what query() did before bucket and span runs).
void BM_TimelineQueryFitAllExact(benchmark::State& state)
{
    const auto idx = index(static_cast<size_t>(state.range(0)));
    const auto e = idx->extent();
    const double dpp = (e.last - e.first + 1) / 1404.0;
    const TimelineFilterMask mask;
    timed(state, [&] { benchmark::DoNotOptimize(idx->queryExact(e.first, dpp, 1404, mask).visibleCount); });
}

} // namespace

BENCHMARK(BM_TimelineQueryFitAll)->Apply(args);
BENCHMARK(BM_TimelineQueryFitAllExact)->Apply(args);
