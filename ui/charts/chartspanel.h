#pragma once
// The dashboard's Charts panel: the four QtCharts charts for the shared filter, reloaded on a pool thread
// (QueryService) when DataHub's filter or the database changes; click a bar to narrow the filter, hover
// for exact values, copy/export each chart, and export the briefing pack. GUI thread.
#include "query/chartsource.h"
#include "query/eventfilter.h"
#include "query/timelineindex.h"
#include "service/generation.h"

#include <QWidget>
#include <array>
#include <memory>

class QChart;
class QChartView;
class QComboBox;
class QGridLayout;
class QLabel;
class QToolButton;

namespace lodestone {

class DataHub;
class WrapLabel;

class ChartsPanel final : public QWidget {
    Q_OBJECT
public:
    explicit ChartsPanel(DataHub& hub, QWidget* parent = nullptr);
    ~ChartsPanel() override;

    const ChartData& data() const { return m_data; }
    // The four charts side by side in one row (a short dock) or two by two (a tall one).
    bool oneRow() const { return m_oneRow; }
    QChart* chart(ChartKind kind) const;
    QChartView* view(ChartKind kind) const;
    ChartBucket bucket() const { return m_bucket; }
    void setBucket(ChartBucket bucket);
    // Classification line put on exports (e.g. from settings); empty = none.
    void setClassification(const QString& text) { m_classification = text; }

    // The hub's filter narrowed by a click on bar `index` of bar set `set` of a chart.
    EventFilter filterForClick(ChartKind kind, int set, int index) const;
    // Tooltip text for a bar.
    QString tooltipFor(ChartKind kind, int set, int index) const;

public slots:
    void reload();      // aggregate again for the hub's filter
    void invalidate();  // the database changed: reload the timeline data too
    void exportChart(lodestone::ChartKind kind);  // asks for format, size and file
    void copyChart(lodestone::ChartKind kind);
    // Asks for a file and options, loads events, sources and the timeline page's labels on a pool thread,
    // writes the PDF. The timeline page uses these lanes (the timeline's current mode).
    void exportBriefing(lodestone::TimelineIndex::LaneMode lanes = lodestone::TimelineIndex::LaneMode::Category);

protected:
    void changeEvent(QEvent* event) override;
    bool event(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

signals:
    // A click asks for this narrower filter; connect to DataHub::setFilter.
    void filterRequested(const lodestone::EventFilter& filter);
    void dataLoaded();

private:
    QWidget* makeCard(ChartKind kind);
    // Words every label, button and combo item in the current language; with `charts`, also replaces the
    // charts (series names, axis titles and legend come from ChartBuilder) and fills them from m_data.
    void retranslate(bool charts);
    void showStatus();
    void connectSets(ChartKind kind);
    void apply(std::shared_ptr<const ChartBase> base, ChartData data);
    // Places the cards for the room the panel has (the scroll area's viewport when docked): one row when two
    // rows would not fit in its height, so no chart is cut at the dock's edge.
    void arrange(QSize room);

    DataHub& m_hub;
    std::array<QChart*, kChartKindCount> m_charts{};
    std::array<QChartView*, kChartKindCount> m_views{};
    std::array<WrapLabel*, kChartKindCount> m_titles{};
    std::array<QToolButton*, kChartKindCount> m_copyButtons{};
    std::array<QToolButton*, kChartKindCount> m_saveButtons{};
    std::array<QWidget*, kChartKindCount> m_cards{};
    QGridLayout* m_grid = nullptr;
    QWidget* m_room = nullptr; // the widget whose size decides the arrangement (the scroll viewport)
    bool m_oneRow = false;
    QLabel* m_bucketLabel = nullptr;
    QToolButton* m_briefing = nullptr;
    QComboBox* m_bucketBox = nullptr;
    QLabel* m_status = nullptr;
    ChartBucket m_bucket = ChartBucket::Auto;
    ChartData m_data;
    EventFilter m_dataFilter; // the filter m_data was computed for
    std::shared_ptr<const ChartBase> m_base;
    Generation m_gen;
    QString m_classification;
};

} // namespace lodestone
