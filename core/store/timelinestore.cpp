#include "timelinestore.h"

#include "model/category.h"
#include "model/datespan.h"
#include "store/parallelscan.h"
#include "store/rawscan.h"
#include "store/sqlutil.h"
#include "util/log.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>
#include <algorithm>
#include <array>
#include <chrono>
#include <cstring>
#include <string>
#include <string_view>

namespace lodestone {

namespace {

// Maps a TEXT key column to its enum value without building a QString per row.
template <int N>
class KeyTable final {
public:
    template <typename KeyFn>
    explicit KeyTable(KeyFn key)
    {
        for (int i = 0; i < N; ++i)
            m_keys[static_cast<size_t>(i)] = key(i).toStdString();
    }
    int find(const char* text, int bytes, int fallback) const
    {
        if (!text)
            return fallback;
        if (m_last >= 0 && same(m_keys[static_cast<size_t>(m_last)], text, bytes))
            return m_last;
        for (int i = 0; i < N; ++i) {
            if (same(m_keys[static_cast<size_t>(i)], text, bytes)) {
                m_last = i;
                return i;
            }
        }
        return fallback;
    }

private:
    static bool same(const std::string& key, const char* text, int bytes)
    {
        return key.size() == static_cast<size_t>(bytes) && std::memcmp(key.data(), text, key.size()) == 0;
    }
    std::array<std::string, N> m_keys;
    mutable int m_last = -1;
};

constexpr int kPrecisionCount = 4; // day, month, quarter, year

// Report id -> status flag (0 = no verification row): a dense table when the ids allow, else a sorted list.
class ReportStatuses final {
public:
    explicit ReportStatuses(SQLite::Database& db)
    {
        RawScan st(db, "SELECT report_id, status FROM verification ORDER BY report_id");
        while (st.step()) {
            int bytes = 0;
            const char* s = st.text(1, &bytes);
            const std::string_view key(s ? s : "", static_cast<size_t>(bytes));
            quint8 f = TimelineEntry::AnyUnverified;
            if (key == "verified")
                f = TimelineEntry::Verified;
            else if (key == "disputed")
                f = TimelineEntry::Disputed;
            else if (key == "rejected")
                f = TimelineEntry::AnyRejected;
            m_sorted.emplace_back(st.i64(0), f);
        }
        if (m_sorted.empty())
            return;
        const quint64 span = quint64(m_sorted.back().first - m_sorted.front().first) + 1;
        if (span <= 4 * quint64(m_sorted.size()) + 65536) {
            m_base = m_sorted.front().first;
            m_dense.assign(span, 0);
            for (const auto& [report, f] : m_sorted)
                m_dense[static_cast<size_t>(report - m_base)] = f;
            m_sorted.clear();
        }
    }
    quint8 find(qint64 report) const
    {
        if (!m_dense.empty()) {
            const quint64 i = quint64(report - m_base);
            return i < m_dense.size() ? m_dense[i] : 0;
        }
        const auto it = std::lower_bound(m_sorted.begin(), m_sorted.end(), report,
                                         [](const std::pair<qint64, quint8>& x, qint64 v) { return x.first < v; });
        return it != m_sorted.end() && it->first == report ? it->second : 0;
    }

private:
    std::vector<std::pair<qint64, quint8>> m_sorted;
    std::vector<quint8> m_dense;
    qint64 m_base = 0;
};

// What the statuses and links scans read, before it is matched to the events.
struct SideData {
    std::vector<std::pair<qint64, quint8>> statusRuns; // (event id, OR of its reports' status flags)
    bool statusRunsSorted = true;
    std::vector<std::pair<qint64, quint32>> linkRuns; // (event id, number of links), ascending ids
    std::vector<qint64> orgIds;                       // the links' organisations, in linkRuns order
};

void scanEvents(SQLite::Database& db, std::vector<TimelineEntry>& out)
{
    // An upper bound of the count at the cost of two index probes (COUNT(*) walks an index).
    const qint64 span = db.execAndGet("SELECT (SELECT max(id) FROM event) - (SELECT min(id) FROM event) + 1").getInt64();
    out.reserve(static_cast<size_t>(std::clamp<qint64>(span, 0, qint64(1) << 26)));
    const KeyTable<kCategoryCount> cats([](int i) { return categoryKey(static_cast<Category>(i)); });
    const KeyTable<kPrecisionCount> precs([](int i) { return precisionKey(static_cast<Precision>(i)); });
    // undated events have no place on a time axis: the Undated list shows them
    RawScan st(db, "SELECT id, start_day, end_day, category, precision, rejected, timing <> '' FROM event WHERE undated = 0 ORDER BY id");
    while (st.step()) {
        TimelineEntry& t = out.emplace_back();
        t.eventId = st.i64(0);
        t.startDay = st.i32(1);
        t.endDay = st.i32(2);
        int bytes = 0;
        const char* text = st.text(3, &bytes);
        t.category = static_cast<quint8>(cats.find(text, bytes, int(Category::Other)));
        text = st.text(4, &bytes);
        t.precision = static_cast<quint8>(precs.find(text, bytes, int(Precision::Day)));
        t.flags = TimelineEntry::StatusKnown;
        if (st.i32(5))
            t.flags |= TimelineEntry::RejectedEvent;
        if (st.i32(6))
            t.flags |= TimelineEntry::Planned;
    }
    if (out.capacity() > 2 * out.size() + 1024) // ids with large gaps: do not keep the slack
        out.shrink_to_fit();
}

// Report statuses folded per event in one sequential pass over evidence. A report without a verification
// row counts as no status, as in EventStore.
void scanStatuses(SQLite::Database& db, SideData& side)
{
    const ReportStatuses statuses(db);
    // At most one run per evidence row: reserve that bound (two rowid probes; untouched capacity costs no
    // memory) instead of growing by copies.
    const qint64 rows =
        db.execAndGet("SELECT (SELECT max(rowid) FROM evidence) - (SELECT min(rowid) FROM evidence) + 1").getInt64();
    auto& runs = side.statusRuns;
    runs.reserve(static_cast<size_t>(std::clamp<qint64>(rows, 0, qint64(1) << 26)));
    RawScan st(db, "SELECT event_id, report_id FROM evidence");
    while (st.step()) {
        const quint8 f = statuses.find(st.i64(1));
        if (!f)
            continue;
        const qint64 id = st.i64(0);
        if (!runs.empty() && runs.back().first == id) { // evidence rows mostly come in event order
            runs.back().second |= f;
            continue;
        }
        if (!runs.empty() && id < runs.back().first)
            side.statusRunsSorted = false;
        runs.emplace_back(id, f);
    }
}

void scanLinks(SQLite::Database& db, SideData& side)
{
    // event_org is keyed (event_id, org_id) WITHOUT ROWID: this scan is already in event order.
    RawScan st(db, "SELECT event_id, org_id FROM event_org ORDER BY event_id, org_id");
    while (st.step()) {
        const qint64 id = st.i64(0);
        if (side.linkRuns.empty() || side.linkRuns.back().first != id)
            side.linkRuns.emplace_back(id, 0);
        ++side.linkRuns.back().second;
        side.orgIds.push_back(st.i64(1));
    }
}

// Matches statuses and links to the entries (ascending ids); rows of events not loaded are dropped.
void combine(TimelineData& data, SideData& side)
{
    std::vector<TimelineEntry>& entries = data.entries;
    const size_t n = entries.size();
    if (!side.statusRunsSorted)
        std::sort(side.statusRuns.begin(), side.statusRuns.end()); // flags are OR-ed: order within an id is moot
    const auto& statusRuns = side.statusRuns;
    const auto& linkRuns = side.linkRuns;
    std::vector<qint64>& orgs = side.orgIds;
    std::vector<quint32>& offsets = data.links.offsets;
    offsets.resize(n + 1);
    const quint8 others = TimelineEntry::Verified | TimelineEntry::Disputed | TimelineEntry::AnyUnverified;
    size_t s = 0; // next status run
    size_t r = 0; // next link run
    size_t src = 0;
    size_t dst = 0;
    for (size_t k = 0; k < n; ++k) { // one pass: statuses, the RejectedReport rule, link offsets
        TimelineEntry& e = entries[k];
        const qint64 id = e.eventId;
        while (s < statusRuns.size() && statusRuns[s].first < id)
            ++s; // statuses of an event that is not loaded
        while (s < statusRuns.size() && statusRuns[s].first == id)
            e.flags |= statusRuns[s++].second;
        // Every backing report with a status is rejected.
        if ((e.flags & TimelineEntry::AnyRejected) && !(e.flags & others))
            e.flags |= TimelineEntry::RejectedReport;
        offsets[k] = static_cast<quint32>(dst);
        while (r < linkRuns.size() && linkRuns[r].first < id)
            src += linkRuns[r++].second; // links of an event that is not loaded
        if (r < linkRuns.size() && linkRuns[r].first == id) {
            const size_t count = linkRuns[r++].second;
            if (dst != src)
                std::copy(orgs.begin() + static_cast<std::ptrdiff_t>(src),
                          orgs.begin() + static_cast<std::ptrdiff_t>(src + count),
                          orgs.begin() + static_cast<std::ptrdiff_t>(dst));
            src += count;
            dst += count;
        }
    }
    offsets[n] = static_cast<quint32>(dst);
    orgs.resize(dst);
    data.links.orgIds = std::move(orgs);
}

// A read transaction on a connection in autocommit mode (a caller's open transaction is left alone).
class ReadTransaction final {
public:
    explicit ReadTransaction(SQLite::Database& db) : m_db(db), m_own(sqlite3_get_autocommit(db.getHandle()) != 0)
    {
        if (m_own)
            m_db.exec("BEGIN");
    }
    ~ReadTransaction()
    {
        if (m_own && !sqlite3_get_autocommit(m_db.getHandle()))
            m_db.tryExec("COMMIT"); // a destructor must not throw
    }
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

private:
    SQLite::Database& m_db;
    bool m_own;
};

std::string idsJson(const QList<qint64>& ids)
{
    std::string s = "[";
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i)
            s += ',';
        s += std::to_string(ids[i]);
    }
    return s + "]";
}

} // namespace

