#include "timelineview.h"

#include "common/dateformat.h"

#include "common/categorylabels.h"
#include "timelineoverview.h"
#include "timelinepainter.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>
#include <cmath>

namespace lodestone {

TimelineView::TimelineView(QWidget* parent) : QWidget(parent), m_overview(new TimelineOverview(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_startDay = QDate(2005, 1, 1).toJulianDay();
    m_dpp = 7300.0 / 1000.0;
    connect(m_overview, &TimelineOverview::centreRequested, this, [this](double day) {
        setVisibleStartDay(day - (visibleEndDay() - m_startDay) / 2);
    });
}

TimelineView::~TimelineView() = default;

void TimelineView::setIndex(std::shared_ptr<const TimelineIndex> index)
{
    if (index && index->laneMode() != m_laneMode)
        index = index->withLanes(m_laneMode, m_laneMode == LaneMode::Organisation ? m_orgLanes
                                                                                   : std::vector<TimelineIndex::LaneSpec>{});
    const TimelineIndex::Extent oldExtent = m_index ? m_index->extent() : TimelineIndex::Extent{};
    m_index = std::move(index);
    if (m_index && !m_index->extent().isEmpty() &&
        (!m_fitted || (m_followExtent && m_index->extent() != oldExtent))) {
        m_fitted = true;
        fitAll();
    }
    updateOverview();
    invalidate();
}

void TimelineView::setFilterMask(const TimelineFilterMask& mask)
{
    if (mask == m_mask)
        return;
    m_mask = mask;
    invalidate();
}

void TimelineView::setLaneMode(LaneMode mode)
{
    if (mode == m_laneMode)
        return;
    m_laneMode = mode;
    m_laneLabels.clear();
    m_laneScroll = 0;
    if (m_index)
        m_index = m_index->withLanes(mode, mode == LaneMode::Organisation ? m_orgLanes
                                                                           : std::vector<TimelineIndex::LaneSpec>{});
    invalidate();
    emit laneModeChanged(mode);
}

void TimelineView::setOrganisationLanes(std::vector<TimelineIndex::LaneSpec> lanes, QStringList labels)
{
    m_orgLanes = std::move(lanes);
    m_orgLabels = std::move(labels);
    if (m_index && m_laneMode == LaneMode::Organisation)
        m_index = m_index->withLanes(m_laneMode, m_orgLanes);
    invalidate();
}

void TimelineView::setLaneLabels(QStringList labels)
{
    m_laneLabels = std::move(labels);
    update();
}

QStringList TimelineView::laneLabels() const
{
    if (!m_laneLabels.isEmpty())
        return m_laneLabels;
    switch (m_laneMode) {
    case LaneMode::Category: return allCategoryLabels();
    case LaneMode::Organisation: return m_orgLabels;
    case LaneMode::Single: return {tr("All events")};
    }
    return {};
}

void TimelineView::setLaneFolded(int lane, bool folded)
{
    auto& c = m_mask.collapsedLanes;
    const auto it = std::find(c.begin(), c.end(), lane);
    if (folded && it == c.end())
        c.push_back(lane);
    else if (!folded && it != c.end())
        c.erase(it);
    else
        return;
    invalidate();
}

void TimelineView::setTitleProvider(std::function<QString(qint64)> provider)
{
    m_titleProvider = std::move(provider);
    update();
}

void TimelineView::setLabelsShown(bool shown)
{
    if (shown == m_labelsShown)
        return;
    m_labelsShown = shown;
    update();
}

void TimelineView::setSelectedEvent(qint64 eventId)
{
    if (m_selected == eventId)
        return;
    m_selected = eventId;
    m_revealSelected = eventId != 0;
    update();
}

void TimelineView::revealDays(double day0, double day1)
{
    const double start = m_startDay;
    const double end = visibleEndDay();
    if (day1 + 1 > start && day0 < end) // some of it is in view already (a click on a long bar must not pan)
        return;
    const double mid = (day0 + day1 + 1) / 2.0;
    m_startDay = mid - (end - start) / 2.0;
    m_followExtent = false;
    clampView();
    invalidate();
}

void TimelineView::setVisibleStartDay(double day)
{
    m_startDay = day;
    m_followExtent = false;
    clampView();
    invalidate();
}

void TimelineView::setDaysPerPixel(double dpp)
{
    m_dpp = dpp;
    m_followExtent = false;
    clampView();
    invalidate();
}

double TimelineView::visibleEndDay() const
{
    return m_startDay + plotRect().width() * m_dpp;
}

void TimelineView::showRange(double day0, double day1)
{
    m_followExtent = false;
    placeRange(day0, day1);
}

void TimelineView::placeRange(double day0, double day1)
{
    const double days = std::max(1.0, day1 - day0 + 1);
    const double margin = days * 0.03;
    m_dpp = (days + 2 * margin) / std::max(1.0, plotRect().width());
    m_startDay = day0 - margin;
    clampView();
    invalidate();
}

void TimelineView::fitAll()
{
    if (!m_index || m_index->extent().isEmpty())
        return;
    const auto e = m_index->extent();
    placeRange(e.first, e.last);
    m_followExtent = true;
}

void TimelineView::zoomAround(double factor, double widgetX)
{
    const double anchorDay = dayAt(widgetX);
    m_followExtent = false;
    m_dpp /= factor;
    clampView();
    m_startDay = anchorDay - (widgetX - plotRect().left()) * m_dpp;
    clampView();
    invalidate();
}

void TimelineView::clampView()
{
    const double w = std::max(1.0, plotRect().width());
    m_dpp = std::clamp(m_dpp, kMinDaysPerPixel, kMaxVisibleDays / w);
    if (m_index && !m_index->extent().isEmpty()) {
        const auto e = m_index->extent();
        const double visible = w * m_dpp;
        // Keep some data in view: at most 90 % of the view may lie outside the extent on either side.
        m_startDay = std::clamp(m_startDay, e.first - 0.9 * visible, std::max(e.first - 0.9 * visible, e.last + 1 - 0.1 * visible));
    }
}

void TimelineView::invalidate()
{
    m_frameValid = false;
    m_overview->setWindow(m_startDay, visibleEndDay());
    update();
    emit viewChanged();
}

TimelineLayout TimelineView::layout() const
{
    const int lanes = m_frameValid ? static_cast<int>(m_frame.lanes.size()) : (m_index ? m_index->laneCount() : 1);
    return TimelineLayout::compute(width(), height(), lanes, m_laneScroll, legendHeight());
}

int TimelineView::legendHeight() const
{
    return m_laneMode == LaneMode::Category ? TimelineLayout::kLegendHeight : TimelineLayout::kTwoRowLegendHeight;
}

QRectF TimelineView::plotRect() const
{
    return TimelineLayout::compute(width(), height(), 1, 0, legendHeight()).plot;
}

double TimelineView::dayAt(double widgetX) const
{
    return m_startDay + (widgetX - plotRect().left()) * m_dpp;
}

double TimelineView::xForDay(double day) const
{
    return plotRect().left() + (day - m_startDay) / m_dpp;
}

void TimelineView::ensureFrame()
{
    if (m_frameValid)
        return;
    const double w = plotRect().width();
    const double floorStart = std::floor(m_startDay);
    m_fracPx = (m_startDay - floorStart) / m_dpp;
    if (m_index) {
        m_frame = m_index->query(static_cast<qint32>(floorStart), m_dpp, static_cast<int>(std::ceil(w + m_fracPx)), m_mask);
    } else {
        m_frame = TimelineFrame{};
    }
    m_frameValid = true;
}

const TimelineFrame& TimelineView::currentFrame()
{
    ensureFrame();
    return m_frame;
}

void TimelineView::updateOverview()
{
    if (m_index)
        m_overview->setDensity(m_index->overview(static_cast<int>(plotRect().width())));
    else
        m_overview->setDensity({});
    m_overview->setWindow(m_startDay, visibleEndDay());
}

void TimelineView::paintEvent(QPaintEvent*)
{
    ensureFrame();
    if (m_revealSelected && !m_frame.lanes.empty()) {
        // The selected event's lane scrolled into view (it may sit below the lanes shown, e.g. selected in a
        // table); once, so the analyst can scroll away again.
        m_revealSelected = false;
        int row = -1;
        if (m_frame.findMarker(m_selected, &row) && row >= 0) {
            const TimelineLayout l = layout();
            const double top = l.laneTop(row);
            if (top < l.plot.top() || top + l.laneHeight > l.plot.bottom())
                m_laneScroll = std::max(0.0, m_laneScroll + top - l.plot.top() - (l.plot.height() - l.laneHeight) / 2.0);
        }
    }
    QPainter p(this);
    TimelinePaintInput in;
    in.frame = &m_frame;
    in.layout = layout();
    m_laneScroll = in.layout.laneScroll;
    in.fracPx = m_fracPx;
    in.startDay = m_startDay;
    in.daysPerPixel = m_dpp;
    in.mode = m_laneMode;
    in.lanes = m_index ? &m_index->lanes() : nullptr;
    in.laneLabels = laneLabels();
    in.selected = m_selected;
    in.hovered = m_hovered;
    in.band = m_drag == Drag::Select && m_moved;
    in.bandX0 = m_bandX0;
    in.bandX1 = m_bandX1;
    in.hasIndex = m_index != nullptr;
    in.locale = QLocale(); // the application's language now, not the one this widget was created with
    if (m_labelsShown)
        in.title = m_titleProvider;
    const TimelinePaintResult res = TimelinePainter::paint(p, in);
    m_badges = res.badges;
    m_last = res;
}

void TimelineView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    const QRectF plot = plotRect();
    m_overview->setGeometry(static_cast<int>(plot.left()), height() - TimelineLayout::kOverviewHeight + 2,
                            static_cast<int>(plot.width()), TimelineLayout::kOverviewHeight - 4);
    if (m_followExtent && m_index && !m_index->extent().isEmpty()) {
        const auto e = m_index->extent();
        placeRange(e.first, e.last); // still "fit all": keep every event in view at the new width
    } else {
        clampView();
    }
    updateOverview();
    invalidate();
}

TimelineHit TimelineView::hitAt(QPointF pos)
{
    ensureFrame();
    const TimelineLayout L = layout();
    if (!L.plot.contains(pos))
        return {};
    const int row = L.rowAt(pos.y());
    if (row < 0 || row >= static_cast<int>(m_frame.lanes.size()))
        return {};
    const double fx = pos.x() - L.plot.left() + m_fracPx;
    const double ly = pos.y() - L.laneTop(row);
    const TimelineLaneFrame& lf = m_frame.lanes[static_cast<size_t>(row)];
    for (int sr = 0; sr < lf.spanRows; ++sr) {
        const double y0 = TimelineLayout::kSpanTop + sr * TimelineLayout::kSpanPitch;
        if (ly >= y0 - 2 && ly <= y0 + TimelineLayout::kSpanHeight + 2) {
            const TimelineHit h = m_frame.hitTest(row, fx, sr, 2.0);
            if (h.kind != TimelineHit::None)
                return h;
        }
    }
    if (std::abs(pos.y() - L.pointCentre(row)) <= L.pointHalfHeight() + 3)
        return m_frame.hitTest(row, fx, -1, 6.0);
    return {};
}

qint64 TimelineView::eventAt(QPointF pos)
{
    const TimelineHit h = hitAt(pos);
    return h.kind == TimelineHit::Marker ? h.eventId : 0;
}

QRectF TimelineView::eventRect(qint64 eventId)
{
    ensureFrame();
    int row = -1;
    const TimelineMarker* m = m_frame.findMarker(eventId, &row);
    if (!m)
        return {};
    const TimelineLayout L = layout();
    const double x0 = L.plot.left() + m->x0 - m_fracPx;
    if (m->span) {
        const double x1 = L.plot.left() + std::max(m->x1, m->x0 + 6) - m_fracPx;
        return QRectF(x0, L.spanY(row, m->row), x1 - x0, TimelineLayout::kSpanHeight);
    }
    return QRectF(x0 - 4.5, L.pointCentre(row) - 4.5, 9, 9);
}

void TimelineView::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (event->modifiers() & Qt::ShiftModifier) { // scroll lanes
        m_laneScroll -= steps * layout().laneHeight;
        update();
    } else if (steps != 0) {
        zoomAround(std::pow(1.25, steps), event->position().x());
    }
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressPos = event->position();
    m_pressStartDay = m_startDay;
    m_pressScroll = m_laneScroll;
    m_moved = false;
    m_drag = (event->modifiers() & Qt::ShiftModifier) ? Drag::Select : Drag::Pan;
    m_bandX0 = m_bandX1 = m_pressPos.x();
}

