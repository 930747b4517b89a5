// Analysts' corrections and the verification history: both logs are append-only (triggers and no code
// path), every correction is logged with old and new values, rejection hides an event, a merge of two
// organisations is reversible, and corrections survive later reports of the same event and re-imports.
#include "db/database.h"
#include "extract/gazetteer.h"
#include "ingest/contenthash.h"
#include "ingest/importpipeline.h"
#include "service/correctioncommands.h"
#include "service/writer.h"
#include "store/correctionstore.h"
#include "store/stores.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <SQLiteCpp/SQLiteCpp.h>
#include <algorithm>

using namespace lodestone;

namespace {

ParsedDocument doc(const QString& title, const QString& text)
{
    ParsedDocument d;
    d.title = title;
    d.text = text;
    d.language = QStringLiteral("en");
    d.published = DateSpan::day(QDate(2025, 11, 27), QStringLiteral("meta"));
    d.format = QStringLiteral("text");
    return d;
}

ExtractedEvent extracted(Category c, const DateSpan& date, const QStringList& orgKeys, const QString& quote)
{
    ExtractedEvent e;
    e.category = c;
    e.title = quote.left(40);
    e.summary = quote;
    e.date = date;
    for (const QString& k : orgKeys)
        e.organisations << EventOrgRole{k, QStringLiteral("actor")};
    e.evidence = Evidence{0, quote, 0, static_cast<int>(quote.size())};
    e.confidence = 0.7;
    return e;
}

CorrectionMeta who(const QString& note = {})
{
    return CorrectionMeta{QStringLiteral("analyst-a"), note, {}};
}

using LinkSet = QList<std::tuple<qint64, qint64, QString>>;

LinkSet eventLinks(SQLite::Database& db)
{
    LinkSet out;
    SQLite::Statement st(db, "SELECT event_id, org_id, role FROM event_org ORDER BY event_id, org_id");
    while (st.executeStep())
        out << std::tuple{st.getColumn(0).getInt64(), st.getColumn(1).getInt64(), QString::fromUtf8(st.getColumn(2).getText())};
    return out;
}

LinkSet reportLinks(SQLite::Database& db)
{
    LinkSet out;
    SQLite::Statement st(db, "SELECT report_id, org_id, mentions FROM report_org ORDER BY report_id, org_id");
    while (st.executeStep())
        out << std::tuple{st.getColumn(0).getInt64(), st.getColumn(1).getInt64(), QString::number(st.getColumn(2).getInt())};
    return out;
}

} // namespace

class TestCorrections final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Stores> m_s;
    int m_serial = 0;

    qint64 report(const QString& text)
    {
        const ParsedDocument d = doc(text.left(20), text);
        return m_s->reports.insert(d, contentHash(d.text), QDateTime::currentDateTimeUtc());
    }
    QHash<QString, qint64> orgIds(const QStringList& keys)
    {
        QHash<QString, qint64> ids;
        for (const QString& k : keys)
            ids.insert(k, m_s->orgs.idFor(OrgMention{k, k.mid(5), 0, 0, true}));
        return ids;
    }
    qint64 analystEdited(qint64 eventId)
    {
        SQLite::Statement st(m_db->sql(), "SELECT analyst_edited FROM event WHERE id = ?");
        st.bind(1, static_cast<int64_t>(eventId));
        return st.executeStep() ? st.getColumn(0).getInt64() : -1;
    }

