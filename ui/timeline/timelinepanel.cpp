#include "timelinepanel.h"

#include "common/categorylabels.h"
#include "common/datahub.h"
#include "common/deliver.h"
#include "common/displaytext.h"
#include "common/orgnames.h"
#include "query/timelinefiltermask.h"
#include "query/timelineindex.h"
#include "service/queryservice.h"
#include "store/timelinestore.h"
#include "util/log.h"
#include "timelineemptystate.h"
#include "timelineview.h"
#include "undatedlist.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <iterator>

namespace lodestone {

TimelinePanel::TimelinePanel(DataHub& hub, QWidget* parent)
    : QWidget(parent), m_hub(hub), m_view(new TimelineView(this)), m_undated(new UndatedList(hub, this)),
      m_empty(new TimelineEmptyState(this)), m_stack(new QStackedWidget(this)), m_split(new QSplitter(Qt::Horizontal, this)),
      m_bar(new QWidget(this)), m_lanes(new QComboBox(m_bar)), m_fit(new QToolButton(m_bar)),
      m_showUndated(new QToolButton(m_bar))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* bar = new QHBoxLayout(m_bar);
    bar->setContentsMargins(6, 2, 6, 2);
    m_lanes->addItems({QString(), QString(), QString()});
    bar->addWidget(m_lanes);
    bar->addWidget(m_fit);
    bar->addStretch(1);
    bar->addWidget(m_showUndated);
    layout->addWidget(m_bar);
    m_split->addWidget(m_view);
    m_split->addWidget(m_undated);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 0);
    m_split->setChildrenCollapsible(false);
    m_split->setSizes({1000, 220});
    m_stack->addWidget(m_split);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);
    connect(m_empty, &TimelineEmptyState::importFilesRequested, this, &TimelinePanel::importFilesRequested);
    connect(m_empty, &TimelineEmptyState::importFolderRequested, this, &TimelinePanel::importFolderRequested);
    connect(m_empty, &TimelineEmptyState::demoRequested, this, &TimelinePanel::demoRequested);
    connect(&m_hub, &DataHub::countsLoaded, this, [this](const DashboardCounts& c) { setDatabaseEmpty(c.reports == 0); });
    // The Undated list: shown when the analyst wants it, and at first whenever there are undated events.
    m_showUndated->setCheckable(true);
    m_showUndated->setChecked(QSettings().value(QStringLiteral("timeline/showUndated"), true).toBool());
    m_undated->setVisible(false);
    connect(m_showUndated, &QToolButton::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("timeline/showUndated"), on);
        m_undated->setVisible(on && m_undated->count() > 0);
    });
    connect(m_undated, &UndatedList::countChanged, this, [this](int n) {
        retranslate();
        m_showUndated->setEnabled(n > 0);
        m_undated->setVisible(m_showUndated->isChecked() && n > 0);
    });
    connect(m_undated, &UndatedList::eventActivated, this, &TimelinePanel::eventActivated);
    m_showUndated->setEnabled(false);

    m_view->setTooltipProvider([this](qint64 id) { return tooltipFor(id); });
    connect(m_lanes, &QComboBox::currentIndexChanged, this, &TimelinePanel::applyLaneMode);
    connect(m_fit, &QToolButton::clicked, m_view, &TimelineView::fitAll);
    connect(&m_hub, &DataHub::timelineLoaded, this, &TimelinePanel::setIndex);
    connect(&m_hub, &DataHub::organisationsLoaded, this, &TimelinePanel::setOrganisations);
    connect(OrgNames::notifier(), &OrgNames::modeChanged, this, [this] { setOrganisations(m_orgs); }); // relabel lanes
    connect(&m_hub, &DataHub::filterResolved, this, &TimelinePanel::applyFilter);
    connect(&m_hub, &DataHub::eventSelected, m_view, &TimelineView::setSelectedEvent);
    connect(m_view, &TimelineView::eventClicked, &m_hub, &DataHub::selectEvent);
    connect(m_view, &TimelineView::eventActivated, this, &TimelinePanel::eventActivated);
    connect(m_view, &TimelineView::rangeSelected, this, [this](QDate from, QDate to) {
        EventFilter f = m_hub.filter();
        f.from = from;
        f.to = to;
        m_hub.setFilter(f);
    });
    retranslate();
    m_lanes->setCurrentIndex(QSettings().value(QStringLiteral("timeline/laneMode"), 0).toInt());
}

