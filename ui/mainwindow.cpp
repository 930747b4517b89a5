#include "mainwindow.h"

#include "aboutdialog.h"
#include "charts/chartspanel.h"
#include "common/datestylemenu.h"
#include "common/orgnamesmenu.h"
#include "common/tablepanel.h"
#include "db/backup.h"
#include "events/eventdetailpanel.h"
#include "events/eventexportcontroller.h"
#include "events/eventtablemodel.h"
#include "filters/filterbar.h"
#include "importing/importcontroller.h"
#include "importing/reprocesscontroller.h"
#include "ingest/democorpus.h"
#include "reports/reportmetadataeditor.h"
#include "reports/reportreader.h"
#include "reports/reporttablemodel.h"
#include "reports/verificationpanel.h"
#include "service/writer.h"
#include "session/databasemenu.h"
#include "timeline/timelinepanel.h"
#include "timeline/timelineview.h"
#include "userguidedialog.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace lodestone {

MainWindow::MainWindow(AppContext context, QWidget* parent)
    : QMainWindow(parent), m_context(std::move(context)), m_hub(new DataHub(*m_context.queries, m_context.writer, this)),
      m_import(new ImportController(*m_context.writer, m_context.gazetteer, this)),
      m_reprocess(new ReprocessController(*m_context.writer, m_context.gazetteer, this)),
      m_reportModel(new ReportTableModel(this)), m_eventModel(new EventTableModel(this)), m_dbLabel(new QLabel(this)),
      m_countLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/lodestone.svg")));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks | QMainWindow::AllowNestedDocks);
    buildPanels();
    buildMenus();
    connectPanels();
    statusBar()->addWidget(m_dbLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    retranslate();
    restoreLayout();
    m_hub->reload();
}

MainWindow::~MainWindow() = default;

QDockWidget* MainWindow::addPanel(QWidget* widget, const QString& objectName, Qt::DockWidgetArea area)
{
    auto* dock = new QDockWidget(this);
    dock->setObjectName(objectName);
    if (!qobject_cast<TablePanel*>(widget)) {
        // The panels stack several sections or charts: let them scroll rather than push the window past the
        // screen (tables scroll by themselves).
        auto* scroll = new QScrollArea(dock);
        scroll->setObjectName(objectName + QStringLiteral(".scroll"));
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidgetResizable(true);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        scroll->setWidget(widget);
        dock->setWidget(scroll);
    } else {
        dock->setWidget(widget);
    }
    addDockWidget(area, dock);
    m_docks.insert(objectName, dock);
    return dock;
}

