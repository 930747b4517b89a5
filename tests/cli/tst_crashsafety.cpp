// Crash safety of the real `lodestone` executable: an import of N synthetic report files and a loop of
// verification commands are killed with SIGKILL at seeded random moments; after every kill the database must
// pass integrity and referential checks, keep every report whose import was confirmed, keep each report's
// verification row and evidence, and keep the verification history exactly. A final uninterrupted import
// completes the rest. Kill points and figures are printed with qInfo.
#include "ingest/syntheticcorpus.h"
#include "service/importer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>
#include <SQLiteCpp/SQLiteCpp.h>

using namespace lodestone;

namespace {

const QString kBinary = QStringLiteral(LODESTONE_BIN_DIR "/lodestone");
constexpr int kFiles = 5000;
constexpr quint32 kSeed = 20240611;
constexpr int kImportKills = 22;
constexpr int kVerifyRuns = 16;
// Body length kept per file: enough for two or three dated event sentences, small enough that the
// whole test (including re-reading duplicates) stays well under a minute.
constexpr int kBodyChars = 900;

QProcessEnvironment environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LODESTONE_LOG"), QStringLiteral("error"));
    env.insert(QStringLiteral("LODESTONE_ANALYST"), QStringLiteral("crash-tester"));
    env.remove(QStringLiteral("LODESTONE_DB"));
    return env;
}

struct Figures {
    qint64 reports = 0;
    qint64 events = 0;
    qint64 evidence = 0;
    qint64 verificationLog = 0;
};

// Opens the database as the next Lodestone process would (recovering the WAL) and checks every invariant.
// Returns the problems found (empty when consistent) and fills figures.
QStringList checkDatabase(const QString& path, Figures& f)
{
    QStringList problems;
    try {
        SQLite::Database db(path.toStdString(), SQLite::OPEN_READWRITE, 5000);
        db.exec("PRAGMA foreign_keys=ON");
        {
            SQLite::Statement ic(db, "PRAGMA integrity_check");
            while (ic.executeStep())
                if (ic.getColumn(0).getString() != "ok")
                    problems << QStringLiteral("integrity: %1").arg(QString::fromStdString(ic.getColumn(0).getString()));
        }
        {
            SQLite::Statement fk(db, "PRAGMA foreign_key_check");
            while (fk.executeStep())
                problems << QStringLiteral("foreign key: table %1 rowid %2 -> %3")
                                .arg(QString::fromStdString(fk.getColumn(0).getString()))
                                .arg(fk.getColumn(1).getInt64())
                                .arg(QString::fromStdString(fk.getColumn(2).getString()));
        }
        const auto count = [&db](const char* sql) { return db.execAndGet(sql).getInt64(); };
        struct Rule {
            const char* what;
            const char* sql;
        };
        const Rule rules[] = {
            {"reports without their verification row",
             "SELECT COUNT(*) FROM report r WHERE NOT EXISTS (SELECT 1 FROM verification v WHERE v.report_id = r.id)"},
            {"verification rows without a report",
             "SELECT COUNT(*) FROM verification v WHERE NOT EXISTS (SELECT 1 FROM report r WHERE r.id = v.report_id)"},
            {"evidence pointing at a missing event",
             "SELECT COUNT(*) FROM evidence e WHERE NOT EXISTS (SELECT 1 FROM event ev WHERE ev.id = e.event_id)"},
            {"evidence pointing at a missing report",
             "SELECT COUNT(*) FROM evidence e WHERE NOT EXISTS (SELECT 1 FROM report r WHERE r.id = e.report_id)"},
            {"events without any evidence", "SELECT COUNT(*) FROM event ev WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE e.event_id = ev.id)"},
            {"verification history of a missing report",
             "SELECT COUNT(*) FROM verification_log l WHERE NOT EXISTS (SELECT 1 FROM report r WHERE r.id = l.report_id)"},
        };
        for (const Rule& r : rules)
            if (const qint64 n = count(r.sql))
                problems << QStringLiteral("%1: %2").arg(QLatin1String(r.what)).arg(n);
        f.reports = count("SELECT COUNT(*) FROM report");
        f.events = count("SELECT COUNT(*) FROM event");
        f.evidence = count("SELECT COUNT(*) FROM evidence");
        f.verificationLog = count("SELECT COUNT(*) FROM verification_log");
        if (const qint64 fts = count("SELECT COUNT(*) FROM report_fts"); fts != f.reports)
            problems << QStringLiteral("search index has %1 rows for %2 reports").arg(fts).arg(f.reports);
    } catch (const SQLite::Exception& e) {
        problems << QStringLiteral("cannot check: %1").arg(QString::fromUtf8(e.what()));
    }
    return problems;
}

