// Event labels on the timeline: titles beside markers wherever they fit, elided with "…" when cut, never on
// top of one another, a marker, a bin or a cluster badge; the selected and hovered events always labelled;
// Chinese titles; organisation lanes (every name mode) with a legend that lists every category drawn; none
// without a title provider or with labels switched off. With LODESTONE_SHOT_DIR set the images are kept.
#include "common/categorylabels.h"
#include "common/orgnames.h"
#include "query/timelinesynthetic.h"
#include "timeline/timelineview.h"

#include <QMouseEvent>
#include <QTest>

using namespace lodestone;

namespace {

qint32 jd(int y, int m, int d)
{
    return static_cast<qint32>(QDate(y, m, d).toJulianDay());
}

void saveShot(TimelineView& view, const QString& name)
{
    const QString dir = qEnvironmentVariable("LODESTONE_SHOT_DIR");
    if (!dir.isEmpty())
        view.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

// Titles of the hand-made events: English, long, Chinese.
QString titleOf(qint64 id)
{
    switch (id % 4) {
    case 0: return QStringLiteral("Ministry adjusts the export licence list for gallium %1").arg(id);
    case 1: return QStringLiteral("稀土集团发布第%1号公告").arg(id);
    case 2: return QStringLiteral("Separation plant %1 opens").arg(id);
    default: return QStringLiteral("A state miner signs a long supply agreement with a magnet maker in the north, event %1").arg(id);
    }
}

// Events every 9 days in three categories during 2021, a quarter and a year span, and a crowded week in March.
std::vector<TimelineEntry> entries()
{
    std::vector<TimelineEntry> e;
    qint64 id = 1;
    for (int i = 0; i < 40; ++i)
        e.push_back({id++, jd(2021, 1, 5) + i * 9, jd(2021, 1, 5) + i * 9, quint8(i % 3), 0, quint8(i % 2 ? TimelineEntry::Verified : 0)});
    e.push_back({id++, jd(2021, 4, 1), jd(2021, 6, 30), 1, 2, TimelineEntry::Verified});
    e.push_back({id++, jd(2021, 1, 1), jd(2021, 12, 31), 2, 3, 0});
    for (int i = 0; i < 60; ++i) // crowded: twelve a day for five days
        e.push_back({id++, jd(2021, 3, 15) + i / 12, jd(2021, 3, 15) + i / 12, 0, 0, 0});
    return e;
}

std::shared_ptr<const TimelineIndex> makeIndex()
{
    return std::make_shared<const TimelineIndex>(entries());
}

struct Fixture {
    explicit Fixture(QSize size = {1400, 800})
    {
        view.resize(size);
        view.show();
        view.setIndex(makeIndex());
        view.setTitleProvider([](qint64 id) { return titleOf(id); });
    }
    const TimelinePaintResult& paint()
    {
        view.grab(); // paints offscreen
        return view.lastPaint();
    }
    TimelineView view;
};

// Marker boxes of the last frame (widget coordinates).
QList<std::pair<qint64, QRectF>> markerRects(TimelineView& view)
{
    QList<std::pair<qint64, QRectF>> out;
    for (const TimelineLaneFrame& lf : view.currentFrame().lanes)
        for (const TimelineMarker& m : lf.markers)
            out << std::pair{m.eventId, view.eventRect(m.eventId)};
    return out;
}

} // namespace

class TstTimelineLabels final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void labelsAppearWhereTheyFit()
    {
        Fixture f;
        f.view.showRange(jd(2021, 1, 1), jd(2021, 12, 31));
        const TimelinePaintResult& r = f.paint();
        saveShot(f.view, QStringLiteral("labels-year"));
        QVERIFY2(r.labels >= 15, qPrintable(QString::number(r.labels)));
        const QRectF plot = f.view.plotRect();
        for (int i = 0; i < r.labelRects.size(); ++i) {
            const QRectF a = r.labelRects[i];
            QVERIFY2(plot.adjusted(-1, -1, 1, 1).contains(a), qPrintable(r.labelTexts[i]));
            for (int j = i + 1; j < r.labelRects.size(); ++j)
                QVERIFY2(!a.intersects(r.labelRects[j]), qPrintable(r.labelTexts[i] + QLatin1String(" / ") + r.labelTexts[j]));
            // Not over another marker (its own may touch: a label starts right next to it).
            for (const auto& [id, rect] : markerRects(f.view))
                if (id != r.labelled[i] && !rect.isEmpty())
                    QVERIFY2(!a.intersects(rect.adjusted(1, 1, -1, -1)), qPrintable(r.labelTexts[i]));
            for (const QRectF& badge : f.view.lastBadgeRects())
                QVERIFY2(!a.intersects(badge), qPrintable(r.labelTexts[i]));
            // A label is the title, or its beginning followed by an ellipsis.
            const QString full = titleOf(r.labelled[i]);
            const QString shown = r.labelTexts[i];
            QVERIFY2(shown == full || (shown.endsWith(QChar(0x2026)) && full.startsWith(shown.chopped(1))),
                     qPrintable(shown + QLatin1String(" vs ") + full));
            // The text fits its rectangle.
            QVERIFY(QFontMetricsF(f.view.font()).horizontalAdvance(shown) <= a.width() + 24);
        }
        bool chinese = false;
        bool elided = false;
        for (const QString& t : r.labelTexts) {
            chinese |= t.contains(QStringLiteral("稀土"));
            elided |= t.endsWith(QChar(0x2026));
        }
        QVERIFY(chinese);
        QVERIFY(elided);
    }

