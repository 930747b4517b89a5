// BM_Search/<reports>/<query>: full-text search over 10k and 100k synthetic reports through the report
// table's path (ReportQuery::forFilter + ReportStore::list: ranked, limited, with snippets) on a read-only
// connection, plus the bare ranked id search. The corpus is SyntheticCorpus's English reports with one report
// in ten replaced by a synthetic Chinese one; each database is built once and kept in <build>/bench-data.
#include "db/database.h"
#include "ingest/contenthash.h"
#include "ingest/syntheticcorpus.h"
#include "query/eventfilter.h"
#include "service/verificationcommands.h"
#include "service/writer.h"
#include "store/stores.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>
#include <SQLiteCpp/SQLiteCpp.h>
#include <benchmark/benchmark.h>

#include <array>

using namespace lodestone;

namespace {

constexpr quint32 kSeed = 11;
constexpr int kSearchRows = 200; // DataHub's limit for a searched report table (kReportSearchLimit)

// Sentence parts for the synthetic Chinese reports (written for this benchmark; invented facts).
constexpr std::array<const char*, 10> kZhOrgs = {"包钢集团", "北方稀土", "中国稀土集团", "厦门钨业", "盛和资源",
                                                 "工业和信息化部", "商务部", "海关总署", "自然资源部", "赣州稀土集团"};
constexpr std::array<const char*, 8> kZhMaterials = {"镨钕氧化物", "氧化镝", "氧化铽", "金属镓",
                                                     "金属锗", "锑锭", "天然石墨", "钨精矿"};
constexpr std::array<const char*, 6> kZhPlaces = {"包头", "赣州", "四川", "内蒙古", "江西", "福建"};
constexpr std::array<const char*, 14> kZhSentences = {
    "%1表示，%2市场本周整体平稳，成交量有限。",
    "%1宣布将在%3新建%2加工项目，预计两年内建成。",
    "业内人士认为，稀土价格短期内仍将小幅波动。",
    "%1发布了关于%2出口许可的新规定。",
    "据了解，%3多家分离企业的开工率不足七成。",
    "%1与%4签署了战略合作协议，双方将在回收利用方面开展合作。",
    "稀土永磁材料的下游需求总体保持稳定。",
    "%1下调了%2的挂牌价格。",
    "有关部门加强了对%3稀土开采的环保检查。",
    "受天气影响，%3部分路段的运输一度受阻。",
    "分析人士指出，%2库存低于往年同期水平。",
    "%1召开专题会议，研究产业链高质量发展。",
    "海外买家仍在寻找其他供应来源。",
    "%1公布了本年度第一批开采总量控制指标。"};

quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

ParsedDocument chineseReport(int index)
{
    quint64 state = mix(quint64(index) * 7919 + kSeed);
    auto below = [&state](size_t n) {
        state = mix(state);
        return static_cast<size_t>(state % n);
    };
    auto sentence = [&] {
        const size_t a = below(kZhOrgs.size());
        size_t b = below(kZhOrgs.size());
        if (b == a)
            b = (b + 1) % kZhOrgs.size();
        // Plain replacement: QString::arg() would renumber sentences that use only some of the slots.
        return QString::fromUtf8(kZhSentences[below(kZhSentences.size())])
            .replace(QLatin1String("%1"), QString::fromUtf8(kZhOrgs[a]))
            .replace(QLatin1String("%2"), QString::fromUtf8(kZhMaterials[below(kZhMaterials.size())]))
            .replace(QLatin1String("%3"), QString::fromUtf8(kZhPlaces[below(kZhPlaces.size())]))
            .replace(QLatin1String("%4"), QString::fromUtf8(kZhOrgs[b]));
    };
    ParsedDocument d;
    d.title = SyntheticCorpus::titlePrefix() + sentence();
    d.publisher = SyntheticCorpus::publisherName();
    d.language = QStringLiteral("zh");
    d.format = QStringLiteral("text");
    const int count = 45 + static_cast<int>(below(20)); // ~1,200 characters, ~3.6 KB of UTF-8
    for (int i = 0; i < count; ++i)
        d.text += sentence();
    d.sourcePath = QStringLiteral("synthetic-zh-%1.txt").arg(index);
    return d;
}

ParsedDocument corpusReport(int index)
{
    return index % 10 == 3 ? chineseReport(index) : SyntheticCorpus::report(index, kSeed);
}

// Builds (once) and returns the path of the database with n reports; a fifth of them get a status.
QString corpusDatabase(int n)
{
    static QMap<int, QString> built;
    if (built.contains(n))
        return built.value(n);
    const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/../bench-data");
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/search-%1-v1.sqlite").arg(n);
    const QString done = path + QStringLiteral(".done");
    if (!QFile::exists(done)) {
        QFile::remove(path);
        Error error;
        auto db = Database::open(path, Database::Mode::ReadWrite, &error);
        if (!db)
            return {};
        {
            Stores stores(*db); // its cached statements are finalised before the connection closes
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QList<qint64> tagged[3];
            for (int from = 0; from < n; from += 2000) {
                SQLite::Transaction tx(db->sql());
                for (int i = from; i < qMin(n, from + 2000); ++i) {
                    const ParsedDocument d = corpusReport(i);
                    const qint64 id = stores.reports.insert(d, contentHash(d.title + d.text), now);
                    if (i % 5 == 1)
                        tagged[(i / 5) % 3] << id;
                }
                tx.commit();
            }
            WriteContext ctx{*db, stores, nullptr};
            const VerificationStatus statuses[] = {VerificationStatus::Verified, VerificationStatus::Disputed,
                                                   VerificationStatus::Rejected};
            for (int k = 0; k < 3; ++k) {
                const VerificationStatus status = statuses[k];
                (void)VerificationCommands::applyNow(nullptr, ctx, tagged[k], [status](qint64, const Verification& prev) {
                    Verification v = prev;
                    v.status = status;
                    v.analyst = QStringLiteral("bench");
                    return v;
                }, QStringLiteral("bulk"));
            }
            db->sql().exec("PRAGMA optimize");
        }
        QFile f(done);
        f.open(QIODevice::WriteOnly);
    }
    built.insert(n, path);
    return path;
}

const std::array<const char*, 4> kQueries = {"gallium germanium", "export controls", "稀土", "包钢"};

void BM_Search(benchmark::State& state)
{
    const int n = static_cast<int>(state.range(0));
    const QString query = QString::fromUtf8(kQueries[size_t(state.range(1))]);
    const QString path = corpusDatabase(n);
    Error error;
    auto db = path.isEmpty() ? nullptr : Database::open(path, Database::Mode::ReadOnly, &error);
    if (!db) {
        state.SkipWithError("could not build or open the benchmark database");
        return;
    }
    Stores stores(*db);
    EventFilter filter;
    filter.search = query;
    const ReportQuery q = ReportQuery::forFilter(filter, kSearchRows, -1);
    qsizetype rows = 0;
    for (auto _ : state) {
        const QList<Report> reports = stores.reports.list(q);
        rows = reports.size();
        benchmark::DoNotOptimize(rows);
    }
    state.counters["rows"] = double(rows);
    state.counters["matches"] = double(stores.reports.searchIds(query).size());
    state.SetLabel(kQueries[size_t(state.range(1))]);
}

// The ranked id search alone (what the event table and timeline use to narrow events by report text).
void BM_SearchIds(benchmark::State& state)
{
    const int n = static_cast<int>(state.range(0));
    const QString query = QString::fromUtf8(kQueries[size_t(state.range(1))]);
    const QString path = corpusDatabase(n);
    Error error;
    auto db = path.isEmpty() ? nullptr : Database::open(path, Database::Mode::ReadOnly, &error);
    if (!db) {
        state.SkipWithError("could not build or open the benchmark database");
        return;
    }
    Stores stores(*db);
    for (auto _ : state)
        benchmark::DoNotOptimize(stores.reports.searchIds(query).size());
    state.SetLabel(kQueries[size_t(state.range(1))]);
}

void searchArgs(benchmark::internal::Benchmark* b)
{
    for (int n : {10000, 100000})
        for (int q = 0; q < int(kQueries.size()); ++q)
            b->Args({n, q});
}

} // namespace

BENCHMARK(BM_Search)->Apply(searchArgs)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_SearchIds)->Apply(searchArgs)->Unit(benchmark::kMillisecond)->UseRealTime();