void TimelineView::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF pos = event->position();
    if (m_drag != Drag::None) {
        if ((pos - m_pressPos).manhattanLength() > 3)
            m_moved = true;
        if (m_drag == Drag::Pan && m_moved) {
            setCursor(Qt::ClosedHandCursor);
            m_startDay = m_pressStartDay - (pos.x() - m_pressPos.x()) * m_dpp;
            m_followExtent = false;
            m_laneScroll = m_pressScroll - (pos.y() - m_pressPos.y());
            clampView();
            invalidate();
        } else if (m_drag == Drag::Select) {
            m_bandX1 = pos.x();
            update();
        }
        return;
    }
    const TimelineHit h = hitAt(pos);
    const qint64 hovered = h.kind == TimelineHit::Marker ? h.eventId : 0;
    setCursor(h.kind == TimelineHit::None ? Qt::ArrowCursor : Qt::PointingHandCursor);
    if (hovered != m_hovered) {
        m_hovered = hovered;
        update();
    }
}

void TimelineView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || m_drag == Drag::None)
        return QWidget::mouseReleaseEvent(event);
    const Drag drag = m_drag;
    m_drag = Drag::None;
    unsetCursor();
    if (drag == Drag::Select && m_moved) {
        const double a = dayAt(std::min(m_bandX0, m_bandX1));
        const double b = dayAt(std::max(m_bandX0, m_bandX1));
        update();
        emit rangeSelected(QDate::fromJulianDay(static_cast<qint64>(std::floor(a))),
                           QDate::fromJulianDay(static_cast<qint64>(std::floor(b))));
        return;
    }
    if (m_moved)
        return;
    const TimelineHit h = hitAt(event->position());
    if (h.kind == TimelineHit::Marker) {
        setSelectedEvent(h.eventId);
        emit eventClicked(h.eventId);
    } else if (h.kind == TimelineHit::Bin) {
        const TimelineBin& b = m_frame.lanes[static_cast<size_t>(h.laneRow)].bins[static_cast<size_t>(h.index)];
        const double centre = (b.day0 + b.day1 + 1) / 2.0;
        const double days = std::max(double(b.day1 - b.day0 + 1), visibleEndDay() - m_startDay) / 8.0;
        showRange(centre - days / 2, centre + days / 2);
    } else {
        const TimelineLayout L = layout();
        const int row = L.rowAt(event->position().y());
        if (event->position().x() < L.header.right() && row >= 0 && row < static_cast<int>(m_frame.lanes.size()) &&
            m_laneMode == LaneMode::Organisation) {
            const int lane = m_frame.lanes[static_cast<size_t>(row)].lane;
            setLaneFolded(lane, !m_mask.isCollapsed(lane));
        }
    }
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const qint64 id = eventAt(event->position());
    if (id != 0)
        emit eventActivated(id);
}

