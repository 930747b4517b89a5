// EventDetailPanel and EventEditDialog against a real Writer on a temporary database: the panel shows the
// summary, organisations with roles, the date rule, backing reports with their status and the evidence; the
// dialog turns each edit into the right EventCorrection, refuses bad input with a message, and what it
// produces is stored through the Writer, logged, and survives re-importing the report.
#include "common/displaytext.h"
#include "events/eventdetailpanel.h"
#include "events/eventeditdialog.h"
#include "extract/gazetteer.h"
#include "reports/reportreader.h"
#include "reports/verificationpanel.h"
#include "ingest/contenthash.h"
#include "ingest/importpipeline.h"
#include "service/correctioncommands.h"
#include "service/queryservice.h"
#include "service/verificationcommands.h"
#include "service/writer.h"

#include <QApplication>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <SQLiteCpp/SQLiteCpp.h>

using namespace lodestone;

Q_DECLARE_METATYPE(lodestone::EventCorrection)

namespace {

// Invented organisations and sentences written for this test.
const QString kQuoteA = QStringLiteral("Kestrel Metals signed a magnet recycling agreement with Orton Magnetics on 4 March 2025.");
const QString kQuoteB = QStringLiteral("Orton Magnetics confirmed the recycling agreement with Kestrel Metals.");

ExtractedEvent partnership(const QString& quote)
{
    ExtractedEvent e;
    e.category = Category::Partnership;
    e.title = QStringLiteral("Kestrel Metals and Orton Magnetics agree on magnet recycling");
    e.summary = QStringLiteral("A recycling venture for used magnets between two invented firms.");
    e.date = DateSpan::day(QDate(2025, 3, 4), QStringLiteral("absolute:day-month-year"));
    e.organisations = {EventOrgRole{QStringLiteral("auto:kestrel metals"), QStringLiteral("actor")},
                       EventOrgRole{QStringLiteral("auto:orton magnetics"), QStringLiteral("partner")}};
    e.evidence = Evidence{0, quote, 0, static_cast<int>(quote.size())};
    e.confidence = 0.8;
    return e;
}

QTreeWidget* treeWithHeader(QWidget& parent, const QString& first, int columns, const QString& second = QString())
{
    for (QTreeWidget* t : parent.findChildren<QTreeWidget*>())
        if (t->headerItem()->text(0) == first && t->columnCount() == columns &&
            (second.isEmpty() || t->headerItem()->text(1) == second))
            return t;
    return nullptr;
}

// With LODESTONE_GRAB_DIR set, saves a picture of the widget there for a person to look at (no effect otherwise).
void grabForReview(QWidget& widget, const QString& name, QSize size)
{
    const QString dir = qEnvironmentVariable("LODESTONE_GRAB_DIR");
    if (dir.isEmpty())
        return;
    widget.resize(size);
    widget.show();
    QTest::qWait(200);
    widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

QStringList labelTexts(QWidget& parent)
{
    QStringList out;
    for (QLabel* l : parent.findChildren<QLabel*>())
        out << l->text();
    return out;
}

} // namespace

class TestEventPanels final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::shared_ptr<const Gazetteer> m_gazetteer;
    std::unique_ptr<Writer> m_writer;
    std::unique_ptr<QueryService> m_queries;
    qint64 m_event = 0;
    QList<qint64> m_reports;
    QHash<QString, qint64> m_orgs;
    int m_serial = 0;