TimelineData TimelineStore::load() const
{
    return loadParallel();
}

TimelineData TimelineStore::loadSequential() const
{
    TimelineData data;
    SideData side;
    {
        const ReadTransaction snapshot(m_db);
        scanEvents(m_db, data.entries);
        scanStatuses(m_db, side);
        scanLinks(m_db, side);
    }
    combine(data, side);
    log::query()->debug("timeline load: {} events, {} links", data.entries.size(), data.links.orgIds.size());
    return data;
}

TimelineData TimelineStore::loadParallel(TimelineLoadTrace* trace) const
{
    const auto scan = ParallelScan::open(m_db);
    const bool matched = scan && scan->begin(3, trace ? trace->betweenBegins : std::function<void()>{});
    if (trace) {
        trace->retries = scan ? scan->retries() : 0;
        trace->parallel = matched;
    }
    if (!matched)
        return loadSequential();
    TimelineData data;
    SideData side;
    using Clock = std::chrono::steady_clock;
    const Clock::time_point t0 = Clock::now();
    Clock::time_point sideDone;
    Clock::time_point eventsDone;
    scan->run(
        [&side, &sideDone](SQLite::Database& db) {
            scanStatuses(db, side);
            scanLinks(db, side);
            sideDone = Clock::now();
        },
        [&data, &eventsDone](SQLite::Database& db) {
            scanEvents(db, data.entries);
            eventsDone = Clock::now();
        });
    if (trace) {
        trace->eventsMs = std::chrono::duration<double, std::milli>(eventsDone - t0).count();
        trace->sideMs = std::chrono::duration<double, std::milli>(sideDone - t0).count();
    }
    scan->end();
    combine(data, side);
    log::query()->debug("timeline load (2 connections): {} events, {} links", data.entries.size(),
                        data.links.orgIds.size());
    return data;
}

