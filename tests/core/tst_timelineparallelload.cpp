// TimelineStore::loadParallel (event scan here, statuses and links on a second connection through
// ParallelScan) against loadSequential and against a brute-force reading of the same tables: equal on a
// database with every verification status, organisation links and evidence out of event order; a commit
// landing between the two begins is detected and the load still matches one committed state; loads
// racing a writer never mix two states.
#include "db/database.h"
#include "query/timelinesynthetic.h"
#include "store/parallelscan.h"
#include "store/timelinestore.h"
#include "store/timelinesyntheticwriter.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <SQLiteCpp/SQLiteCpp.h>
#include <atomic>
#include <map>
#include <set>
#include <sqlite3.h>
#include <thread>

using namespace lodestone;

namespace {

// Every field of two loads, links compared per event as sets.
void compareLoads(const TimelineData& a, const TimelineData& b)
{
    QCOMPARE(a.entries.size(), b.entries.size());
    QCOMPARE(a.links.offsets.size(), a.entries.size() + 1);
    QCOMPARE(b.links.offsets.size(), b.entries.size() + 1);
    for (size_t i = 0; i < a.entries.size(); ++i) {
        const TimelineEntry& x = a.entries[i];
        const TimelineEntry& y = b.entries[i];
        QCOMPARE(x.eventId, y.eventId);
        QCOMPARE(x.startDay, y.startDay);
        QCOMPARE(x.endDay, y.endDay);
        QCOMPARE(x.category, y.category);
        QCOMPARE(x.precision, y.precision);
        QCOMPARE(int(x.flags), int(y.flags));
        const std::vector<qint64> la(a.links.orgIds.begin() + a.links.offsets[i],
                                     a.links.orgIds.begin() + a.links.offsets[i + 1]);
        const std::vector<qint64> lb(b.links.orgIds.begin() + b.links.offsets[i],
                                     b.links.orgIds.begin() + b.links.offsets[i + 1]);
        QCOMPARE(la, lb);
    }
}

// The flags and links by the definition, one query per question (no shared code with the loaders).
void compareWithTables(SQLite::Database& db, const TimelineData& got)
{
    std::map<qint64, std::set<std::string>> statuses;
    SQLite::Statement st(db, "SELECT ev.event_id, v.status FROM evidence ev JOIN verification v "
                             "ON v.report_id = ev.report_id");
    while (st.executeStep())
        statuses[st.getColumn(0).getInt64()].insert(st.getColumn(1).getString());
    std::map<qint64, std::vector<qint64>> links;
    SQLite::Statement lk(db, "SELECT event_id, org_id FROM event_org ORDER BY event_id, org_id");
    while (lk.executeStep())
        links[lk.getColumn(0).getInt64()].push_back(lk.getColumn(1).getInt64());
    SQLite::Statement ev(db, "SELECT id, rejected FROM event ORDER BY id");
    size_t i = 0;
    while (ev.executeStep()) {
        QVERIFY(i < got.entries.size());
        const qint64 id = ev.getColumn(0).getInt64();
        const TimelineEntry& e = got.entries[i];
        QCOMPARE(e.eventId, id);
        int want = TimelineEntry::StatusKnown;
        if (ev.getColumn(1).getInt())
            want |= TimelineEntry::RejectedEvent;
        const std::set<std::string>& s = statuses[id];
        if (s.count("verified"))
            want |= TimelineEntry::Verified;
        if (s.count("disputed"))
            want |= TimelineEntry::Disputed;
        if (s.count("unverified"))
            want |= TimelineEntry::AnyUnverified;
        if (s.count("rejected")) {
            want |= TimelineEntry::AnyRejected;
            if (s.size() == 1)
                want |= TimelineEntry::RejectedReport;
        }
        QCOMPARE(int(e.flags), want);
        const std::vector<qint64> have(got.links.orgIds.begin() + got.links.offsets[i],
                                       got.links.orgIds.begin() + got.links.offsets[i + 1]);
        QCOMPARE(have, links[id]);
        ++i;
    }
    QCOMPARE(i, got.entries.size());
}

} // namespace