void TimelineView::keyPressEvent(QKeyEvent* event)
{
    const double centreX = plotRect().center().x();
    const double pageDays = visibleEndDay() - m_startDay;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomAround(1.5, centreX); break;
    case Qt::Key_Minus: zoomAround(1 / 1.5, centreX); break;
    case Qt::Key_Left: setVisibleStartDay(m_startDay - pageDays * 0.1); break;
    case Qt::Key_Right: setVisibleStartDay(m_startDay + pageDays * 0.1); break;
    case Qt::Key_Up: m_laneScroll -= layout().laneHeight; update(); break;
    case Qt::Key_Down: m_laneScroll += layout().laneHeight; update(); break;
    case Qt::Key_Home: fitAll(); break;
    case Qt::Key_Escape: setSelectedEvent(0); break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

void TimelineView::leaveEvent(QEvent* event)
{
    if (m_hovered != 0) {
        m_hovered = 0;
        update();
    }
    QWidget::leaveEvent(event);
}

QString TimelineView::binTooltip(const TimelineBin& bin) const
{
    const QLocale loc;
    const QString from = DateFormat::day(QDate::fromJulianDay(bin.day0));
    const QString to = DateFormat::day(QDate::fromJulianDay(bin.day1));
    const QString count = bin.count == 1 ? tr("1 event") : tr("%1 events").arg(loc.toString(bin.count));
    return tr("<b>%1</b><br>%2 – %3<br><i>Click to zoom in</i>").arg(count, from, to);
}

bool TimelineView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const TimelineHit h = hitAt(help->pos());
        if (h.kind == TimelineHit::Marker) {
            const QString text = m_tooltipProvider ? m_tooltipProvider(h.eventId) : tr("Event %1").arg(h.eventId);
            QToolTip::showText(help->globalPos(), text, this);
        } else if (h.kind == TimelineHit::Bin) {
            QToolTip::showText(help->globalPos(),
                               binTooltip(m_frame.lanes[static_cast<size_t>(h.laneRow)].bins[static_cast<size_t>(h.index)]),
                               this);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace lodestone
