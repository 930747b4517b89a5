// Reprocessing a database made by the previous schema (v4, built here with its own DDL and filled the way the
// old code stored reports: no publication date, events placed on the import year): `reprocess` settles the
// publication date from the text, re-resolves the events against it and keeps what analysts did — corrected and
// rejected events, verification and both append-only histories. A report's date corrected by an analyst
// re-resolves its events again and is recorded in the correction history. Cancel stops between groups.
#include "db/migrations.h"
#include "extract/gazetteer.h"
#include "service/correctioncommands.h"
#include "service/reprocessor.h"
#include "service/writer.h"
#include "store/correctionstore.h"

#include <QTemporaryDir>
#include <QTest>
#include <SQLiteCpp/SQLiteCpp.h>

using namespace lodestone;

namespace {

// Written for this test: a saved article (URL line, dateline) whose events need its publication date.
const QString kText = QStringLiteral(
    "https://news.example.com/2023-07-07/metal-controls.html\n"
    "2023-07-07\n"
    "The Ministry of Commerce announced export controls on gallium and germanium on Monday. "
    "The restrictions will take effect from August 1.\n\n"
    "Northern Rare Earth raised its list prices for praseodymium oxide on Tuesday.\n");

qint64 scalar(SQLite::Database& db, const char* sqlText)
{
    return db.execAndGet(sqlText).getInt64();
}

int offsetOf(const QString& needle)
{
    return static_cast<int>(kText.indexOf(needle));
}

} // namespace