class TstTimelineParallelLoad final : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void parallelEqualsSequential();
    void evidenceOutOfEventOrder();
    void commitBetweenBeginsIsRetried();
    void commitsEveryTimeFallBack();
    void racingWriterNeverMixes();
    void emptyAndInMemory();

private:
    std::unique_ptr<Database> reader();
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_writer;
    int m_serial = 0;
};

void TstTimelineParallelLoad::init()
{
    m_path = m_dir.filePath(QStringLiteral("t%1.sqlite").arg(++m_serial));
    Error error;
    m_writer = Database::open(m_path, Database::Mode::ReadWrite, &error);
    QVERIFY2(m_writer, qPrintable(error.detail));
    TimelineSyntheticWriter::write(m_writer->sql(), makeSyntheticTimeline(2000, 991, 30));
}

void TstTimelineParallelLoad::cleanup()
{
    m_writer.reset();
}

std::unique_ptr<Database> TstTimelineParallelLoad::reader()
{
    Error error;
    return Database::open(m_path, Database::Mode::ReadOnly, &error);
}

void TstTimelineParallelLoad::parallelEqualsSequential()
{
    auto db = reader();
    QVERIFY(db);
    TimelineLoadTrace trace;
    const TimelineData parallel = TimelineStore(db->sql()).loadParallel(&trace);
    QVERIFY(trace.parallel);
    QCOMPARE(trace.retries, 0);
    QCOMPARE(parallel.entries.size(), size_t(2000));
    QVERIFY(!parallel.links.orgIds.empty());
    const TimelineData sequential = TimelineStore(db->sql()).loadSequential();
    compareLoads(parallel, sequential);
    compareWithTables(db->sql(), parallel);
    // All four statuses and both rejection flags occur, so the comparison covers them.
    int seen = 0;
    for (const TimelineEntry& e : parallel.entries)
        seen |= e.flags;
    QCOMPARE(seen & 0x3f, 0x3f);
    // The connection is back in autocommit mode: a caller's transaction can follow.
    QVERIFY(sqlite3_get_autocommit(db->sql().getHandle()));
}

void TstTimelineParallelLoad::evidenceOutOfEventOrder()
{
    // Evidence rows added late for early events, reports of every status, an organisation link for an event
    // that had none, and events without any evidence.
    SQLite::Database& w = m_writer->sql();
    w.exec("INSERT INTO evidence (event_id, report_id, quote, start_offset, end_offset) "
           "SELECT e.id, (SELECT report_id FROM verification WHERE report_id % 4 = e.id % 4 ORDER BY report_id LIMIT 1), "
           "'late quote', 0, 1 FROM event e WHERE e.id % 7 = 3");
    w.exec("DELETE FROM evidence WHERE event_id % 11 = 5");
    w.exec("DELETE FROM event_org WHERE event_id % 13 = 1");
    w.exec("INSERT OR IGNORE INTO event_org (event_id, org_id) SELECT e.id, (SELECT min(id) FROM organisation) "
           "FROM event e WHERE e.id % 17 = 2");
    auto db = reader();
    QVERIFY(db);
    TimelineLoadTrace trace;
    const TimelineData parallel = TimelineStore(db->sql()).loadParallel(&trace);
    QVERIFY(trace.parallel);
    compareWithTables(db->sql(), parallel);
    compareLoads(parallel, TimelineStore(db->sql()).loadSequential());
}

