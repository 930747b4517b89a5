#pragma once
// The main window: assembles the timeline, tables and panels as docks, the menus and the status bar.
// No business logic; everything it shows comes from DataHub. GUI thread.
#include "appcontext.h"

#include <QMainWindow>

class QLabel;

namespace lodestone {

class DataHub;
class EventTableModel;
class ImportController;
class ReportTableModel;
class TablePanel;
struct DashboardCounts;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(AppContext context, QWidget* parent = nullptr);
    ~MainWindow() override;

    DataHub* hub() const { return m_hub; }
    ImportController* importer() const { return m_import; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildMenus();
    QDockWidget* addPanel(QWidget* widget, const QString& title, const QString& objectName, Qt::DockWidgetArea area);
    void showCounts(const DashboardCounts& counts);
    void importFiles();
    void importFolder();
    void loadDemo();
    void backupDatabase();
    void restoreLayout();

    AppContext m_context;
    DataHub* m_hub;
    ImportController* m_import;
    ReportTableModel* m_reportModel;
    EventTableModel* m_eventModel;
    TablePanel* m_reportPanel;
    TablePanel* m_eventPanel;
    QMenu* m_viewMenu = nullptr;
    QLabel* m_dbLabel;
    QLabel* m_countLabel;
};

} // namespace lodestone
