// The first start and switching databases, offscreen: an empty database shows the timeline's empty state
// (with its import and demo buttons) until the demo corpus is loaded; File › New Database…, Open Database…
// and Open Recent replace the window and its services, shut the old ones down (the old file's lock is free
// again) and offer the demo to every new, empty database; closing during an import stops it before the Writer
// goes; the recent list is capped and forgets missing files.
#include "common/datahub.h"
#include "extract/gazetteer.h"
#include "importing/importcontroller.h"
#include "mainwindow.h"
#include "service/instancelock.h"
#include "service/writer.h"
#include "store/stores.h"

#include <SQLiteCpp/Database.h>
#include "session/databasemenu.h"
#include "session/guisession.h"
#include "session/recentdatabases.h"
#include "timeline/timelineemptystate.h"
#include "timeline/timelinepanel.h"
#include "timeline/timelineview.h"
#include "userguidedialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <memory>

using namespace lodestone;

namespace {

// Listens for a window's first counts; made right after the window is, before the event loop runs.
class CountsSpy final {
public:
    explicit CountsSpy(MainWindow* window) : m_spy(window->hub(), &DataHub::countsLoaded) {}
    // The number of reports in the database, or -1 when no counts arrived within 30 s.
    qint64 reports()
    {
        if (m_spy.isEmpty() && !m_spy.wait(30000))
            return -1;
        return m_spy.first().first().value<DashboardCounts>().reports;
    }

private:
    QSignalSpy m_spy;
};

bool lockIsFree(const QString& path)
{
    InstanceLock lock(path);
    return !lock.acquire();
}

} // namespace

