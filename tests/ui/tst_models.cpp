// The report and event table models under QAbstractItemModelTester, their raw-value sort role and ids.
#include "common/roles.h"
#include "events/eventtablemodel.h"
#include "reports/reporttablemodel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

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
        QCOMPARE(model.columnCount(), int(ReportTableModel::ColumnCount));
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
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
