// Smoke test: the main window opens offscreen on a demo database, shows its title, menus and status bar,
// fills its tables from the QueryService, and remembers its geometry.
#include "common/datahub.h"
#include "extract/gazetteer.h"
#include "ingest/democorpus.h"
#include "mainwindow.h"
#include "service/importer.h"
#include "service/queryservice.h"
#include "service/writer.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace lodestone;

class TestMainWindow final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LodestoneTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear();
    }

    void opensOnDemoDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        auto gazetteer = Gazetteer::bundled();
        Writer writer(path, gazetteer);
        QVERIFY(!writer.start());
        const ImportSummary summary = Importer(writer, gazetteer).run(demoCorpusFiles());
        QVERIFY(summary.imported >= 15);
        QCOMPARE(summary.failed, 0);
        QueryService queries(path);

        AppContext ctx;
        ctx.writer = &writer;
        ctx.queries = &queries;
        ctx.gazetteer = gazetteer;
        ctx.databasePath = path;
        ctx.language = QStringLiteral("en");
        MainWindow window(ctx);
        QSignalSpy events(window.hub(), &DataHub::eventsLoaded);
        QSignalSpy counts(window.hub(), &DataHub::countsLoaded);
        QStringList failures;
        connect(window.hub(), &DataHub::loadFailed, this, [&failures](const QString& d) { failures << d; });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Lodestone"));
        QStringList menus;
        for (QAction* a : window.menuBar()->actions())
            menus << a->text().remove(QLatin1Char('&'));
        QVERIFY(menus.contains(QStringLiteral("File")));
        QVERIFY(menus.contains(QStringLiteral("View")));
        QVERIFY(menus.contains(QStringLiteral("Help")));
        QTRY_VERIFY2_WITH_TIMEOUT(events.count() >= 1, qPrintable(failures.join(QLatin1String("; "))), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(counts.count() >= 1, 30000);
        const auto rows = events.last().first().value<QList<Event>>();
        QVERIFY(rows.size() > 10);
        bool anyTableFilled = false;
        for (QTableView* v : window.findChildren<QTableView*>())
            anyTableFilled |= v->model()->rowCount() > 0;
        QVERIFY(anyTableFilled);
        QVERIFY(window.statusBar()->findChildren<QLabel*>().size() >= 2);
        window.resize(1234, 777);
        window.close();
        QVERIFY(QSettings().contains(QStringLiteral("window/geometry")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
