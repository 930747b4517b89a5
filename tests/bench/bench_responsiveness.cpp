// BM_ImportResponsiveness/<files>: how long the GUI thread's event loop stalls while a batch import runs
// exactly as the app runs it (ImportController: Importer on a QtConcurrent worker, stores on the Writer
// thread, progress dialog updated on the GUI thread). A 5 ms QTimer probe on the main thread records
// stall = actual interval - 5 ms. Counters: p50/p99/max stall (ms), files/s overall and over the first and
// last fifth of the batch (read from the progress dialog), which shows whether storing slows as the database grows. Synthetic ~4 KB reports are
// written to a temporary folder before timing; one fresh database per iteration.
#include "extract/gazetteer.h"
#include "importing/importcontroller.h"
#include "ingest/syntheticcorpus.h"
#include "service/writer.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProgressDialog>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <benchmark/benchmark.h>
#include <vector>

using namespace lodestone;

namespace {

constexpr int kProbeMs = 5;

bool writeCorpus(const QString& folder, int count)
{
    constexpr int kChunk = 1000; // keep the generated documents' memory bounded
    for (int start = 0; start < count; start += kChunk) {
        const int n = std::min(kChunk, count - start);
        for (int i = 0; i < n; ++i) {
            const ParsedDocument d = SyntheticCorpus::report(start + i, 7);
            QFile f(QStringLiteral("%1/r%2.txt").arg(folder).arg(start + i, 6, 10, QLatin1Char('0')));
            if (!f.open(QIODevice::WriteOnly))
                return false;
            f.write((d.title + QStringLiteral("\n\n") + d.text + QLatin1Char('\n')).toUtf8());
        }
    }
    return true;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto at = static_cast<size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
    return v[std::min(at, v.size() - 1)];
}

void BM_ImportResponsiveness(benchmark::State& state)
{
    const int files = static_cast<int>(state.range(0));
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("corpus"));
    if (!dir.isValid() || !QDir().mkpath(folder) || !writeCorpus(folder, files)) {
        state.SkipWithError("cannot write the synthetic corpus");
        return;
    }
    auto gazetteer = Gazetteer::bundled();
    std::vector<double> stalls;
    double seconds = 0;
    double firstFifthRate = 0; // files/s over the first and the last fifth of the batch (progress dialog)
    double lastFifthRate = 0;
    int imported = 0;
    int round = 0;
    for (auto _ : state) {
        Writer writer(dir.filePath(QStringLiteral("bench%1.sqlite").arg(round++)), gazetteer);
        if (const Error e = writer.start()) {
            state.SkipWithError(e.detail.toStdString().c_str());
            return;
        }
        ImportController controller(writer, gazetteer, nullptr);
        controller.setShowResults(false);
        QEventLoop loop;
        QObject::connect(&controller, &ImportController::finished, &loop, [&](const ImportSummary& s) {
            imported += s.imported;
            loop.quit();
        });
        QElapsedTimer clock;
        QTimer probe;
        probe.setTimerType(Qt::PreciseTimer);
        probe.setInterval(kProbeMs);
        qint64 last = 0;
        qint64 ticks = 0;
        qint64 at20 = -1, at80 = -1;
        QObject::connect(&probe, &QTimer::timeout, &loop, [&] {
            const qint64 now = clock.nsecsElapsed();
            stalls.push_back(std::max(0.0, static_cast<double>(now - last) / 1e6 - kProbeMs));
            last = now;
            if (++ticks % 50 != 0)
                return;
            for (QWidget* w : QApplication::topLevelWidgets()) {
                if (auto* dialog = qobject_cast<QProgressDialog*>(w); dialog && dialog->maximum() > 0) {
                    if (at20 < 0 && dialog->value() >= files / 5)
                        at20 = now;
                    if (at80 < 0 && dialog->value() >= files * 4 / 5)
                        at80 = now;
                }
            }
        });
        clock.start();
        probe.start();
        if (!controller.start({folder})) {
            state.SkipWithError("the import did not start");
            return;
        }
        loop.exec();
        probe.stop();
        const qint64 end = clock.nsecsElapsed();
        seconds += static_cast<double>(end) / 1e9;
        if (at20 > 0 && at80 > at20) {
            firstFifthRate = (files / 5) / (static_cast<double>(at20) / 1e9);
            lastFifthRate = (files - files * 4 / 5) / (static_cast<double>(end - at80) / 1e9);
        }
    }
    state.counters["stall_p50_ms"] = percentile(stalls, 0.50);
    state.counters["stall_p99_ms"] = percentile(stalls, 0.99);
    state.counters["stall_max_ms"] = stalls.empty() ? 0 : *std::max_element(stalls.begin(), stalls.end());
    state.counters["probes"] = static_cast<double>(stalls.size());
    state.counters["files_per_s"] = seconds > 0 ? imported / seconds : 0;
    state.counters["first_fifth_files_per_s"] = firstFifthRate;
    state.counters["last_fifth_files_per_s"] = lastFifthRate;
    state.SetItemsProcessed(imported);
}

} // namespace

// 1,000 and 5,000 files by default; LODESTONE_BENCH_IMPORT_100K=1 adds the 100,000 (about 400 MB of
// files and several minutes).
[[maybe_unused]] const bool kRegistered = [] {
    auto* b = benchmark::RegisterBenchmark("BM_ImportResponsiveness", BM_ImportResponsiveness);
    b->Arg(1000)->Arg(5000);
    if (qEnvironmentVariableIsSet("LODESTONE_BENCH_IMPORT_100K"))
        b->Arg(100000);
    b->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();
    return true;
}();
