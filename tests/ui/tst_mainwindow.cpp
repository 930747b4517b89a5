// Smoke test: the main window opens offscreen on a demo database, shows its title, menus and status bar,
// fills its tables from the QueryService, and remembers its geometry.
#include "common/datahub.h"
#include "common/roles.h"
#include "common/tablepanel.h"
#include "reports/reporttablemodel.h"
#include "db/database.h"
#include "store/reportstore.h"
#include "extract/gazetteer.h"
#include "ingest/democorpus.h"
#include "mainwindow.h"
#include "service/importer.h"
#include "service/queryservice.h"
#include "service/writer.h"

#include <QApplication>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QToolButton>
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

        // A search that matches more reports than the table shows says so above the report table.
        auto notice = [&window]() -> QLabel* {
            for (QLabel* l : window.findChildren<QLabel*>(QStringLiteral("tableNotice")))
                if (l->isVisibleTo(&window))
                    return l;
            return nullptr;
        };
        QVERIFY(!notice());
        qint64 expected = 0;
        {
            Error error;
            auto db = Database::open(path, Database::Mode::ReadOnly, &error);
            QVERIFY2(db, qPrintable(error.detail));
            expected = ReportStore(db->sql()).searchIds(QStringLiteral("rare earth")).size();
        }
        QVERIFY2(expected > 3, "the demo corpus has more than three reports about rare earths");
        TablePanel* reportPanel = nullptr;
        for (TablePanel* p : window.findChildren<TablePanel*>())
            if (qobject_cast<ReportTableModel*>(qobject_cast<QSortFilterProxyModel*>(p->view()->model())->sourceModel()))
                reportPanel = p;
        QVERIFY(reportPanel);
        QHeaderView* header = reportPanel->view()->horizontalHeader();
        reportPanel->view()->sortByColumn(ReportTableModel::Title, Qt::DescendingOrder); // the analyst's own sort
        QSignalSpy loaded(window.hub(), &DataHub::reportsLoaded);
        QSignalSpy counted(window.hub(), &DataHub::reportsCounted);
        window.hub()->setReportSearchLimit(3);
        EventFilter searched;
        searched.search = QStringLiteral("rare earth");
        window.hub()->setFilter(searched);
        QTRY_VERIFY_WITH_TIMEOUT(!counted.isEmpty() && counted.last().at(0).toLongLong() == 3, 30000);
        QCOMPARE(counted.last().at(1).toLongLong(), expected);
        // Searching sorts the table by rank (the best match first); clearing the search gives the old sort back.
        QCOMPARE(header->sortIndicatorSection(), int(ReportTableModel::Match));
        const auto ranked = loaded.last().first().value<QList<Report>>();
        QCOMPARE(ranked.size(), 3);
        for (int row = 0; row < 3; ++row)
            QCOMPARE(reportPanel->view()->model()->index(row, 0).data(IdRole).toLongLong(), ranked[row].id);
        QVERIFY(notice());
        QCOMPARE(notice()->text(), QStringLiteral("Showing the 3 best-ranked of %1 matching reports; refine the search to see the others.").arg(expected));
        window.hub()->setReportSearchLimit(200);
        window.hub()->setFilter(EventFilter{});
        QTRY_VERIFY_WITH_TIMEOUT(counted.last().at(0).toLongLong() == counted.last().at(1).toLongLong() && counted.last().at(0).toLongLong() > 3, 30000);
        QVERIFY(!notice());
        QCOMPARE(header->sortIndicatorSection(), int(ReportTableModel::Title));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);

        // A search that finds nothing says so and offers to clear the filter; the button does.
        EventFilter nothing;
        nothing.search = QStringLiteral("xylophonequartzwaltz");
        window.hub()->setFilter(nothing);
        QTRY_VERIFY_WITH_TIMEOUT(!counted.isEmpty() && counted.last().at(1).toLongLong() == 0 && notice(), 30000);
        QCOMPARE(notice()->text(), QStringLiteral("No reports match the filter."));
        QToolButton* clear = nullptr;
        for (QToolButton* b : window.findChildren<QToolButton*>(QStringLiteral("tableNoticeAction")))
            if (b->isVisibleTo(&window))
                clear = b;
        QVERIFY(clear);
        QCOMPARE(clear->text(), QStringLiteral("Clear Filter"));
        clear->click();
        QTRY_VERIFY_WITH_TIMEOUT(window.hub()->filter().isEmpty() && !notice(), 30000);

        // An organisation's Chinese short name finds the English reports about it (the demo corpus names
        // Northern Rare Earth in English only).
        const QList<qint64> english = [&] {
            Error error;
            auto db = Database::open(path, Database::Mode::ReadOnly, &error);
            return db ? ReportStore(db->sql()).searchIds(QStringLiteral("Northern Rare Earth")) : QList<qint64>{};
        }();
        QVERIFY(!english.isEmpty());
        EventFilter byOrg;
        byOrg.search = QStringLiteral("北方稀土");
        const int before = int(loaded.size());
        window.hub()->setFilter(byOrg);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() > before, 30000);
        QSet<qint64> found;
        for (const Report& r : loaded.last().first().value<QList<Report>>())
            found << r.id;
        for (qint64 id : english)
            QVERIFY2(found.contains(id), qPrintable(QStringLiteral("report %1 names Northern Rare Earth in English but 北方稀土 does not find it").arg(id)));
        window.hub()->setFilter(EventFilter{});

        window.resize(1234, 777);
        window.close();
        QVERIFY(QSettings().contains(QStringLiteral("window/geometry")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
