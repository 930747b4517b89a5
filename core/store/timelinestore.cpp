#include "timelinestore.h"

#include "model/category.h"
#include "model/datespan.h"
#include "util/log.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>
#include <algorithm>
#include <array>
#include <cstring>
#include <string>

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
    int find(const char* text, int fallback) const
    {
        if (!text)
            return fallback;
        if (m_last >= 0 && m_keys[static_cast<size_t>(m_last)] == text)
            return m_last;
        for (int i = 0; i < N; ++i) {
            if (m_keys[static_cast<size_t>(i)] == text) {
                m_last = i;
                return i;
            }
        }
        return fallback;
    }

private:
    std::array<std::string, N> m_keys;
    mutable int m_last = -1;
};

constexpr int kPrecisionCount = 4; // day, month, quarter, year

// A raw prepared statement for the million-row scans: SQLite::Column costs a shared_ptr copy per cell.
class RawScan final {
public:
    RawScan(SQLite::Database& db, const char* sql)
    {
        if (sqlite3_prepare_v2(db.getHandle(), sql, -1, &m_st, nullptr) != SQLITE_OK)
            throw SQLite::Exception(db.getHandle(), sqlite3_errcode(db.getHandle()));
        m_db = db.getHandle();
    }
    ~RawScan() { sqlite3_finalize(m_st); }
    RawScan(const RawScan&) = delete;
    RawScan& operator=(const RawScan&) = delete;
    bool step()
    {
        const int rc = sqlite3_step(m_st);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            throw SQLite::Exception(m_db, rc);
        return false;
    }
    qint64 i64(int c) const { return sqlite3_column_int64(m_st, c); }
    int i32(int c) const { return sqlite3_column_int(m_st, c); }
    const char* text(int c) const { return reinterpret_cast<const char*>(sqlite3_column_text(m_st, c)); }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_st = nullptr;
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
    TimelineData data;
    const KeyTable<kCategoryCount> cats([](int i) { return categoryKey(static_cast<Category>(i)); });
    const KeyTable<kPrecisionCount> precs([](int i) { return precisionKey(static_cast<Precision>(i)); });
    data.entries.reserve(static_cast<size_t>(m_db.execAndGet("SELECT COUNT(*) FROM event").getInt64()));
    {
        RawScan st(m_db, "SELECT id, start_day, end_day, category, precision, rejected FROM event ORDER BY id");
        while (st.step()) {
            TimelineEntry t;
            t.eventId = st.i64(0);
            t.startDay = st.i32(1);
            t.endDay = st.i32(2);
            t.category = static_cast<quint8>(cats.find(st.text(3), int(Category::Other)));
            t.precision = static_cast<quint8>(precs.find(st.text(4), int(Precision::Day)));
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
        // Report statuses first (verification is keyed by report_id: already sorted), then one sequential
        // pass over evidence. A report without a verification row counts as no status, as in EventStore.
        std::vector<std::pair<qint64, quint8>> status;
        SQLite::Statement vs(m_db, "SELECT report_id, status FROM verification ORDER BY report_id");
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
        RawScan st(m_db, "SELECT event_id, report_id FROM evidence");
        TimelineEntry* cur = nullptr;
        while (st.step()) {
            const qint64 id = st.i64(0);
            const qint64 report = st.i64(1);
            const auto rs = std::lower_bound(status.begin(), status.end(), report,
                                             [](const std::pair<qint64, quint8>& x, qint64 v) { return x.first < v; });
            if (rs == status.end() || rs->first != report)
                continue;
            if (!cur || cur->eventId != id) { // evidence rows mostly come in event order
                TimelineEntry* next = cur && cur + 1 < data.entries.data() + data.entries.size() ? cur + 1 : nullptr;
                cur = next && next->eventId == id ? next : entryOf(id);
                if (!cur)
                    continue;
            }
            cur->flags |= rs->second;
        }
        // Every backing report with a status is rejected.
        const quint8 others = TimelineEntry::Verified | TimelineEntry::Disputed | TimelineEntry::AnyUnverified;
        for (TimelineEntry& e : data.entries)
            if ((e.flags & TimelineEntry::AnyRejected) && !(e.flags & others))
                e.flags |= TimelineEntry::RejectedReport;
    }
    {
        // event_org is keyed (event_id, org_id) WITHOUT ROWID: this scan is already in event order.
        RawScan st(m_db, "SELECT event_id, org_id FROM event_org ORDER BY event_id, org_id");
        data.links.offsets.assign(data.entries.size() + 1, 0);
        size_t next = 0; // entries before `next` have their offset set
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
    log::query()->debug("timeline load: {} events, {} links", data.entries.size(), data.links.orgIds.size());
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

} // namespace lodestone
