// Import throughput: seed-sized synthetic reports through the whole pipeline (decode, repair, extract,
// store, FTS) as the Importer runs it, next to the floor of inserting the same texts into FTS alone.
#include "db/database.h"
#include "extract/gazetteer.h"
#include "ingest/syntheticcorpus.h"
#include "query/ftstext.h"
#include "service/importer.h"
#include "service/writer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <SQLiteCpp/SQLiteCpp.h>
#include <benchmark/benchmark.h>

namespace {

using namespace lodestone;

constexpr int kReports = 2000;

// Writes the synthetic reports once as .txt files (title line + body), as a user's folder would hold them.
const QString& corpusDir()
{
    static const QString dir = [] {
        const QString d = QDir::tempPath() + QStringLiteral("/lodestone-bench-import-%1").arg(kReports);
        if (!QFile::exists(d + QStringLiteral("/done"))) {
            QDir().mkpath(d);
            const auto docs = SyntheticCorpus::reports(kReports, 7);
            for (int i = 0; i < docs.size(); ++i) {
                QFile f(d + QStringLiteral("/r%1.txt").arg(i, 5, 10, QLatin1Char('0')));
                if (f.open(QIODevice::WriteOnly))
                    f.write((docs[i].title + QStringLiteral("\n") + docs[i].text).toUtf8());
            }
            QFile done(d + QStringLiteral("/done"));
            done.open(QIODevice::WriteOnly);
        }
        return d;
    }();
    return dir;
}

void BM_Import(benchmark::State& state)
{
    const QString dir = corpusDir();
    auto gazetteer = Gazetteer::bundled();
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir tmp;
        Writer writer(tmp.filePath(QStringLiteral("bench.sqlite")), gazetteer);
        if (writer.start())
            state.SkipWithError("writer did not start");
        state.ResumeTiming();
        const ImportSummary s = Importer(writer, gazetteer).run({dir});
        if (s.imported != kReports)
            state.SkipWithError("not every report imported");
    }
    state.SetItemsProcessed(state.iterations() * kReports);
}
BENCHMARK(BM_Import)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

void BM_ImportFloorFts(benchmark::State& state)
{
    const auto docs = SyntheticCorpus::reports(kReports, 7);
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir tmp;
        Error error;
        auto db = Database::open(tmp.filePath(QStringLiteral("floor.sqlite")), Database::Mode::ReadWrite, &error);
        state.ResumeTiming();
        // One transaction per report, as the import does per file.
        SQLite::Statement st(db->sql(), "INSERT INTO report_fts (title, body) VALUES (?, ?)");
        for (const ParsedDocument& d : docs) {
            SQLite::Transaction tx(db->sql());
            st.reset();
            st.bind(1, fts::segment(d.title).toStdString());
            st.bind(2, fts::segment(d.text).toStdString());
            st.exec();
            tx.commit();
        }
    }
    state.SetItemsProcessed(state.iterations() * kReports);
}
BENCHMARK(BM_ImportFloorFts)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

} // namespace