TimelinePanel::~TimelinePanel() = default;

bool TimelinePanel::showsEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void TimelinePanel::setDatabaseEmpty(bool empty)
{
    if (empty)
        m_startedEmpty = true;
    const bool leavingEmpty = !empty && showsEmptyState();
    m_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_empty) : m_split);
    if (leavingEmpty) {
        // The view had no size while hidden: fit the first events once it is laid out.
        QTimer::singleShot(0, this, [this] {
            if (m_view->index() && m_view->index()->eventCount() > 0)
                m_view->fitAll();
        });
    }
    m_bar->setVisible(!empty); // lane modes and "Fit all" mean nothing without events
}

bool TimelinePanel::needsStatusIds(const EventFilter& f) const
{
    const auto index = m_view->index();
    const bool flagsEnough = index && index->hasStatusFlags();
    return !flagsEnough && (f.statuses.contains(VerificationStatus::Unverified) ||
                            f.statuses.contains(VerificationStatus::Rejected));
}

void TimelinePanel::applyFilter(const EventFilter& filter)
{
    m_filter = filter;
    const quint64 gen = m_idGen.next(); // any pending resolution is stale from here on
    TimelineFilterMask mask = TimelineFilterMask::fromEventFilter(filter);
    mask.collapsedLanes = m_view->filterMask().collapsedLanes;
    const QString search = filter.search.trimmed();
    const QSet<VerificationStatus> sqlStatuses = needsStatusIds(filter) ? filter.statuses : QSet<VerificationStatus>{};
    if (search.isEmpty() && sqlStatuses.isEmpty()) {
        m_pendingIds = false;
        m_view->setFilterMask(mask);
        emit filterApplied();
        return;
    }
    if (!sqlStatuses.isEmpty())
        mask.statuses = 0; // answered by the ids
    if (m_ids && m_idsSearch == search && m_idsStatuses == sqlStatuses) {
        mask.eventIds = m_ids;
        m_pendingIds = false;
        m_view->setFilterMask(mask);
        emit filterApplied();
        return;
    }
    m_pendingIds = true;
    deliver(this, m_hub.queries().run([search, sqlStatuses](ReadContext& ctx) {
        TimelineStore store(ctx.db.sql());
        std::optional<std::vector<qint64>> ids;
        if (!search.isEmpty())
            ids = store.searchEventIds(search, ctx.stores.reports.searchIds(search));
        if (!sqlStatuses.isEmpty()) {
            std::vector<qint64> byStatus = store.statusEventIds(sqlStatuses);
            if (ids) {
                std::vector<qint64> both;
                std::set_intersection(ids->begin(), ids->end(), byStatus.begin(), byStatus.end(),
                                      std::back_inserter(both));
                ids = std::move(both);
            } else {
                ids = std::move(byStatus);
            }
        }
        return ids.value_or(std::vector<qint64>{});
    }),
        [this, gen, mask, search, sqlStatuses](const std::vector<qint64>& ids) {
        if (!m_idGen.isCurrent(gen))
            return; // a newer filter was applied meanwhile
        m_idsSearch = search;
        m_idsStatuses = sqlStatuses;
        m_ids = ids;
        TimelineFilterMask resolved = mask;
        resolved.eventIds = ids;
        resolved.collapsedLanes = m_view->filterMask().collapsedLanes;
        m_pendingIds = false;
        m_view->setFilterMask(resolved);
        emit filterApplied();
    },
        [this, gen](const std::exception& e) {
        if (m_idGen.isCurrent(gen))
            m_pendingIds = false;
        log::get("ui.timeline")->warn("resolving the filter's event ids failed: {}", e.what());
    });
}

