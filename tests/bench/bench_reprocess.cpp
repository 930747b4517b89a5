// Reprocess throughput: every stored report re-read and re-extracted with the current rules (publication
// metadata, organisations, events) and written back through the Writer in groups, as `lodestone reprocess` runs
// it. The database is made once per size by importing seed-sized synthetic reports (cached under the system temp
// folder) and copied for each iteration, so every run starts from the same state.
#include "extract/gazetteer.h"
#include "ingest/syntheticcorpus.h"
#include "service/importer.h"
#include "service/reprocessor.h"
#include "service/writer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

namespace {

using namespace lodestone;

// The imported database of `count` synthetic reports (built once; a "done" marker says it is complete).
QString templateDatabase(int count)
{
    const QString dir = QDir::tempPath() + QStringLiteral("/lodestone-bench-reprocess-%1").arg(count);
    const QString db = dir + QStringLiteral("/template.sqlite");
    if (QFile::exists(dir + QStringLiteral("/done")))
        return db;
    QDir(dir).removeRecursively();
    QDir().mkpath(dir + QStringLiteral("/texts"));
    for (int i = 0; i < count; ++i) {
        const ParsedDocument doc = SyntheticCorpus::report(i, 11);
        QFile f(dir + QStringLiteral("/texts/r%1.txt").arg(i, 6, 10, QLatin1Char('0')));
        if (f.open(QIODevice::WriteOnly))
            f.write((doc.title + QStringLiteral("\n") + doc.text).toUtf8());
    }
    {
        auto gazetteer = Gazetteer::bundled();
        Writer writer(db, gazetteer);
        if (writer.start())
            return {};
        Importer(writer, gazetteer).run({dir + QStringLiteral("/texts")});
    }
    QDir(dir + QStringLiteral("/texts")).removeRecursively(); // reprocess must not find the sources
    QFile done(dir + QStringLiteral("/done"));
    done.open(QIODevice::WriteOnly);
    return db;
}

void BM_Reprocess(benchmark::State& state)
{
    const int count = static_cast<int>(state.range(0));
    const QString source = templateDatabase(count); // set-up, outside the timed loop
    if (source.isEmpty()) {
        state.SkipWithError("the template database could not be built");
        return;
    }
    auto gazetteer = Gazetteer::bundled();
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir tmp;
        const QString db = tmp.filePath(QStringLiteral("reprocess.sqlite"));
        QFile::copy(source, db);
        auto writer = std::make_unique<Writer>(db, gazetteer);
        if (writer->start())
            state.SkipWithError("writer did not start");
        state.ResumeTiming();
        const ReprocessSummary s = Reprocessor(*writer, gazetteer).run();
        if (s.reports != count)
            state.SkipWithError("not every report reprocessed");
        state.PauseTiming();
        writer.reset(); // closing (checkpoint) is not part of reprocessing
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * count);
}
BENCHMARK(BM_Reprocess)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

} // namespace
