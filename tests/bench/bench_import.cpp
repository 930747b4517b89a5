// Import throughput: seed-sized synthetic reports through the whole pipeline (decode, repair, extract,
// store, FTS) as the Importer runs it, next to the floor of inserting the same texts into FTS alone.
#include "db/database.h"
#include "extract/gazetteer.h"
#include "ingest/syntheticcorpus.h"
#include "query/ftstext.h"
#include "service/importer.h"
#include "service/writer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <SQLiteCpp/SQLiteCpp.h>
#include <algorithm>
#include <benchmark/benchmark.h>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

using namespace lodestone;

constexpr int kReports = 2000;

// Writes `count` synthetic reports once as .txt files (title line + body), as a user's folder would hold them,
// under the system temp folder (kept between runs; a "done" marker says the set is complete).
QString writeCorpus(int count)
{
    const QString d = QDir::tempPath() + QStringLiteral("/lodestone-bench-import-%1").arg(count);
    if (!QFile::exists(d + QStringLiteral("/done"))) {
        QDir().mkpath(d);
        for (int i = 0; i < count; ++i) {
            const ParsedDocument doc = SyntheticCorpus::report(i, 7);
            QFile f(d + QStringLiteral("/r%1.txt").arg(i, 5, 10, QLatin1Char('0')));
            if (f.open(QIODevice::WriteOnly))
                f.write((doc.title + QStringLiteral("\n") + doc.text).toUtf8());
        }
        QFile done(d + QStringLiteral("/done"));
        done.open(QIODevice::WriteOnly);
    }
    return d;
}

const QString& corpusDir()
{
    static const QString dir = writeCorpus(kReports);
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

// Inserts the same texts into the FTS table alone, committing every `perTransaction` reports.
void floorFts(benchmark::State& state, qsizetype perTransaction)
{
    const auto docs = SyntheticCorpus::reports(kReports, 7);
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir tmp;
        Error error;
        auto db = Database::open(tmp.filePath(QStringLiteral("floor.sqlite")), Database::Mode::ReadWrite, &error);
        state.ResumeTiming();
        SQLite::Statement st(db->sql(), "INSERT INTO report_fts (title, body) VALUES (?, ?)");
        for (qsizetype from = 0; from < docs.size(); from += perTransaction) {
            SQLite::Transaction tx(db->sql());
            for (qsizetype i = from; i < qMin<qsizetype>(from + perTransaction, docs.size()); ++i) {
                st.reset();
                st.bind(1, fts::segment(docs[i].title).toStdString());
                st.bind(2, fts::segment(docs[i].text).toStdString());
                st.exec();
            }
            tx.commit();
        }
    }
    state.SetItemsProcessed(state.iterations() * kReports);
}

// One transaction per report, as the import did per file before it grouped files.
void BM_ImportFloorFts(benchmark::State& state)
{
    floorFts(state, 1);
}
BENCHMARK(BM_ImportFloorFts)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

// The same floor with the import's grouping: one transaction per Importer::kMaxGroupFiles reports (the import
// commits a group of files at once when the Writer is busy), so the two can be compared like for like.
void BM_ImportFloorFtsGrouped(benchmark::State& state)
{
    floorFts(state, Importer::kMaxGroupFiles);
}
BENCHMARK(BM_ImportFloorFtsGrouped)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

// Peak memory of importing a folder of 10,000 seed-sized files: runs the real `lodestone import` (next to
// this executable) as a child process and reads its maximum resident set size from wait4(). The goal is
// < 300 MB (scripts/measure-import-memory runs the same import under /usr/bin/time -v).
void BM_ImportFolderMemory(benchmark::State& state)
{
    const int files = static_cast<int>(state.range(0));
    const QByteArray exe = QFile::encodeName(QCoreApplication::applicationDirPath() + QStringLiteral("/lodestone"));
    if (!QFile::exists(QString::fromLocal8Bit(exe))) {
        state.SkipWithError("the lodestone executable is not built next to lodestone-bench");
        return;
    }
    const QByteArray dir = QFile::encodeName(writeCorpus(files)); // set-up, outside the timed loop
    double maxRssMb = 0;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir tmp;
        const QByteArray db = QFile::encodeName(tmp.filePath(QStringLiteral("memory.sqlite")));
        const QByteArray home = QFile::encodeName(tmp.path());
        state.ResumeTiming();
        const pid_t pid = ::fork();
        if (pid == 0) {
            ::setenv("LODESTONE_LOG", "off", 1);
            ::setenv("HOME", home.constData(), 1);
            ::setenv("XDG_DATA_HOME", home.constData(), 1);
            const int devnull = ::open("/dev/null", O_WRONLY);
            ::dup2(devnull, 1);
            ::execl(exe.constData(), exe.constData(), "--db", db.constData(), "import", dir.constData(), static_cast<char*>(nullptr));
            ::_exit(127);
        }
        int status = 0;
        struct rusage usage {};
        if (pid < 0 || ::wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            state.SkipWithError("lodestone import failed");
            return;
        }
        maxRssMb = std::max(maxRssMb, static_cast<double>(usage.ru_maxrss) / 1024.0); // ru_maxrss is in KiB
    }
    state.counters["max_rss_MB"] = maxRssMb;
    state.counters["files"] = files;
    state.SetItemsProcessed(state.iterations() * files);
}
BENCHMARK(BM_ImportFolderMemory)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

} // namespace
