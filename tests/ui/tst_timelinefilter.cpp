// The shared filter reaches the timeline completely: typing search text in the filter bar narrows the
// timeline frame to the events the event table lists, switching every category off empties it, and a
// status filter matches the table. Demo corpus imported into a temporary database, offscreen.
#include "common/datahub.h"
#include "extract/gazetteer.h"
#include "filters/filterbar.h"
#include "ingest/democorpus.h"
#include "query/timelineindex.h"
#include "service/importer.h"
#include "service/queryservice.h"
#include "service/writer.h"
#include "timeline/timelinepanel.h"
#include "timeline/timelineview.h"

#include <QLineEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace lodestone;

class TstTimelineFilter final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void searchNarrowsTimeline();
    void noCategoriesShowsNothing();
    void statusesMatchTable();

private:
    quint64 visible() { return m_panel->view()->currentFrame().visibleCount; }
    // Sets the filter on the hub and waits for both the table rows and the timeline.
    qsizetype applyAndWait(const EventFilter& f);

    QTemporaryDir m_dir;
    std::unique_ptr<Writer> m_writer;
    std::unique_ptr<QueryService> m_queries;
    std::unique_ptr<DataHub> m_hub;
    std::unique_ptr<FilterBar> m_bar;
    std::unique_ptr<TimelinePanel> m_panel;
    QList<Event> m_lastEvents;
};

void TstTimelineFilter::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("LodestoneTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_timelinefilter"));
    QSettings().clear();
    const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    auto gazetteer = Gazetteer::bundled();
    m_writer = std::make_unique<Writer>(path, gazetteer);
    QVERIFY(!m_writer->start());
    const ImportSummary summary = Importer(*m_writer, gazetteer).run(demoCorpusFiles());
    QVERIFY(summary.imported >= 15);
    m_queries = std::make_unique<QueryService>(path);
    m_hub = std::make_unique<DataHub>(*m_queries, m_writer.get());
    m_bar = std::make_unique<FilterBar>();
    m_panel = std::make_unique<TimelinePanel>(*m_hub);
    connect(m_bar.get(), &FilterBar::filterEdited, m_hub.get(), &DataHub::setFilter);
    connect(m_hub.get(), &DataHub::eventsLoaded, this, [this](const QList<Event>& e) { m_lastEvents = e; });
    QSignalSpy timeline(m_hub.get(), &DataHub::timelineLoaded);
    QSignalSpy events(m_hub.get(), &DataHub::eventsLoaded);
    m_panel->resize(1400, 700);
    m_panel->show();
    m_hub->reload();
    QTRY_VERIFY_WITH_TIMEOUT(timeline.count() >= 1 && events.count() >= 1, 30000);
    QTRY_VERIFY(m_panel->view()->index() != nullptr);
    m_panel->view()->fitAll();
    QVERIFY(visible() > 10);
    // Every dated event the table lists is in the timeline (both hide analyst-rejected events); undated ones are
    // listed beside it, not drawn.
    const auto dated = std::count_if(m_lastEvents.cbegin(), m_lastEvents.cend(), [](const Event& e) { return !e.undated(); });
    QCOMPARE(visible(), quint64(dated));
}

void TstTimelineFilter::cleanupTestCase()
{
    m_panel.reset();
    m_bar.reset();
    m_hub.reset();
    m_queries.reset();
    m_writer.reset();
}

qsizetype TstTimelineFilter::applyAndWait(const EventFilter& f)
{
    QSignalSpy events(m_hub.get(), &DataHub::eventsLoaded);
    QSignalSpy applied(m_panel.get(), &TimelinePanel::filterApplied);
    m_hub->setFilter(f);
    if (!QTest::qWaitFor([&] { return events.count() >= 1 && applied.count() >= 1 && !m_panel->filterPending(); },
                         30000))
        return -1;
    // the events the timeline draws: those with a day (undated ones are listed beside it)
    return std::count_if(m_lastEvents.cbegin(), m_lastEvents.cend(), [](const Event& e) { return !e.undated(); });
}

void TstTimelineFilter::searchNarrowsTimeline()
{
    const quint64 all = visible();
    // A word from one event's title (not a hard-coded term): it matches some events, not all of them.
    QString word;
    for (const Event& e : m_lastEvents) {
        for (const QString& w : e.title.split(QRegularExpression(QStringLiteral("\\W+")), Qt::SkipEmptyParts))
            if (w.size() > word.size() && w.size() >= 6)
                word = w;
        if (!word.isEmpty())
            break;
    }
    QVERIFY2(!word.isEmpty(), "no title word to search for");

    QSignalSpy events(m_hub.get(), &DataHub::eventsLoaded);
    QSignalSpy applied(m_panel.get(), &TimelinePanel::filterApplied);
    auto* search = m_bar->findChildren<QLineEdit*>().value(0);
    QVERIFY(search);
    QTest::keyClicks(search, word); // typed into the filter bar, debounced into DataHub::setFilter
    QTRY_VERIFY_WITH_TIMEOUT(events.count() >= 1 && applied.count() >= 1 && !m_panel->filterPending(), 30000);
    QCOMPARE(m_hub->filter().search, word);
    const quint64 narrowed = visible();
    qInfo("search '%s': %llu of %llu events in the timeline", qPrintable(word), narrowed, all);
    QVERIFY(narrowed >= 1);
    QVERIFY(narrowed < all);
    QCOMPARE(narrowed, quint64(m_lastEvents.size())); // the same set as the event table
    QVERIFY(m_panel->view()->filterMask().eventIds.has_value());

    // Clearing the search restores everything, without an id restriction.
    QVERIFY(applyAndWait(EventFilter{}) >= 0);
    QCOMPARE(visible(), all);
    QVERIFY(!m_panel->view()->filterMask().eventIds.has_value());
    m_bar->setFilter(EventFilter{});
}

void TstTimelineFilter::noCategoriesShowsNothing()
{
    EventFilter f;
    f.noCategories = true;
    QCOMPARE(applyAndWait(f), qsizetype(0));
    QCOMPARE(visible(), quint64(0));
    QVERIFY(applyAndWait(EventFilter{}) > 0);
    QVERIFY(visible() > 0);
}

void TstTimelineFilter::statusesMatchTable()
{
    for (VerificationStatus s : {VerificationStatus::Unverified, VerificationStatus::Verified}) {
        EventFilter f;
        f.statuses = {s};
        const qsizetype rows = applyAndWait(f);
        QVERIFY(rows >= 0);
        QCOMPARE(visible(), quint64(rows));
    }
    QVERIFY(applyAndWait(EventFilter{}) > 0);
}

QTEST_MAIN(TstTimelineFilter)
#include "tst_timelinefilter.moc"
