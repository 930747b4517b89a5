// BM_BulkTag/<reports>: tagging a whole selection of reports in one transaction, as the verification
// panel's bulk action does on the writer thread (VerificationCommands::applyNow: one prepared statement
// set reused across rows, one history entry per report). Reports are generated in a temporary database.
#include "db/database.h"
#include "ingest/contenthash.h"
#include "service/verificationcommands.h"
#include "service/writer.h"
#include "store/stores.h"

#include <QTemporaryDir>
#include <SQLiteCpp/SQLiteCpp.h>
#include <benchmark/benchmark.h>

using namespace lodestone;

namespace {

void BM_BulkTag(benchmark::State& state)
{
    const int n = static_cast<int>(state.range(0));
    QTemporaryDir dir;
    Error error;
    auto db = Database::open(dir.filePath(QStringLiteral("bulktag.sqlite")), Database::Mode::ReadWrite, &error);
    if (!db) {
        state.SkipWithError(error.detail.toStdString().c_str());
        return;
    }
    Stores stores(*db);
    WriteContext ctx{*db, stores, nullptr};
    QList<qint64> ids;
    ids.reserve(n);
    {
        SQLite::Transaction tx(db->sql());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < n; ++i) {
            ParsedDocument d;
            d.title = QStringLiteral("Synthetic report %1").arg(i);
            d.text = QStringLiteral("Synthetic body %1 about quotas, prices and licences.").arg(i);
            d.language = QStringLiteral("en");
            ids << stores.reports.insert(d, contentHash(d.text), now);
        }
        tx.commit();
    }
    const VerificationStatus cycle[] = {VerificationStatus::Verified, VerificationStatus::Disputed, VerificationStatus::Rejected};
    int round = 0;
    for (auto _ : state) {
        const VerificationStatus status = cycle[round++ % 3];
        const auto changes = VerificationCommands::applyNow(nullptr, ctx, ids, [status](qint64, const Verification& prev) {
            Verification v = prev;
            v.status = status;
            v.reliability = QStringLiteral("B");
            v.credibility = 2;
            v.analyst = QStringLiteral("bench");
            return v;
        }, QStringLiteral("bulk"));
        benchmark::DoNotOptimize(changes.size());
    }
    state.SetItemsProcessed(state.iterations() * n);
}

} // namespace

BENCHMARK(BM_BulkTag)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond)->UseRealTime();