    Event readEvent(qint64 id)
    {
        return *m_queries->run([id](ReadContext& ctx) { return ctx.stores.events.get(id); }).result();
    }
    QList<CorrectionEntry> corrections(qint64 id)
    {
        return m_queries->run([id](ReadContext& ctx) { return CorrectionStore(ctx.db.sql()).history(QStringLiteral("event"), id); })
            .result();
    }
    QList<Organisation> organisations()
    {
        return m_queries->run([](ReadContext& ctx) { return ctx.stores.orgs.list(); }).result();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("lodestone-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_eventpanels"));
        QSettings().setValue(QStringLiteral("analyst/name"), QStringLiteral("analyst-e"));
        m_gazetteer = Gazetteer::bundled();
        QVERIFY(m_gazetteer);
    }

    // One event backed by a verified and a disputed report, plus a third organisation to add.
    void init()
    {
        m_queries.reset();
        m_writer.reset();
        const QString path = m_dir.filePath(QStringLiteral("e%1.sqlite").arg(++m_serial));
        m_writer = std::make_unique<Writer>(path, m_gazetteer);
        QVERIFY(!m_writer->start());
        m_queries = std::make_unique<QueryService>(path);
        struct Setup {
            qint64 event = 0;
            QList<qint64> reports;
            QHash<QString, qint64> orgs;
        };
        const Setup s = m_writer->submit([](WriteContext& ctx) {
            Setup out;
            SQLite::Transaction tx(ctx.db.sql());
            for (const QString& key : {QStringLiteral("auto:kestrel metals"), QStringLiteral("auto:orton magnetics"),
                                       QStringLiteral("auto:pellucid mining")}) {
                QString name = key.mid(5);
                name[0] = name[0].toUpper();
                out.orgs.insert(key, ctx.stores.orgs.idFor(OrgMention{key, name, 0, 0, true}));
            }
            const QStringList quotes{kQuoteA, kQuoteB};
            for (int i = 0; i < 2; ++i) {
                ParsedDocument d;
                d.title = QStringLiteral("Recycling pact, wire %1").arg(i + 1);
                d.text = quotes[i];
                d.language = QStringLiteral("en");
                const qint64 report = ctx.stores.reports.insert(d, contentHash(d.text), QDateTime::currentDateTimeUtc());
                out.reports << report;
                out.event = ctx.stores.events.store(report, partnership(quotes[i]), out.orgs).eventId;
            }
            tx.commit();
            VerificationCommands::applyNow(nullptr, ctx, {out.reports[0]}, [](qint64, const Verification& v) {
                Verification n = v;
                n.status = VerificationStatus::Verified;
                return n;
            }, QStringLiteral("set"));
            VerificationCommands::applyNow(nullptr, ctx, {out.reports[1]}, [](qint64, const Verification& v) {
                Verification n = v;
                n.status = VerificationStatus::Disputed;
                return n;
            }, QStringLiteral("set"));
            return out;
        }).result();
        m_event = s.event;
        m_reports = s.reports;
        m_orgs = s.orgs;
        QVERIFY(m_event > 0);
        QCOMPARE(readEvent(m_event).reports.size(), 2); // both wires back the one event
    }

    void detailPanelShowsTheEvent()
    {
        EventDetailPanel panel(*m_writer, *m_queries);
        QSignalSpy loaded(&panel, &EventDetailPanel::loaded);
        panel.setEvent(m_event);
        QVERIFY(loaded.wait(5000));
        const Event ev = readEvent(m_event);
        QCOMPARE(panel.currentEvent(), m_event);

        const QStringList labels = labelTexts(panel);
        QVERIFY2(labels.contains(ev.title), qPrintable(labels.join(QLatin1Char('|'))));
        QVERIFY(labels.contains(QStringLiteral("A recycling venture for used magnets between two invented firms.")));
        const QString facts = labels.filter(QStringLiteral("absolute:day-month-year")).value(0);
        QVERIFY2(!facts.isEmpty(), "the date rule is not shown");
        QVERIFY(facts.contains(formatSpan(ev.date)));
        QVERIFY(facts.contains(precisionLabel(Precision::Day)));

        QTreeWidget* orgs = treeWithHeader(panel, QStringLiteral("Organisation"), 2);
        QVERIFY(orgs);
        QCOMPARE(orgs->topLevelItemCount(), 2);
        QHash<QString, QString> roles;
        for (int i = 0; i < orgs->topLevelItemCount(); ++i)
            roles.insert(orgs->topLevelItem(i)->text(0), orgs->topLevelItem(i)->text(1));
        QCOMPARE(roles.value(QStringLiteral("Kestrel metals")), roleLabel(QStringLiteral("actor")));
        QCOMPARE(roles.value(QStringLiteral("Orton magnetics")), roleLabel(QStringLiteral("partner")));

        QTreeWidget* reports = treeWithHeader(panel, QStringLiteral("Report"), 3, QStringLiteral("Status"));
        QVERIFY(reports);
        QCOMPARE(reports->topLevelItemCount(), 2);
        QHash<qint64, QPair<QString, QString>> shown;
        for (int i = 0; i < reports->topLevelItemCount(); ++i) {
            const QTreeWidgetItem* item = reports->topLevelItem(i);
            shown.insert(item->text(0).toLongLong(), {item->text(1), item->text(2)});
        }
        QCOMPARE(shown.value(m_reports[0]).first, statusLabel(VerificationStatus::Verified));
        QCOMPARE(shown.value(m_reports[1]).first, statusLabel(VerificationStatus::Disputed));
        QCOMPARE(shown.value(m_reports[1]).second, QStringLiteral("Recycling pact, wire 2"));
        QVERIFY(facts.contains(QStringLiteral("verified by at least one report")));

        QTreeWidget* evidence = treeWithHeader(panel, QStringLiteral("Report"), 3, QStringLiteral("Evidence"));
        QVERIFY(evidence);
        QStringList quotes;
        for (int i = 0; i < evidence->topLevelItemCount(); ++i)
            quotes << evidence->topLevelItem(i)->text(1);
        quotes.sort();
        QCOMPARE(quotes, (QStringList{kQuoteA, kQuoteB}));

        // Activating a backing report asks to open it.
        QSignalSpy clicked(&panel, &EventDetailPanel::reportClicked);
        for (int i = 0; i < reports->topLevelItemCount(); ++i)
            if (reports->topLevelItem(i)->text(0).toLongLong() == m_reports[1])
                emit reports->itemActivated(reports->topLevelItem(i), 0);
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.first().first().toLongLong(), m_reports[1]);
    }

    void detailPanelUnknownEvent()
    {
        EventDetailPanel panel(*m_writer, *m_queries);
        panel.setEvent(987654);
        QTRY_VERIFY_WITH_TIMEOUT(labelTexts(panel).join(QLatin1Char(' ')).contains(QStringLiteral("987654")), 5000);
        QCOMPARE(panel.currentEvent(), qint64(0));
    }

    // Each kind of edit in the dialog gives exactly that correction, and the Writer stores and logs it.
    void editDialogCorrections_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("field"); // the correction_log field it records
        QTest::newRow("date") << QStringLiteral("date") << QStringLiteral("date");
        QTest::newRow("date range") << QStringLiteral("range") << QStringLiteral("date");
        QTest::newRow("category") << QStringLiteral("category") << QStringLiteral("category");
        QTest::newRow("title") << QStringLiteral("title") << QStringLiteral("title");
        QTest::newRow("organisations") << QStringLiteral("orgs") << QStringLiteral("organisation");
        QTest::newRow("reject") << QStringLiteral("reject") << QStringLiteral("rejected");
    }
    void editDialogCorrections()
    {
        QFETCH(QString, edit);
        QFETCH(QString, field);
        const Event before = readEvent(m_event);
        EventEditDialog dialog(before, organisations());
        QVERIFY(dialog.correction().isEmpty()); // nothing edited, nothing to write
        const qint64 kestrel = m_orgs.value(QStringLiteral("auto:kestrel metals"));
        const qint64 orton = m_orgs.value(QStringLiteral("auto:orton magnetics"));
        const qint64 pellucid = m_orgs.value(QStringLiteral("auto:pellucid mining"));
        if (edit == QLatin1String("date"))
            dialog.setDate(QDate(2025, 6, 18), Precision::Month);
        else if (edit == QLatin1String("range"))
            dialog.setDateRange(QDate(2025, 3, 2), QDate(2025, 3, 9));
        else if (edit == QLatin1String("category"))
            dialog.setCategory(Category::InvestmentProject);
        else if (edit == QLatin1String("title"))
            dialog.setTitle(QStringLiteral("  Kestrel–Orton recycling venture  "));
        else if (edit == QLatin1String("orgs")) {
            dialog.removeOrganisation(orton);
            dialog.addOrganisation(pellucid, QStringLiteral("regulator"));
            dialog.addOrganisation(kestrel, QStringLiteral("host")); // an existing link changes role
        } else if (edit == QLatin1String("reject"))
            dialog.setRejected(true);

        const EventCorrection c = dialog.correction();
        QCOMPARE(c.eventId, m_event);
        QCOMPARE(bool(c.date), edit == QLatin1String("date") || edit == QLatin1String("range"));
        QCOMPARE(bool(c.category), edit == QLatin1String("category"));
        QCOMPARE(bool(c.title), edit == QLatin1String("title"));
        QCOMPARE(!c.addOrganisations.isEmpty() || !c.removeOrganisations.isEmpty(), edit == QLatin1String("orgs"));
        QCOMPARE(bool(c.rejected), edit == QLatin1String("reject"));
        if (edit == QLatin1String("date"))
            QCOMPARE(*c.date, DateSpan::month(2025, 6));
        if (edit == QLatin1String("range")) {
            QCOMPARE(c.date->start, QDate(2025, 3, 2));
            QCOMPARE(c.date->end, QDate(2025, 3, 9));
        }
        if (edit == QLatin1String("title"))
            QCOMPARE(*c.title, QStringLiteral("Kestrel–Orton recycling venture"));
        if (edit == QLatin1String("orgs")) {
            QCOMPARE(c.removeOrganisations, QList<qint64>{orton});
            QList<std::pair<qint64, QString>> added = c.addOrganisations;
            std::sort(added.begin(), added.end());
            QList<std::pair<qint64, QString>> expected{{kestrel, QStringLiteral("host")}, {pellucid, QStringLiteral("regulator")}};
            std::sort(expected.begin(), expected.end());
            QVERIFY(added == expected);
        }

        const CorrectionMeta meta{QStringLiteral("analyst-e"), QStringLiteral("checked against the filing"), {}};
        const Error error = CorrectionCommands::correctEvent(*m_writer, c, meta).result();
        QVERIFY2(!error, qPrintable(error.detail));
        const Event after = readEvent(m_event);
        if (c.date) {
            QCOMPARE(after.date.start, c.date->start);
            QCOMPARE(after.date.end, c.date->end);
            QCOMPARE(after.date.precision, c.date->precision);
            QCOMPARE(after.date.rule, QStringLiteral("analyst"));
        }
        if (c.category)
            QCOMPARE(after.category, Category::InvestmentProject);
        if (c.title)
            QCOMPARE(after.title, *c.title);
        if (c.rejected)
            QVERIFY(after.rejected);
        if (edit == QLatin1String("orgs")) {
            QHash<qint64, QString> links;
            for (const EventOrgLink& l : after.organisations)
                links.insert(l.orgId, l.role);
            QCOMPARE(links.size(), 2);
            QCOMPARE(links.value(kestrel), QStringLiteral("host"));
            QCOMPARE(links.value(pellucid), QStringLiteral("regulator"));
        }
        const QList<CorrectionEntry> log = corrections(m_event);
        QVERIFY(!log.isEmpty());
        QVERIFY(std::all_of(log.cbegin(), log.cend(), [&](const CorrectionEntry& e) {
            return e.field == field && e.analyst == QLatin1String("analyst-e") && e.note == meta.note;
        }));
        // A fresh dialog on the corrected event has nothing left to change.
        EventEditDialog again(after, organisations());
        QVERIFY(again.correction().isEmpty());
    }

    // A range that ends before it starts, or an empty title, keeps the dialog open with a message and is
    // never turned into a correction.
    void editDialogRefusesBadInput()
    {
        EventEditDialog dialog(readEvent(m_event), organisations());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setDateRange(QDate(2025, 3, 20), QDate(2025, 3, 1));
        QVERIFY(!dialog.validationError().isEmpty());
        QVERIFY(!dialog.correction().date);
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(dialog.shownError().contains(QStringLiteral("before it starts")), qPrintable(dialog.shownError()));
        QLabel* message = nullptr;
        for (QLabel* l : dialog.findChildren<QLabel*>())
            if (l->text() == dialog.shownError())
                message = l;
        QVERIFY(message && message->isVisible());

        dialog.setDateRange(QDate(2025, 3, 1), QDate(2025, 3, 20)); // corrected: the message goes
        QVERIFY(dialog.shownError().isEmpty());
        dialog.setTitle(QStringLiteral("   "));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.shownError().isEmpty());
        dialog.setTitle(QStringLiteral("Recycling venture"));
        dialog.accept();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.correction().date->end, QDate(2025, 3, 20));
    }

    // The panel's Edit button end to end: the dialog's correction goes through the Writer and the panel
    // reloads with the new values and the correction history.
    void panelEditWritesThroughTheWriter()
    {
        EventDetailPanel panel(*m_writer, *m_queries);
        QSignalSpy loaded(&panel, &EventDetailPanel::loaded);
        panel.setEvent(m_event);
        QVERIFY(loaded.wait(5000));
        bool edited = false;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            auto* dialog = qobject_cast<EventEditDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poll.stop();
            dialog->setTitle(QStringLiteral("Recycling venture (analyst title)"));
            dialog->setCategory(Category::InvestmentProject);
            dialog->accept();
            edited = true;
        });
        poll.start(20);
        loaded.clear();
        panel.edit();
        QTRY_VERIFY_WITH_TIMEOUT(edited, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(panel.event().title == QLatin1String("Recycling venture (analyst title)"), 5000);
        QCOMPARE(panel.event().category, Category::InvestmentProject);
        QTreeWidget* history = treeWithHeader(panel, QStringLiteral("When"), 5);
        QVERIFY(history);
        QTRY_COMPARE_WITH_TIMEOUT(history->topLevelItemCount(), 2, 5000);
        QCOMPARE(history->topLevelItem(0)->text(1), QStringLiteral("analyst-e"));
    }

    // A correction made in the dialog survives importing the same report again (deduplicated) and a revised
    // copy of it (a new report whose event merges into the corrected one).
    void correctionSurvivesReimport()
    {
        const QString text = QStringLiteral(
            "Magnet pact\n\nChina Northern Rare Earth Group signed a supply agreement with Shenghe Resources on "
            "12 February 2025 for separated oxides.");
        auto prepare = [this](const QString& body, const QString& name) {
            ParsedDocument d;
            d.title = QStringLiteral("Magnet pact");
            d.text = body;
            d.language = QStringLiteral("en");
            d.format = QStringLiteral("text");
            d.published = DateSpan::day(QDate(2025, 2, 14), QStringLiteral("meta"));
            PreparedFile file;
            file.file = name;
            file.reports << ImportPipeline::prepareDocument(d, *m_gazetteer, QDate(2025, 2, 14));
            return file;
        };
        const PreparedFile first = prepare(text, QStringLiteral("pact.txt"));
        QVERIFY2(!first.reports.first().events.isEmpty(), "extraction found no event in the test text");
        m_writer->submit([first](WriteContext& ctx) { ImportPipeline::store(ctx, first); }).waitForFinished();
        const QList<Event> events = m_queries->run([](ReadContext& ctx) {
            EventFilter f;
            f.search = QStringLiteral("separated oxides");
            return ctx.stores.events.list(f, ctx.stores.reports.searchIds(f.search));
        }).result();
        QCOMPARE(events.size(), 1);
        const Event imported = events.first();

        EventEditDialog dialog(imported, organisations());
        dialog.setTitle(QStringLiteral("Northern–Shenghe oxide supply (analyst)"));
        dialog.setDate(QDate(2025, 2, 1), Precision::Month);
        const EventCorrection c = dialog.correction();
        QVERIFY(c.title && c.date);
        QVERIFY(!CorrectionCommands::correctEvent(*m_writer, c, CorrectionMeta{QStringLiteral("analyst-e"), {}, {}}).result());

        m_writer->submit([first](WriteContext& ctx) { ImportPipeline::store(ctx, first); }).waitForFinished();
        const PreparedFile revised = prepare(text + QStringLiteral("\n\nThe companies gave no price."), QStringLiteral("pact-v2.txt"));
        m_writer->submit([revised](WriteContext& ctx) { ImportPipeline::store(ctx, revised); }).waitForFinished();

        const Event after = readEvent(imported.id);
        QCOMPARE(after.title, *c.title);
        QCOMPARE(after.date.precision, Precision::Month);
        QCOMPARE(after.date.start, QDate(2025, 2, 1));
        QCOMPARE(after.date.rule, QStringLiteral("analyst"));
        QCOMPARE(after.reports.size(), 2); // the revised copy backs the same, still corrected, event
        QCOMPARE(corrections(imported.id).size(), 2);

        if (qEnvironmentVariableIsSet("LODESTONE_GRAB_DIR")) {
            EventDetailPanel detail(*m_writer, *m_queries);
            QSignalSpy detailLoaded(&detail, &EventDetailPanel::loaded);
            detail.setEvent(imported.id);
            QVERIFY(detailLoaded.wait(5000));
            grabForReview(detail, QStringLiteral("eventdetail"), QSize(460, 640));
            ReportReader reader(*m_queries, m_gazetteer);
            QSignalSpy readerLoaded(&reader, &ReportReader::loaded);
            reader.setReport(after.reports.first().reportId);
            QVERIFY(readerLoaded.wait(5000));
            grabForReview(reader, QStringLiteral("reader"), QSize(460, 520));
            VerificationPanel verification(*m_writer, *m_queries);
            QSignalSpy verificationLoaded(&verification, &VerificationPanel::loaded);
            verification.setReport(after.reports.first().reportId);
            QTRY_VERIFY(verificationLoaded.count() >= 1);
            grabForReview(verification, QStringLiteral("verification"), QSize(460, 560));
            EventEditDialog edit(after, organisations());
            edit.setDateRange(QDate(2025, 2, 20), QDate(2025, 2, 10));
            edit.show();
            edit.accept();
            grabForReview(edit, QStringLiteral("editdialog"), QSize(560, 480));
        }
    }
};

QTEST_MAIN(TestEventPanels)
#include "tst_eventpanels.moc"
