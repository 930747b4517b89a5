// Chart aggregation: bucket choice and boundaries, the filter as the timeline applies it, verification
// shares, top organisations, agreement with a naive QDate reference on synthetic data, and ChartSource on
// a real database (organisation names, search, unknown organisation, sources).
#include "db/database.h"
#include "ingest/contenthash.h"
#include "query/chartaggregator.h"
#include "query/chartsource.h"
#include "query/timelinesynthetic.h"
#include "store/stores.h"

#include <QTemporaryDir>
#include <QTest>
#include <map>

using namespace lodestone;

namespace {

qint32 jd(int y, int m, int d)
{
    return static_cast<qint32>(QDate(y, m, d).toJulianDay());
}

TimelineEntry entry(qint64 id, qint32 start, Category c, quint8 flags = 0, qint32 end = 0)
{
    TimelineEntry e;
    e.eventId = id;
    e.startDay = start;
    e.endDay = end ? end : start;
    e.category = static_cast<quint8>(c);
    e.flags = flags;
    return e;
}

quint64 sum(const StatusCounts& s)
{
    return s[0] + s[1] + s[2] + s[3];
}

} // namespace

class TestChartAggregator final : public QObject {
    Q_OBJECT

private slots:
    void keys()
    {
        for (int k = 0; k < kChartKindCount; ++k)
            QCOMPARE(chartKindFromKey(chartKindKey(static_cast<ChartKind>(k))), static_cast<ChartKind>(k));
        QCOMPARE(chartKindKey(ChartKind::EventsOverTime), QStringLiteral("events-by-month"));
        QCOMPARE(chartKindFromKey(QStringLiteral("top-organisations")), ChartKind::TopOrganisations);
        QVERIFY(!chartKindFromKey(QStringLiteral("pie")));
        QCOMPARE(chartBucketFromKey(QStringLiteral("quarter")), ChartBucket::Quarter);
    }

    void chooseBucket_data()
    {
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::addColumn<int>("bucket");
        QTest::newRow("one day") << QDate(2025, 3, 1) << QDate(2025, 3, 1) << int(ChartBucket::Week);
        QTest::newRow("five months") << QDate(2025, 1, 1) << QDate(2025, 5, 31) << int(ChartBucket::Week);
        QTest::newRow("one year") << QDate(2024, 1, 1) << QDate(2024, 12, 31) << int(ChartBucket::Month);
        QTest::newRow("three years") << QDate(2022, 1, 1) << QDate(2024, 12, 31) << int(ChartBucket::Month);
        QTest::newRow("six years") << QDate(2019, 1, 1) << QDate(2024, 12, 31) << int(ChartBucket::Quarter);
        QTest::newRow("twenty years") << QDate(2005, 1, 1) << QDate(2024, 12, 31) << int(ChartBucket::Year);
    }

    void chooseBucket()
    {
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QFETCH(int, bucket);
        QCOMPARE(int(ChartAggregator::chooseBucket(qint32(first.toJulianDay()), qint32(last.toJulianDay()))), bucket);
    }

    void bucketStartsMatchQDate()
    {
        // Every 3rd day over 60 years: the integer calendar agrees with QDate.
        for (qint32 d = jd(1970, 1, 1); d < jd(2030, 12, 31); d += 3) {
            const QDate q = QDate::fromJulianDay(d);
            QCOMPARE(ChartAggregator::bucketStart(d, ChartBucket::Month), jd(q.year(), q.month(), 1));
            QCOMPARE(ChartAggregator::bucketStart(d, ChartBucket::Quarter), jd(q.year(), (q.month() - 1) / 3 * 3 + 1, 1));
            QCOMPARE(ChartAggregator::bucketStart(d, ChartBucket::Year), jd(q.year(), 1, 1));
            const QDate monday = QDate::fromJulianDay(ChartAggregator::bucketStart(d, ChartBucket::Week));
            QCOMPARE(monday.dayOfWeek(), 1);
            QVERIFY(monday.daysTo(q) >= 0 && monday.daysTo(q) < 7);
        }
        QCOMPARE(ChartAggregator::nextBucketStart(jd(2024, 11, 1), ChartBucket::Quarter), jd(2025, 2, 1));
        QCOMPARE(ChartAggregator::nextBucketStart(jd(2024, 1, 1), ChartBucket::Year), jd(2025, 1, 1));
    }