    void zoomedOutLabelsOnlyWhatFits()
    {
        Fixture f;
        f.view.showRange(jd(1990, 1, 1), jd(2030, 1, 1));
        const TimelinePaintResult& r = f.paint();
        // Forty years in 1,200 px: the 2021 events are one cluster per lane; labels only where room is left.
        QVERIFY(r.labels < 8);
        QVERIFY(!f.view.lastBadgeRects().isEmpty());
    }

    void selectedEventIsAlwaysLabelled()
    {
        Fixture f;
        f.view.showRange(jd(2021, 3, 1), jd(2021, 3, 31)); // the crowded week: markers in a row
        f.paint();
        // Pick a marker of the crowded week that got no label of its own.
        qint64 unlabelled = 0;
        for (const TimelineLaneFrame& lf : f.view.currentFrame().lanes)
            for (const TimelineMarker& m : lf.markers)
                if (m.eventId > 42 && !f.view.lastLabelledEvents().contains(m.eventId))
                    unlabelled = m.eventId;
        if (unlabelled == 0) { // every marker labelled: zoom out until one is not
            f.view.showRange(jd(2021, 1, 1), jd(2021, 12, 31));
            f.paint();
            for (const TimelineLaneFrame& lf : f.view.currentFrame().lanes)
                for (const TimelineMarker& m : lf.markers)
                    if (!f.view.lastLabelledEvents().contains(m.eventId))
                        unlabelled = m.eventId;
        }
        QVERIFY(unlabelled != 0);
        f.view.setSelectedEvent(unlabelled);
        const TimelinePaintResult& r = f.paint();
        saveShot(f.view, QStringLiteral("labels-selected"));
        QVERIFY(r.labelled.contains(unlabelled));
        QVERIFY(!r.labelTexts.value(r.labelled.indexOf(unlabelled)).isEmpty());
    }

    // An event selected elsewhere (the table) whose lane is below the lanes shown, or whose dates are out of
    // view, is brought into view once: its lane scrolled to, the view panned at the same zoom; then labelled.
    void selectedEventIsBroughtIntoView()
    {
        Fixture f(QSize(1400, 190)); // room for about two lanes
        f.view.showRange(jd(2021, 1, 1), jd(2021, 12, 31));
        f.paint();
        const qint64 id = 3; // category 2: the third lane, below the two shown
        const QRectF plot = f.view.plotRect();
        QVERIFY2(!plot.contains(f.view.eventRect(id).center()), "the test needs the event out of view first");
        f.view.setSelectedEvent(id);
        f.paint();
        QVERIFY2(plot.contains(f.view.eventRect(id).center()), "the selected event's lane was not scrolled into view");
        QVERIFY(f.view.lastLabelledEvents().contains(id));
        // Out of view in time: pan to it, keeping the zoom; a day already in view does not move the view.
        f.view.showRange(jd(2023, 1, 1), jd(2023, 3, 31));
        const double dpp = f.view.daysPerPixel();
        const double day = jd(2021, 1, 5) + 18;
        f.view.revealDays(day, day);
        QCOMPARE(f.view.daysPerPixel(), dpp);
        QVERIFY(f.view.visibleStartDay() < day && day < f.view.visibleEndDay());
        const double start = f.view.visibleStartDay();
        f.view.revealDays(day + 3, day + 3);
        QCOMPARE(f.view.visibleStartDay(), start);
    }