// The notes of the verification history of one report, oldest first.
// Evidence rows per report, keyed by source file, and the number of events.
QMap<QString, qint64> evidencePerFile(const QString& path, qint64* events)
{
    QMap<QString, qint64> out;
    SQLite::Database db(path.toStdString(), SQLite::OPEN_READONLY, 5000);
    SQLite::Statement st(db, "SELECT r.source_path, (SELECT COUNT(*) FROM evidence e WHERE e.report_id = r.id) FROM report r");
    while (st.executeStep())
        out.insert(QString::fromStdString(st.getColumn(0).getString()), st.getColumn(1).getInt64());
    *events = db.execAndGet("SELECT COUNT(*) FROM event").getInt64();
    return out;
}

QStringList historyNotes(const QString& path, qint64 reportId)
{
    QStringList notes;
    SQLite::Database db(path.toStdString(), SQLite::OPEN_READONLY, 5000);
    SQLite::Statement st(db, "SELECT note FROM verification_log WHERE report_id = ? ORDER BY id");
    st.bind(1, static_cast<int64_t>(reportId));
    while (st.executeStep())
        notes << QString::fromStdString(st.getColumn(0).getString());
    return notes;
}

} // namespace

class CrashSafetyTest final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QStringList m_files;         // sorted, as the importer orders a folder
    QSet<QString> m_confirmed;   // files whose "imported" line a killed or finished run printed
    QRandomGenerator m_rng{kSeed};
    int m_kills = 0;
    int m_checks = 0;

    // Runs `lodestone import` on files and kills it once it has confirmed `killAfter` new imports plus a
    // random delay (0-40 ms). Returns the number of imports confirmed in this run.
    int importAndKill(const QStringList& files, int killAfter, int jitterMs, bool* finished)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        QStringList args{QStringLiteral("import"), QStringLiteral("--db"), m_db};
        args += files;
        p.start(kBinary, args);
        if (!p.waitForStarted(10000))
            return -1;
        QByteArray buffer;
        int confirmed = 0;
        auto consume = [&] {
            buffer += p.readAllStandardOutput();
            qsizetype nl;
            while ((nl = buffer.indexOf('\n')) >= 0) {
                const QString line = QString::fromUtf8(buffer.left(nl));
                buffer.remove(0, nl + 1);
                if (line.startsWith(QLatin1String("imported  "))) {
                    const QString file = line.mid(10).section(QStringLiteral("  "), 0, 0);
                    m_confirmed.insert(file);
                    ++confirmed;
                }
            }
        };
        QElapsedTimer timer;
        timer.start();
        while (confirmed < killAfter && p.state() == QProcess::Running && timer.elapsed() < 60000) {
            p.waitForReadyRead(20);
            consume();
        }
        *finished = p.state() != QProcess::Running;
        if (!*finished) {
            if (jitterMs > 0)
                QThread::msleep(static_cast<unsigned long>(jitterMs));
            p.kill(); // SIGKILL
            p.waitForFinished(10000);
            *finished = p.exitStatus() == QProcess::NormalExit;
        }
        consume();
        return confirmed;
    }

    void expectConsistent(const QString& when, Figures& f)
    {
        const QStringList problems = checkDatabase(m_db, f);
        ++m_checks;
        QVERIFY2(problems.isEmpty(), qPrintable(when + QStringLiteral(": ") + problems.join(QStringLiteral("; "))));
    }