std::vector<qint64> TimelineStore::searchEventIds(const QString& search, const QList<qint64>& searchReportIds) const
{
    std::vector<qint64> out;
    const QString text = search.trimmed();
    if (text.isEmpty())
        return out;
    SQLite::Statement st(m_db, "SELECT e.id FROM event e WHERE e.title LIKE :like OR e.summary LIKE :like "
                               "UNION SELECT ev.event_id FROM evidence ev WHERE ev.report_id IN "
                               "(SELECT value FROM json_each(:reports))");
    st.bind(":like", (QLatin1Char('%') + text + QLatin1Char('%')).toStdString());
    st.bind(":reports", idsJson(searchReportIds));
    while (st.executeStep())
        out.push_back(st.getColumn(0).getInt64());
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<qint64> TimelineStore::statusEventIds(const QSet<VerificationStatus>& statuses) const
{
    std::vector<qint64> out;
    if (statuses.isEmpty())
        return out;
    std::string keys = "[";
    for (VerificationStatus s : statuses)
        keys += (keys.size() > 1 ? ",\"" : "\"") + statusKey(s).toStdString() + "\"";
    keys += "]";
    SQLite::Statement st(m_db, "SELECT DISTINCT ev.event_id FROM evidence ev JOIN verification v ON "
                               "v.report_id = ev.report_id WHERE v.status IN (SELECT value FROM json_each(?)) "
                               "ORDER BY ev.event_id");
    st.bind(1, keys);
    while (st.executeStep())
        out.push_back(st.getColumn(0).getInt64());
    return out;
}

QHash<qint64, QString> TimelineStore::titles(const std::vector<qint64>& eventIds) const
{
    QHash<qint64, QString> out;
    if (eventIds.empty())
        return out;
    out.reserve(static_cast<qsizetype>(eventIds.size()));
    SQLite::Statement st(m_db, "SELECT id, title FROM event WHERE id IN (SELECT value FROM json_each(?))");
    st.bind(1, idsJson(QList<qint64>(eventIds.begin(), eventIds.end())));
    while (st.executeStep())
        out.insert(st.getColumn(0).getInt64(), sql::str(st.getColumn(1)));
    return out;
}

} // namespace lodestone