void TstTimelineParallelLoad::commitBetweenBeginsIsRetried()
{
    auto db = reader();
    QVERIFY(db);
    const TimelineData before = TimelineStore(db->sql()).loadSequential();
    int calls = 0;
    TimelineLoadTrace trace;
    trace.betweenBegins = [&] {
        if (calls++ > 0)
            return;
        // Changes what each connection reads: a new event, other statuses, fewer links.
        SQLite::Transaction tx(m_writer->sql());
        m_writer->sql().exec("INSERT INTO event (category, title, start_day, end_day, precision) "
                             "VALUES ('other', 'late event', 2460000, 2460000, 'day')");
        m_writer->sql().exec("INSERT INTO evidence (event_id, report_id, quote, start_offset, end_offset) "
                             "VALUES (last_insert_rowid(), (SELECT min(report_id) FROM verification), 'q', 0, 1)");
        m_writer->sql().exec("UPDATE verification SET status = 'disputed' WHERE status = 'verified'");
        m_writer->sql().exec("DELETE FROM event_org WHERE event_id % 3 = 0");
        tx.commit();
    };
    const TimelineData got = TimelineStore(db->sql()).loadParallel(&trace);
    QCOMPARE(calls, 2);
    QCOMPARE(trace.retries, 1);
    QVERIFY(trace.parallel);
    QCOMPARE(got.entries.size(), before.entries.size() + 1);
    compareLoads(got, TimelineStore(db->sql()).loadSequential());
    compareWithTables(db->sql(), got);
}

void TstTimelineParallelLoad::commitsEveryTimeFallBack()
{
    auto db = reader();
    QVERIFY(db);
    int calls = 0;
    TimelineLoadTrace trace;
    trace.betweenBegins = [&] {
        ++calls;
        m_writer->sql().exec("UPDATE event SET rejected = 1 - rejected WHERE id = 1");
    };
    const TimelineData got = TimelineStore(db->sql()).loadParallel(&trace);
    QCOMPARE(calls, 3);
    QCOMPARE(trace.retries, 3);
    QVERIFY(!trace.parallel);
    compareWithTables(db->sql(), got);
    QVERIFY(sqlite3_get_autocommit(db->sql().getHandle()));
}

