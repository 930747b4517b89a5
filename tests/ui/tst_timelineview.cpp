// TimelineView rendered offscreen: colours, hollow/solid markers, clusters, hit testing, zoom, keys, range
// selection. With LODESTONE_SHOT_DIR set, the rendered images are saved there as PNG for a human look.
#include "common/categorypalette.h"
#include "query/timelinesynthetic.h"
#include "timeline/timelineoverview.h"
#include "timeline/timelineview.h"

#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace lodestone;

namespace {

qint32 jd(int y, int m, int d)
{
    return static_cast<qint32>(QDate(y, m, d).toJulianDay());
}

int colourDistance(QColor a, QColor b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

void saveShot(const QImage& img, const QString& name)
{
    const QString dir = qEnvironmentVariable("LODESTONE_SHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(img.save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

std::shared_ptr<const TimelineIndex> syntheticIndex(size_t n)
{
    auto data = makeSyntheticTimeline(n);
    return std::make_shared<const TimelineIndex>(std::move(data.entries), std::move(data.links));
}

// A few hand-placed events: 1..3 verified in categories 0..2, 4 unverified (category 1), 5 a verified quarter.
std::shared_ptr<const TimelineIndex> smallIndex()
{
    std::vector<TimelineEntry> e;
    e.push_back({1, jd(2020, 2, 1), jd(2020, 2, 1), 0, 0, TimelineEntry::Verified});
    e.push_back({2, jd(2020, 5, 1), jd(2020, 5, 1), 1, 0, TimelineEntry::Verified});
    e.push_back({3, jd(2020, 8, 1), jd(2020, 8, 1), 2, 0, TimelineEntry::Verified});
    e.push_back({4, jd(2020, 11, 1), jd(2020, 11, 1), 1, 0, 0});
    e.push_back({5, jd(2020, 4, 1), jd(2020, 6, 30), 6, 2, TimelineEntry::Verified});
    e.push_back({6, jd(2020, 9, 15), jd(2020, 9, 15), 3, 0, TimelineEntry::Disputed});
    return std::make_shared<const TimelineIndex>(std::move(e));
}

class Fixture {
public:
    explicit Fixture(std::shared_ptr<const TimelineIndex> index, QSize size = {1400, 800})
    {
        view.resize(size);
        view.show();
        view.setIndex(std::move(index));
        view.fitAll();
    }
    QImage image() { return view.grab().toImage().convertToFormat(QImage::Format_RGB32); }
    TimelineView view;
};

} // namespace

class TstTimelineView final : public QObject {
    Q_OBJECT
private slots:
    void markersShowLaneColours();
    void hollowAndSolidMarkersDiffer();
    void clusterBadgeAt100k();
    void hitTestingAndClicks();
    void wheelZoomKeepsDayUnderCursor();
    void homeFitsAll();
    void fitAllHoldsUntilTheAnalystMoves();
    void shiftDragEmitsRangeSelected();
    void dragPans();
    void filterMaskHidesCategory();
    void clickOnClusterZoomsIn();
    void viewStateRoundTrip();
    void screenshots();
};

void TstTimelineView::markersShowLaneColours()
{
    Fixture f(smallIndex());
    const QImage img = f.image();
    for (qint64 id : {1, 2, 3}) {
        const QRectF r = f.view.eventRect(id);
        QVERIFY2(!r.isEmpty(), "event drawn as a marker");
        const QColor expected = CategoryPalette::color(static_cast<int>(id - 1));
        const QColor got = img.pixelColor(r.center().toPoint());
        QVERIFY2(colourDistance(got, expected) < 40,
                 qPrintable(QStringLiteral("event %1: %2 vs %3").arg(id).arg(got.name(), expected.name())));
    }
    // The quarter-long event is a bar clearly wider than a point marker.
    const QRectF span = f.view.eventRect(5);
    QVERIFY(span.width() > 3 * f.view.eventRect(2).width());
    QVERIFY(colourDistance(img.pixelColor(span.center().toPoint()), CategoryPalette::color(6)) < 40);
    saveShot(img, QStringLiteral("timeline-small"));
}

void TstTimelineView::hollowAndSolidMarkersDiffer()
{
    Fixture f(smallIndex());
    const QImage img = f.image();
    const QRectF solid = f.view.eventRect(2);
    const QRectF hollow = f.view.eventRect(4);
    const QColor colour = CategoryPalette::color(1);
    QVERIFY(colourDistance(img.pixelColor(solid.center().toPoint()), colour) < 40);
    QVERIFY2(colourDistance(img.pixelColor(hollow.center().toPoint()), QColor(Qt::white)) < 40, "hollow centre");
    // Its outline carries the lane colour.
    bool ring = false;
    for (int dx = -6; dx <= 6 && !ring; ++dx)
        ring = colourDistance(img.pixelColor(hollow.center().toPoint() + QPoint(dx, 0)), colour) < 60;
    QVERIFY(ring);
}

void TstTimelineView::clusterBadgeAt100k()
{
    Fixture f(syntheticIndex(100000), {1600, 900});
    const QImage img = f.image();
    const QList<QRectF> badges = f.view.lastBadgeRects();
    QVERIFY2(!badges.isEmpty(), "fit-all over 100k events shows cluster badges");
    int withText = 0;
    for (const QRectF& b : badges) {
        const QRect r = b.toAlignedRect().intersected(img.rect());
        bool light = false, dark = false;
        for (int y = r.top(); y <= r.bottom(); ++y)
            for (int x = r.left(); x <= r.right(); ++x) {
                const QColor c = img.pixelColor(x, y);
                light = light || c.lightness() > 230;
                dark = dark || c.lightness() < 90;
            }
        withText += light && dark;
    }
    QVERIFY(withText > badges.size() / 2);
    quint64 shown = 0; // events an analyst rejected are hidden by default
    for (const TimelineEntry& e : makeSyntheticTimeline(100000).entries)
        shown += !(e.flags & TimelineEntry::RejectedEvent);
    QCOMPARE(f.view.currentFrame().visibleCount, shown);
    saveShot(img, QStringLiteral("timeline-100k-fit"));
}

void TstTimelineView::hitTestingAndClicks()
{
    Fixture f(smallIndex());
    QSignalSpy clicked(&f.view, &TimelineView::eventClicked);
    QSignalSpy activated(&f.view, &TimelineView::eventActivated);
    for (qint64 id : {1, 3, 4, 5, 6}) {
        const QPointF c = f.view.eventRect(id).center();
        QCOMPARE(f.view.eventAt(c), id);
    }
    QCOMPARE(f.view.eventAt(QPointF(f.view.plotRect().left() + 3, f.view.plotRect().bottom() - 3)), qint64(0));
    const QPoint c3 = f.view.eventRect(3).center().toPoint();
    QTest::mouseClick(&f.view, Qt::LeftButton, {}, c3);
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.at(0).at(0).toLongLong(), qint64(3));
    QCOMPARE(f.view.selectedEvent(), qint64(3));
    QTest::mouseDClick(&f.view, Qt::LeftButton, {}, c3);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toLongLong(), qint64(3));
    // The selection is drawn: the halo changes pixels around the marker.
    f.view.setSelectedEvent(0);
    const QImage before = f.image();
    f.view.setSelectedEvent(3);
    const QImage after = f.image();
    QVERIFY(before.pixel(c3 + QPoint(8, 0)) != after.pixel(c3 + QPoint(8, 0)));
}

void TstTimelineView::wheelZoomKeepsDayUnderCursor()
{
    Fixture f(syntheticIndex(20000));
    const QPointF pos(f.view.plotRect().left() + 437, f.view.plotRect().center().y());
    const double dayBefore = f.view.dayAt(pos.x());
    const double dppBefore = f.view.daysPerPixel();
    for (int i = 0; i < 3; ++i) {
        QWheelEvent wheel(pos, f.view.mapToGlobal(pos), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(&f.view, &wheel);
    }
    QVERIFY(f.view.daysPerPixel() < dppBefore / 1.9);
    QVERIFY(std::abs(f.view.dayAt(pos.x()) - dayBefore) < 1e-6);
    QWheelEvent out(pos, f.view.mapToGlobal(pos), QPoint(), QPoint(0, -240), Qt::NoButton, Qt::NoModifier,
                    Qt::NoScrollPhase, false);
    QApplication::sendEvent(&f.view, &out);
    QVERIFY(std::abs(f.view.dayAt(pos.x()) - dayBefore) < 1e-6);
    // Clamped: zooming in forever stops at the day scale.
    for (int i = 0; i < 80; ++i)
        f.view.zoomAround(2.0, pos.x());
    QCOMPARE(f.view.daysPerPixel(), TimelineView::kMinDaysPerPixel);
}

void TstTimelineView::homeFitsAll()
{
    const auto index = syntheticIndex(5000);
    Fixture f(index);
    f.view.zoomAround(40, 300);
    f.view.setVisibleStartDay(f.view.visibleStartDay() + 200);
    QVERIFY(f.view.visibleStartDay() > index->extent().first);
    QTest::keyClick(&f.view, Qt::Key_Home);
    QVERIFY(f.view.visibleStartDay() <= index->extent().first);
    QVERIFY(f.view.visibleEndDay() >= index->extent().last + 1);
    QVERIFY((f.view.visibleEndDay() - f.view.visibleStartDay()) < 1.1 * (index->extent().last - index->extent().first + 1));
    const double dpp = f.view.daysPerPixel();
    QTest::keyClick(&f.view, Qt::Key_Plus);
    QVERIFY(f.view.daysPerPixel() < dpp);
    QTest::keyClick(&f.view, Qt::Key_Minus);
    QVERIFY(std::abs(f.view.daysPerPixel() - dpp) < 1e-9);
    const double start = f.view.visibleStartDay();
    QTest::keyClick(&f.view, Qt::Key_Left);
    QVERIFY(f.view.visibleStartDay() < start);
}

void TstTimelineView::fitAllHoldsUntilTheAnalystMoves()
{
    const auto covers = [](const TimelineView& v, const TimelineIndex& idx) {
        return v.visibleStartDay() <= idx.extent().first && v.visibleEndDay() >= idx.extent().last + 1;
    };
    Fixture f(smallIndex());
    QVERIFY(covers(f.view, *smallIndex()));
    // A narrower window after "Fit all" (the layout settling, the analyst resizing): still everything in view.
    f.view.resize(700, 800);
    QVERIFY(covers(f.view, *smallIndex()));
    // Events still arriving (a grown index) are fitted too while nobody has moved the view.
    const auto bigger = syntheticIndex(300);
    f.view.setIndex(bigger);
    QVERIFY(covers(f.view, *bigger));
    // Once the analyst zooms, the view stays where they put it.
    f.view.zoomAround(4, 350);
    const double start = f.view.visibleStartDay();
    const double dpp = f.view.daysPerPixel();
    f.view.resize(1200, 800);
    f.view.setIndex(smallIndex());
    QCOMPARE(f.view.daysPerPixel(), dpp);
    QVERIFY(std::abs(f.view.visibleStartDay() - start) < 1e-6 || !covers(f.view, *smallIndex()));
}

void TstTimelineView::shiftDragEmitsRangeSelected()
{
    Fixture f(smallIndex());
    QSignalSpy spy(&f.view, &TimelineView::rangeSelected);
    const int y = static_cast<int>(f.view.plotRect().center().y());
    const QPoint a(static_cast<int>(f.view.plotRect().left()) + 200, y);
    const QPoint b = a + QPoint(300, 0);
    const double startBefore = f.view.visibleStartDay();
    QTest::mousePress(&f.view, Qt::LeftButton, Qt::ShiftModifier, a);
    QTest::mouseMove(&f.view, a + QPoint(150, 0));
    QTest::mouseMove(&f.view, b);
    QTest::mouseRelease(&f.view, Qt::LeftButton, Qt::ShiftModifier, b);
    QCOMPARE(spy.count(), 1);
    const QDate from = spy.at(0).at(0).toDate();
    const QDate to = spy.at(0).at(1).toDate();
    QCOMPARE(from.toJulianDay(), static_cast<qint64>(std::floor(f.view.dayAt(a.x()))));
    QCOMPARE(to.toJulianDay(), static_cast<qint64>(std::floor(f.view.dayAt(b.x()))));
    QCOMPARE(f.view.visibleStartDay(), startBefore); // selecting does not pan
}

void TstTimelineView::dragPans()
{
    Fixture f(syntheticIndex(2000));
    f.view.zoomAround(4, 500);
    const double start = f.view.visibleStartDay();
    const QPoint a = f.view.plotRect().center().toPoint();
    QTest::mousePress(&f.view, Qt::LeftButton, {}, a);
    QTest::mouseMove(&f.view, a + QPoint(-60, 0));
    QTest::mouseMove(&f.view, a + QPoint(-120, 0));
    QTest::mouseRelease(&f.view, Qt::LeftButton, {}, a + QPoint(-120, 0));
    QVERIFY(std::abs(f.view.visibleStartDay() - (start + 120 * f.view.daysPerPixel())) < 1e-6);
}

void TstTimelineView::filterMaskHidesCategory()
{
    Fixture f(smallIndex());
    QCOMPARE(f.view.currentFrame().lanes[0].visibleCount, 1u);
    TimelineFilterMask mask;
    mask.setCategory(Category::PartyDirective, false);
    f.view.setFilterMask(mask);
    QCOMPARE(f.view.currentFrame().lanes[0].visibleCount, 0u);
    QVERIFY(f.view.eventRect(1).isEmpty());
    QVERIFY(!f.view.eventRect(2).isEmpty());
}

void TstTimelineView::clickOnClusterZoomsIn()
{
    Fixture f(syntheticIndex(100000));
    const TimelineFrame& frame = f.view.currentFrame();
    QVERIFY(!frame.lanes[7].bins.empty());
    const TimelineBin bin = frame.lanes[7].bins[frame.lanes[7].bins.size() / 2];
    const double dpp = f.view.daysPerPixel();
    TimelineLayout L = TimelineLayout::compute(f.view.width(), f.view.height(), int(frame.lanes.size()), 0);
    const QPoint at(static_cast<int>(f.view.xForDay((bin.day0 + bin.day1 + 1) / 2.0)), static_cast<int>(L.pointCentre(7)));
    QTest::mouseClick(&f.view, Qt::LeftButton, {}, at);
    QVERIFY(f.view.daysPerPixel() < dpp / 4);
    QVERIFY(f.view.visibleStartDay() <= bin.day0 + 1 && f.view.visibleEndDay() >= bin.day1);
}

void TstTimelineView::viewStateRoundTrip()
{
    Fixture f(smallIndex());
    f.view.setDaysPerPixel(0.5);
    f.view.setVisibleStartDay(jd(2020, 3, 1));
    f.view.setLaneMode(TimelineView::LaneMode::Single);
    QCOMPARE(f.view.daysPerPixel(), 0.5);
    QCOMPARE(f.view.visibleStartDay(), double(jd(2020, 3, 1)));
    QCOMPARE(f.view.currentFrame().lanes.size(), size_t(1));
    QCOMPARE(f.view.index()->laneMode(), TimelineView::LaneMode::Single);
    f.view.setLaneMode(TimelineView::LaneMode::Category);
    QCOMPARE(f.view.currentFrame().lanes.size(), size_t(kCategoryCount));
}

void TstTimelineView::screenshots()
{
    if (qEnvironmentVariableIsEmpty("LODESTONE_SHOT_DIR"))
        QSKIP("set LODESTONE_SHOT_DIR to save screenshots");
    {
        Fixture f(syntheticIndex(1000), {1600, 900});
        saveShot(f.image(), QStringLiteral("timeline-1k-fit"));
        f.view.showRange(jd(2021, 1, 1), jd(2022, 6, 30));
        saveShot(f.image(), QStringLiteral("timeline-1k-18months"));
    }
    Fixture f(syntheticIndex(1000000), {1600, 900});
    saveShot(f.image(), QStringLiteral("timeline-1m-fit"));
    f.view.showRange(jd(2023, 5, 1), jd(2023, 7, 31));
    saveShot(f.image(), QStringLiteral("timeline-1m-3months"));
    f.view.showRange(jd(2023, 6, 10), jd(2023, 6, 13));
    saveShot(f.image(), QStringLiteral("timeline-1m-4days"));
    f.view.setLaneMode(TimelineView::LaneMode::Single);
    f.view.showRange(jd(2019, 1, 1), jd(2019, 12, 31));
    saveShot(f.image(), QStringLiteral("timeline-1m-single-year"));
}

QTEST_MAIN(TstTimelineView)
#include "tst_timelineview.moc"
