// The report and event table models under QAbstractItemModelTester, their raw-value sort role and ids.
#include "common/displaytext.h"
#include "common/roles.h"
#include "common/tablepanel.h"
#include "events/eventtablemodel.h"
#include "reports/reporttablemodel.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <algorithm>
#include <QItemSelectionModel>
#include <QSignalSpy>

namespace {

lodestone::Report gradedReport(qint64 id, lodestone::VerificationStatus status, const QString& reliability,
                               int credibility, int events)
{
    lodestone::Report r;
    r.id = id;
    r.doc.title = QStringLiteral("Graded report %1").arg(id);
    r.verification.status = status;
    r.verification.reliability = reliability;
    r.verification.credibility = credibility;
    r.eventCount = events;
    return r;
}

} // namespace

using namespace lodestone;

class TestModels final : public QObject {
    Q_OBJECT
private slots:
    void reportModel()
    {
        ReportTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Report> reports;
        for (int i = 0; i < 5; ++i) {
            Report r;
            r.id = 10 + i;
            r.doc.title = QStringLiteral("Report %1").arg(i);
            r.doc.published = DateSpan::day(QDate(2025, 1, 1).addDays(-i * 40));
            r.verification.status = i % 2 ? VerificationStatus::Verified : VerificationStatus::Unverified;
            r.eventCount = i;
            reports << r;
        }
        model.setReports(reports);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(ReportTableModel::Match)); // no search excerpts: no Match column
        QCOMPARE(model.rowOf(12), 2);
        QCOMPARE(model.index(2, 0).data(IdRole).toLongLong(), 12);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(RawValueRole);
        proxy.sort(ReportTableModel::Published, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data(IdRole).toLongLong(), 14); // oldest first
        model.setReports({});
        QCOMPARE(model.rowCount(), 0);
    }

    // Sorting the report table (through TablePanel's proxy, as the GUI does) by status, grades and event
    // counts follows their order, not the alphabet; ungraded reports come after every grade.
    void reportSorting_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("expected"); // the sorted column as shown, top to bottom
        const QString v = statusLabel(VerificationStatus::Verified), u = statusLabel(VerificationStatus::Unverified),
                      d = statusLabel(VerificationStatus::Disputed), r = statusLabel(VerificationStatus::Rejected);
        // The reports (see reportSorting) are chosen so that alphabetical sorting would give another order.
        QTest::newRow("status ascending") << int(ReportTableModel::Status) << int(Qt::AscendingOrder)
                                          << QStringList{v, u, u, d, d, r};
        QTest::newRow("status descending") << int(ReportTableModel::Status) << int(Qt::DescendingOrder)
                                           << QStringList{r, d, d, u, u, v};
        QTest::newRow("reliability ascending") << int(ReportTableModel::Reliability) << int(Qt::AscendingOrder)
                                               << QStringList{"A", "B", "C", "D", "E", ""};
        QTest::newRow("reliability descending") << int(ReportTableModel::Reliability) << int(Qt::DescendingOrder)
                                                << QStringList{"", "E", "D", "C", "B", "A"};
        QTest::newRow("credibility ascending") << int(ReportTableModel::Credibility) << int(Qt::AscendingOrder)
                                               << QStringList{"1", "2", "3", "4", "6", ""};
        QTest::newRow("events descending") << int(ReportTableModel::Events) << int(Qt::DescendingOrder)
                                           << QStringList{"1000", "100", "20", "3", "2", "0"};
        QTest::newRow("events ascending") << int(ReportTableModel::Events) << int(Qt::AscendingOrder)
                                          << QStringList{"0", "2", "3", "20", "100", "1000"};
    }
    void reportSorting()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QStringList, expected);
        ReportTableModel model;
        model.setReports({
            gradedReport(1, VerificationStatus::Unverified, QStringLiteral("D"), 0, 3),
            gradedReport(2, VerificationStatus::Disputed, QStringLiteral("A"), 3, 100),
            gradedReport(3, VerificationStatus::Verified, QStringLiteral("C"), 2, 0),
            gradedReport(4, VerificationStatus::Rejected, QStringLiteral("E"), 1, 2),
            gradedReport(5, VerificationStatus::Unverified, QStringLiteral("B"), 6, 1000),
            gradedReport(6, VerificationStatus::Disputed, QString(), 4, 20),
        });
        TablePanel panel(&model, QStringLiteral("tests/reportSorting"));
        panel.view()->sortByColumn(column, static_cast<Qt::SortOrder>(order));
        QAbstractItemModel* shown = panel.view()->model();
        QStringList values;
        for (int row = 0; row < shown->rowCount(); ++row)
            values << shown->index(row, column).data().toString();
        QCOMPARE(values, expected);
    }

    // Search results carry an excerpt: a Match column appears, the title tooltip shows the excerpt, and the
    // Match column sorts back to the search's rank order.
    void reportSearchExcerpt()
    {
        ReportTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Report best = gradedReport(9, VerificationStatus::Verified, QStringLiteral("A"), 1, 1);
        best.doc.text = QStringLiteral("…the ministry tightened gallium licences in March…");
        best.doc.url = QStringLiteral("https://example.org/a");
        Report second = gradedReport(4, VerificationStatus::Unverified, QString(), 0, 0);
        second.doc.text = QStringLiteral("…gallium exports fell…");
        model.setReports({best, second});
        QCOMPARE(model.columnCount(), int(ReportTableModel::ColumnCount));
        QCOMPARE(model.headerData(ReportTableModel::Match, Qt::Horizontal).toString(), QStringLiteral("Match"));
        QCOMPARE(model.index(0, ReportTableModel::Match).data().toString(), best.doc.text);
        const QString tip = model.index(0, ReportTableModel::Title).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("gallium licences")) && tip.contains(QStringLiteral("example.org/a")),
                 qPrintable(tip));
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(RawValueRole);
        proxy.sort(ReportTableModel::Id, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data(IdRole).toLongLong(), 4);
        proxy.sort(ReportTableModel::Match, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data(IdRole).toLongLong(), 9);
        model.setReports({gradedReport(1, VerificationStatus::Unverified, QString(), 0, 0)});
        QCOMPARE(model.columnCount(), int(ReportTableModel::Match));
    }

    void eventModel()
    {
        EventTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Event a;
        a.id = 1;
        a.category = Category::Partnership;
        a.title = QStringLiteral("Alpha and Beta agree");
        a.date = DateSpan::day(QDate(2025, 11, 25));
        a.organisations = {EventOrgLink{1, QStringLiteral("Alpha"), QString(), QStringLiteral("actor")},
                           EventOrgLink{2, QString(), QStringLiteral("北方稀土"), QStringLiteral("partner")}};
        a.reports = {EventReportLink{7, VerificationStatus::Disputed}, EventReportLink{8, VerificationStatus::Verified}};
        Event b;
        b.id = 2;
        b.category = Category::MarketPrice;
        b.date = DateSpan::month(2024, 3);
        b.reports = {EventReportLink{9, VerificationStatus::Rejected}};
        model.setEvents({a, b});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(EventTableModel::organisationsText(a), QStringLiteral("Alpha, 北方稀土"));
        QCOMPARE(EventTableModel::effectiveStatus(a), VerificationStatus::Verified);
        QCOMPARE(EventTableModel::effectiveStatus(b), VerificationStatus::Rejected);
        QVERIFY(model.index(1, EventTableModel::Title).data(Qt::FontRole).value<QFont>().strikeOut());
        QCOMPARE(model.index(0, EventTableModel::Date).data(RawValueRole).toLongLong(), QDate(2025, 11, 25).toJulianDay());
        QVERIFY(!model.index(0, EventTableModel::Category_).data().toString().isEmpty());
    }

    // #17: tagging reloads the report table (a model reset); the reports that were selected stay selected,
    // without a selection signal, and a row that went away leaves the selection with one.
    void selectionSurvivesAReload()
    {
        ReportTableModel model;
        const QList<Report> before{gradedReport(1, VerificationStatus::Unverified, QString(), 0, 1),
                                   gradedReport(2, VerificationStatus::Unverified, QString(), 0, 1),
                                   gradedReport(3, VerificationStatus::Unverified, QString(), 0, 1)};
        model.setReports(before);
        TablePanel panel(&model, QStringLiteral("tests/selection"));
        QSignalSpy changed(&panel, &TablePanel::selectionChangedIds);
        QItemSelectionModel* sel = panel.view()->selectionModel();
        QAbstractItemModel* shown = panel.view()->model();
        for (int row = 0; row < shown->rowCount(); ++row)
            if (shown->index(row, 0).data(IdRole).toLongLong() != 2)
                sel->select(shown->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QList<qint64> ids = panel.selectedIds();
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, (QList<qint64>{1, 3}));
        const qsizetype signals_ = changed.size();
        QList<Report> after = before;
        after[0].verification.status = VerificationStatus::Verified; // tagged
        after[2].verification.status = VerificationStatus::Verified;
        model.setReports(after);
        ids = panel.selectedIds();
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, (QList<qint64>{1, 3}));
        QCOMPARE(changed.size(), signals_);
        model.setReports({after[0], after[1]}); // report 3 filtered out
        QCOMPARE(panel.selectedIds(), QList<qint64>{1});
        QCOMPARE(changed.size(), signals_ + 1);
        QCOMPARE(changed.last().first().value<QList<qint64>>(), QList<qint64>{1});
    }

    // #17: a date column grows to its widest date after a reload (a long date, or Chinese dates, no longer
    // cut at the default width); a width the analyst gave that is wider stays.
    void dateColumnFitsItsDates()
    {
        EventTableModel model;
        TablePanel panel(&model, QStringLiteral("tests/dateColumn"));
        panel.setFitColumns({EventTableModel::Date});
        panel.resize(900, 300);
        QHeaderView* header = panel.view()->horizontalHeader();
        header->resizeSection(EventTableModel::Date, 30);
        Event e;
        e.id = 1;
        e.category = Category::Partnership;
        e.title = QStringLiteral("Alpha and Beta agree");
        e.date = DateSpan::day(QDate(2025, 9, 30));
        model.setEvents({e});
        const QFontMetrics fm(panel.view()->font());
        const int needed = fm.horizontalAdvance(model.index(0, EventTableModel::Date).data().toString());
        QVERIFY2(header->sectionSize(EventTableModel::Date) >= needed,
                 qPrintable(QStringLiteral("%1 px for %2 px of text").arg(header->sectionSize(EventTableModel::Date)).arg(needed)));
        header->resizeSection(EventTableModel::Date, 400);
        model.setEvents({e});
        QCOMPARE(header->sectionSize(EventTableModel::Date), 400);
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