    void statusIndex_data()
    {
        QTest::addColumn<int>("flags");
        QTest::addColumn<int>("status");
        QTest::newRow("none") << 0 << int(VerificationStatus::Unverified);
        QTest::newRow("verified") << int(TimelineEntry::Verified) << int(VerificationStatus::Verified);
        QTest::newRow("verified+disputed") << int(TimelineEntry::Verified | TimelineEntry::Disputed) << int(VerificationStatus::Verified);
        QTest::newRow("disputed") << int(TimelineEntry::Disputed) << int(VerificationStatus::Disputed);
        QTest::newRow("all reports rejected") << int(TimelineEntry::RejectedReport) << int(VerificationStatus::Rejected);
        QTest::newRow("event rejected") << int(TimelineEntry::RejectedEvent | TimelineEntry::Verified) << int(VerificationStatus::Rejected);
    }

    void statusIndex()
    {
        QFETCH(int, flags);
        QFETCH(int, status);
        QCOMPARE(ChartAggregator::statusIndex(static_cast<quint8>(flags)), status);
    }

    void smallHandMadeSet()
    {
        std::vector<TimelineEntry> e = {
            entry(1, jd(2024, 1, 10), Category::ExportControl, TimelineEntry::Verified),
            entry(2, jd(2024, 1, 31), Category::ExportControl),
            entry(3, jd(2024, 3, 5), Category::Partnership, TimelineEntry::Disputed),
            entry(4, jd(2024, 3, 6), Category::MarketPrice, TimelineEntry::RejectedEvent), // hidden by default
            entry(5, jd(2024, 6, 1), Category::Partnership, TimelineEntry::RejectedReport),
        };
        TimelineOrgLinks links;
        links.offsets = {0, 2, 3, 4, 5, 6};
        links.orgIds = {7, 9, 7, 9, 7, 7};
        ChartQuery q;
        q.bucket = ChartBucket::Month;
        q.topN = 5;
        const ChartData d = ChartAggregator::aggregate(e, links, q);
        QCOMPARE(d.eventCount, quint64(4));
        QCOMPARE(d.byCategory[size_t(Category::ExportControl)], 2u);
        QCOMPARE(d.byCategory[size_t(Category::Partnership)], 2u);
        QCOMPARE(d.byCategory[size_t(Category::MarketPrice)], 0u);
        QCOMPARE(d.eventStatus[size_t(VerificationStatus::Verified)], quint64(1));
        QCOMPARE(d.eventStatus[size_t(VerificationStatus::Unverified)], quint64(1));
        QCOMPARE(d.eventStatus[size_t(VerificationStatus::Disputed)], quint64(1));
        QCOMPARE(d.eventStatus[size_t(VerificationStatus::Rejected)], quint64(1));
        QCOMPARE(d.unverifiedEvents(), quint64(3));
        // Months Jan..Jun 2024, no gaps.
        QCOMPARE(d.overTime.bucketStarts.size(), size_t(6));
        QCOMPARE(d.overTime.bucketStarts.front(), jd(2024, 1, 1));
        QCOMPARE(d.overTime.bucketStarts.back(), jd(2024, 6, 1));
        QCOMPARE(d.overTime.counts[0][size_t(Category::ExportControl)], 2u);
        QCOMPARE(d.overTime.counts[2][size_t(Category::Partnership)], 1u);
        QCOMPARE(d.overTime.counts[1][size_t(Category::Partnership)], 0u);
        QCOMPARE(d.overTime.counts[5][size_t(Category::Partnership)], 1u);
        // Organisations: 7 in events 1, 2, 5 (event 4 hidden); 9 in events 1, 3.
        QCOMPARE(d.topOrgs.size(), size_t(2));
        QCOMPARE(d.topOrgs[0].orgId, qint64(7));
        QCOMPARE(d.topOrgs[0].events, 3u);
        QCOMPARE(d.topOrgs[1].orgId, qint64(9));
        QCOMPARE(d.topOrgs[1].events, 2u);

        ChartQuery narrow = q;
        narrow.mask.setOrgIds({9});
        narrow.mask.verifiedOnly = true;
        const ChartData v = ChartAggregator::aggregate(e, links, narrow);
        QCOMPARE(v.eventCount, quint64(1));
        QCOMPARE(v.firstDay, jd(2024, 1, 10));

        ChartQuery range = q;
        range.mask.fromDay = jd(2024, 2, 1);
        range.mask.toDay = jd(2024, 3, 31);
        range.mask.hideRejected = false;
        QCOMPARE(ChartAggregator::aggregate(e, links, range).eventCount, quint64(2)); // events 3 and 4

        ChartQuery ids = q;
        ids.restrictToIds = true;
        ids.onlyEventIds = {2, 5};
        const ChartData r = ChartAggregator::aggregate(e, links, ids);
        QCOMPARE(r.eventCount, quint64(2));
        QCOMPARE(r.topOrgs.size(), size_t(1));

        ChartQuery none = q;
        none.restrictToIds = true;
        const ChartData empty = ChartAggregator::aggregate(e, links, none);
        QVERIFY(empty.isEmpty());
        QVERIFY(empty.overTime.counts.empty());
        QVERIFY(empty.topOrgs.empty());
    }

