#include "timelinesyntheticwriter.h"

#include "model/category.h"
#include "model/datespan.h"
#include "model/verification.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <algorithm>
#include <array>
#include <string>

namespace lodestone {

void TimelineSyntheticWriter::write(SQLite::Database& db, const TimelineSyntheticData& data)
{
    SQLite::Transaction tx(db);
    const std::string now = "2024-01-01T00:00:00Z";
    {
        SQLite::Statement org(db, "INSERT INTO organisation (id, key, name_en) VALUES (?, ?, ?)");
        for (int i = 1; i <= data.orgCount; ++i) {
            org.bind(1, i);
            org.bind(2, "synthetic-org-" + std::to_string(i));
            org.bind(3, "[Synthetic] Organisation " + std::to_string(i));
            org.exec();
            org.reset();
        }
    }
    // Report groups: group g holds four reports, one per status (unverified, verified, disputed, rejected).
    const size_t n = data.entries.size();
    const size_t groups = std::max<size_t>(1, n / 32);
    const std::array<VerificationStatus, 4> statuses = {VerificationStatus::Unverified, VerificationStatus::Verified,
                                                        VerificationStatus::Disputed, VerificationStatus::Rejected};
    {
        SQLite::Statement rep(db, "INSERT INTO report (id, title, publisher, text, content_hash, imported_at) "
                                  "VALUES (?, ?, 'Lodestone synthetic corpus', '', ?, ?)");
        SQLite::Statement ver(db, "INSERT INTO verification (report_id, status) VALUES (?, ?)");
        for (size_t g = 0; g < groups; ++g) {
            for (int s = 0; s < 4; ++s) {
                const qint64 id = qint64(g) * 4 + s + 1;
                rep.bind(1, static_cast<int64_t>(id));
                rep.bind(2, "[Synthetic] report " + std::to_string(id));
                rep.bind(3, "synthetic-timeline-" + std::to_string(id));
                rep.bind(4, now);
                rep.exec();
                rep.reset();
                ver.bind(1, static_cast<int64_t>(id));
                ver.bind(2, statusKey(statuses[static_cast<size_t>(s)]).toStdString());
                ver.exec();
                ver.reset();
            }
        }
    }
    std::array<std::string, kCategoryCount> cats;
    for (int c = 0; c < kCategoryCount; ++c)
        cats[static_cast<size_t>(c)] = categoryKey(static_cast<Category>(c)).toStdString();
    std::array<std::string, 4> precs;
    for (int p = 0; p < 4; ++p)
        precs[static_cast<size_t>(p)] = precisionKey(static_cast<Precision>(p)).toStdString();
    SQLite::Statement ev(db, "INSERT INTO event (id, category, title, start_day, end_day, precision, rejected) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)");
    SQLite::Statement evid(db, "INSERT INTO evidence (event_id, report_id, quote, start_offset, end_offset) "
                               "VALUES (?, ?, '', 0, 0)");
    SQLite::Statement link(db, "INSERT OR IGNORE INTO event_org (event_id, org_id) VALUES (?, ?)");
    for (size_t i = 0; i < n; ++i) {
        const TimelineEntry& e = data.entries[i];
        ev.bind(1, static_cast<int64_t>(e.eventId));
        ev.bind(2, cats[std::min<size_t>(e.category, kCategoryCount - 1)]);
        ev.bind(3, "[Synthetic] event " + std::to_string(e.eventId));
        ev.bind(4, e.startDay);
        ev.bind(5, e.endDay);
        ev.bind(6, precs[std::min<size_t>(e.precision, 3)]);
        ev.bind(7, (e.flags & TimelineEntry::RejectedEvent) ? 1 : 0);
        ev.exec();
        ev.reset();
        const qint64 base = qint64((i / 8) % groups) * 4 + 1;
        const std::array<quint8, 4> need = {TimelineEntry::AnyUnverified, TimelineEntry::Verified,
                                            TimelineEntry::Disputed, TimelineEntry::AnyRejected};
        for (int s = 0; s < 4; ++s) {
            if (!(e.flags & need[static_cast<size_t>(s)]))
                continue;
            evid.bind(1, static_cast<int64_t>(e.eventId));
            evid.bind(2, static_cast<int64_t>(base + s));
            evid.exec();
            evid.reset();
        }
        if (data.links.offsets.size() == n + 1) {
            for (quint32 k = data.links.offsets[i]; k < data.links.offsets[i + 1]; ++k) {
                link.bind(1, static_cast<int64_t>(e.eventId));
                link.bind(2, static_cast<int64_t>(data.links.orgIds[k]));
                link.exec();
                link.reset();
            }
        }
    }
    tx.commit();
}

} // namespace lodestone
