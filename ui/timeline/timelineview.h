#pragma once
// The timeline: a custom-painted widget showing events of a TimelineIndex in lanes, with zoom, pan,
// range selection, hover tooltips, selection and an overview strip. GUI thread; the index is built
// elsewhere (pool thread) and handed over with setIndex().
#include "query/timelinefiltermask.h"
#include "query/timelineframe.h"
#include "query/timelineindex.h"
#include "timelinelayout.h"
#include "timelinepainter.h"

#include <QDate>
#include <QWidget>
#include <functional>
#include <memory>

namespace lodestone {

class TimelineOverview;

class TimelineView final : public QWidget {
    Q_OBJECT
public:
    using LaneMode = TimelineIndex::LaneMode;
    static constexpr double kMinDaysPerPixel = 1.0 / 240.0; // one day = 240 px
    static constexpr double kMaxVisibleDays = 36525.0 * 1.2; // a bit over a century in view

    explicit TimelineView(QWidget* parent = nullptr);
    ~TimelineView() override;

    void setIndex(std::shared_ptr<const TimelineIndex> index); // keeps the view unless it was empty
    std::shared_ptr<const TimelineIndex> index() const { return m_index; }

    void setFilterMask(const TimelineFilterMask& mask);
    const TimelineFilterMask& filterMask() const { return m_mask; }

    // Lane mode; Category and Single rebuild lanes of the current index at once (O(events)).
    void setLaneMode(LaneMode mode);
    LaneMode laneMode() const { return m_laneMode; }
    // Organisation lanes (parents before children) with their labels, used in Organisation mode.
    void setOrganisationLanes(std::vector<TimelineIndex::LaneSpec> lanes, QStringList labels);
    // Labels per lane of the current mode; empty = translated category names / "All events".
    void setLaneLabels(QStringList labels);
    QStringList laneLabels() const;
    void setLaneFolded(int lane, bool folded);

    void setTooltipProvider(std::function<QString(qint64)> provider) { m_tooltipProvider = std::move(provider); }
    // Event titles for the labels beside markers (empty = not known yet: no label); unset = no labels.
    void setTitleProvider(std::function<QString(qint64)> provider);
    void setLabelsShown(bool shown);
    bool labelsShown() const { return m_labelsShown; }
    // Events labelled in the last paint, in drawing order (tests).
    QList<qint64> lastLabelledEvents() const { return m_last.labelled; }
    // The last paint's labels (rects, texts), axis labels and legend categories (tests).
    const TimelinePaintResult& lastPaint() const { return m_last; }
    void setSelectedEvent(qint64 eventId); // 0 = none; its lane is scrolled into view on the next paint
    // Pans (keeping the zoom) to the days day0..day1 when none of them is in view; for an event selected
    // elsewhere (the tables), so its marker and label can be seen.
    void revealDays(double day0, double day1);
    qint64 selectedEvent() const { return m_selected; }

    // View state (persist these in QSettings).
    double visibleStartDay() const { return m_startDay; }
    void setVisibleStartDay(double day);
    double daysPerPixel() const { return m_dpp; }
    void setDaysPerPixel(double dpp);
    double visibleEndDay() const;
    void showRange(double day0, double day1); // inclusive days, with a small margin
    void fitAll();
    void zoomAround(double factor, double widgetX); // factor > 1 zooms in

    // Geometry helpers (widget coordinates) and the last frame, for hit tests and tests.
    double dayAt(double widgetX) const;
    double xForDay(double day) const;
    QRectF plotRect() const;
    TimelineHit hitAt(QPointF pos);
    qint64 eventAt(QPointF pos); // 0 = no single event there
    QRectF eventRect(qint64 eventId);  // where the event is drawn as a marker (empty if not)
    const TimelineFrame& currentFrame();
    QList<QRectF> lastBadgeRects() const { return m_badges; }
    TimelineOverview* overview() const { return m_overview; }

    QSize sizeHint() const override { return {1200, 640}; }
    QSize minimumSizeHint() const override { return {420, 260}; }

signals:
    void eventClicked(qint64 eventId);
    void eventActivated(qint64 eventId);
    void rangeSelected(QDate from, QDate to);
    void viewChanged(); // start day or scale changed
    void laneModeChanged(lodestone::TimelineIndex::LaneMode mode);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    void placeRange(double day0, double day1); // showRange without ending "fit all"
    enum class Drag { None, Pan, Select };
    TimelineLayout layout() const;
    int legendHeight() const;
    void clampView();
    void invalidate();
    void ensureFrame();
    void updateOverview();
    QString binTooltip(const TimelineBin& bin) const;

    std::shared_ptr<const TimelineIndex> m_index;
    TimelineFilterMask m_mask;
    LaneMode m_laneMode = LaneMode::Category;
    std::vector<TimelineIndex::LaneSpec> m_orgLanes;
    QStringList m_orgLabels;
    QStringList m_laneLabels;
    std::function<QString(qint64)> m_tooltipProvider;
    std::function<QString(qint64)> m_titleProvider;
    bool m_labelsShown = true;
    TimelinePaintResult m_last;
    TimelineOverview* m_overview = nullptr;

    double m_startDay = 0;
    double m_dpp = 1.0;
    double m_laneScroll = 0;
    qint64 m_selected = 0;
    qint64 m_hovered = 0;
    bool m_fitted = false; // the view was placed on data at least once
    // "Fit all" holds until the analyst pans or zooms: a resize or a grown index (events still arriving) fits again.
    bool m_followExtent = false;

    TimelineFrame m_frame;
    bool m_revealSelected = false; // scroll the selected event's lane into view at the next paint
    bool m_frameValid = false;
    double m_fracPx = 0;
    QList<QRectF> m_badges;

    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    double m_pressStartDay = 0;
    double m_pressScroll = 0;
    bool m_moved = false;
    double m_bandX0 = 0;
    double m_bandX1 = 0;
};

} // namespace lodestone
