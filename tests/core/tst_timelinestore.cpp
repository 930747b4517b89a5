// TimelineStore against the data it was written from: the streaming load gives back every synthetic entry
// with its status flags and links (and agrees with EventStore::loadTimeline on the flags both know), and
// the search / status id lists equal brute-force answers over the same data.
#include "db/database.h"
#include "query/timelineindex.h"
#include "query/timelinesynthetic.h"
#include "store/eventstore.h"
#include "store/timelinestore.h"
#include "store/timelinesyntheticwriter.h"

#include <QTemporaryDir>
#include <QTest>
#include <SQLiteCpp/SQLiteCpp.h>
#include <algorithm>
#include <set>

using namespace lodestone;

class TstTimelineStore final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void loadGivesBackEntries();
    void agreesWithEventStore();
    void searchIds();
    void statusIds_data();
    void statusIds();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    TimelineSyntheticData m_data;
};

void TstTimelineStore::initTestCase()
{
    m_data = makeSyntheticTimeline(3000, 77, 25);
    Error error;
    m_db = Database::open(m_dir.filePath(QStringLiteral("t.sqlite")), Database::Mode::ReadWrite, &error);
    QVERIFY(m_db);
    TimelineSyntheticWriter::write(m_db->sql(), m_data);
}

void TstTimelineStore::loadGivesBackEntries()
{
    const TimelineData got = TimelineStore(m_db->sql()).load();
    QCOMPARE(got.entries.size(), m_data.entries.size());
    QCOMPARE(got.links.offsets.size(), got.entries.size() + 1);
    for (size_t i = 0; i < got.entries.size(); ++i) {
        const TimelineEntry& a = got.entries[i];
        const TimelineEntry& b = m_data.entries[i]; // ids 1..n in both
        QCOMPARE(a.eventId, b.eventId);
        QCOMPARE(a.startDay, b.startDay);
        QCOMPARE(a.endDay, b.endDay);
        QCOMPARE(a.category, b.category);
        QCOMPARE(a.precision, b.precision);
        QCOMPARE(int(a.flags), int(b.flags));
        std::set<qint64> want(m_data.links.orgIds.begin() + m_data.links.offsets[i],
                              m_data.links.orgIds.begin() + m_data.links.offsets[i + 1]);
        std::set<qint64> have(got.links.orgIds.begin() + got.links.offsets[i],
                              got.links.orgIds.begin() + got.links.offsets[i + 1]);
        QCOMPARE(have, want);
    }
    const TimelineIndex index(got.entries, got.links);
    QVERIFY(index.hasStatusFlags());
}

void TstTimelineStore::agreesWithEventStore()
{
    const TimelineData fast = TimelineStore(m_db->sql()).load();
    TimelineData old = EventStore(m_db->sql()).loadTimeline();
    std::sort(old.entries.begin(), old.entries.end(),
              [](const TimelineEntry& a, const TimelineEntry& b) { return a.eventId < b.eventId; });
    QCOMPARE(old.entries.size(), fast.entries.size());
    const quint8 shared = TimelineEntry::Verified | TimelineEntry::Disputed | TimelineEntry::RejectedReport |
                          TimelineEntry::RejectedEvent;
    for (size_t i = 0; i < old.entries.size(); ++i) {
        QCOMPARE(old.entries[i].eventId, fast.entries[i].eventId);
        QCOMPARE(int(old.entries[i].flags & shared), int(fast.entries[i].flags & shared));
    }
    QCOMPARE(old.links.orgIds.size(), fast.links.orgIds.size());
}

void TstTimelineStore::searchIds()
{
    // Titles are "[Synthetic] event <id>": "event 12" matches the ids whose decimal form starts with 12.
    const std::vector<qint64> got = TimelineStore(m_db->sql()).searchEventIds(QStringLiteral(" event 12 "), {});
    std::vector<qint64> want;
    for (const TimelineEntry& e : m_data.entries)
        if (QString::number(e.eventId).startsWith(QLatin1String("12")))
            want.push_back(e.eventId);
    QCOMPARE(got, want);
    // Report hits add the events they back (report 2 of group 0 is the "verified" one).
    const std::vector<qint64> withReport =
        TimelineStore(m_db->sql()).searchEventIds(QStringLiteral("no such title"), {2});
    std::vector<qint64> backed;
    for (size_t i = 0; i < m_data.entries.size(); ++i)
        if ((i / 8) % (m_data.entries.size() / 32) == 0 && (m_data.entries[i].flags & TimelineEntry::Verified))
            backed.push_back(m_data.entries[i].eventId);
    QCOMPARE(withReport, backed);
    QVERIFY(TimelineStore(m_db->sql()).searchEventIds(QStringLiteral("  "), {2}).empty());
}

void TstTimelineStore::statusIds_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("flag");
    QTest::newRow("unverified") << int(VerificationStatus::Unverified) << int(TimelineEntry::AnyUnverified);
    QTest::newRow("verified") << int(VerificationStatus::Verified) << int(TimelineEntry::Verified);
    QTest::newRow("disputed") << int(VerificationStatus::Disputed) << int(TimelineEntry::Disputed);
    QTest::newRow("rejected") << int(VerificationStatus::Rejected) << int(TimelineEntry::AnyRejected);
}

void TstTimelineStore::statusIds()
{
    QFETCH(int, status);
    QFETCH(int, flag);
    const std::vector<qint64> got =
        TimelineStore(m_db->sql()).statusEventIds({static_cast<VerificationStatus>(status)});
    std::vector<qint64> want;
    for (const TimelineEntry& e : m_data.entries)
        if (e.flags & flag)
            want.push_back(e.eventId);
    QVERIFY(!want.empty());
    QCOMPARE(got, want);
}

QTEST_GUILESS_MAIN(TstTimelineStore)
#include "tst_timelinestore.moc"
