// The GUI side of dates against a real Writer on a temporary database: the Undated list beside the timeline
// shows events with no known day (whatever the date range), selects them and counts them on the timeline's
// toggle; the event details say "undated" and "planned"; the edit dialog dates an undated event only when the
// analyst unticks "undated", and sets the timing; the report dialog builds a publication-date correction that
// re-resolves the report's events; the reprocess action runs through the Writer and reports what changed.
// Sentences written for this test.
#include "common/datahub.h"
#include "events/eventdetailpanel.h"
#include "events/eventeditdialog.h"
#include "extract/gazetteer.h"
#include "importing/reprocesscontroller.h"
#include "ingest/importpipeline.h"
#include "reports/reportmetadatadialog.h"
#include "service/correctioncommands.h"
#include "service/queryservice.h"
#include "service/writer.h"
#include "timeline/timelinepanel.h"
#include "timeline/undatedlist.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace lodestone;

namespace {

const QString kUndatedText = QStringLiteral("Pact signed\n\nShenghe Resources signed a strategic cooperation agreement with "
                                            "China Rare Earth Group on Monday.");
const QString kDatedText = QStringLiteral("Controls\n\n2023-07-07\nThe export controls of the Ministry of Commerce on gallium "
                                          "will take effect from August 1.");

} // namespace

