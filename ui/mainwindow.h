#pragma once
// The main window: assembles the filter bar and timeline (centre), tables, reader, verification and
// event panels (docks), menus and the status bar. No business logic; its data comes from DataHub. GUI thread.
#include "appcontext.h"
#include "common/datahub.h"

#include <QMainWindow>
#include <utility>

class QActionGroup;
class QLabel;

namespace lodestone {

class ChartsPanel;
class DatabaseMenu;
class EventExportController;
class EventDetailPanel;
class EventTableModel;
class FilterBar;
class ImportController;
class ReportMetadataEditor;
class ReprocessController;
class ReportReader;
class ReportTableModel;
class TablePanel;
class TimelinePanel;
class VerificationPanel;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(AppContext context, QWidget* parent = nullptr);
    ~MainWindow() override;

    DataHub* hub() const { return m_hub; }
    ImportController* importer() const { return m_import; }
    ReprocessController* reprocessor() const { return m_reprocess; }
    ReportMetadataEditor* reportEditor() const { return m_reportEditor; }
    TimelinePanel* timeline() const { return m_timeline; }
    DatabaseMenu* databaseMenu() const { return m_databaseMenu; }
    const QString& databasePath() const { return m_context.databasePath; }
    // Writes the window's geometry, dock layout, table and timeline state to QSettings (also done on close).
    void saveLayout();

signals:
    // File › New Database…, Open Database… or Open Recent chose this file (the GuiSession opens it).
    void databaseRequested(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildPanels();
    void buildMenus();
    void connectPanels();
    void retranslate();
    QDockWidget* addPanel(QWidget* widget, const QString& objectName, Qt::DockWidgetArea area);
    void showCounts(const DashboardCounts& counts);
    void showReportsShown(qint64 shown, qint64 total);
    void showEventsShown(qint64 shown);
    void importFiles();
    void importFolder();
    void loadDemo();
    void showUserGuide();
    void backupDatabase();
    void restoreLayout();

    AppContext m_context;
    DataHub* m_hub;
    ImportController* m_import;
    ReprocessController* m_reprocess;
    ReportMetadataEditor* m_reportEditor = nullptr;
    ReportTableModel* m_reportModel;
    EventTableModel* m_eventModel;
    FilterBar* m_filterBar = nullptr;
    TimelinePanel* m_timeline = nullptr;
    TablePanel* m_reportPanel = nullptr;
    TablePanel* m_eventPanel = nullptr;
    ReportReader* m_reader = nullptr;
    VerificationPanel* m_verification = nullptr;
    EventDetailPanel* m_eventDetail = nullptr;
    ChartsPanel* m_charts = nullptr;
    EventExportController* m_eventExport = nullptr;
    DatabaseMenu* m_databaseMenu = nullptr;
    QHash<QString, QDockWidget*> m_docks;
    QHash<QString, QAction*> m_actions;
    QHash<QString, QMenu*> m_menus;
    QActionGroup* m_languageGroup = nullptr;
    QLabel* m_dbLabel;
    QLabel* m_countLabel;
    DashboardCounts m_counts;
    std::pair<qint64, qint64> m_reportsShown{0, 0}; // rows in the report table, reports the filter matches
    qint64 m_eventsShown = -1;                      // rows in the event table (-1: not loaded yet)
};

} // namespace lodestone