void MainWindow::buildPanels()
{
    auto* centre = new QWidget(this);
    auto* layout = new QVBoxLayout(centre);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_filterBar = new FilterBar(centre);
    m_timeline = new TimelinePanel(*m_hub, centre);
    m_timeline->setEventLookup([this](qint64 id) { return m_eventModel->eventAt(m_eventModel->rowOf(id)); });
    layout->addWidget(m_filterBar);
    layout->addWidget(m_timeline, 1);
    setCentralWidget(centre);

    m_eventPanel = new TablePanel(m_eventModel, QStringLiteral("tables/events"), this);
    m_reportPanel = new TablePanel(m_reportModel, QStringLiteral("tables/reports"), this);
    m_eventPanel->setStretchColumn(EventTableModel::Title);
    m_reportPanel->setStretchColumn(ReportTableModel::Title);
    m_reportPanel->setRankColumn(ReportTableModel::Match);
    m_eventPanel->setFitColumns({EventTableModel::Date});
    m_reportPanel->setFitColumns({ReportTableModel::Published});
    m_reader = new ReportReader(*m_context.queries, m_context.gazetteer, this);
    m_verification = new VerificationPanel(*m_context.writer, *m_context.queries, this);
    m_eventDetail = new EventDetailPanel(*m_context.writer, *m_context.queries, this);
    m_charts = new ChartsPanel(*m_hub, this);
    m_eventExport = new EventExportController(*m_hub, this);
    m_reportEditor = new ReportMetadataEditor(*m_context.writer, *m_context.queries, this);
    connect(m_eventExport, &EventExportController::finished, this,
            [this](bool, const QString& message) { statusBar()->showMessage(message, 10000); });
    connect(m_timeline, &TimelinePanel::exportFinished, this,
            [this](bool, const QString& message) { statusBar()->showMessage(message, 10000); });

    QDockWidget* events = addPanel(m_eventPanel, QStringLiteral("dock.events"), Qt::BottomDockWidgetArea);
    QDockWidget* reports = addPanel(m_reportPanel, QStringLiteral("dock.reports"), Qt::BottomDockWidgetArea);
    QDockWidget* charts = addPanel(m_charts, QStringLiteral("dock.charts"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(events, reports);
    tabifyDockWidget(reports, charts);
    events->raise();
    QDockWidget* detail = addPanel(m_eventDetail, QStringLiteral("dock.eventdetail"), Qt::RightDockWidgetArea);
    QDockWidget* reader = addPanel(m_reader, QStringLiteral("dock.reader"), Qt::RightDockWidgetArea);
    QDockWidget* verification = addPanel(m_verification, QStringLiteral("dock.verification"), Qt::RightDockWidgetArea);
    tabifyDockWidget(detail, reader);
    detail->raise();
    splitDockWidget(detail, verification, Qt::Vertical);
}

void MainWindow::connectPanels()
{
    connect(m_hub, &DataHub::reportsLoaded, m_reportModel, &ReportTableModel::setReports);
    connect(m_hub, &DataHub::eventsLoaded, m_eventModel, &EventTableModel::setEvents);
    connect(m_hub, &DataHub::countsLoaded, this, &MainWindow::showCounts);
    connect(m_hub, &DataHub::reportsCounted, this, &MainWindow::showReportsShown);
    connect(m_hub, &DataHub::eventsLoaded, this, [this](const QList<Event>& events) { showEventsShown(events.size()); });
    // An empty result offers to clear the filter, in the tables and next to the filter bar's Reset.
    connect(m_reportPanel, &TablePanel::noticeActionTriggered, m_filterBar, &FilterBar::reset);
    connect(m_eventPanel, &TablePanel::noticeActionTriggered, m_filterBar, &FilterBar::reset);
    connect(m_hub, &DataHub::organisationsLoaded, m_filterBar, &FilterBar::setOrganisations);
    connect(m_hub, &DataHub::loadFailed, this, [this](const QString& detail) {
        statusBar()->showMessage(tr("Could not load data: %1").arg(detail), 8000);
    });
    connect(m_filterBar, &FilterBar::filterEdited, m_hub, &DataHub::setFilter);
    connect(m_charts, &ChartsPanel::filterRequested, m_hub, &DataHub::setFilter);
    connect(m_hub, &DataHub::filterChanged, m_filterBar, &FilterBar::setFilter);

    // Selection: one event or report selected everywhere.
    connect(m_eventPanel, &TablePanel::idSelected, m_hub, &DataHub::selectEvent);
    connect(m_reportPanel, &TablePanel::idSelected, m_hub, &DataHub::selectReport);
    connect(m_hub, &DataHub::eventSelected, m_eventPanel, &TablePanel::selectId);
    connect(m_hub, &DataHub::reportSelected, m_reportPanel, &TablePanel::selectId);
    connect(m_hub, &DataHub::eventSelected, m_eventDetail, &EventDetailPanel::setEvent);
    connect(m_hub, &DataHub::reportSelected, m_reader, &ReportReader::setReport);
    connect(m_hub, &DataHub::reportSelected, m_verification, &VerificationPanel::setReport);
    connect(m_reportPanel, &TablePanel::selectionChangedIds, m_verification, &VerificationPanel::setSelection);
    connect(m_reader, &ReportReader::eventClicked, m_hub, &DataHub::selectEvent);
    connect(m_eventDetail, &EventDetailPanel::reportClicked, this, [this](qint64 id) {
        m_hub->selectReport(id);
        m_docks.value(QStringLiteral("dock.reader"))->raise();
    });
    auto openFirstReport = [this](qint64 eventId) {
        const Event* e = m_eventModel->eventAt(m_eventModel->rowOf(eventId));
        if (e && !e->reports.isEmpty()) {
            m_hub->selectReport(e->reports.first().reportId);
            m_docks.value(QStringLiteral("dock.reader"))->raise();
        }
    };
    connect(m_timeline, &TimelinePanel::eventActivated, this, openFirstReport);
    connect(m_timeline, &TimelinePanel::importFilesRequested, this, &MainWindow::importFiles);
    connect(m_timeline, &TimelinePanel::importFolderRequested, this, &MainWindow::importFolder);
    connect(m_timeline, &TimelinePanel::demoRequested, this, &MainWindow::loadDemo);
    connect(m_eventPanel, &TablePanel::idActivated, this, openFirstReport);
    connect(m_context.writer, &Writer::changed, m_reader, &ReportReader::reload);
    connect(m_reader, &ReportReader::correctRequested, m_reportEditor, &ReportMetadataEditor::edit);
    connect(m_reportEditor, &ReportMetadataEditor::finished, this, [this](bool, const QString& m) { statusBar()->showMessage(m, 10000); });
    connect(m_reprocess, &ReprocessController::finished, this,
            [this](const ReprocessSummary&, const QString& m) { statusBar()->showMessage(m, 15000); });
    connect(m_eventDetail, &EventDetailPanel::correctionFailed, this, [this](const QString& d) {
        statusBar()->showMessage(tr("Correction failed: %1").arg(d), 8000);
    });
}

void MainWindow::buildMenus()
{
    auto action = [this](const QString& key, auto slot) {
        QAction* a = new QAction(this);
        connect(a, &QAction::triggered, this, slot);
        m_actions.insert(key, a);
        return a;
    };
    QMenu* file = menuBar()->addMenu(QString());
    m_menus.insert(QStringLiteral("file"), file);
    m_databaseMenu = new DatabaseMenu(m_context.chooseDatabase, m_context.databasePath, this);
    connect(m_databaseMenu, &DatabaseMenu::openRequested, this, &MainWindow::databaseRequested);
    m_databaseMenu->addTo(file);
    file->addSeparator();
    file->addAction(action(QStringLiteral("importFiles"), &MainWindow::importFiles));
    m_actions[QStringLiteral("importFiles")]->setShortcut(QKeySequence::Open);
    file->addAction(action(QStringLiteral("importFolder"), &MainWindow::importFolder));
    file->addAction(action(QStringLiteral("demo"), &MainWindow::loadDemo));
    file->addSeparator();
    file->addAction(action(QStringLiteral("exportTimeline"), [this] { m_timeline->exportTimeline(); }));
    file->addAction(action(QStringLiteral("briefing"), [this] { m_charts->exportBriefing(m_timeline->view()->laneMode()); }));
    file->addAction(action(QStringLiteral("exportEvents"), [this] { m_eventExport->exportWithDialog(); }));
    file->addAction(action(QStringLiteral("backup"), &MainWindow::backupDatabase));
    file->addAction(action(QStringLiteral("reprocess"), [this] { m_reprocess->start(); }));
    file->addSeparator();
    QAction* quit = action(QStringLiteral("quit"), &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    file->addAction(quit);

    QMenu* edit = menuBar()->addMenu(QString());
    m_menus.insert(QStringLiteral("edit"), edit);
    edit->addAction(m_verification->undoAction());
    edit->addAction(m_verification->redoAction());

    QMenu* view = menuBar()->addMenu(QString());
    m_menus.insert(QStringLiteral("view"), view);
    for (const char* name : {"dock.events", "dock.reports", "dock.charts", "dock.eventdetail", "dock.reader", "dock.verification"})
        view->addAction(m_docks.value(QString::fromLatin1(name))->toggleViewAction());
    view->addSeparator();
    QAction* fit = action(QStringLiteral("fitAll"), [this] { m_timeline->view()->fitAll(); });
    fit->setShortcut(QKeySequence(Qt::Key_Home));
    fit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    view->addAction(fit);
    QAction* reload = action(QStringLiteral("reload"), [this] { m_hub->reload(); });
    reload->setShortcut(QKeySequence::Refresh);
    view->addAction(reload);
    view->addSeparator();
    QMenu* language = view->addMenu(QString());
    m_menus.insert(QStringLiteral("language"), language);
    m_languageGroup = new QActionGroup(this);
    const QString current = QSettings().value(QStringLiteral("ui/language")).toString();
    for (const auto& [code, label] : {std::pair{QStringLiteral(""), QString()}, std::pair{QStringLiteral("en"), QStringLiteral("English")},
                                      std::pair{QStringLiteral("zh_CN"), QStringLiteral("简体中文")}}) {
        QAction* a = language->addAction(label);
        a->setCheckable(true);
        a->setData(code);
        a->setChecked(code == current);
        m_languageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] {
            QSettings().setValue(QStringLiteral("ui/language"), code);
            if (m_context.setLanguage)
                m_context.language = m_context.setLanguage(code);
        });
    }
    view->addMenu(new OrgNamesMenu(view));
    view->addMenu(new DateStyleMenu(view));
    // Panels relabel organisations themselves on OrgNames::modeChanged; the reader rebuilds its tooltips.
    connect(OrgNames::notifier(), &OrgNames::modeChanged, m_reader, &ReportReader::reload);
    // Tables refresh their dates themselves; the panels read their data again.
    connect(DateFormat::notifier(), &DateFormat::styleChanged, m_reader, &ReportReader::reload);
    connect(DateFormat::notifier(), &DateFormat::styleChanged, m_eventDetail, &EventDetailPanel::reload);
    connect(DateFormat::notifier(), &DateFormat::styleChanged, m_verification, &VerificationPanel::reload);

    QMenu* report = menuBar()->addMenu(QString());
    m_menus.insert(QStringLiteral("report"), report);
    report->addActions(m_verification->reportActions());
    report->addSeparator();
    report->addAction(action(QStringLiteral("correctReport"), [this] { m_reportEditor->edit(m_reader->currentReport()); }));

    QMenu* help = menuBar()->addMenu(QString());
    m_menus.insert(QStringLiteral("help"), help);
    QAction* guide = action(QStringLiteral("userGuide"), &MainWindow::showUserGuide);
    guide->setShortcut(QKeySequence(Qt::Key_F1));
    help->addAction(guide);
    help->addAction(action(QStringLiteral("about"), [this] {
        AboutDialog dialog(m_context.databasePath, this);
        dialog.exec();
    }));
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Lodestone"));
    m_menus.value(QStringLiteral("file"))->setTitle(tr("&File"));
    m_menus.value(QStringLiteral("edit"))->setTitle(tr("&Edit"));
    m_menus.value(QStringLiteral("view"))->setTitle(tr("&View"));
    m_menus.value(QStringLiteral("language"))->setTitle(tr("&Language"));
    m_menus.value(QStringLiteral("report"))->setTitle(tr("&Report"));
    m_menus.value(QStringLiteral("help"))->setTitle(tr("&Help"));
    m_actions.value(QStringLiteral("importFiles"))->setText(tr("&Import Files…"));
    m_actions.value(QStringLiteral("importFolder"))->setText(tr("Import &Folder…"));
    m_actions.value(QStringLiteral("demo"))->setText(tr("Load &Demo Corpus"));
    m_actions.value(QStringLiteral("backup"))->setText(tr("&Back Up Database…"));
    m_actions.value(QStringLiteral("exportTimeline"))->setText(tr("Export &Timeline…"));
    m_actions.value(QStringLiteral("reprocess"))->setText(tr("Re&process Reports…"));
    m_actions.value(QStringLiteral("reprocess"))->setStatusTip(tr("Read every stored report again with the current rules, keeping analysts' corrections"));
    m_actions.value(QStringLiteral("correctReport"))->setText(tr("&Correct Publication Date, URL, Publisher…"));
    m_actions.value(QStringLiteral("briefing"))->setText(tr("Export &Briefing…"));
    m_actions.value(QStringLiteral("exportEvents"))->setText(tr("Export &Events…"));
    m_actions.value(QStringLiteral("quit"))->setText(tr("&Quit"));
    m_actions.value(QStringLiteral("fitAll"))->setText(tr("&Fit All Events"));
    m_actions.value(QStringLiteral("reload"))->setText(tr("&Reload"));
    m_actions.value(QStringLiteral("about"))->setText(tr("&About Lodestone"));
    m_actions.value(QStringLiteral("userGuide"))->setText(tr("&User Guide"));
    m_databaseMenu->retranslate();
    m_languageGroup->actions().first()->setText(tr("System"));
    m_docks.value(QStringLiteral("dock.events"))->setWindowTitle(tr("Events"));
    m_docks.value(QStringLiteral("dock.reports"))->setWindowTitle(tr("Reports"));
    m_docks.value(QStringLiteral("dock.charts"))->setWindowTitle(tr("Charts"));
    m_docks.value(QStringLiteral("dock.eventdetail"))->setWindowTitle(tr("Event Details"));
    m_docks.value(QStringLiteral("dock.reader"))->setWindowTitle(tr("Report"));
    m_docks.value(QStringLiteral("dock.verification"))->setWindowTitle(tr("Verification"));
    m_dbLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_context.databasePath)));
    showCounts(m_counts);
    showReportsShown(m_reportsShown.first, m_reportsShown.second);
    showEventsShown(m_eventsShown);
    m_eventModel->refresh();
    m_reportModel->refresh();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && !m_menus.isEmpty())
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::showCounts(const DashboardCounts& c)
{
    m_counts = c;
    m_countLabel->setText(tr("%n report(s)", nullptr, static_cast<int>(c.reports)) + QStringLiteral(" · ") +
                          tr("%n verified", nullptr, static_cast<int>(c.verifiedReports)) + QStringLiteral(" · ") +
                          tr("%n event(s)", nullptr, static_cast<int>(c.events)) + QStringLiteral(" · ") +
                          tr("%n organisation(s)", nullptr, static_cast<int>(c.organisations)));
}