class TstDatesPanels final : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::shared_ptr<const Gazetteer> m_gazetteer;
    std::unique_ptr<Writer> m_writer;
    std::unique_ptr<QueryService> m_queries;
    int m_serial = 0;

    void importText(const QString& name, const QString& text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
        f.close();
        const PreparedFile file = ImportPipeline::prepare(path, *m_gazetteer);
        QVERIFY(!file.error);
        QVERIFY2(!file.reports.first().events.isEmpty(), "extraction found no event in the test text");
        m_writer->submit([file](WriteContext& ctx) { ImportPipeline::store(ctx, file); }).waitForFinished();
    }
    QList<Event> events(bool undatedOnly = false)
    {
        return m_queries->run([undatedOnly](ReadContext& ctx) {
            EventFilter f;
            f.undatedOnly = undatedOnly;
            return ctx.stores.events.list(f, {});
        }).result();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("lodestone-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_datespanels"));
        QSettings().setValue(QStringLiteral("analyst/name"), QStringLiteral("analyst-d"));
        QSettings().setValue(QStringLiteral("timeline/showUndated"), true);
        m_gazetteer = Gazetteer::bundled();
        QVERIFY(m_gazetteer);
    }

    void init()
    {
        m_queries.reset();
        m_writer.reset();
        const QString path = m_dir.filePath(QStringLiteral("d%1.sqlite").arg(++m_serial));
        m_writer = std::make_unique<Writer>(path, m_gazetteer);
        QVERIFY(!m_writer->start());
        m_queries = std::make_unique<QueryService>(path);
        importText(QStringLiteral("pact%1.txt").arg(m_serial), kUndatedText);
        importText(QStringLiteral("controls%1.txt").arg(m_serial), kDatedText);
    }

    void undatedListBesideTheTimeline()
    {
        DataHub hub(*m_queries, m_writer.get());
        TimelinePanel panel(hub);
        UndatedList* list = panel.undated();
        QSignalSpy counted(list, &UndatedList::countChanged);
        hub.reload();
        QVERIFY(counted.wait(10000));
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->list()->count(), 1);
        QVERIFY(list->list()->item(0)->text().contains(QStringLiteral("Shenghe")) ||
                list->list()->item(0)->text().contains(QStringLiteral("China Rare Earth")));
        bool toggleSays = false;
        for (QToolButton* b : panel.findChildren<QToolButton*>())
            toggleSays = toggleSays || b->text() == QStringLiteral("Undated (1)");
        QVERIFY(toggleSays);

        // a date range hides dated events outside it, never the undated list
        EventFilter f;
        f.from = QDate(1990, 1, 1);
        f.to = QDate(1990, 12, 31);
        hub.setFilter(f);
        QVERIFY(counted.wait(10000));
        QCOMPARE(list->count(), 1);

        // a click selects the event everywhere
        QSignalSpy selected(&hub, &DataHub::eventSelected);
        list->list()->setCurrentRow(0);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.first().first().toLongLong(), events(true).first().id);
    }

    void detailsSayUndatedAndPlanned()
    {
        EventDetailPanel panel(*m_writer, *m_queries);
        QSignalSpy loaded(&panel, &EventDetailPanel::loaded);
        auto texts = [&panel] {
            QStringList out;
            for (QLabel* l : panel.findChildren<QLabel*>())
                out << l->text();
            return out.join(u'\n');
        };
        panel.setEvent(events(true).first().id);
        QVERIFY(loaded.wait(10000));
        QVERIFY2(texts().contains(QStringLiteral("undated")), qPrintable(texts()));
        qint64 planned = 0;
        for (const Event& e : events())
            if (e.timing == EventTiming::Effective)
                planned = e.id;
        QVERIFY(planned > 0);
        panel.setEvent(planned);
        QVERIFY(loaded.wait(10000));
        QVERIFY2(texts().contains(QStringLiteral("EFFECTIVE FROM")), qPrintable(texts()));
    }

    void editDialogDatesAnUndatedEventOnlyOnRequest()
    {
        const Event undated = events(true).first();
        EventEditDialog keep(undated, {});
        keep.setTitle(QStringLiteral("Pact (analyst)"));
        EventCorrection c = keep.correction();
        QVERIFY(c.title);
        QVERIFY2(!c.date, "an undated event got a date nobody chose");

        EventEditDialog date(undated, {});
        date.setUndated(false);
        date.setDate(QDate(2024, 3, 4), Precision::Day);
        date.setTiming(EventTiming::Planned);
        c = date.correction();
        QVERIFY(c.date);
        QCOMPARE(c.date->start, QDate(2024, 3, 4));
        QCOMPARE(*c.timing, EventTiming::Planned);
        QVERIFY(!CorrectionCommands::correctEvent(*m_writer, c, CorrectionMeta{QStringLiteral("analyst-d"), {}, {}}).result());
        QVERIFY(events(true).isEmpty()); // dated now
        bool found = false;
        for (const Event& e : events())
            if (e.id == undated.id) {
                found = true;
                QCOMPARE(e.date.start, QDate(2024, 3, 4));
                QCOMPARE(e.timing, EventTiming::Planned);
            }
        QVERIFY(found);
    }

    void reportDialogCorrectsThePublicationDate()
    {
        const Event undated = events(true).first();
        const qint64 reportId = undated.reports.first().reportId;
        const Report report = *m_queries->run([reportId](ReadContext& ctx) { return ctx.stores.reports.get(reportId); }).result();
        ReportMetadataDialog dialog(report, QStringLiteral("analyst-d"));
        dialog.setPublished(QDate(2024, 3, 8), Precision::Day);
        dialog.setPublisher(QStringLiteral("Example Wire"));
        const ReportCorrection c = dialog.correction();
        QVERIFY(c.published && c.publisher && !c.url);
        QCOMPARE(c.published->start, QDate(2024, 3, 8));
        QCOMPARE(c.published->rule, QStringLiteral("analyst: analyst-d"));
        QVERIFY(!CorrectionCommands::correctReport(*m_writer, c, CorrectionMeta{QStringLiteral("analyst-d"), {}, {}}).result());
        QVERIFY(events(true).isEmpty());
        bool monday = false;
        for (const Event& e : events())
            monday = monday || e.date.start == QDate(2024, 3, 4); // the Monday before 8 March 2024
        QVERIFY(monday);
        // unchanged fields make no correction
        const Report after = *m_queries->run([reportId](ReadContext& ctx) { return ctx.stores.reports.get(reportId); }).result();
        QVERIFY(ReportMetadataDialog(after, QStringLiteral("analyst-d")).correction().isEmpty());
    }

    void reprocessActionRunsAndReports()
    {
        ReprocessController controller(*m_writer, m_gazetteer, nullptr);
        QSignalSpy finished(&controller, &ReprocessController::finished);
        QVERIFY(controller.start(false));
        QVERIFY(controller.isRunning());
        QVERIFY(!controller.start(false)); // one run at a time
        QVERIFY(finished.wait(30000));
        const auto summary = finished.first().first().value<ReprocessSummary>();
        QCOMPARE(summary.reports, 2);
        QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("2 reports reprocessed")));
        QVERIFY(!controller.isRunning());
    }
};

QTEST_MAIN(TstDatesPanels)
#include "tst_datespanels.moc"