    void hoveredEventIsAlwaysLabelled()
    {
        Fixture f;
        f.view.showRange(jd(2021, 1, 1), jd(2021, 12, 31));
        f.paint();
        qint64 target = 0;
        QRectF where;
        for (const auto& [id, rect] : markerRects(f.view))
            if (!f.view.lastLabelledEvents().contains(id) && !rect.isEmpty() && rect.width() < 20) {
                target = id;
                where = rect;
            }
        if (target == 0)
            QSKIP("every point marker already carries its label at this width");
        QMouseEvent move(QEvent::MouseMove, where.center(), f.view.mapToGlobal(where.center()), Qt::NoButton, Qt::NoButton,
                         Qt::NoModifier);
        QCoreApplication::sendEvent(&f.view, &move);
        const TimelinePaintResult& r = f.paint();
        QVERIFY(r.labelled.contains(target));
    }

    void noLabelsWithoutTitlesOrWhenOff()
    {
        Fixture f;
        f.view.showRange(jd(2021, 1, 1), jd(2021, 12, 31));
        f.view.setLabelsShown(false);
        QCOMPARE(f.paint().labels, 0);
        f.view.setLabelsShown(true);
        QVERIFY(f.paint().labels > 0);
        f.view.setTitleProvider({});
        QCOMPARE(f.paint().labels, 0);
        f.view.setTitleProvider([](qint64) { return QString(); }); // titles not read yet
        QCOMPARE(f.paint().labels, 0);
    }

    void organisationLanesInEveryNameMode()
    {
        // Two organisations: events 1..40 link organisation 7, the rest organisation 8.
        std::vector<TimelineEntry> e = entries();
        TimelineOrgLinks links;
        links.offsets.push_back(0);
        for (const TimelineEntry& entry : e) {
            links.orgIds.push_back(entry.eventId <= 40 ? 7 : 8);
            links.offsets.push_back(static_cast<quint32>(links.orgIds.size()));
        }
        for (OrgNameMode mode : {OrgNameMode::English, OrgNameMode::Chinese, OrgNameMode::Both}) {
            TimelineView view;
            view.resize(1400, 700);
            view.show();
            view.setIndex(std::make_shared<const TimelineIndex>(e, links));
            view.setTitleProvider([](qint64 id) { return titleOf(id); });
            view.setOrganisationLanes({{7, -1}, {8, -1}}, {OrgNames::display(QStringLiteral("Kestrel Metals"), QStringLiteral("红隼金属"), mode),
                                                           OrgNames::display(QStringLiteral("Orton Magnetics"), QStringLiteral("奥顿磁材"), mode)});
            view.setLaneMode(TimelineView::LaneMode::Organisation);
            view.showRange(jd(2021, 1, 1), jd(2021, 4, 30)); // four months: room beside most markers
            view.grab();
            const TimelinePaintResult& r = view.lastPaint();
            saveShot(view, QStringLiteral("labels-org-") + OrgNames::key(mode));
            QVERIFY2(r.labels >= 8, qPrintable(QStringLiteral("%1 labels, %2 lanes, %3 markers").arg(r.labels).arg(view.currentFrame().lanes.size()).arg(r.markers)));
            // The legend names every category drawn, not only the ones that fit after the styles.
            QSet<int> drawn;
            for (const TimelineLaneFrame& lf : view.currentFrame().lanes)
                for (const TimelineMarker& m : lf.markers)
                    drawn.insert(m.category);
            QCOMPARE(QSet<int>(r.legendCategories.cbegin(), r.legendCategories.cend()), drawn);
        }
    }

    void legendListsManyCategoriesInOrganisationLanes()
    {
        // Markers in every category, one organisation lane, a narrow view: the legend still names all.
        std::vector<TimelineEntry> e;
        TimelineOrgLinks links;
        links.offsets.push_back(0);
        for (int c = 0; c < kCategoryCount; ++c) {
            e.push_back({c + 1, jd(2022, 1, 10) + c * 20, jd(2022, 1, 10) + c * 20, quint8(c), 0, 0});
            links.orgIds.push_back(3);
            links.offsets.push_back(static_cast<quint32>(links.orgIds.size()));
        }
        TimelineView view;
        view.resize(900, 400);
        view.show();
        view.setIndex(std::make_shared<const TimelineIndex>(e, links));
        view.setOrganisationLanes({{3, -1}}, {QStringLiteral("Kestrel Metals")});
        view.setLaneMode(TimelineView::LaneMode::Organisation);
        view.fitAll();
        view.grab();
        saveShot(view, QStringLiteral("labels-legend-categories"));
        QCOMPARE(view.lastPaint().legendCategories.size(), kCategoryCount);
    }
};

QTEST_MAIN(TstTimelineLabels)
#include "tst_timelinelabels.moc"
