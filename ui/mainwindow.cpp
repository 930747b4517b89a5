#include "mainwindow.h"

#include "aboutdialog.h"
#include "common/datahub.h"
#include "common/tablepanel.h"
#include "db/backup.h"
#include "events/eventtablemodel.h"
#include "importing/importcontroller.h"
#include "ingest/democorpus.h"
#include "reports/reporttablemodel.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace lodestone {

MainWindow::MainWindow(AppContext context, QWidget* parent)
    : QMainWindow(parent), m_context(std::move(context)), m_hub(new DataHub(*m_context.queries, m_context.writer, this)),
      m_import(new ImportController(*m_context.writer, m_context.gazetteer, this)),
      m_reportModel(new ReportTableModel(this)), m_eventModel(new EventTableModel(this)),
      m_reportPanel(new TablePanel(m_reportModel, QStringLiteral("tables/reports"), this)),
      m_eventPanel(new TablePanel(m_eventModel, QStringLiteral("tables/events"), this)), m_dbLabel(new QLabel(this)),
      m_countLabel(new QLabel(this))
{
    setWindowTitle(tr("Lodestone"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/lodestone.svg")));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks | QMainWindow::AllowNestedDocks);

    setCentralWidget(m_eventPanel);
    addPanel(m_reportPanel, tr("Reports"), QStringLiteral("dock.reports"), Qt::BottomDockWidgetArea);

    statusBar()->addWidget(m_dbLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    m_dbLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_context.databasePath)));

    connect(m_hub, &DataHub::reportsLoaded, m_reportModel, &ReportTableModel::setReports);
    connect(m_hub, &DataHub::eventsLoaded, m_eventModel, &EventTableModel::setEvents);
    connect(m_hub, &DataHub::countsLoaded, this, &MainWindow::showCounts);
    connect(m_hub, &DataHub::loadFailed, this, [this](const QString& detail) {
        statusBar()->showMessage(tr("Could not load data: %1").arg(detail), 8000);
    });
    connect(m_eventPanel, &TablePanel::idSelected, m_hub, &DataHub::selectEvent);
    connect(m_reportPanel, &TablePanel::idSelected, m_hub, &DataHub::selectReport);
    connect(m_hub, &DataHub::eventSelected, m_eventPanel, &TablePanel::selectId);
    connect(m_hub, &DataHub::reportSelected, m_reportPanel, &TablePanel::selectId);

    buildMenus();
    restoreLayout();
    m_hub->reload();
}

MainWindow::~MainWindow() = default;

QDockWidget* MainWindow::addPanel(QWidget* widget, const QString& title, const QString& objectName, Qt::DockWidgetArea area)
{
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(widget);
    addDockWidget(area, dock);
    if (m_viewMenu)
        m_viewMenu->addAction(dock->toggleViewAction());
    return dock;
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* importFilesAction = file->addAction(tr("&Import Files…"), this, &MainWindow::importFiles);
    importFilesAction->setShortcut(QKeySequence::Open);
    file->addAction(tr("Import &Folder…"), this, &MainWindow::importFolder);
    file->addAction(tr("Load &Demo Corpus"), this, &MainWindow::loadDemo);
    file->addSeparator();
    file->addAction(tr("&Back Up Database…"), this, &MainWindow::backupDatabase);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(tr("&Reload"), m_hub, &DataHub::reload)->setShortcut(QKeySequence::Refresh);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Lodestone"), this, [this] {
        AboutDialog dialog(m_context.databasePath, this);
        dialog.exec();
    });
}

void MainWindow::showCounts(const DashboardCounts& c)
{
    m_countLabel->setText(tr("%n report(s)", nullptr, static_cast<int>(c.reports)) + QStringLiteral(" · ") +
                          tr("%n verified", nullptr, static_cast<int>(c.verifiedReports)) + QStringLiteral(" · ") +
                          tr("%n event(s)", nullptr, static_cast<int>(c.events)) + QStringLiteral(" · ") +
                          tr("%n organisation(s)", nullptr, static_cast<int>(c.organisations)));
}

void MainWindow::importFiles()
{
    QSettings settings;
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Reports"), settings.value(QStringLiteral("import/lastDir")).toString(),
        tr("Reports (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.xml *.rss *.atom *.pdf *.json *.csv);;All files (*)"));
    if (files.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/lastDir"), QFileInfo(files.first()).absolutePath());
    m_import->start(files);
}

void MainWindow::importFolder()
{
    QSettings settings;
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Import Folder"),
                                                          settings.value(QStringLiteral("import/lastDir")).toString());
    if (dir.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/lastDir"), dir);
    m_import->start({dir});
}

void MainWindow::loadDemo()
{
    m_import->start(demoCorpusFiles());
}

void MainWindow::backupDatabase()
{
    const QString suggested = QFileInfo(m_context.databasePath).absolutePath() + QStringLiteral("/lodestone-backup-") +
                              QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".sqlite");
    const QString out = QFileDialog::getSaveFileName(this, tr("Back Up Database"), suggested, tr("SQLite database (*.sqlite)"));
    if (out.isEmpty())
        return;
    const QString source = m_context.databasePath;
    statusBar()->showMessage(tr("Backing up…"));
    QtConcurrent::run([source, out] { return ::lodestone::backupDatabase(source, out); }).then(this, [this, out](const Error& error) {
        if (error)
            QMessageBox::warning(this, tr("Back Up Database"), tr("The backup failed.\n\n%1").arg(error.detail));
        else
            statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(out)), 8000);
    });
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1400, 860);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    m_reportPanel->saveState();
    m_eventPanel->saveState();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (!paths.isEmpty()) {
        m_import->start(paths);
        event->acceptProposedAction();
    }
}

} // namespace lodestone