    void spanningEventsCountOnceAtTheirStart()
    {
        std::vector<TimelineEntry> e = {entry(1, jd(2023, 12, 20), Category::ProductionQuota, 0, jd(2024, 2, 10))};
        ChartQuery q;
        q.bucket = ChartBucket::Month;
        q.mask.fromDay = jd(2024, 1, 1); // overlaps the range: included
        const ChartData d = ChartAggregator::aggregate(e, {}, q);
        QCOMPARE(d.eventCount, quint64(1));
        QCOMPARE(d.overTime.bucketStarts, std::vector<qint32>{jd(2023, 12, 1)});
    }

    void forcedFineBucketOverCenturiesIsCoarsened()
    {
        std::vector<TimelineEntry> e = {entry(1, jd(1500, 1, 1), Category::Other), entry(2, jd(2020, 1, 1), Category::Other)};
        ChartQuery q;
        q.bucket = ChartBucket::Week;
        const ChartData d = ChartAggregator::aggregate(e, {}, q);
        QVERIFY(d.overTime.counts.size() <= 2000);
        QCOMPARE(d.overTime.bucket, ChartBucket::Year);
        QCOMPARE(d.overTime.counts.size(), size_t(521));
    }

    void syntheticAgreesWithNaiveReference_data()
    {
        QTest::addColumn<int>("bucket");
        QTest::addColumn<int>("category");
        QTest::newRow("auto, all") << int(ChartBucket::Auto) << -1;
        QTest::newRow("month, export control") << int(ChartBucket::Month) << int(Category::ExportControl);
        QTest::newRow("week, all") << int(ChartBucket::Week) << -1;
        QTest::newRow("quarter, partnership") << int(ChartBucket::Quarter) << int(Category::Partnership);
    }

    void syntheticAgreesWithNaiveReference()
    {
        QFETCH(int, bucket);
        QFETCH(int, category);
        const TimelineSyntheticData syn = makeSyntheticTimeline(20000, 99, 50);
        ChartQuery q;
        q.bucket = static_cast<ChartBucket>(bucket);
        q.topN = 50;
        if (category >= 0) {
            q.mask.categories = 0;
            q.mask.setCategory(static_cast<Category>(category), true);
        }
        q.mask.fromDay = jd(2010, 1, 1);
        const ChartData d = ChartAggregator::aggregate(syn.entries, syn.links, q);

        // Reference: QDate per event, std::map per bucket.
        std::map<QDate, CategoryCounts> ref;
        std::map<qint64, quint32> orgs;
        quint64 n = 0;
        const ChartBucket b = d.overTime.bucket;
        for (size_t i = 0; i < syn.entries.size(); ++i) {
            const TimelineEntry& e = syn.entries[i];
            if ((category >= 0 && e.category != category) || e.endDay < q.mask.fromDay || (e.flags & TimelineEntry::RejectedEvent))
                continue;
            ++n;
            const QDate s = QDate::fromJulianDay(e.startDay);
            QDate key = b == ChartBucket::Year      ? QDate(s.year(), 1, 1)
                        : b == ChartBucket::Quarter ? QDate(s.year(), (s.month() - 1) / 3 * 3 + 1, 1)
                        : b == ChartBucket::Month   ? QDate(s.year(), s.month(), 1)
                                                    : s.addDays(1 - s.dayOfWeek());
            ++ref[key][e.category];
            for (quint32 k = syn.links.offsets[i]; k < syn.links.offsets[i + 1]; ++k)
                ++orgs[syn.links.orgIds[k]];
        }
        QCOMPARE(d.eventCount, n);
        QCOMPARE(sum(d.eventStatus), n);
        quint64 inBuckets = 0;
        for (size_t i = 0; i < d.overTime.counts.size(); ++i) {
            const QDate start = QDate::fromJulianDay(d.overTime.bucketStarts[i]);
            const auto it = ref.find(start);
            const CategoryCounts expected = it == ref.end() ? CategoryCounts{} : it->second;
            QCOMPARE(d.overTime.counts[i], expected);
            for (quint32 v : d.overTime.counts[i])
                inBuckets += v;
        }
        QCOMPARE(inBuckets, n);
        for (const OrgCount& o : d.topOrgs)
            QCOMPARE(o.events, orgs[o.orgId]);
        for (size_t i = 1; i < d.topOrgs.size(); ++i)
            QVERIFY(d.topOrgs[i - 1].events >= d.topOrgs[i].events);
    }