void MainWindow::showReportsShown(qint64 shown, qint64 total)
{
    m_reportsShown = {shown, total};
    if (total == 0 && !m_hub->filter().isEmpty())
        m_reportPanel->setNotice(tr("No reports match the filter."), tr("Clear Filter"));
    else
        m_reportPanel->setNotice(shown < total ? tr("Showing the %L1 best-ranked of %L2 matching reports; refine the search to see the others.")
                                                     .arg(shown)
                                                     .arg(total)
                                               : QString());
    m_filterBar->setNothingMatches(total == 0 && m_eventsShown == 0 && !m_hub->filter().isEmpty());
}

void MainWindow::showEventsShown(qint64 shown)
{
    m_eventsShown = shown;
    m_eventPanel->setNotice(shown == 0 && !m_hub->filter().isEmpty() ? tr("No events match the filter.") : QString(),
                            tr("Clear Filter"));
    m_filterBar->setNothingMatches(shown == 0 && m_reportsShown.second == 0 && !m_hub->filter().isEmpty());
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

void MainWindow::showUserGuide()
{
    UserGuideDialog dialog(m_context.databasePath, m_context.logFilePath, this);
    dialog.exec();
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
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: 1500×920, or 92 % of a smaller screen.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1500, 920);
        resize(std::min(1500, available.width() * 92 / 100), std::min(920, available.height() * 92 / 100));
    }
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray())) {
        // First start: the timeline keeps most of the height, the tables a third, the side panels a quarter.
        // (after the first layout pass: before it the dock areas have no size to share)
        QTimer::singleShot(0, this, [this] {
            resizeDocks({m_docks.value(QStringLiteral("dock.events"))}, {height() / 3}, Qt::Vertical);
            resizeDocks({m_docks.value(QStringLiteral("dock.eventdetail"))}, {width() / 4}, Qt::Horizontal);
        });
    }
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    m_reportPanel->saveState();
    m_eventPanel->saveState();
    m_timeline->saveState();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
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
