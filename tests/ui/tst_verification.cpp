// The verification panel against a real Writer on a temporary database: the form writes the values,
// a bulk action is one transaction with one history entry per report, undo/redo append "undo"/"redo"
// entries and restore the values, the keyboard shortcuts act on the selection.
#include "ingest/contenthash.h"
#include "reports/historyview.h"
#include "reports/tagcommand.h"
#include "reports/verificationpanel.h"
#include "service/queryservice.h"
#include "service/writer.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <SQLiteCpp/SQLiteCpp.h>

using namespace lodestone;

class TestVerification final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Writer> m_writer;
    std::unique_ptr<QueryService> m_queries;
    QList<qint64> m_reports;
    int m_serial = 0;

    void flush() { m_writer->submit([](WriteContext&) { return 0; }).waitForFinished(); }
    Verification value(qint64 id)
    {
        return *m_queries->run([id](ReadContext& ctx) { return ctx.stores.verifications.get(id); }).result();
    }
    QList<VerificationLogEntry> history(qint64 id)
    {
        return m_queries->run([id](ReadContext& ctx) { return ctx.stores.verifications.history(id); }).result();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("lodestone-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_verification"));
        QSettings().setValue(QStringLiteral("analyst/name"), QStringLiteral("analyst-t"));
    }

    void init()
    {
        m_queries.reset();
        m_writer.reset();
        const QString path = m_dir.filePath(QStringLiteral("v%1.sqlite").arg(++m_serial));
        m_writer = std::make_unique<Writer>(path, nullptr);
        QVERIFY(!m_writer->start());
        m_queries = std::make_unique<QueryService>(path);
        m_reports = m_writer->submit([](WriteContext& ctx) {
            SQLite::Transaction tx(ctx.db.sql());
            QList<qint64> ids;
            for (int i = 0; i < 4; ++i) {
                ParsedDocument d;
                d.title = QStringLiteral("Report %1").arg(i);
                d.text = QStringLiteral("Body of test report number %1.").arg(i);
                ids << ctx.stores.reports.insert(d, contentHash(d.text), QDateTime::currentDateTimeUtc());
            }
            tx.commit();
            return ids;
        }).result();
        QCOMPARE(m_reports.size(), 4);
    }

    void formWritesThroughTheWriter()
    {
        VerificationPanel panel(*m_writer, *m_queries);
        QSignalSpy loaded(&panel, &VerificationPanel::loaded);
        panel.setReport(m_reports[0]);
        QTRY_COMPARE(loaded.count(), 1); // may arrive synchronously when the read is quick
        auto* status = panel.findChild<QComboBox*>(QStringLiteral("status"));
        auto* reliability = panel.findChild<QComboBox*>(QStringLiteral("reliability"));
        auto* credibility = panel.findChild<QComboBox*>(QStringLiteral("credibility"));
        auto* note = panel.findChild<QLineEdit*>(QStringLiteral("note"));
        auto* apply = panel.findChild<QPushButton*>(QStringLiteral("apply"));
        QVERIFY(status && reliability && credibility && note && apply);
        QCOMPARE(reliability->count(), 7); // not graded + A..F
        QCOMPARE(credibility->count(), 7); // not graded + 1..6
        QVERIFY(reliability->itemText(2).contains(QStringLiteral("Usually reliable")));
        QVERIFY(credibility->itemText(6).contains(QStringLiteral("cannot be judged")));
        status->setCurrentIndex(status->findData(static_cast<int>(VerificationStatus::Verified)));
        reliability->setCurrentIndex(reliability->findData(QStringLiteral("B")));
        credibility->setCurrentIndex(credibility->findData(2));
        note->setText(QStringLiteral("  matches the ministry notice  "));
        loaded.clear();
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(panel.undoStack()->count(), 1);
        flush();
        const Verification v = value(m_reports[0]);
        QCOMPARE(v.status, VerificationStatus::Verified);
        QCOMPARE(v.reliability, QStringLiteral("B"));
        QCOMPARE(v.credibility, 2);
        QCOMPARE(v.note, QStringLiteral("matches the ministry notice"));
        QCOMPARE(v.analyst, QStringLiteral("analyst-t"));
        QVERIFY(v.at.isValid());
        const auto h = history(m_reports[0]);
        QCOMPARE(h.size(), 1);
        QCOMPARE(h.first().action, QStringLiteral("set"));
        QCOMPARE(h.first().previous.status, VerificationStatus::Unverified);
        // The panel reloads after the write and shows the history.
        QTRY_VERIFY(loaded.count() >= 1);
        QTRY_COMPARE(panel.shown().status, VerificationStatus::Verified);
        QTRY_COMPARE(panel.historyView()->topLevelItemCount(), 1);
        QVERIFY(panel.historyView()->topLevelItem(0)->text(HistoryView::Analyst) == QStringLiteral("analyst-t"));
        // Other reports are untouched.
        QCOMPARE(value(m_reports[1]).status, VerificationStatus::Unverified);
    }

    void bulkTagUndoRedo()
    {
        VerificationPanel panel(*m_writer, *m_queries);
        const QList<qint64> three{m_reports[1], m_reports[2], m_reports[3]};
        panel.setReport(m_reports[1]);
        panel.setSelection(three);
        QCOMPARE(panel.selection(), three);
        QSignalSpy changed(m_writer.get(), &Writer::changed);
        panel.mark(VerificationStatus::Disputed);
        flush();
        QCOMPARE(changed.count(), 1); // one transaction for the whole selection
        for (qint64 id : three) {
            const auto h = history(id);
            QCOMPARE(h.size(), 1);
            QCOMPARE(h.first().action, QStringLiteral("bulk"));
            QCOMPARE(h.first().value.status, VerificationStatus::Disputed);
        }
        QCOMPARE(history(m_reports[0]).size(), 0);

        QVERIFY(panel.undoAction()->isEnabled());
        panel.undoAction()->trigger();
        flush();
        QCOMPARE(changed.count(), 2);
        for (qint64 id : three) {
            const auto h = history(id);
            QCOMPARE(h.size(), 2);
            QCOMPARE(h.last().action, QStringLiteral("undo"));
            QCOMPARE(h.last().previous.status, VerificationStatus::Disputed);
            QCOMPARE(h.last().value.status, VerificationStatus::Unverified);
            QCOMPARE(value(id).status, VerificationStatus::Unverified);
        }
        QVERIFY(panel.redoAction()->isEnabled());
        panel.redoAction()->trigger();
        flush();
        for (qint64 id : three) {
            const auto h = history(id);
            QCOMPARE(h.size(), 3);
            QCOMPARE(h.last().action, QStringLiteral("redo"));
            QCOMPARE(h.last().value.status, VerificationStatus::Disputed);
            QCOMPARE(value(id).status, VerificationStatus::Disputed);
        }
    }

    void undoRestoresEveryField()
    {
        VerificationPanel panel(*m_writer, *m_queries);
        panel.setReport(m_reports[0]);
        // First grade it through the form, then change only the status with a shortcut action.
        panel.findChild<QComboBox*>(QStringLiteral("reliability"))->setCurrentIndex(1); // A
        panel.findChild<QComboBox*>(QStringLiteral("credibility"))->setCurrentIndex(3); // 3
        panel.findChild<QLineEdit*>(QStringLiteral("note"))->setText(QStringLiteral("first look"));
        panel.apply();
        panel.mark(VerificationStatus::Rejected);
        flush();
        QCOMPARE(value(m_reports[0]).status, VerificationStatus::Rejected);
        QCOMPARE(value(m_reports[0]).reliability, QStringLiteral("A")); // a status move keeps the grades
        panel.undoStack()->undo();
        panel.undoStack()->undo();
        flush();
        const Verification v = value(m_reports[0]);
        QCOMPARE(v.status, VerificationStatus::Unverified);
        QCOMPARE(v.reliability, QString());
        QCOMPARE(v.credibility, 0);
        QCOMPARE(v.note, QString());
        const auto h = history(m_reports[0]);
        QCOMPARE(h.size(), 4);
        QCOMPARE(h[2].action, QStringLiteral("undo"));
        QCOMPARE(h[3].action, QStringLiteral("undo"));
        QCOMPARE(h[2].value.reliability, QStringLiteral("A"));
    }

    void shortcutsActOnTheSelection_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("status");
        QTest::newRow("verified") << int(Qt::Key_V) << int(VerificationStatus::Verified);
        QTest::newRow("disputed") << int(Qt::Key_D) << int(VerificationStatus::Disputed);
        QTest::newRow("rejected") << int(Qt::Key_R) << int(VerificationStatus::Rejected);
    }
    void shortcutsActOnTheSelection()
    {
        QFETCH(int, key);
        QFETCH(int, status);
        VerificationPanel panel(*m_writer, *m_queries);
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        panel.setReport(m_reports[2]);
        panel.setSelection({m_reports[2], m_reports[3]});
        // Marking several reports asks first, with the count and the status; refused, nothing changes.
        QList<std::pair<int, VerificationStatus>> asked;
        bool answer = false;
        panel.setConfirmation([&](int count, VerificationStatus s) {
            asked << std::pair{count, s};
            return answer;
        });
        QTest::keyClick(&panel, static_cast<Qt::Key>(key), Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().first, 2);
        QCOMPARE(asked.first().second, static_cast<VerificationStatus>(status));
        QCOMPARE(panel.undoStack()->count(), 0);
        flush();
        QCOMPARE(value(m_reports[2]).status, VerificationStatus::Unverified);
        answer = true;
        QTest::keyClick(&panel, static_cast<Qt::Key>(key), Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(asked.size(), 2);
        QCOMPARE(panel.undoStack()->count(), 1);
        flush();
        QCOMPARE(value(m_reports[2]).status, static_cast<VerificationStatus>(status));
        QCOMPARE(value(m_reports[3]).status, static_cast<VerificationStatus>(status));
        QCOMPARE(value(m_reports[1]).status, VerificationStatus::Unverified);
        // Back to unverified with Ctrl+Shift+U; the actions are exposed for the Report menu.
        QTest::keyClick(&panel, Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
        flush();
        QCOMPARE(asked.size(), 3);
        // One report: no question.
        panel.setSelection({m_reports[1]});
        panel.setReport(m_reports[1]);
        QTest::keyClick(&panel, static_cast<Qt::Key>(key), Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(asked.size(), 3);
        flush();
        QCOMPARE(value(m_reports[1]).status, static_cast<VerificationStatus>(status));
        panel.mark(VerificationStatus::Unverified);
        flush();
        QCOMPARE(value(m_reports[2]).status, VerificationStatus::Unverified);
        QCOMPARE(panel.reportActions().size(), 4);
        QCOMPARE(panel.reportActions().first()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+V")));
    }

    void nothingSelectedDoesNothing()
    {
        VerificationPanel panel(*m_writer, *m_queries);
        QVERIFY(!panel.reportActions().first()->isEnabled());
        panel.mark(VerificationStatus::Verified);
        QCOMPARE(panel.undoStack()->count(), 0);
    }
};

QTEST_MAIN(TestVerification)
#include "tst_verification.moc"