class TestFirstStart final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LodestoneTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_firststart"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_base.gazetteer = Gazetteer::bundled();
        m_base.language = QStringLiteral("en");
        // File dialogs are replaced by the next path the test queued.
        m_base.chooseDatabase = [this](DatabasePrompt prompt, const QString&) {
            m_prompts << prompt;
            return m_nextPath;
        };
    }

    void emptyDatabaseShowsTheEmptyStateUntilTheDemoIsLoaded()
    {
        GuiSession session(m_base);
        watch(session);
        const QString first = m_dir.filePath(QStringLiteral("first.sqlite"));
        QVERIFY(session.open(first));
        MainWindow* window = session.window();
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QCOMPARE(m_counts->reports(), 0);
        TimelinePanel* timeline = window->timeline();
        QTRY_VERIFY(timeline->showsEmptyState());
        TimelineEmptyState* empty = timeline->emptyState();
        QVERIFY(empty->isVisible());
        QVERIFY(!timeline->view()->isVisible());
        QCOMPARE(empty->importFilesButton()->text(), QStringLiteral("Import files…"));
        QCOMPARE(empty->importFolderButton()->text(), QStringLiteral("Import folder…"));
        QCOMPARE(empty->demoButton()->text(), QStringLiteral("Load the demo corpus"));
        QVERIFY(empty->importFilesButton()->isVisible() && empty->importFolderButton()->isVisible());

        window->importer()->setShowResults(false);
        QSignalSpy finished(window->importer(), &ImportController::finished);
        QTest::mouseClick(empty->demoButton(), Qt::LeftButton);
        QVERIFY(window->importer()->isRunning() || !finished.isEmpty());
        QVERIFY(finished.wait(120000) || !finished.isEmpty());
        const auto summary = finished.first().first().value<ImportSummary>();
        QVERIFY2(summary.imported >= 15, qPrintable(QString::number(summary.imported)));
        QTRY_VERIFY_WITH_TIMEOUT(!timeline->showsEmptyState(), 30000);
        QVERIFY(!empty->isVisible());
        QVERIFY(timeline->view()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(timeline->view()->index() && timeline->view()->index()->eventCount() > 10, 30000);
        // The first events are fitted into view, not shown at a zoom remembered from elsewhere.
        const auto extent = timeline->view()->index()->extent();
        QTRY_VERIFY_WITH_TIMEOUT(timeline->view()->visibleStartDay() <= extent.first &&
                                     timeline->view()->visibleEndDay() >= extent.last,
                                 10000);
        QCOMPARE(RecentDatabases::list().value(0), first);
    }

    void newDatabaseReplacesTheWindowAndOffersTheDemoAgain()
    {
        GuiSession session(m_base);
        watch(session);
        const QString first = m_dir.filePath(QStringLiteral("first.sqlite"));
        QVERIFY(session.open(first));
        QPointer<MainWindow> old = session.window();
        QVERIFY(m_counts->reports() > 0); // the demo loaded above
        QVERIFY(!old->timeline()->showsEmptyState());
        QVERIFY(!lockIsFree(first)); // the session's Writer holds it

        const QString second = m_dir.filePath(QStringLiteral("second"));
        m_nextPath = second;
        QSignalSpy opened(&session, &GuiSession::databaseOpened);
        old->databaseMenu()->newAction()->trigger();
        QVERIFY(opened.wait(30000));
        QCOMPARE(m_prompts.last(), DatabasePrompt::New);
        QCOMPARE(opened.first().first().toString(), second + QStringLiteral(".sqlite")); // the extension is added
        QTRY_VERIFY(old.isNull()); // the old window is gone ...
        QVERIFY(lockIsFree(first)); // ... and so is its Writer
        MainWindow* window = session.window();
        QVERIFY(window && window->isVisible());
        QCOMPARE(window->databasePath(), second + QStringLiteral(".sqlite"));
        QVERIFY(QFile::exists(second + QStringLiteral(".sqlite")));
        QCOMPARE(m_counts->reports(), 0);
        QTRY_VERIFY(window->timeline()->showsEmptyState());
        QVERIFY(window->timeline()->emptyState()->demoButton()->isVisible());

        // New Database… never replaces an existing file: nothing is requested for it.
        m_nextPath = first;
        QSignalSpy requested(window, &MainWindow::databaseRequested);
        QTimer::singleShot(0, [] {
            for (QWidget* w : QApplication::topLevelWidgets())
                if (w->inherits("QMessageBox") && w->isVisible())
                    w->close();
        });
        window->databaseMenu()->newDatabase();
        QCOMPARE(requested.count(), 0);
        QCOMPARE(session.databasePath(), second + QStringLiteral(".sqlite"));
    }

    void openDatabaseAndOpenRecent()
    {
        GuiSession session(m_base);
        watch(session);
        const QString first = m_dir.filePath(QStringLiteral("first.sqlite"));
        const QString second = m_dir.filePath(QStringLiteral("second.sqlite"));
        QVERIFY(session.open(second));
        QCOMPARE(m_counts->reports(), 0);

        // Open Database… with the demo database: its events, no empty state.
        m_nextPath = first;
        QSignalSpy opened(&session, &GuiSession::databaseOpened);
        session.window()->databaseMenu()->openAction()->trigger();
        QVERIFY(opened.wait(30000));
        QCOMPARE(m_prompts.last(), DatabasePrompt::Open);
        QCOMPARE(session.databasePath(), first);
        QVERIFY(m_counts->reports() > 0);
        QTRY_VERIFY(!session.window()->timeline()->showsEmptyState());
        QVERIFY(lockIsFree(second));

        // Open Recent lists the other databases, newest first, not the open one.
        QCOMPARE(RecentDatabases::list().mid(0, 2), (QStringList{first, second}));
        DatabaseMenu* menu = session.window()->databaseMenu();
        menu->rebuildRecent();
        QList<QAction*> entries;
        for (QAction* a : menu->recentMenu()->actions())
            if (!a->data().toString().isEmpty())
                entries << a;
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first()->data().toString(), second);
        opened.clear();
        entries.first()->trigger();
        QVERIFY(opened.wait(30000));
        QCOMPARE(session.databasePath(), second);
        QCOMPARE(m_counts->reports(), 0);

        // Opening the file that is already open changes nothing.
        MainWindow* current = session.window();
        QVERIFY(session.open(second));
        QCOMPARE(session.window(), current);
    }

    void closingDuringAnImportStopsTheImportFirst()
    {
        // 600 small reports of their own, so the import is still running when the session goes away.
        const QString folder = m_dir.filePath(QStringLiteral("many"));
        QVERIFY(QDir().mkpath(folder));
        for (int i = 0; i < 600; ++i) {
            QFile f(folder + QStringLiteral("/note-%1.txt").arg(i, 3, 10, QLatin1Char('0')));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("Field note %1\n\nOn 3 March 2024 a magnet maker in Baotou reported order number %1 "
                                   "for sintered NdFeB blocks; the buyer asked for delivery within %2 weeks.\n")
                        .arg(i)
                        .arg(i % 9 + 2)
                        .toUtf8());
        }
        const QString db = m_dir.filePath(QStringLiteral("busy.sqlite"));
        auto session = std::make_unique<GuiSession>(m_base);
        QVERIFY(session->open(db));
        ImportController* importer = session->window()->importer();
        importer->setShowResults(false);
        QVERIFY(importer->start({folder}));
        QVERIFY(importer->isRunning());
        // Switching is refused while it runs ...
        QString refusal;
        session->setPrompts({{}, [&refusal](const QString& reason) { refusal = reason; }});
        QVERIFY(!session->open(m_dir.filePath(QStringLiteral("elsewhere.sqlite"))));
        QVERIFY2(refusal.contains(QStringLiteral("import")), qPrintable(refusal));
        // ... and closing stops the import before the Writer is shut down: no crash, the file is released whole.
        session.reset();
        QCOMPARE(QThreadPool::globalInstance()->activeThreadCount(), 0); // the import's thread is done
        QVERIFY(lockIsFree(db));
        Writer writer(db, m_base.gazetteer);
        QVERIFY(!writer.start(Writer::Access::Read));
        const qint64 stored = writer.submit([](WriteContext& ctx) { return ctx.stores.reports.count(); }).result();
        QVERIFY2(stored >= 0 && stored < 600, qPrintable(QString::number(stored))); // cancelled, not run to the end
        const std::string check = writer.submit([](WriteContext& ctx) { return ctx.db.sql().execAndGet("PRAGMA integrity_check").getString(); }).result();
        QCOMPARE(QString::fromStdString(check), QStringLiteral("ok"));
    }

    void recentListIsCappedAndForgetsMissingFiles()
    {
        RecentDatabases::clear();
        QStringList made;
        for (int i = 0; i < RecentDatabases::kMaxEntries + 3; ++i) {
            const QString path = m_dir.filePath(QStringLiteral("recent-%1.sqlite").arg(i));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            made << path;
            RecentDatabases::add(path);
        }
        QStringList list = RecentDatabases::list();
        QCOMPARE(list.size(), RecentDatabases::kMaxEntries);
        QCOMPARE(list.first(), made.last());
        QVERIFY(!list.contains(made.first()));
        RecentDatabases::add(made[5]); // again: moves to the top, no duplicate
        list = RecentDatabases::list();
        QCOMPARE(list.first(), made[5]);
        QCOMPARE(list.count(made[5]), 1);
        QVERIFY(QFile::remove(made.last()));
        list = RecentDatabases::list();
        QVERIFY(!list.contains(made.last()));
        QCOMPARE(QSettings().value(QStringLiteral("session/recentDatabases")).toStringList(), list); // pruned in the settings too
    }

    void userGuideSaysWhereTheDataLives()
    {
        const QString db = m_dir.filePath(QStringLiteral("first.sqlite"));
        UserGuideDialog guide(db, QStringLiteral("/var/log/lodestone-test.log"));
        const QString html = guide.html();
        QVERIFY(html.contains(db.toHtmlEscaped()));
        QVERIFY(html.contains(QStringLiteral("/var/log/lodestone-test.log")));
        QVERIFY(html.contains(QStringLiteral("hollow circle")));
        QVERIFY(html.contains(QKeySequence(Qt::Key_F1).toString(QKeySequence::NativeText)));
    }

    void cleanupTestCase()
    {
        QSettings().clear();
    }

private:
    // From each databaseOpened on (emitted inside open(), before the event loop runs again), listens for the
    // new window's counts.
    void watch(GuiSession& session)
    {
        connect(&session, &GuiSession::databaseOpened, this, [this, &session] { m_counts = std::make_unique<CountsSpy>(session.window()); });
    }

    std::unique_ptr<CountsSpy> m_counts;
    QTemporaryDir m_dir;
    AppContext m_base;
    QString m_nextPath;
    QList<DatabasePrompt> m_prompts;
};

QTEST_MAIN(TestFirstStart)
#include "tst_firststart.moc"