    void sourceOnDatabase()
    {
        QTemporaryDir dir;
        Error error;
        auto db = Database::open(dir.filePath(QStringLiteral("c.sqlite")), Database::Mode::ReadWrite, &error);
        QVERIFY2(db, qPrintable(error.detail));
        Stores s(*db);
        const auto addReport = [&](const QString& title, const QString& text) {
            ParsedDocument d;
            d.title = title;
            d.text = text;
            d.language = QStringLiteral("en");
            d.format = QStringLiteral("text");
            return s.reports.insert(d, contentHash(d.text), QDateTime::currentDateTimeUtc());
        };
        const qint64 r1 = addReport(QStringLiteral("Magnet plant"), QStringLiteral("A magnet plant opened in the north."));
        const qint64 r2 = addReport(QStringLiteral("Licence rules"), QStringLiteral("Licences now cover scandium shipments."));
        const qint64 bg = s.orgs.idFor(OrgMention{QStringLiteral("auto:testgroup"), QStringLiteral("Testgroup"), 0, 0, true});
        const auto addEvent = [&](qint64 report, Category c, QDate day, const QString& title) {
            ExtractedEvent e;
            e.category = c;
            e.title = title;
            e.summary = title;
            e.date = DateSpan::day(day, QStringLiteral("test"));
            e.organisations << EventOrgRole{QStringLiteral("auto:testgroup"), QStringLiteral("actor")};
            e.evidence = Evidence{0, title, 0, int(title.size())};
            return s.events.store(report, e, {{QStringLiteral("auto:testgroup"), bg}}).eventId;
        };
        addEvent(r1, Category::InvestmentProject, QDate(2024, 5, 2), QStringLiteral("Magnet plant opening"));
        addEvent(r2, Category::ExportControl, QDate(2024, 7, 9), QStringLiteral("Scandium licence rule"));
        Verification v;
        v.status = VerificationStatus::Verified;
        v.at = QDateTime::currentDateTimeUtc();
        s.verifications.set(r2, v, QStringLiteral("set"));

        ChartData d = ChartSource::load(s, EventFilter{});
        QCOMPARE(d.eventCount, quint64(2));
        QCOMPARE(d.topOrgs.size(), size_t(1));
        QCOMPARE(d.topOrgs[0].events, 2u);
        QCOMPARE(d.topOrgs[0].name.isEmpty() && d.topOrgs[0].nameZh.isEmpty(), false);
        QCOMPARE(d.sourceReports, qint64(2));
        QCOMPARE(d.sourceVerified, qint64(1));
        QCOMPARE(d.reportStatus[size_t(VerificationStatus::Verified)], quint64(1));
        QCOMPARE(d.reportStatus[size_t(VerificationStatus::Unverified)], quint64(1));
        QCOMPARE(d.eventStatus[size_t(VerificationStatus::Verified)], quint64(1));

        EventFilter f;
        f.search = QStringLiteral("scandium");
        d = ChartSource::load(s, f);
        QCOMPARE(d.eventCount, quint64(1));
        QCOMPARE(d.byCategory[size_t(Category::ExportControl)], 1u);
        QCOMPARE(d.sourceReports, qint64(1));

        EventFilter unknown;
        unknown.orgNames = {QStringLiteral("No Such Organisation")};
        QCOMPARE(ChartSource::load(s, unknown).eventCount, quint64(0));

        EventFilter named;
        named.orgNames = {QStringLiteral("Testgroup")};
        d = ChartSource::load(s, named);
        QCOMPARE(d.eventCount, quint64(2));
        QCOMPARE(d.filterOrgs.size(), size_t(1));

        const BriefingSource b = ChartSource::loadBriefing(s, EventFilter{});
        QCOMPARE(b.events.size(), 2);
        QCOMPARE(b.reports.size(), 2);
        QVERIFY(!b.eventsTruncated);
        QCOMPARE(ChartSource::loadBriefing(s, EventFilter{}, 1).eventsTruncated, true);
    }
};

QTEST_GUILESS_MAIN(TestChartAggregator)
#include "tst_chartaggregator.moc"
