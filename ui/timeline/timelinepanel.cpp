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
#include "timelineexport.h"
#include "timelineexportdialog.h"
#include "timelinelanes.h"
#include "timelinetitles.h"
#include "timelineview.h"
#include "undatedlist.h"

#include <QComboBox>
#include <QDir>
#include <QMessageBox>
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
#include <cmath>
#include <iterator>

namespace lodestone {

TimelinePanel::TimelinePanel(DataHub& hub, QWidget* parent)
    : QWidget(parent), m_hub(hub), m_view(new TimelineView(this)), m_titles(new TimelineTitles(&hub.queries(), this)),
      m_undated(new UndatedList(hub, this)), m_empty(new TimelineEmptyState(this)), m_stack(new QStackedWidget(this)),
      m_split(new QSplitter(Qt::Horizontal, this)), m_bar(new QWidget(this)), m_lanes(new QComboBox(m_bar)), m_fit(new QToolButton(m_bar)),
      m_export(new QToolButton(m_bar)), m_showUndated(new QToolButton(m_bar))
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
    bar->addWidget(m_export);
    m_lanes->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_export->setObjectName(QStringLiteral("exportTimeline"));
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
    m_view->setTitleProvider([this](qint64 id) { return m_titles->title(id); });
    connect(m_titles, &TimelineTitles::loaded, m_view, qOverload<>(&QWidget::update));
    connect(&m_hub, &DataHub::eventsLoaded, m_titles, &TimelineTitles::insert);
    connect(m_lanes, &QComboBox::currentIndexChanged, this, &TimelinePanel::applyLaneMode);
    connect(m_fit, &QToolButton::clicked, m_view, &TimelineView::fitAll);
    connect(m_export, &QToolButton::clicked, this, &TimelinePanel::exportTimeline);
    connect(&m_hub, &DataHub::timelineLoaded, this, &TimelinePanel::setIndex);
    connect(&m_hub, &DataHub::organisationsLoaded, this, &TimelinePanel::setOrganisations);
    connect(OrgNames::notifier(), &OrgNames::modeChanged, this, [this] { setOrganisations(m_orgs); }); // relabel lanes
    connect(&m_hub, &DataHub::filterResolved, this, &TimelinePanel::applyFilter);
    connect(&m_hub, &DataHub::eventSelected, this, [this](qint64 id) {
        m_view->setSelectedEvent(id);
        // Chosen in a table, it may be out of view: pan to its dates (a no-op for a click on the timeline).
        if (const Event* e = id && m_lookup ? m_lookup(id) : nullptr; e && e->date.start.isValid())
            m_view->revealDays(double(e->date.start.toJulianDay()),
                               double((e->date.end.isValid() ? e->date.end : e->date.start).toJulianDay()));
    });
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
    m_titles->clear(); // a new index follows a change of the database: titles may have been corrected
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
        TimelineLanes::Organisations lanes = TimelineLanes::organisations(m_orgs);
        m_view->setOrganisationLanes(std::move(lanes.lanes), lanes.labels);
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

void TimelinePanel::exportTimeline()
{
    TimelineExportDialog::Defaults d;
    d.viewFrom = QDate::fromJulianDay(static_cast<qint64>(std::floor(m_view->visibleStartDay())));
    d.viewTo = QDate::fromJulianDay(static_cast<qint64>(std::floor(m_view->visibleEndDay())));
    const EventFilter filter = m_hub.filter();
    const auto index = m_view->index();
    const TimelineIndex::Extent extent = index ? index->extent() : TimelineIndex::Extent{};
    d.filterFrom = filter.from.isValid() ? filter.from : extent.isEmpty() ? d.viewFrom : QDate::fromJulianDay(extent.first);
    d.filterTo = filter.to.isValid() ? filter.to : extent.isEmpty() ? d.viewTo : QDate::fromJulianDay(extent.last);
    d.mode = m_view->laneMode();
    d.organisations = m_orgs;
    TimelineExportDialog dialog(d, this);
    if (dialog.exec() != QDialog::Accepted || dialog.path().isEmpty())
        return;
    const TimelineExportRequest request = dialog.request();
    const ExportFormat format = dialog.format();
    const QString path = dialog.path();
    const EventFilter narrowed = TimelineExport::filterFor(filter, request);
    const auto failed = [this](const std::exception& e) { emit exportFinished(false, QString::fromUtf8(e.what())); };
    deliver(this, m_hub.queries().run([narrowed](ReadContext& ctx) { return ChartSource::loadTimeline(ctx.stores, narrowed); }),
        [this, request, format, path, filter, failed](const TimelineSource& loaded) {
        auto src = std::make_shared<TimelineSource>(loaded);
        std::vector<qint64> ids = TimelineExport::markerEvents(*src, filter, request);
        deliver(this, m_hub.queries().run([ids](ReadContext& ctx) { return TimelineStore(ctx.db.sql()).titles(ids); }),
            [this, request, format, path, filter, src](const QHash<qint64, QString>& titles) {
            src->titles = titles;
            TimelineChart::Result drawn;
            const Error e = TimelineExport::write(path, format, *src, filter, request, &drawn);
            if (e) {
                QMessageBox::warning(this, tr("Export Timeline"), tr("The timeline could not be written to %1.\n\n%2").arg(path, e.detail));
                emit exportFinished(false, e.detail);
            } else {
                emit exportFinished(true, tr("Timeline written to %1: %n event(s)", nullptr, static_cast<int>(drawn.events))
                                              .arg(QDir::toNativeSeparators(path)));
            }
        },
            failed);
    },
        failed);
}

void TimelinePanel::retranslate()
{
    m_lanes->setItemText(0, tr("Lanes by category"));
    m_lanes->setItemText(1, tr("Lanes by organisation"));
    m_lanes->setItemText(2, tr("Single lane"));
    m_fit->setText(tr("Fit all"));
    m_fit->setToolTip(tr("Show every event (Home)"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Export the timeline — dates, lanes and filter of your choosing — as PDF, PNG or SVG"));
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