private slots:
    void init()
    {
        m_s.reset();
        m_db.reset();
        Error error;
        m_db = Database::open(m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_serial)), Database::Mode::ReadWrite, &error);
        QVERIFY2(m_db, qPrintable(error.detail));
        m_s = std::make_unique<Stores>(*m_db);
    }

    void logsRejectUpdateAndDelete_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::newRow("update verification_log") << QStringLiteral("UPDATE verification_log SET status = 'verified'");
        QTest::newRow("delete verification_log") << QStringLiteral("DELETE FROM verification_log");
        QTest::newRow("replace verification_log") << QStringLiteral("INSERT OR REPLACE INTO verification_log (id, report_id, at, status) "
                                                                     "SELECT id, report_id, at, 'rejected' FROM verification_log");
        QTest::newRow("update correction_log") << QStringLiteral("UPDATE correction_log SET note = 'changed'");
        QTest::newRow("delete correction_log") << QStringLiteral("DELETE FROM correction_log");
    }
    void logsRejectUpdateAndDelete()
    {
        QFETCH(QString, statement);
        const qint64 r = report(QStringLiteral("A short note on quotas."));
        Verification v;
        v.status = VerificationStatus::Verified;
        v.analyst = QStringLiteral("analyst-a");
        QVERIFY(m_s->verifications.set(r, v, QStringLiteral("set")));
        const auto e = m_s->events.store(r, extracted(Category::ProductionQuota, DateSpan::day(QDate(2025, 3, 1)), {QStringLiteral("auto:x")},
                                                      QStringLiteral("Quotas were set.")), orgIds({QStringLiteral("auto:x")}));
        CorrectionStore corrections(m_db->sql());
        QVERIFY(!corrections.setEventRejected(e.eventId, true, who()));
        const auto countOf = [&](const char* table) {
            return m_db->sql().execAndGet(std::string("SELECT COUNT(*) FROM ") + table).getInt64();
        };
        const qint64 before = countOf("verification_log") + countOf("correction_log");
        QCOMPARE(before, qint64(2));
        // INSERT OR REPLACE deletes the old row; with recursive_triggers on (set on every connection)
        // that deletion fires the append-only trigger too.
        bool refused = false;
        try {
            m_db->sql().exec(statement.toStdString());
        } catch (const SQLite::Exception& ex) {
            refused = QString::fromUtf8(ex.what()).contains(QStringLiteral("append-only"));
        }
        QVERIFY(refused);
        QCOMPARE(countOf("verification_log") + countOf("correction_log"), before);
        QCOMPARE(m_s->verifications.history(r).first().value.status, VerificationStatus::Verified);
    }

    void noCodePathRewritesTheLogs()
    {
        // Every SQL text in the project: none updates, deletes or replaces rows of either log.
        const QRegularExpression bad(QStringLiteral(R"((UPDATE\s+(OR\s+\w+\s+)?|DELETE\s+FROM\s+|REPLACE\s+INTO\s+)(verification_log|correction_log)\b)"),
                                     QRegularExpression::CaseInsensitiveOption);
        int files = 0;
        for (const char* folder : {"core", "ui", "app"}) {
            QDirIterator it(QStringLiteral(LODESTONE_SOURCE_DIR "/") + QLatin1String(folder), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(f.readAll());
                ++files;
                const auto m = bad.match(text);
                QVERIFY2(!m.hasMatch(), qPrintable(f.fileName() + QStringLiteral(": ") + m.captured(0)));
            }
        }
        QVERIFY(files > 20);
    }

    void bulkSetAppendsOneEntryPerReport()
    {
        const QList<qint64> ids{report(QStringLiteral("one")), report(QStringLiteral("two")), report(QStringLiteral("three"))};
        const auto changes = m_s->verifications.setMany(ids + QList<qint64>{9999}, [](qint64, const Verification& prev) {
            Verification v = prev;
            v.status = VerificationStatus::Disputed;
            v.reliability = QStringLiteral("C");
            v.analyst = QStringLiteral("bulk-analyst");
            return v;
        }, QStringLiteral("bulk"));
        QCOMPARE(changes.size(), 3); // the unknown id is skipped
        for (qint64 id : ids) {
            const auto h = m_s->verifications.history(id);
            QCOMPARE(h.size(), 1);
            QCOMPARE(h.first().action, QStringLiteral("bulk"));
            QCOMPARE(h.first().previous.status, VerificationStatus::Unverified);
            QCOMPARE(h.first().value.status, VerificationStatus::Disputed);
            QCOMPARE(m_s->verifications.get(id)->reliability, QStringLiteral("C"));
            QCOMPARE(m_s->verifications.get(id)->analyst, QStringLiteral("bulk-analyst"));
        }
    }

    void correctionsAreRecorded()
    {
        const qint64 r = report(QStringLiteral("Alpha and Beta agreed to cooperate."));
        const auto ids = orgIds({QStringLiteral("auto:alpha"), QStringLiteral("auto:beta"), QStringLiteral("auto:gamma")});
        const auto e = m_s->events.store(r, extracted(Category::Partnership, DateSpan::day(QDate(2025, 11, 20)),
                                                      {QStringLiteral("auto:alpha"), QStringLiteral("auto:beta")},
                                                      QStringLiteral("Alpha and Beta agreed to cooperate.")), ids);
        QCOMPARE(analystEdited(e.eventId), qint64(0));
        EventCorrection c;
        c.eventId = e.eventId;
        c.title = QStringLiteral("Alpha–Beta cooperation");
        c.category = Category::InvestmentProject;
        c.date = DateSpan::month(2025, 11, QStringLiteral("analyst"));
        c.removeOrganisations = {ids.value(QStringLiteral("auto:beta"))};
        c.addOrganisations = {{ids.value(QStringLiteral("auto:gamma")), QStringLiteral("partner")}};
        CorrectionStore store(m_db->sql());
        int changed = 0;
        QVERIFY(!store.correctEvent(c, who(QStringLiteral("checked the filing")), &changed));
        QCOMPARE(changed, 5);
        QCOMPARE(analystEdited(e.eventId), qint64(1));

        const auto ev = m_s->events.get(e.eventId);
        QVERIFY(ev);
        QCOMPARE(ev->title, *c.title);
        QCOMPARE(ev->category, Category::InvestmentProject);
        QCOMPARE(ev->date.start, QDate(2025, 11, 1));
        QCOMPARE(ev->date.end, QDate(2025, 11, 30));
        QCOMPARE(ev->date.precision, Precision::Month);
        QStringList orgNames;
        for (const auto& o : ev->organisations)
            orgNames << o.name;
        orgNames.sort();
        QCOMPARE(orgNames, (QStringList{QStringLiteral("alpha"), QStringLiteral("gamma")}));

        const auto log = store.history(QStringLiteral("event"), e.eventId);
        QCOMPARE(log.size(), 5);
        QStringList fields;
        for (const auto& entry : log) {
            fields << entry.field;
            QCOMPARE(entry.analyst, QStringLiteral("analyst-a"));
            QCOMPARE(entry.note, QStringLiteral("checked the filing"));
            QVERIFY(entry.at.isValid());
        }
        QCOMPARE(fields, (QStringList{QStringLiteral("title"), QStringLiteral("category"), QStringLiteral("date"),
                                      QStringLiteral("organisation"), QStringLiteral("organisation")}));
        QCOMPARE(log[0].oldValue, QStringLiteral("\"Alpha and Beta agreed to cooperate.\""));
        QCOMPARE(log[1].oldValue, QStringLiteral("\"partnership\""));
        QCOMPARE(log[1].newValue, QStringLiteral("\"investment_project\""));
        const QJsonObject oldDate = QJsonDocument::fromJson(log[2].oldValue.toUtf8()).object();
        QCOMPARE(oldDate.value(QStringLiteral("start")).toString(), QStringLiteral("2025-11-20"));
        QCOMPARE(oldDate.value(QStringLiteral("precision")).toString(), QStringLiteral("day"));
        QCOMPARE(log[3].newValue, QStringLiteral("null"));
        QCOMPARE(log[4].oldValue, QStringLiteral("null"));

        // The same correction again changes nothing and logs nothing.
        QVERIFY(!store.correctEvent(c, who(), &changed));
        QCOMPARE(changed, 0);
        QCOMPARE(store.history(QStringLiteral("event"), e.eventId).size(), 5);
        // Bad input is refused without a log entry.
        EventCorrection missing;
        missing.eventId = 424242;
        missing.title = QStringLiteral("x");
        QCOMPARE(store.correctEvent(missing, who()).code, ErrorCode::NotFound);
        EventCorrection empty;
        empty.eventId = e.eventId;
        empty.title = QStringLiteral("  ");
        QCOMPARE(store.correctEvent(empty, who()).code, ErrorCode::InvalidArgument);
        QCOMPARE(store.recent(100).size(), 5);
    }

    void rejectHidesTheEvent()
    {
        const qint64 r = report(QStringLiteral("Delta announced a plant."));
        const auto ids = orgIds({QStringLiteral("auto:delta")});
        const auto keep = m_s->events.store(r, extracted(Category::InvestmentProject, DateSpan::day(QDate(2025, 5, 1)), {QStringLiteral("auto:delta")},
                                                         QStringLiteral("Delta announced a plant.")), ids);
        const auto drop = m_s->events.store(r, extracted(Category::MarketPrice, DateSpan::day(QDate(2025, 6, 1)), {QStringLiteral("auto:delta")},
                                                         QStringLiteral("Delta raised prices.")), ids);
        CorrectionStore store(m_db->sql());
        QVERIFY(!store.setEventRejected(drop.eventId, true, who(QStringLiteral("misread the table"))));
        const auto listed = m_s->events.list(EventFilter{}, {});
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().id, keep.eventId);
        EventFilter all;
        all.includeRejectedEvents = true;
        QCOMPARE(m_s->events.list(all, {}).size(), 2);
        QVERIFY(m_s->events.get(drop.eventId)->rejected);
        QCOMPARE(analystEdited(drop.eventId), qint64(1));
        const auto log = store.history(QStringLiteral("event"), drop.eventId);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().field, QStringLiteral("rejected"));
        QCOMPARE(log.first().oldValue, QStringLiteral("false"));
        QCOMPARE(log.first().newValue, QStringLiteral("true"));
        // Restoring it is another entry, not a deletion.
        QVERIFY(!store.setEventRejected(drop.eventId, false, who()));
        QCOMPARE(m_s->events.list(EventFilter{}, {}).size(), 2);
        QCOMPARE(store.history(QStringLiteral("event"), drop.eventId).size(), 2);
    }

    void mergeIsReversible()
    {
        const qint64 r1 = report(QStringLiteral("first text about Epsilon"));
        const qint64 r2 = report(QStringLiteral("second text about Epsilon and Zeta"));
        const auto ids = orgIds({QStringLiteral("auto:epsilon"), QStringLiteral("auto:zeta"), QStringLiteral("auto:eta")});
        const qint64 eps = ids.value(QStringLiteral("auto:epsilon"));
        const qint64 zeta = ids.value(QStringLiteral("auto:zeta"));
        m_s->orgs.linkReport(r1, {{eps, 2}});
        m_s->orgs.linkReport(r2, {{eps, 1}, {zeta, 3}});
        m_s->events.store(r1, extracted(Category::Partnership, DateSpan::day(QDate(2025, 1, 5)), {QStringLiteral("auto:epsilon")},
                                        QStringLiteral("Epsilon signed.")), ids);
        m_s->events.store(r2, extracted(Category::MarketPrice, DateSpan::day(QDate(2025, 2, 5)),
                                        {QStringLiteral("auto:epsilon"), QStringLiteral("auto:zeta"), QStringLiteral("auto:eta")},
                                        QStringLiteral("Epsilon and Zeta cut prices.")), ids);
        const LinkSet eventsBefore = eventLinks(m_db->sql());
        const LinkSet reportsBefore = reportLinks(m_db->sql());
        const auto zetaBefore = m_s->orgs.get(zeta);
        const auto epsBefore = m_s->orgs.get(eps);
        QVERIFY(zetaBefore && epsBefore);
        const qint64 orgCount = m_s->orgs.count();

        CorrectionStore store(m_db->sql());
        QCOMPARE(store.mergeOrganisation(eps, eps, who()).code, ErrorCode::InvalidArgument);
        QVERIFY(!store.mergeOrganisation(eps, zeta, who(QStringLiteral("same company"))));
        QCOMPARE(m_s->orgs.get(eps)->mergedInto, zeta);
        QCOMPARE(m_s->orgs.count(), orgCount - 1);
        // All of Epsilon's links now belong to Zeta.
        for (const auto& [a, org, c] : eventLinks(m_db->sql()))
            QVERIFY(org != eps);
        for (const auto& [a, org, c] : reportLinks(m_db->sql()))
            QVERIFY(org != eps);
        QCOMPARE(m_s->orgs.forReport(r1).size(), 1);
        QCOMPARE(m_s->orgs.forReport(r1).first().id, zeta);
        const auto zetaMerged = m_s->orgs.get(zeta);
        const bool hasMergeAlias = std::any_of(zetaMerged->aliases.cbegin(), zetaMerged->aliases.cend(), [&](const OrgAlias& a) {
            return a.provenance == QStringLiteral("merge:%1").arg(eps) && a.text == QStringLiteral("epsilon");
        });
        QVERIFY(hasMergeAlias);
        QCOMPARE(m_s->orgs.resolveNames({QStringLiteral("epsilon")}), QList<qint64>{zeta});
        QCOMPARE(store.mergeOrganisation(eps, zeta, who()).code, ErrorCode::InvalidArgument); // already merged

        QVERIFY(!store.unmergeOrganisation(eps, who(QStringLiteral("different companies after all"))));
        QCOMPARE(eventLinks(m_db->sql()), eventsBefore);
        QCOMPARE(reportLinks(m_db->sql()), reportsBefore);
        const auto zetaAfter = m_s->orgs.get(zeta);
        QCOMPARE(zetaAfter->aliases.size(), zetaBefore->aliases.size());
        QCOMPARE(m_s->orgs.get(eps)->aliases.size(), epsBefore->aliases.size());
        QCOMPARE(m_s->orgs.get(eps)->mergedInto, qint64(0));
        QCOMPARE(m_s->orgs.count(), orgCount);
        QCOMPARE(store.unmergeOrganisation(eps, who()).code, ErrorCode::InvalidArgument); // not merged any more
        const auto log = store.history(QStringLiteral("organisation"), eps);
        QCOMPARE(log.size(), 2);
        QCOMPARE(log[0].oldValue, QStringLiteral("null"));
        QCOMPARE(log[1].newValue, QStringLiteral("null"));
    }

    void correctionsSurviveLaterReports()
    {
        const auto ids = orgIds({QStringLiteral("auto:theta"), QStringLiteral("auto:iota")});
        const QString quote = QStringLiteral("Theta signed a deal with Iota.");
        const qint64 r1 = report(QStringLiteral("Theta signed a deal with Iota. (first)"));
        // Control: an uncorrected event takes the finer date of a later report.
        const auto control = m_s->events.store(r1, extracted(Category::Partnership, DateSpan::month(2025, 9), {QStringLiteral("auto:iota")}, quote), ids);
        // The corrected event keeps the analyst's values.
        const auto e = m_s->events.store(r1, extracted(Category::Partnership, DateSpan::month(2025, 11), {QStringLiteral("auto:theta")}, quote), ids);
        EventCorrection c;
        c.eventId = e.eventId;
        c.title = QStringLiteral("Theta–Iota supply deal");
        c.date = DateSpan::month(2025, 11, QStringLiteral("analyst"));
        c.addOrganisations = {{ids.value(QStringLiteral("auto:iota")), QStringLiteral("partner")}};
        CorrectionStore store(m_db->sql());
        QVERIFY(!store.correctEvent(c, who()));

        const qint64 r2 = report(QStringLiteral("A second wire said Theta signed on 20 November."));
        const auto again = m_s->events.store(r2, extracted(Category::Partnership, DateSpan::day(QDate(2025, 11, 20)), {QStringLiteral("auto:theta")},
                                                           QStringLiteral("Theta signed on 20 November.")), ids);
        QVERIFY(again.merged);
        QCOMPARE(again.eventId, e.eventId);
        const auto controlAgain = m_s->events.store(r2, extracted(Category::Partnership, DateSpan::day(QDate(2025, 9, 3)), {QStringLiteral("auto:iota")},
                                                                  QStringLiteral("Iota signed on 3 September.")), ids);
        QVERIFY(controlAgain.merged);
        QCOMPARE(controlAgain.eventId, control.eventId);
        QCOMPARE(m_s->events.get(control.eventId)->date.precision, Precision::Day);

        const auto ev = m_s->events.get(e.eventId);
        QCOMPARE(ev->title, *c.title);
        QCOMPARE(ev->date.precision, Precision::Month);
        QCOMPARE(ev->date.start, QDate(2025, 11, 1));
        QCOMPARE(ev->date.rule, QStringLiteral("analyst"));
        QCOMPARE(ev->reports.size(), 2);
        QCOMPARE(analystEdited(e.eventId), qint64(1));
    }

    void correctionsSurviveReimportThroughTheWriter()
    {
        const QString path = m_dir.filePath(QStringLiteral("writer.sqlite"));
        auto gazetteer = Gazetteer::bundled();
        QVERIFY(gazetteer);
        Writer writer(path, gazetteer);
        QVERIFY(!writer.start());
        ParsedDocument d = doc(QStringLiteral("Supply pact"),
                               QStringLiteral("Supply pact\n\nChina Northern Rare Earth Group signed a long-term supply agreement with "
                                              "Shenghe Resources on November 20, 2025, covering separated oxides."));
        PreparedFile file;
        file.file = QStringLiteral("pact.txt");
        file.reports << ImportPipeline::prepareDocument(d, *gazetteer, QDate(2025, 11, 27));
        QVERIFY2(!file.reports.first().events.isEmpty(), "extraction found no event in the test text");
        const auto countEvents = [&writer] {
            return writer.submit([](WriteContext& ctx) { return ctx.stores.events.count(); }).result();
        };
        writer.submit([file](WriteContext& ctx) { ImportPipeline::store(ctx, file); }).waitForFinished();
        const qint64 eventsAfterFirst = countEvents();
        QVERIFY(eventsAfterFirst >= 1);
        const qint64 eventId = writer.submit([](WriteContext& ctx) {
            return ctx.stores.events.list(EventFilter{}, {}).first().id;
        }).result();

        EventCorrection c;
        c.eventId = eventId;
        c.title = QStringLiteral("Corrected by the analyst");
        c.date = DateSpan::quarter(2025, 4, QStringLiteral("analyst"));
        QVERIFY(!CorrectionCommands::correctEvent(writer, c, who()).result());
        QCOMPARE(CorrectionCommands::correctEvent(writer, EventCorrection{424242, QStringLiteral("x"), {}, {}, {}, {}, {}}, who())
                     .result().code, ErrorCode::NotFound);

        // The same file again: dedup keeps the report out, the correction stays.
        writer.submit([file](WriteContext& ctx) { ImportPipeline::store(ctx, file); }).waitForFinished();
        QCOMPARE(countEvents(), eventsAfterFirst);
        const auto ev = writer.submit([eventId](WriteContext& ctx) { return *ctx.stores.events.get(eventId); }).result();
        QCOMPARE(ev.title, *c.title);
        QCOMPARE(ev.date.precision, Precision::Quarter);
        const qint64 reports = writer.submit([](WriteContext& ctx) { return ctx.stores.reports.count(); }).result();
        QCOMPARE(reports, qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestCorrections)
#include "tst_corrections.moc"