void TstTimelineParallelLoad::racingWriterNeverMixes()
{
    // Each commit adds one event with its evidence (a verified report) and one link, and moves the verified
    // report of an older event to disputed: in any one committed state every added event is Verified xor
    // Disputed and has exactly one link; a load mixing two states breaks that or loses the added event's link.
    SQLite::Database& w = m_writer->sql();
    const qint64 verified = w.execAndGet("SELECT min(report_id) FROM verification WHERE status = 'verified'").getInt64();
    const qint64 disputed = w.execAndGet("SELECT min(report_id) FROM verification WHERE status = 'disputed'").getInt64();
    const qint64 org = w.execAndGet("SELECT min(id) FROM organisation").getInt64();
    const qint64 firstAdded = w.execAndGet("SELECT max(id) FROM event").getInt64() + 1;
    std::atomic<bool> stop{false};
    std::atomic<int> commits{0};
    std::exception_ptr writerError;
    std::thread writer([&] {
        try {
            Error error;
            auto own = Database::open(m_path, Database::Mode::ReadWrite, &error);
            SQLite::Database& s = own->sql();
            SQLite::Statement addEvent(s, "INSERT INTO event (category, title, start_day, end_day, precision) "
                                          "VALUES ('other', 'raced', 2460100, 2460100, 'day')");
            SQLite::Statement addEvidence(s, "INSERT INTO evidence (event_id, report_id, quote, start_offset, "
                                             "end_offset) VALUES (?, ?, 'q', 0, 1)");
            SQLite::Statement addLink(s, "INSERT INTO event_org (event_id, org_id) VALUES (?, ?)");
            SQLite::Statement moveOld(s, "UPDATE evidence SET report_id = ? WHERE event_id = ?");
            while (!stop && commits < 20000) {
                SQLite::Transaction tx(s);
                addEvent.exec();
                addEvent.reset();
                const qint64 id = s.getLastInsertRowid();
                addEvidence.bind(1, static_cast<int64_t>(id));
                addEvidence.bind(2, static_cast<int64_t>(verified));
                addEvidence.exec();
                addEvidence.reset();
                addLink.bind(1, static_cast<int64_t>(id));
                addLink.bind(2, static_cast<int64_t>(org));
                addLink.exec();
                addLink.reset();
                if (id > firstAdded) {
                    moveOld.bind(1, static_cast<int64_t>(disputed));
                    moveOld.bind(2, static_cast<int64_t>(id - 1));
                    moveOld.exec();
                    moveOld.reset();
                }
                tx.commit();
                ++commits;
            }
        } catch (...) {
            writerError = std::current_exception();
        }
    });
    struct Join { // also when a check below returns early
        std::atomic<bool>& stop;
        std::thread& thread;
        ~Join()
        {
            stop = true;
            if (thread.joinable())
                thread.join();
        }
    } join{stop, writer};
    auto db = reader();
    QVERIFY(db);
    int loads = 0;
    int parallelLoads = 0;
    QElapsedTimer timer;
    timer.start();
    while (loads < 30 && timer.elapsed() < 4000) {
        TimelineLoadTrace trace;
        const TimelineData got = TimelineStore(db->sql()).loadParallel(&trace);
        ++loads;
        parallelLoads += trace.parallel ? 1 : 0;
        for (size_t i = 0; i < got.entries.size(); ++i) {
            const TimelineEntry& e = got.entries[i];
            if (e.eventId < firstAdded)
                continue;
            const int statuses = e.flags & (TimelineEntry::Verified | TimelineEntry::Disputed);
            if (statuses != TimelineEntry::Verified && statuses != TimelineEntry::Disputed)
                QFAIL(qPrintable(QStringLiteral("event %1 has status flags %2").arg(e.eventId).arg(int(e.flags))));
            QCOMPARE(got.links.offsets[i + 1] - got.links.offsets[i], 1u);
        }
        // The newest added event is the only one still verified.
        if (!got.entries.empty() && got.entries.back().eventId >= firstAdded)
            QVERIFY(got.entries.back().flags & TimelineEntry::Verified);
    }
    stop = true;
    writer.join();
    if (writerError)
        std::rethrow_exception(writerError);
    QVERIFY(commits > 0);
    QVERIFY(parallelLoads > 0);
    qInfo("%d loads (%d on two connections) against %d commits", loads, parallelLoads, int(commits));
}

void TstTimelineParallelLoad::emptyAndInMemory()
{
    Error error;
    auto memory = Database::open(QStringLiteral(":memory:"), Database::Mode::ReadWrite, &error);
    QVERIFY(memory);
    QVERIFY(!ParallelScan::open(memory->sql()));
    TimelineLoadTrace trace;
    TimelineData got = TimelineStore(memory->sql()).loadParallel(&trace);
    QVERIFY(!trace.parallel);
    QVERIFY(got.entries.empty());
    QCOMPARE(got.links.offsets.size(), size_t(1));

    const QString path = m_dir.filePath(QStringLiteral("empty.sqlite"));
    QVERIFY(Database::open(path, Database::Mode::ReadWrite, &error));
    auto db = Database::open(path, Database::Mode::ReadOnly, &error);
    QVERIFY(db);
    got = TimelineStore(db->sql()).loadParallel(&trace);
    QVERIFY(trace.parallel);
    QVERIFY(got.entries.empty());
    QCOMPARE(got.links.offsets.size(), size_t(1));
    // Inside the caller's transaction the load stays on the caller's connection (and its snapshot).
    db->sql().exec("BEGIN");
    QVERIFY(!ParallelScan::open(db->sql()));
    got = TimelineStore(db->sql()).loadParallel(&trace);
    QVERIFY(!trace.parallel);
    QVERIFY(!sqlite3_get_autocommit(db->sql().getHandle()));
    db->sql().exec("COMMIT");
}

QTEST_GUILESS_MAIN(TstTimelineParallelLoad)
#include "tst_timelineparallelload.moc"
