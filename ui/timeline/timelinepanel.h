#pragma once
// The centre of the main window: lane-mode and zoom controls above the TimelineView, fed by DataHub
// (index, resolved filter, selection, organisations for lanes) and remembering its view in QSettings.
// GUI thread.
#include "model/event.h"
#include "model/organisation.h"

#include <QWidget>
#include <functional>
#include <memory>

class QComboBox;
class QToolButton;

namespace lodestone {

class DataHub;
class TimelineIndex;
class TimelineView;

class TimelinePanel final : public QWidget {
    Q_OBJECT
public:
    TimelinePanel(DataHub& hub, QWidget* parent = nullptr);
    ~TimelinePanel() override;

    TimelineView* view() const { return m_view; }
    // Looks up an event's details for tooltips (the events the tables hold).
    void setEventLookup(std::function<const Event*(qint64)> lookup) { m_lookup = std::move(lookup); }
    void saveState() const;

signals:
    void eventActivated(qint64 eventId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void setIndex(std::shared_ptr<const TimelineIndex> index);
    void setOrganisations(const QList<Organisation>& orgs);
    void applyLaneMode(int mode);
    void retranslate();
    QString tooltipFor(qint64 eventId) const;

    DataHub& m_hub;
    TimelineView* m_view;
    QComboBox* m_lanes;
    QToolButton* m_fit;
    QList<Organisation> m_orgs;
    std::function<const Event*(qint64)> m_lookup;
    bool m_restored = false;
};

} // namespace lodestone