void TimelinePanel::setIndex(std::shared_ptr<const TimelineIndex> index)
{
    const bool hadIds = m_ids.has_value();
    m_ids.reset(); // events may have changed: resolve search hits again
    m_view->setIndex(std::move(index));
    if (hadIds || needsStatusIds(m_filter))
        applyFilter(m_filter);
    applyLaneMode(m_lanes->currentIndex());
    if (!m_restored && m_view->index() && m_view->index()->eventCount() > 0) {
        m_restored = true;
        QSettings s;
        if (!m_startedEmpty && s.contains(QStringLiteral("timeline/daysPerPixel"))) {
            m_view->setDaysPerPixel(s.value(QStringLiteral("timeline/daysPerPixel")).toDouble());
            m_view->setVisibleStartDay(s.value(QStringLiteral("timeline/startDay")).toDouble());
        } else {
            m_view->fitAll();
        }
    }
}

void TimelinePanel::setOrganisations(const QList<Organisation>& orgs)
{
    m_orgs = orgs;
    if (m_lanes->currentIndex() == 1)
        applyLaneMode(1);
}

void TimelinePanel::applyLaneMode(int mode)
{
    QSettings().setValue(QStringLiteral("timeline/laneMode"), mode);
    if (mode == 1) {
        // One lane per organisation with events, parents before their children.
        QList<Organisation> used;
        for (const Organisation& o : m_orgs)
            if (o.eventCount > 0)
                used << o;
        std::sort(used.begin(), used.end(), [](const Organisation& a, const Organisation& b) {
            return a.eventCount > b.eventCount;
        });
        std::vector<TimelineIndex::LaneSpec> lanes;
        QStringList labels;
        QHash<qint64, int> laneOf;
        auto add = [&](const Organisation& o, int parent) {
            laneOf.insert(o.id, static_cast<int>(lanes.size()));
            lanes.push_back({o.id, parent});
            labels << (parent >= 0 ? QStringLiteral("  ") : QString()) + OrgNames::display(o);
        };
        for (const Organisation& o : used)
            if (!o.parentId || std::none_of(used.cbegin(), used.cend(), [&](const Organisation& p) { return p.id == o.parentId; })) {
                add(o, -1);
                for (const Organisation& c : used)
                    if (c.parentId == o.id)
                        add(c, laneOf.value(o.id));
            }
        m_view->setOrganisationLanes(std::move(lanes), labels);
        if (m_view->laneMode() != TimelineView::LaneMode::Organisation) // switch once; relabelling keeps the scroll
            m_view->setLaneMode(TimelineView::LaneMode::Organisation);
    } else {
        m_view->setLaneMode(mode == 2 ? TimelineView::LaneMode::Single : TimelineView::LaneMode::Category);
    }
}

QString TimelinePanel::tooltipFor(qint64 eventId) const
{
    const Event* e = m_lookup ? m_lookup(eventId) : nullptr;
    if (!e)
        return tr("Event %1").arg(eventId);
    QStringList orgs;
    for (const auto& o : e->organisations)
        orgs << OrgNames::display(o.name, o.nameZh);
    QString when = QStringLiteral("%1 (%2)").arg(formatSpan(e->date), precisionLabel(e->date.precision));
    if (e->timing != EventTiming::Reported)
        when += QStringLiteral(" · <i>%1</i>").arg(timingLabel(e->timing));
    return QStringLiteral("<b>%1</b><br>%2 · %3<br>%4")
        .arg(e->title.toHtmlEscaped(), categoryLabel(e->category), when, orgs.join(QLatin1String(", ")).toHtmlEscaped());
}

void TimelinePanel::saveState() const
{
    QSettings s;
    s.setValue(QStringLiteral("timeline/startDay"), m_view->visibleStartDay());
    s.setValue(QStringLiteral("timeline/daysPerPixel"), m_view->daysPerPixel());
}

void TimelinePanel::retranslate()
{
    m_lanes->setItemText(0, tr("Lanes by category"));
    m_lanes->setItemText(1, tr("Lanes by organisation"));
    m_lanes->setItemText(2, tr("Single lane"));
    m_fit->setText(tr("Fit all"));
    m_fit->setToolTip(tr("Show every event (Home)"));
    m_showUndated->setText(tr("Undated (%1)").arg(m_undated->count()));
    m_showUndated->setToolTip(tr("Show or hide the events with no known day beside the timeline"));
}

void TimelinePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lodestone
