#pragma once
// The centre of the main window: lane-mode and zoom controls above the TimelineView, fed by DataHub
// (index, resolved filter, selection, organisations for lanes) and remembering its view in QSettings.
// GUI thread.
#include "model/event.h"
#include "model/organisation.h"
#include "query/eventfilter.h"
#include "service/generation.h"

#include <QWidget>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QSplitter;
class QStackedWidget;
class QToolButton;

namespace lodestone {

class DataHub;
class TimelineEmptyState;
class TimelineIndex;
class TimelineTitles;
class TimelineView;
class UndatedList;

class TimelinePanel final : public QWidget {
    Q_OBJECT
public:
    TimelinePanel(DataHub& hub, QWidget* parent = nullptr);
    ~TimelinePanel() override;

    TimelineView* view() const { return m_view; }
    TimelineTitles* titles() const { return m_titles; }
    // Shown instead of the view while the database holds no reports (DataHub's counts say so).
    TimelineEmptyState* emptyState() const { return m_empty; }
    bool showsEmptyState() const;
    UndatedList* undated() const { return m_undated; }
    // Applies the shared filter: at once when the index can answer it, else after the matching event ids
    // (free-text search, statuses the index lacks flags for) were resolved on a pool thread. A result
    // that is no longer the latest request is dropped.
    void applyFilter(const EventFilter& filter);
    bool filterPending() const { return m_pendingIds; }
    // Looks up an event's details for tooltips (the events the tables hold).
    void setEventLookup(std::function<const Event*(qint64)> lookup) { m_lookup = std::move(lookup); }
    void saveState() const;
    // Asks for dates, lanes, format and file (TimelineExportDialog), reads the data and the labels' titles on a
    // pool thread, writes the file. Reports the outcome with exportFinished.
    void exportTimeline();

signals:
    void exportFinished(bool ok, const QString& message);
    void eventActivated(qint64 eventId);
    // The empty state's buttons.
    void importFilesRequested();
    void importFolderRequested();
    void demoRequested();
    void filterApplied(); // the timeline shows the latest filter (ids resolved)

protected:
    void changeEvent(QEvent* event) override;

private:
    void setIndex(std::shared_ptr<const TimelineIndex> index);
    void setOrganisations(const QList<Organisation>& orgs);
    void applyLaneMode(int mode);
    void setDatabaseEmpty(bool empty);
    void retranslate();
    QString tooltipFor(qint64 eventId) const;
    bool needsStatusIds(const EventFilter& f) const;

    DataHub& m_hub;
    TimelineView* m_view;
    TimelineTitles* m_titles;
    UndatedList* m_undated;   // events with no known day, beside the time axis
    TimelineEmptyState* m_empty;
    QStackedWidget* m_stack;
    QSplitter* m_split;
    QWidget* m_bar;
    QComboBox* m_lanes;
    QToolButton* m_fit;
    QToolButton* m_export;
    QToolButton* m_showUndated;
    QList<Organisation> m_orgs;
    std::function<const Event*(qint64)> m_lookup;
    bool m_restored = false;
    bool m_startedEmpty = false; // the database was empty when shown: its first events are fitted, not restored
    EventFilter m_filter;      // last filter applied or being resolved
    Generation m_idGen;        // id restriction requests
    bool m_pendingIds = false;
    // Last resolved id restriction and what it was resolved for (search text, statuses by SQL).
    QString m_idsSearch;
    QSet<VerificationStatus> m_idsStatuses;
    std::optional<std::vector<qint64>> m_ids;
};

} // namespace lodestone