private slots:
    void initTestCase()
    {
        if (!QFileInfo(kBinary).isExecutable())
            QSKIP("the lodestone executable is not built");
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("crash.sqlite"));
        QDir().mkpath(m_dir.filePath(QStringLiteral("in")));
        QElapsedTimer t;
        t.start();
        const QList<ParsedDocument> docs = SyntheticCorpus::reports(kFiles, kSeed);
        for (int i = 0; i < docs.size(); ++i) {
            QString body = docs[i].text.left(kBodyChars);
            if (const qsizetype stop = body.lastIndexOf(QLatin1Char('.')); stop > 0)
                body.truncate(stop + 1);
            const QString path = m_dir.filePath(QStringLiteral("in/r%1.txt").arg(i, 5, 10, QLatin1Char('0')));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write((docs[i].title + QStringLiteral("\n\n") + body + QLatin1Char('\n')).toUtf8());
            m_files << path;
        }
        qInfo("generated %d synthetic report files in %lld ms (seed %u)", kFiles, static_cast<long long>(t.elapsed()), kSeed);
    }

    void importSurvivesRepeatedKills()
    {
        QElapsedTimer total;
        total.start();
        qsizetype resumeAt = 0;
        Figures f;
        QStringList points;
        qint64 previous = 0;
        int inFlightCommitted = 0;
        for (int k = 0; k < kImportKills; ++k) {
            // Continue the same import: restart a little before the last confirmed file, so the files that
            // were in flight at the kill come round again (as duplicates when their transaction had committed).
            const qsizetype from = qMax<qsizetype>(0, resumeAt - 12);
            const QStringList slice = m_files.mid(from);
            const int killAfter = 1 + m_rng.bounded(120);
            const int jitter = m_rng.bounded(40);
            bool finished = false;
            const int confirmed = importAndKill(slice, killAfter, jitter, &finished);
            QVERIFY2(confirmed >= 0, "lodestone did not start");
            QVERIFY2(!finished, "the import finished before it could be killed; lower the kill points");
            ++m_kills;
            expectConsistent(QStringLiteral("after import kill %1").arg(k + 1), f);
            // Every import the command confirmed is there; nothing else beyond the files in flight.
            QVERIFY2(f.reports >= m_confirmed.size(),
                     qPrintable(QStringLiteral("kill %1: %2 reports but %3 confirmed").arg(k + 1).arg(f.reports).arg(m_confirmed.size())));
            // At most the groups with the Writer (committed, result not yet printed) plus the importer's window of
            // prepared files (2 x threads + 2).
            QVERIFY2(f.reports - previous <= confirmed + Importer::kStoreDepth * Importer::kMaxGroupFiles + 12,
                     qPrintable(QStringLiteral("kill %1: %2 new reports for %3 confirmed").arg(k + 1).arg(f.reports - previous).arg(confirmed)));
            inFlightCommitted += static_cast<int>(f.reports - previous) - confirmed;
            previous = f.reports;
            points << QStringLiteral("%1+%2ms").arg(killAfter).arg(jitter);
            resumeAt = f.reports; // files are imported in order, one report each
        }
        qInfo("import: %d SIGKILLs at (confirmed imports in the run + delay) %s", kImportKills, qPrintable(points.join(QLatin1Char(' '))));
        qInfo("import: after the kills %lld reports, %lld events, %lld evidence rows, %lld confirmed by the killed runs "
              "(+%d committed but killed before saying so); %d checks passed; %lld ms",
              static_cast<long long>(f.reports), static_cast<long long>(f.events), static_cast<long long>(f.evidence),
              static_cast<long long>(m_confirmed.size()), inFlightCommitted, m_checks, static_cast<long long>(total.elapsed()));
    }

    void verificationHistorySurvivesKills()
    {
        Figures f;
        expectConsistent(QStringLiteral("before verification"), f);
        QVERIFY(f.reports >= 3);
        const qint64 reportId = 1 + m_rng.bounded(static_cast<int>(qMin<qint64>(f.reports, 50)));
        const QStringList statuses{QStringLiteral("verified"), QStringLiteral("disputed"), QStringLiteral("rejected"),
                                   QStringLiteral("unverified")};
        QStringList completed; // notes of runs that exited 0
        QStringList killed;    // notes of runs killed before they exited
        QStringList points;
        qint64 typicalMs = 0;
        int verifyKills = 0;
        for (int k = 0; k < kVerifyRuns; ++k) {
            const QString note = QStringLiteral("run-%1").arg(k);
            QProcess p;
            p.setProcessEnvironment(environment());
            p.start(kBinary, {QStringLiteral("verify"), QString::number(reportId), QStringLiteral("--status"), statuses[k % 4],
                              QStringLiteral("--reliability"), QStringLiteral("B"), QStringLiteral("--note"), note,
                              QStringLiteral("--db"), m_db});
            QVERIFY(p.waitForStarted(10000));
            QElapsedTimer t;
            t.start();
            // The first three runs measure an uninterrupted verify (the fastest of them counts: on a loaded machine
            // a slow start-up must not push the kill points past the end of later runs); after that two runs in
            // three are killed at a random moment between 30% and 95% of that time (start-up, opening, the
            // transaction, exit).
            const bool kill = k >= 3 && k % 3 != 0;
            if (kill) {
                const qint64 lo = typicalMs * 3 / 10;
                const qint64 hi = typicalMs * 95 / 100;
                const qint64 at = lo + m_rng.bounded(static_cast<int>(qMax<qint64>(1, hi - lo)));
                const bool done = p.waitForFinished(static_cast<int>(qMax<qint64>(1, at)));
                if (!done) {
                    p.kill();
                    p.waitForFinished(10000);
                }
                points << QStringLiteral("%1ms%2").arg(at).arg(done ? QStringLiteral("(done first)") : QString());
            } else {
                QVERIFY(p.waitForFinished(60000));
                if (k < 3)
                    typicalMs = k == 0 ? t.elapsed() : qMin(typicalMs, t.elapsed());
            }
            if (p.exitStatus() == QProcess::NormalExit) {
                QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
                completed << note;
            } else {
                killed << note;
                ++verifyKills;
            }
            expectConsistent(QStringLiteral("after verify run %1").arg(k), f);
            const QStringList notes = historyNotes(m_db, reportId);
            // History intact: every confirmed change once, in order; a killed change at most once.
            QStringList confirmedInLog;
            for (const QString& n : notes) {
                QVERIFY2(n.startsWith(QLatin1String("run-")), qPrintable(n));
                QCOMPARE(notes.count(n), 1);
                if (completed.contains(n))
                    confirmedInLog << n;
                else
                    QVERIFY2(killed.contains(n), qPrintable(QStringLiteral("unexpected history entry %1").arg(n)));
            }
            QCOMPARE(confirmedInLog, completed);
            QCOMPARE(f.verificationLog, static_cast<qint64>(notes.size()));
        }
        const QStringList notes = historyNotes(m_db, reportId);
        const qsizetype killedButCommitted = notes.size() - completed.size();
        QVERIFY2(verifyKills >= 5, qPrintable(QStringLiteral("only %1 verify runs were killed").arg(verifyKills)));
        qInfo("verify: report %lld, %d runs, %d SIGKILLs at %s (uninterrupted run %lld ms); %lld completed, "
              "history has %lld entries (%lld from killed runs that had committed)",
              static_cast<long long>(reportId), kVerifyRuns, verifyKills, qPrintable(points.join(QLatin1Char(' '))),
              static_cast<long long>(typicalMs), static_cast<long long>(completed.size()), static_cast<long long>(notes.size()),
              static_cast<long long>(killedButCommitted));
        m_kills += verifyKills;
    }

    void killedImportsLostNoEvidence()
    {
        // The same files imported once without interruption must give the same reports, evidence and events.
        Figures f;
        expectConsistent(QStringLiteral("before the reference comparison"), f);
        const QString reference = m_dir.filePath(QStringLiteral("reference.sqlite"));
        QProcess p;
        p.setProcessEnvironment(environment());
        QStringList args{QStringLiteral("import"), QStringLiteral("--db"), reference};
        args += m_files.mid(0, f.reports);
        p.start(kBinary, args);
        QVERIFY(p.waitForStarted(10000));
        QVERIFY(p.waitForFinished(300000));
        QCOMPARE(p.exitCode(), 0);
        qint64 crashEvents = 0;
        qint64 referenceEvents = 0;
        const QMap<QString, qint64> crashed = evidencePerFile(m_db, &crashEvents);
        const QMap<QString, qint64> clean = evidencePerFile(reference, &referenceEvents);
        QCOMPARE(crashed.size(), clean.size());
        QVERIFY2(crashed == clean, "evidence per report differs from an uninterrupted import of the same files");
        QCOMPARE(crashEvents, referenceEvents);
        qInfo("the %lld reports stored under kills match an uninterrupted import of the same files: %lld events, same evidence per report",
              static_cast<long long>(crashed.size()), static_cast<long long>(crashEvents));
    }

    void finalImportCompletesTheRest()
    {
        Figures before;
        expectConsistent(QStringLiteral("before the final import"), before);
        QProcess p;
        p.setProcessEnvironment(environment());
        QElapsedTimer t;
        t.start();
        p.start(kBinary, {QStringLiteral("import"), QStringLiteral("--json"), QStringLiteral("--db"), m_db, m_dir.filePath(QStringLiteral("in"))});
        QVERIFY(p.waitForStarted(10000));
        QVERIFY(p.waitForFinished(300000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().left(2000).constData());
        const QJsonObject doc = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        const qint64 imported = doc.value(QStringLiteral("imported")).toInteger();
        const qint64 duplicates = doc.value(QStringLiteral("duplicates")).toInteger();
        QCOMPARE(doc.value(QStringLiteral("failed")).toInteger(), qint64(0));
        QCOMPARE(duplicates, before.reports);
        QCOMPARE(imported + duplicates, qint64(kFiles));
        Figures after;
        expectConsistent(QStringLiteral("after the final import"), after);
        QCOMPARE(after.reports, qint64(kFiles));
        QCOMPARE(after.verificationLog, before.verificationLog);
        qInfo("final import: %lld imported, %lld duplicates in %lld ms; %lld reports, %lld events, %lld evidence rows; "
              "%d SIGKILLs in all, %d consistency checks, nothing lost",
              static_cast<long long>(imported), static_cast<long long>(duplicates), static_cast<long long>(t.elapsed()),
              static_cast<long long>(after.reports), static_cast<long long>(after.events), static_cast<long long>(after.evidence),
              m_kills, m_checks);
    }
};

QTEST_GUILESS_MAIN(CrashSafetyTest)
#include "tst_crashsafety.moc"
