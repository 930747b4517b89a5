// The environment misbehaving around the real `lodestone` executable: the disk filling up during an import
// (RLIMIT_FSIZE in the child), read-only files and folders, another process holding the database (the
// instance lock, a running import, a raw SQLite write transaction), a path with spaces and non-ASCII
// characters, and a backup taken while another process imports.
#include "ingest/syntheticcorpus.h"
#include "service/instancelock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <SQLiteCpp/SQLiteCpp.h>
#include <csignal>
#include <linux/capability.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace lodestone;

namespace {

const QString kBinary = QStringLiteral(LODESTONE_BIN_DIR "/lodestone");

struct RunResult {
    int code = -1;
    QByteArray out;
    QByteArray err;
    qint64 ms = 0;
    QString errText() const { return QString::fromUtf8(err); }
    QString dump() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(code).arg(QString::fromUtf8(out.left(1500)), errText().left(1500));
    }
};

QProcessEnvironment environment(const QString& home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LODESTONE_LOG"), QStringLiteral("off"));
    env.insert(QStringLiteral("LODESTONE_ANALYST"), QStringLiteral("env-tester"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.remove(QStringLiteral("LODESTONE_DB"));
    return env;
}

void prepare(QProcess& p, const QString& home)
{
    p.setProcessEnvironment(environment(home));
}

RunResult finish(QProcess& p, const QElapsedTimer& t, int timeoutMs = 180000)
{
    RunResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    r.ms = t.elapsed();
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// Writes `count` synthetic ~4 KB report files (title line, blank line, text) into folder.
bool writeReports(const QString& folder, int first, int count, quint32 seed)
{
    if (!QDir().mkpath(folder))
        return false;
    for (int i = first; i < first + count; ++i) {
        const ParsedDocument d = SyntheticCorpus::report(i, seed);
        QFile f(QStringLiteral("%1/report %2.txt").arg(folder).arg(i, 5, 10, QLatin1Char('0')));
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write((d.title + QStringLiteral("\n\n") + d.text + QLatin1Char('\n')).toUtf8());
    }
    return true;
}

QString integrity(const QString& path)
{
    try {
        SQLite::Database db(path.toStdString(), SQLite::OPEN_READWRITE, 5000);
        return QString::fromStdString(db.execAndGet("PRAGMA integrity_check").getString());
    } catch (const SQLite::Exception& e) {
        return QString::fromUtf8(e.what());
    }
}

qint64 count(const QString& path, const char* sql)
{
    SQLite::Database db(path.toStdString(), SQLite::OPEN_READONLY, 5000);
    return db.execAndGet(sql).getInt64();
}

QByteArray sha256(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

int errLines(const RunResult& r)
{
    return static_cast<int>(r.errText().split(QLatin1Char('\n'), Qt::SkipEmptyParts).size());
}

} // namespace

class EnvironmentTest final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_home;
    QString m_corpus; // 600 synthetic reports

    RunResult run(const QStringList& args, int timeoutMs = 180000) const
    {
        QProcess p;
        prepare(p, m_home);
        QElapsedTimer t;
        t.start();
        p.start(kBinary, args);
        if (!p.waitForStarted(10000))
            return {};
        return finish(p, t, timeoutMs);
    }
    QString freshDb(const QString& name) const { return m_dir.filePath(name); }

    // Runs the executable with file permissions enforced even for root: the child drops the capabilities that
    // let root ignore them (DAC override, DAC read/search, owner override) from its bounding set before exec.
    RunResult runWithPermissionsEnforced(const QStringList& args) const
    {
        QProcess p;
        prepare(p, m_home);
        p.setChildProcessModifier(dropPermissionOverrides);
        QElapsedTimer t;
        t.start();
        p.start(kBinary, args);
        if (!p.waitForStarted(10000))
            return {};
        return finish(p, t, 180000);
    }
    static void dropPermissionOverrides()
    {
        for (const int cap : {CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER})
            ::prctl(PR_CAPBSET_DROP, cap, 0, 0, 0);
    }
    // True when a child started like runWithPermissionsEnforced() cannot append to a read-only file.
    bool permissionsEnforcedInChildren() const
    {
        const QString probe = m_dir.filePath(QStringLiteral("probe-readonly"));
        QFile f(probe);
        if (!f.open(QIODevice::WriteOnly) || f.write("x", 1) != 1)
            return false;
        f.close();
        ::chmod(QFile::encodeName(probe).constData(), 0444);
        QProcess p;
        p.setChildProcessModifier(dropPermissionOverrides);
        p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("echo y >> \"$1\""), QStringLiteral("sh"), probe});
        const bool finished = p.waitForStarted(10000) && p.waitForFinished(10000);
        QFile::remove(probe);
        return finished && p.exitCode() != 0;
    }

private slots:
    void initTestCase()
    {
        if (!QFileInfo(kBinary).isExecutable())
            QSKIP("the lodestone executable is not built");
        QVERIFY(m_dir.isValid());
        m_home = m_dir.filePath(QStringLiteral("home"));
        QVERIFY(QDir().mkpath(m_home));
        m_corpus = m_dir.filePath(QStringLiteral("corpus"));
        QVERIFY(writeReports(m_corpus, 0, 600, 99));
    }

    void diskFullDuringImportFailsClearlyAndKeepsCommittedWork()
    {
        const QString db = freshDb(QStringLiteral("full.sqlite"));
        const QString early = m_dir.filePath(QStringLiteral("early"));
        QVERIFY(writeReports(early, 10000, 5, 99));
        const RunResult first = run({QStringLiteral("import"), QStringLiteral("--db"), db, early});
        QVERIFY2(first.code == 0, qPrintable(first.dump()));
        const qint64 committed = count(db, "SELECT COUNT(*) FROM report");
        QCOMPARE(committed, qint64(5));

        // Every file the child writes may grow to the database's size plus ~200 KB; beyond that write()
        // fails with EFBIG (SIGXFSZ ignored), as on a full disk.
        const rlim_t limit = static_cast<rlim_t>(QFileInfo(db).size() + 200 * 1024);
        QProcess p;
        prepare(p, m_home);
        p.setChildProcessModifier([limit] {
            ::signal(SIGXFSZ, SIG_IGN);
            struct rlimit rl;
            rl.rlim_cur = limit;
            rl.rlim_max = limit;
            ::setrlimit(RLIMIT_FSIZE, &rl);
        });
        QElapsedTimer t;
        t.start();
        p.start(kBinary, {QStringLiteral("import"), QStringLiteral("--db"), db, m_corpus});
        QVERIFY(p.waitForStarted(10000));
        const RunResult r = finish(p, t);
        // CLI.md: the command ran and some inputs failed -> 1.
        QVERIFY2(r.code == 1, qPrintable(r.dump()));
        const QString err = r.errText();
        // SQLite reports the size limit as SQLITE_IOERR_WRITE with errno EFBIG: it must read as a full disk.
        QVERIFY2(err.contains(QStringLiteral("the disk is full")), qPrintable(r.dump()));
        QVERIFY2(!err.contains(QStringLiteral("cannot read the file")), qPrintable(r.dump()));
        // Each failure is one line naming the file (or, at start-up, the database) and the reason.
        for (const QString& line : err.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            QVERIFY2(line.startsWith(QLatin1String("failed    ")) || line.startsWith(QLatin1String("lodestone: ")), qPrintable(line));
        const qint64 failedLines = err.count(QStringLiteral("failed    "));
        // The batch stops at the first full-disk error: one failure line for the disk, which also counts the
        // files after it as not attempted (none of them gets a line of its own).
        QVERIFY2(failedLines == 1, qPrintable(QStringLiteral("%1 failure lines\n%2").arg(failedLines).arg(r.dump())));
        const QRegularExpressionMatch stopped =
            QRegularExpression(QStringLiteral("batch stopped: (\\d+) remaining files not attempted")).match(err);
        QVERIFY2(stopped.hasMatch(), qPrintable(r.dump()));
        const qint64 notAttempted = stopped.captured(1).toLongLong();

        QCOMPARE(integrity(db), QStringLiteral("ok"));
        const qint64 after = count(db, "SELECT COUNT(*) FROM report");
        QVERIFY2(after >= committed && after < 605, qPrintable(QString::number(after)));
        // Every file of the 600 is accounted for: stored before the limit, the one that hit it (rolled back),
        // or not attempted.
        QCOMPARE((after - committed) + 1 + notAttempted, qint64(600));
        QCOMPARE(count(db, "SELECT COUNT(*) FROM report WHERE source_path LIKE '%/early/%'"), committed);
        QCOMPARE(count(db, "SELECT COUNT(*) FROM report r WHERE NOT EXISTS (SELECT 1 FROM verification v WHERE v.report_id = r.id)"),
                 qint64(0));
        // The database still works without the limit: the rest imports, the stored reports come up as duplicates.
        const RunResult rest = run({QStringLiteral("import"), QStringLiteral("--json"), QStringLiteral("--db"), db, m_corpus});
        QVERIFY2(rest.code == 0, qPrintable(rest.dump()));
        const QJsonObject doc = QJsonDocument::fromJson(rest.out).object();
        QCOMPARE(doc.value(QStringLiteral("duplicates")).toInteger(), after - committed);
        QCOMPARE(count(db, "SELECT COUNT(*) FROM report"), qint64(605));
        QCOMPARE(integrity(db), QStringLiteral("ok"));
        qInfo("disk full: exit %d after %lld ms, %lld reports stored before the limit, %lld failure lines, %lld files not "
              "attempted (first line: %s); recovered import %lld ms",
              r.code, static_cast<long long>(r.ms), static_cast<long long>(after - committed), static_cast<long long>(failedLines),
              static_cast<long long>(notAttempted),
              qPrintable(err.section(QLatin1Char('\n'), 0, 0).left(300)), static_cast<long long>(rest.ms));
    }

    void readOnlyFileAndFolder()
    {
        if (!permissionsEnforcedInChildren())
            QSKIP("file permissions cannot be enforced for the child process here (root without CAP_SETPCAP)");
        const QString folder = m_dir.filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(folder));
        const QString db = folder + QStringLiteral("/ro.sqlite");
        QVERIFY(run({QStringLiteral("import"), QStringLiteral("--db"), db, m_corpus + QStringLiteral("/report 00001.txt")}).code == 0);
        const QByteArray before = sha256(db);
        QVERIFY(::chmod(QFile::encodeName(db).constData(), 0444) == 0);
        RunResult r = runWithPermissionsEnforced({QStringLiteral("import"), QStringLiteral("--db"), db, m_corpus + QStringLiteral("/report 00002.txt")});
        QVERIFY2(r.code == 2 && errLines(r) == 1, qPrintable(r.dump()));
        qInfo("read-only database file: exit %d, %s", r.code, qPrintable(r.errText().trimmed()));
        const RunResult read = runWithPermissionsEnforced({QStringLiteral("reports"), QStringLiteral("--json"), QStringLiteral("--db"), db});
        QVERIFY2(read.code == 0 && QJsonDocument::fromJson(read.out).array().size() == 1, qPrintable(read.dump())); // reading goes on
        QCOMPARE(sha256(db), before);
        QVERIFY(::chmod(QFile::encodeName(db).constData(), 0644) == 0);
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0555) == 0);
        r = runWithPermissionsEnforced({QStringLiteral("import"), QStringLiteral("--db"), folder + QStringLiteral("/new.sqlite"), m_corpus + QStringLiteral("/report 00002.txt")});
        ::chmod(QFile::encodeName(folder).constData(), 0755);
        QVERIFY2(r.code == 2 && errLines(r) == 1, qPrintable(r.dump()));
        qInfo("read-only folder: exit %d, %s", r.code, qPrintable(r.errText().trimmed()));
        QVERIFY(!QFile::exists(folder + QStringLiteral("/new.sqlite")));
    }

    void instanceLockRefusesWritersButNotReaders()
    {
        const QString db = freshDb(QStringLiteral("locked.sqlite"));
        QVERIFY(run({QStringLiteral("import"), QStringLiteral("--db"), db, m_corpus + QStringLiteral("/report 00003.txt")}).code == 0);
        InstanceLock lock(db);
        QVERIFY(!lock.acquire());
        const QString pid = QString::number(QCoreApplication::applicationPid());
        const QByteArray before = sha256(db);

        for (const QStringList& args : {QStringList{QStringLiteral("import"), m_corpus + QStringLiteral("/report 00004.txt")},
                                        QStringList{QStringLiteral("verify"), QStringLiteral("1"), QStringLiteral("--status"), QStringLiteral("verified")},
                                        QStringList{QStringLiteral("demo")}}) {
            const RunResult r = run(args + QStringList{QStringLiteral("--db"), db});
            QVERIFY2(r.code == 2, qPrintable(args.first() + QLatin1Char('\n') + r.dump()));
            QVERIFY2(errLines(r) == 1, qPrintable(r.dump()));
            QVERIFY2(r.errText().contains(QStringLiteral("in use by another Lodestone process (pid %1)").arg(pid)), qPrintable(r.dump()));
        }
        QCOMPARE(sha256(db), before);
        const QString copy = m_dir.filePath(QStringLiteral("locked-copy.sqlite"));
        for (const QStringList& args : {QStringList{QStringLiteral("reports")}, QStringList{QStringLiteral("report"), QStringLiteral("1")},
                                        QStringList{QStringLiteral("events"), QStringLiteral("--json")}, QStringList{QStringLiteral("orgs")},
                                        QStringList{QStringLiteral("history"), QStringLiteral("1")},
                                        QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"),
                                                    m_dir.filePath(QStringLiteral("locked-export.json"))},
                                        QStringList{QStringLiteral("backup"), QStringLiteral("--out"), copy}}) {
            const RunResult r = run(args + QStringList{QStringLiteral("--db"), db});
            QVERIFY2(r.code == 0, qPrintable(args.join(QLatin1Char(' ')) + QLatin1Char('\n') + r.dump()));
        }
        QCOMPARE(count(copy, "SELECT COUNT(*) FROM report"), qint64(1));
        lock.release();
        const RunResult r = run({QStringLiteral("verify"), QStringLiteral("1"), QStringLiteral("--status"), QStringLiteral("verified"), QStringLiteral("--db"), db});
        QVERIFY2(r.code == 0, qPrintable(r.dump()));
    }

    void guiRefusesALockedDatabaseAndNamesTheHolder()
    {
        const QString db = freshDb(QStringLiteral("gui.sqlite"));
        QVERIFY(run({QStringLiteral("import"), QStringLiteral("--db"), db, m_corpus + QStringLiteral("/report 00006.txt")}).code == 0);
        InstanceLock lock(db);
        QVERIFY(!lock.acquire());
        const QByteArray before = sha256(db);
        QProcess gui;
        QProcessEnvironment env = environment(m_home);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("LODESTONE_LOG"), QStringLiteral("error"));
        env.insert(QStringLiteral("LODESTONE_NO_DEMO_PROMPT"), QStringLiteral("1"));
        gui.setProcessEnvironment(env);
        gui.start(kBinary, {QStringLiteral("--db"), db});
        QVERIFY(gui.waitForStarted(10000));
        const QString expected = QStringLiteral("in use by another Lodestone process (pid %1)").arg(QCoreApplication::applicationPid());
        QByteArray err;
        QElapsedTimer t;
        t.start();
        while (!QString::fromUtf8(err).contains(expected) && gui.state() == QProcess::Running && t.elapsed() < 30000) {
            gui.waitForReadyRead(100);
            err += gui.readAllStandardError();
        }
        // The window asks what to do (the "Cannot Open Database" box with "Open Another…") and waits.
        const bool waiting = gui.state() == QProcess::Running;
        gui.kill();
        gui.waitForFinished(10000);
        QVERIFY2(QString::fromUtf8(err).contains(expected), err.constData());
        QVERIFY2(waiting, "the GUI exited instead of offering another file");
        QCOMPARE(sha256(db), before);
    }

    void runningImportHoldsTheDatabase()
    {
        const QString db = freshDb(QStringLiteral("busy.sqlite"));
        QVERIFY(run({QStringLiteral("import"), QStringLiteral("--db"), db, m_corpus + QStringLiteral("/report 00000.txt")}).code == 0);
        QProcess import;
        prepare(import, m_home);
        QElapsedTimer t;
        t.start();
        import.start(kBinary, {QStringLiteral("import"), QStringLiteral("--db"), db, m_corpus});
        QVERIFY(import.waitForStarted(10000));
        QByteArray out;
        while (!out.contains("imported  ") && import.state() == QProcess::Running) {
            import.waitForReadyRead(50);
            out += import.readAllStandardOutput();
        }
        QVERIFY2(import.state() == QProcess::Running, "the import ended before the second command could run");
        const RunResult verify = run({QStringLiteral("verify"), QStringLiteral("1"), QStringLiteral("--status"), QStringLiteral("disputed"), QStringLiteral("--db"), db});
        const RunResult reports = run({QStringLiteral("reports"), QStringLiteral("--json"), QStringLiteral("--db"), db});
        const bool stillRunning = import.state() == QProcess::Running;
        const RunResult done = finish(import, t);
        QVERIFY2(done.code == 0, qPrintable(done.dump()));
        QVERIFY2(stillRunning, "the import ended while the other commands ran: use a bigger corpus");
        QVERIFY2(verify.code == 2 && errLines(verify) == 1, qPrintable(verify.dump()));
        QVERIFY2(verify.errText().contains(QStringLiteral("in use by another Lodestone process (pid %1)").arg(import.processId())) ||
                     verify.errText().contains(QStringLiteral("in use by another Lodestone process")),
                 qPrintable(verify.dump()));
        QVERIFY2(reports.code == 0, qPrintable(reports.dump()));
        QVERIFY(QJsonDocument::fromJson(reports.out).isArray() || QJsonDocument::fromJson(reports.out).isObject());
        qInfo("while an import ran: verify refused in %lld ms (exit 2), reports read in %lld ms (exit 0)",
              static_cast<long long>(verify.ms), static_cast<long long>(reports.ms));
        const RunResult again = run({QStringLiteral("verify"), QStringLiteral("1"), QStringLiteral("--status"), QStringLiteral("disputed"), QStringLiteral("--db"), db});
        QVERIFY2(again.code == 0, qPrintable(again.dump()));
    }

    void sqliteWriteTransactionOfAnotherProgram()
    {
        const QString db = freshDb(QStringLiteral("sqlitebusy.sqlite"));
        QVERIFY(run({QStringLiteral("import"), QStringLiteral("--db"), db, m_corpus + QStringLiteral("/report 00005.txt")}).code == 0);
        const QStringList verifyArgs{QStringLiteral("verify"), QStringLiteral("1"), QStringLiteral("--status"), QStringLiteral("verified"),
                                     QStringLiteral("--db"), db};
        SQLite::Database other(db.toStdString(), SQLite::OPEN_READWRITE);
        {
            // A short write transaction elsewhere: the busy timeout waits it out.
            other.exec("BEGIN IMMEDIATE");
            QProcess p;
            prepare(p, m_home);
            QElapsedTimer t;
            t.start();
            p.start(kBinary, verifyArgs);
            QVERIFY(p.waitForStarted(10000));
            p.waitForFinished(1500);
            other.exec("COMMIT");
            const RunResult r = finish(p, t);
            QVERIFY2(r.code == 0, qPrintable(r.dump()));
            qInfo("verify waited for a 1.5 s write transaction of another program: exit 0 after %lld ms", static_cast<long long>(r.ms));
        }
        {
            // A write transaction held longer than the busy timeout: a clear, one-line failure, nothing changed.
            other.exec("BEGIN IMMEDIATE");
            const qint64 history = count(db, "SELECT COUNT(*) FROM verification_log");
            const RunResult r = run(verifyArgs);
            other.exec("ROLLBACK");
            QVERIFY2(r.code == 2 && errLines(r) == 1, qPrintable(r.dump()));
            QVERIFY2(r.errText().contains(QStringLiteral("locked")), qPrintable(r.dump()));
            QCOMPARE(count(db, "SELECT COUNT(*) FROM verification_log"), history);
            qInfo("verify against a write transaction held throughout: exit 2 after %lld ms: %s", static_cast<long long>(r.ms),
                  qPrintable(r.errText().trimmed()));
        }
    }

    void pathWithSpacesAndNonAsciiCharacters()
    {
        const QString folder = m_dir.filePath(QStringLiteral("my reports 稀土 données"));
        QVERIFY(QDir().mkpath(folder));
        const QString db = folder + QStringLiteral("/db file.sqlite");
        const QString input = folder + QStringLiteral("/entrées 报告");
        QVERIFY(writeReports(input, 20000, 3, 5));
        RunResult r = run({QStringLiteral("import"), QStringLiteral("--json"), QStringLiteral("--db"), db, input});
        QVERIFY2(r.code == 0, qPrintable(r.dump()));
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("imported")).toInt(), 3);
        r = run({QStringLiteral("events"), QStringLiteral("--json"), QStringLiteral("--db"), db});
        QVERIFY2(r.code == 0, qPrintable(r.dump()));
        QVERIFY(!QJsonDocument::fromJson(r.out).array().isEmpty());
        r = run({QStringLiteral("reports"), QStringLiteral("--json"), QStringLiteral("--db"), db});
        QVERIFY2(r.code == 0 && QJsonDocument::fromJson(r.out).array().size() == 3, qPrintable(r.dump()));
        QCOMPARE(count(db, "SELECT COUNT(*) FROM report WHERE source_path LIKE '%/my reports 稀土 données/entrées 报告/report %'"), qint64(3));
        r = run({QStringLiteral("verify"), QStringLiteral("2"), QStringLiteral("--status"), QStringLiteral("verified"), QStringLiteral("--note"),
                 QStringLiteral("vérifié 已核实"), QStringLiteral("--db"), db});
        QVERIFY2(r.code == 0, qPrintable(r.dump()));
        r = run({QStringLiteral("history"), QStringLiteral("2"), QStringLiteral("--db"), db});
        QVERIFY2(r.code == 0 && QString::fromUtf8(r.out).contains(QStringLiteral("vérifié 已核实")), qPrintable(r.dump()));
        const QString copy = folder + QStringLiteral("/copie de sécurité 备份.sqlite");
        r = run({QStringLiteral("backup"), QStringLiteral("--out"), copy, QStringLiteral("--db"), db});
        QVERIFY2(r.code == 0, qPrintable(r.dump()));
        QCOMPARE(integrity(copy), QStringLiteral("ok"));
        QCOMPARE(count(copy, "SELECT COUNT(*) FROM report"), qint64(3));
        QCOMPARE(count(copy, "SELECT COUNT(*) FROM verification_log"), qint64(1));
        QVERIFY(!QFileInfo::exists(db + QStringLiteral(".lock")));
    }

    void backupWhileAnotherProcessImports()
    {
        const QString db = freshDb(QStringLiteral("live.sqlite"));
        QVERIFY(run({QStringLiteral("import"), QStringLiteral("--db"), db, m_corpus + QStringLiteral("/report 00000.txt")}).code == 0);
        QProcess import;
        prepare(import, m_home);
        QElapsedTimer t;
        t.start();
        import.start(kBinary, {QStringLiteral("import"), QStringLiteral("--db"), db, m_corpus});
        QVERIFY(import.waitForStarted(10000));
        QByteArray out;
        while (out.count("imported  ") < 20 && import.state() == QProcess::Running) {
            import.waitForReadyRead(50);
            out += import.readAllStandardOutput();
        }
        const qint64 before = count(db, "SELECT COUNT(*) FROM report");
        const QString copy = m_dir.filePath(QStringLiteral("live-backup.sqlite"));
        const RunResult b = run({QStringLiteral("backup"), QStringLiteral("--out"), copy, QStringLiteral("--db"), db});
        const bool overlapped = import.state() == QProcess::Running;
        const RunResult done = finish(import, t);
        QVERIFY2(done.code == 0, qPrintable(done.dump()));
        QVERIFY2(overlapped, "the import ended before the backup did: use a bigger corpus");
        QVERIFY2(b.code == 0, qPrintable(b.dump()));
        const qint64 after = count(db, "SELECT COUNT(*) FROM report");
        QCOMPARE(integrity(copy), QStringLiteral("ok"));
        const qint64 inCopy = count(copy, "SELECT COUNT(*) FROM report");
        QVERIFY2(inCopy >= before && inCopy <= after, qPrintable(QStringLiteral("%1 <= %2 <= %3").arg(before).arg(inCopy).arg(after)));
        QCOMPARE(count(copy, "SELECT COUNT(*) FROM report r WHERE NOT EXISTS (SELECT 1 FROM verification v WHERE v.report_id = r.id)"), qint64(0));
        QCOMPARE(count(copy, "SELECT COUNT(*) FROM evidence e WHERE NOT EXISTS (SELECT 1 FROM event ev WHERE ev.id = e.event_id)"), qint64(0));
        QVERIFY(!QFileInfo::exists(copy + QStringLiteral(".lock")));
        qInfo("backup during an import: %lld reports before, %lld in the copy, %lld after; backup took %lld ms",
              static_cast<long long>(before), static_cast<long long>(inCopy), static_cast<long long>(after), static_cast<long long>(b.ms));
    }
};

QTEST_GUILESS_MAIN(EnvironmentTest)
#include "tst_environment.moc"