class TstReprocess final : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_importDay = QDate::currentDate().toJulianDay();

    // The v4 database, filled by hand the way the previous code stored this report.
    void buildOldDatabase()
    {
        m_path = m_dir.filePath(QStringLiteral("old.sqlite"));
        SQLite::Database db(m_path.toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("PRAGMA foreign_keys = ON");
        QVERIFY(!Migrations::migrateTo(db, 4));
        QCOMPARE(db.execAndGet("PRAGMA user_version").getInt(), 4);
        SQLite::Statement rep(db, "INSERT INTO report (id, title, text, content_hash, imported_at, format, language) "
                                  "VALUES (1, 'Metal controls', ?, 'hash-1', '2026-01-02T10:00:00Z', 'text', 'en')");
        rep.bind(1, kText.toStdString());
        rep.exec();
        db.exec("INSERT INTO report_fts (rowid, title, body) VALUES (1, 'Metal controls', 'metal controls')");
        db.exec("INSERT INTO verification (report_id, status, reliability, credibility, note, analyst, at) "
                "VALUES (1, 'verified', 'B', 2, 'checked against the notice', 'ana', '2026-01-03T09:00:00Z')");
        db.exec("INSERT INTO verification_log (report_id, at, analyst, status, reliability, credibility, note) "
                "VALUES (1, '2026-01-03T09:00:00Z', 'ana', 'verified', 'B', 2, 'checked against the notice')");
        db.exec("INSERT INTO organisation (id, key, name_en) VALUES (1, 'mofcom', 'Ministry of Commerce'), "
                "(2, 'northern-rare-earth', 'Northern Rare Earth')");
        db.exec("INSERT INTO report_org (report_id, org_id, mentions) VALUES (1, 1, 1), (1, 2, 1)");
        auto event = [&](qint64 id, const char* cat, const char* title, qint64 day, const char* rule, int edited, int rejected,
                         const QString& sentence, qint64 org) {
            SQLite::Statement e(db, "INSERT INTO event (id, category, title, start_day, end_day, precision, date_rule, "
                                    "analyst_edited, rejected) VALUES (?,?,?,?,?,'day',?,?,?)");
            e.bind(1, static_cast<int64_t>(id));
            e.bind(2, cat);
            e.bind(3, title);
            e.bind(4, static_cast<int64_t>(day));
            e.bind(5, static_cast<int64_t>(day));
            e.bind(6, rule);
            e.bind(7, edited);
            e.bind(8, rejected);
            e.exec();
            SQLite::Statement ev(db, "INSERT INTO evidence (event_id, report_id, quote, start_offset, end_offset) VALUES (?,1,?,?,?)");
            ev.bind(1, static_cast<int64_t>(id));
            ev.bind(2, sentence.toStdString());
            ev.bind(3, offsetOf(sentence));
            ev.bind(4, offsetOf(sentence) + static_cast<int>(sentence.size()));
            ev.exec();
            SQLite::Statement eo(db, "INSERT INTO event_org (event_id, org_id, role) VALUES (?,?,'actor')");
            eo.bind(1, static_cast<int64_t>(id));
            eo.bind(2, static_cast<int64_t>(org));
            eo.exec();
        };
        // what the old code did: "on Monday" against the import week, "August 1" in the import year
        event(1, "export_control", "Ministry of Commerce announces export controls", m_importDay - 2, "en:weekday(most recent)", 0, 0,
              QStringLiteral("The Ministry of Commerce announced export controls on gallium and germanium on Monday."), 1);
        event(2, "market_price", "Corrected by the analyst", QDate(2023, 7, 4).toJulianDay(), "analyst", 1, 0,
              QStringLiteral("Northern Rare Earth raised its list prices for praseodymium oxide on Tuesday."), 2);
        event(3, "export_control", "Restrictions take effect", QDate(QDate::currentDate().year(), 8, 1).toJulianDay(),
              "en:month-day(year from reference)", 0, 1, QStringLiteral("The restrictions will take effect from August 1."), 1);
        db.exec("INSERT INTO correction_log (at, analyst, target, target_id, field, old_value, new_value) VALUES "
                "('2026-01-03T09:10:00Z', 'ana', 'event', 2, 'title', '\"Northern Rare Earth raises prices\"', '\"Corrected by the analyst\"'), "
                "('2026-01-03T09:11:00Z', 'ana', 'event', 3, 'rejected', 'false', 'true')");
    }

    struct State {
        QString published, publishedRule, url, status, reliability;
        int credibility = 0;
        qint64 verificationLog = 0, correctionLog = 0;
        QString event2Title, event2Date;
        bool event2Exists = false, event3Rejected = false, event1Exists = false;
        qint64 eventsOnRejectedSentence = 0, afterPublication = 0;
        QStringList exportDates;
    };

    static State read(WriteContext& ctx)
    {
        SQLite::Database& db = ctx.db.sql();
        State s;
        const auto r = ctx.stores.reports.get(1);
        if (r && r->doc.published) {
            s.published = r->doc.published->start.toString(Qt::ISODate);
            s.publishedRule = r->doc.published->rule;
        }
        s.url = r ? r->doc.url : QString();
        s.status = statusKey(r->verification.status);
        s.reliability = r->verification.reliability;
        s.credibility = r->verification.credibility;
        s.verificationLog = scalar(db, "SELECT COUNT(*) FROM verification_log");
        s.correctionLog = scalar(db, "SELECT COUNT(*) FROM correction_log");
        if (const auto e2 = ctx.stores.events.get(2)) {
            s.event2Exists = true;
            s.event2Title = e2->title;
            s.event2Date = e2->date.start.toString(Qt::ISODate);
        }
        if (const auto e3 = ctx.stores.events.get(3))
            s.event3Rejected = e3->rejected;
        s.event1Exists = ctx.stores.events.get(1).has_value();
        const int restrictions = offsetOf(QStringLiteral("The restrictions"));
        SQLite::Statement st(db, "SELECT COUNT(*) FROM evidence WHERE report_id = 1 AND event_id <> 3 AND start_offset <= ? AND end_offset > ?");
        st.bind(1, restrictions);
        st.bind(2, restrictions);
        st.executeStep();
        s.eventsOnRejectedSentence = st.getColumn(0).getInt64();
        EventFilter all;
        for (const Event& e : ctx.stores.events.list(all, {})) {
            if (e.category == Category::ExportControl && !e.undated())
                s.exportDates << e.date.start.toString(Qt::ISODate) + (e.timing == EventTiming::Reported ? QString() : QStringLiteral("+") + timingKey(e.timing));
            if (!e.undated() && r->doc.published && e.date.start > r->doc.published->end && e.timing == EventTiming::Reported)
                ++s.afterPublication;
        }
        return s;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void reprocessKeepsAnalystWork()
    {
        buildOldDatabase();
        Writer writer(m_path, Gazetteer::bundled());
        QVERIFY(!writer.start()); // migrates v4 -> current, with a backup
        const State before = writer.submit([](WriteContext& ctx) { return read(ctx); }).result();
        QVERIFY(before.published.isEmpty());
        QVERIFY(before.event1Exists);

        Reprocessor reprocessor(writer, Gazetteer::bundled());
        QList<ReprocessProgress> progress;
        const ReprocessSummary sum = reprocessor.run(CancelToken{}, [&](const ReprocessProgress& p) { progress << p; });
        QCOMPARE(sum.reports, 1);
        QCOMPARE(sum.failed, 0);
        QCOMPARE(sum.datesChanged, 1);
        QCOMPARE(sum.eventsKept, 2);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().done, 1);
        QCOMPARE(progress.last().total, 1);

        const State after = writer.submit([](WriteContext& ctx) { return read(ctx); }).result();
        QCOMPARE(after.published, QStringLiteral("2023-07-07"));
        QVERIFY2(after.publishedRule.startsWith(QLatin1String("text:dateline")), qPrintable(after.publishedRule));
        QCOMPARE(after.url, QStringLiteral("https://news.example.com/2023-07-07/metal-controls.html"));
        // verification and both histories untouched
        QCOMPARE(after.status, QStringLiteral("verified"));
        QCOMPARE(after.reliability, QStringLiteral("B"));
        QCOMPARE(after.credibility, 2);
        QCOMPARE(after.verificationLog, before.verificationLog);
        QCOMPARE(after.correctionLog, before.correctionLog);
        // the corrected event as the analyst left it; the rejected one still rejected, its sentence no new event
        QVERIFY(after.event2Exists);
        QCOMPARE(after.event2Title, QStringLiteral("Corrected by the analyst"));
        QCOMPARE(after.event2Date, QStringLiteral("2023-07-04"));
        QVERIFY(after.event3Rejected);
        QCOMPARE(after.eventsOnRejectedSentence, qint64(0));
        // the import-week Monday is gone; the Monday before publication is there
        QVERIFY(!after.event1Exists);
        QVERIFY2(after.exportDates.contains(QStringLiteral("2023-07-03")), qPrintable(after.exportDates.join(u',')));
        QCOMPARE(after.afterPublication, qint64(0));

        // again: nothing changes
        const ReprocessSummary again = reprocessor.run();
        QCOMPARE(again.datesChanged, 0);
        const State twice = writer.submit([](WriteContext& ctx) { return read(ctx); }).result();
        QCOMPARE(twice.exportDates, after.exportDates);
        QCOMPARE(twice.correctionLog, after.correctionLog);
    }

    void analystCorrectsTheDate()
    {
        Writer writer(m_path, Gazetteer::bundled());
        QVERIFY(!writer.start());
        ReportCorrection c;
        c.reportId = 1;
        c.published = DateSpan::day(QDate(2023, 7, 14), QStringLiteral("analyst: ana"));
        c.publisher = QStringLiteral("Example News");
        QVERIFY(!CorrectionCommands::correctReport(writer, c, CorrectionMeta{QStringLiteral("ana"), QStringLiteral("from the print edition"), {}}).result());
        const State s = writer.submit([](WriteContext& ctx) { return read(ctx); }).result();
        QCOMPARE(s.published, QStringLiteral("2023-07-14"));
        QCOMPARE(s.publishedRule, QStringLiteral("analyst: ana"));
        // "on Monday" now means the Monday before 14 July
        QVERIFY2(s.exportDates.contains(QStringLiteral("2023-07-10")), qPrintable(s.exportDates.join(u',')));
        QCOMPARE(s.event2Title, QStringLiteral("Corrected by the analyst"));
        const QList<CorrectionEntry> history =
            writer.submit([](WriteContext& ctx) { return CorrectionStore(ctx.db.sql()).history(QStringLiteral("report"), 1); }).result();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history[0].field, QStringLiteral("published"));
        QVERIFY(history[0].newValue.contains(QLatin1String("2023-07-14")));
        QCOMPARE(history[0].note, QStringLiteral("from the print edition"));
        QCOMPARE(history[1].field, QStringLiteral("publisher"));

        // reprocessing keeps the analyst's date and publisher
        Reprocessor(writer, Gazetteer::bundled()).run();
        const State kept = writer.submit([](WriteContext& ctx) { return read(ctx); }).result();
        QCOMPARE(kept.published, QStringLiteral("2023-07-14"));
        const QString publisher = writer.submit([](WriteContext& ctx) { return ctx.stores.reports.get(1)->doc.publisher; }).result();
        QCOMPARE(publisher, QStringLiteral("Example News"));

        // a wrong id or date is refused and changes nothing
        ReportCorrection bad;
        bad.reportId = 99;
        bad.url = QStringLiteral("https://x.example");
        QCOMPARE(CorrectionCommands::correctReport(writer, bad, {}).result().code, ErrorCode::NotFound);
        ReportCorrection invalid;
        invalid.reportId = 1;
        invalid.published = DateSpan{};
        QCOMPARE(CorrectionCommands::correctReport(writer, invalid, {}).result().code, ErrorCode::InvalidArgument);
    }

    void cancelStopsBetweenGroups()
    {
        Writer writer(m_path, Gazetteer::bundled());
        QVERIFY(!writer.start());
        CancelToken cancel;
        cancel.cancel();
        const ReprocessSummary sum = Reprocessor(writer, Gazetteer::bundled()).run(cancel);
        QVERIFY(sum.cancelled);
        QCOMPARE(sum.reports, 0);
    }
};

QTEST_GUILESS_MAIN(TstReprocess)
#include "tst_reprocess.moc"
