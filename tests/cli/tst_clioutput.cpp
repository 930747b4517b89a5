// Where the command line's and the benchmark tool's output goes: a failed import is one line on stderr and
// nothing else unless logging is asked for; log lines (--log-level, $LODESTONE_LOG) go to stderr only, so
// `--json` on stdout and `lodestone-bench --benchmark_format=json` stay parseable while the log speaks.
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace clitest;

namespace {

const QString kBench = QStringLiteral(LODESTONE_BIN_DIR "/lodestone-bench");

// run() with $LODESTONE_LOG as given (unset when empty) and the home folders inside `home`.
RunResult runLogged(const QStringList& args, const QString& logLevel, const QString& home, const QString& program = kBinary)
{
    QProcessEnvironment env = environment();
    env.remove(QStringLiteral("LODESTONE_LOG"));
    if (!logLevel.isEmpty())
        env.insert(QStringLiteral("LODESTONE_LOG"), logLevel);
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("TMPDIR"), home + QStringLiteral("/tmp"));
    QDir().mkpath(home + QStringLiteral("/tmp"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    RunResult r;
    if (!p.waitForStarted(10000))
        return r;
    if (!p.waitForFinished(300000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QStringList lines(const QByteArray& bytes)
{
    QStringList out = QString::fromUtf8(bytes).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return out;
}

QByteArray binaryBytes()
{
    QByteArray bytes(4096, '\0');
    for (int i = 0; i < bytes.size(); ++i)
        bytes[i] = static_cast<char>((i * 53 + 7) % 256);
    return bytes;
}

} // namespace

class CliOutputTest final : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        QVERIFY(m_dir->isValid());
        m_db = m_dir->filePath(QStringLiteral("out.sqlite"));
        m_bad = m_dir->filePath(QStringLiteral("scan.bin"));
        QVERIFY(writeFile(m_bad, binaryBytes()));
    }

    void failedImportIsOneLine()
    {
        const QString good = kData + QStringLiteral("/rare-earth-processing-deal.txt");
        const RunResult r = runLogged({QStringLiteral("import"), QStringLiteral("--db"), m_db, good, m_bad}, QString(), m_dir->path());
        QVERIFY2(r.code == 1, qPrintable(dump(r)));
        const QStringList err = lines(r.err);
        QVERIFY2(err.size() == 1, qPrintable(dump(r)));
        QVERIFY2(err.first().startsWith(QStringLiteral("failed    ") + m_bad + QStringLiteral(": ")), qPrintable(err.first()));
        // stdout: the good file's line and the summary, nothing from the log.
        const QStringList out = lines(r.out);
        QCOMPARE(out.size(), 2);
        QVERIFY2(out.first().startsWith(QStringLiteral("imported  ")), qPrintable(out.first()));
        QVERIFY2(out.last().contains(QStringLiteral("1 imported")), qPrintable(out.last()));
    }

    void unusableDatabaseIsOneLine()
    {
        QVERIFY(writeFile(m_db, QByteArray("plain notes, not a database\n").repeated(200)));
        const RunResult r = runLogged({QStringLiteral("reports"), QStringLiteral("--db"), m_db}, QString(), m_dir->path());
        QCOMPARE(r.code, 2);
        QVERIFY2(lines(r.err).size() == 1, qPrintable(dump(r)));
        QVERIFY(r.out.isEmpty());
    }

    void logLinesGoToStderrOnlyAndJsonStaysParseable_data()
    {
        QTest::addColumn<QString>("env");
        QTest::addColumn<QString>("option");
        QTest::newRow("--log-level") << QString() << QStringLiteral("trace");
        QTest::newRow("LODESTONE_LOG") << QStringLiteral("debug") << QString();
    }

    void logLinesGoToStderrOnlyAndJsonStaysParseable()
    {
        QFETCH(QString, env);
        QFETCH(QString, option);
        QStringList args{QStringLiteral("import"), QStringLiteral("--json"), QStringLiteral("--db"), m_db,
                         kData + QStringLiteral("/rare-earth-processing-deal.txt"), m_bad};
        if (!option.isEmpty())
            args << QStringLiteral("--log-level") << option;
        const RunResult r = runLogged(args, env, m_dir->path());
        QVERIFY2(r.code == 1, qPrintable(dump(r)));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(!doc.isNull(), qPrintable(error.errorString() + QLatin1Char('\n') + dump(r)));
        QCOMPARE(doc.object().value(QStringLiteral("imported")).toInt(), 1);
        QCOMPARE(doc.object().value(QStringLiteral("failed")).toInt(), 1);
        // The new database was created and migrated, and the log said so — on stderr.
        QVERIFY2(r.errText().contains(QStringLiteral("migrated schema")), qPrintable(dump(r)));
        QVERIFY(lines(r.err).size() > 2);
    }

    void benchJsonIsParseable()
    {
        if (!QFileInfo::exists(kBench))
            QSKIP("lodestone-bench is not built here (LODESTONE_BUILD_BENCH=OFF or no Google Benchmark)");
        // BM_BulkTag creates and migrates a database of its own: with logging at info, that is logged.
        const RunResult r = runLogged({QStringLiteral("--benchmark_filter=^BM_BulkTag/10000/"), QStringLiteral("--benchmark_format=json"),
                                       QStringLiteral("--benchmark_min_time=0.01")},
                                      QStringLiteral("info"), m_dir->path(), kBench);
        QVERIFY2(r.code == 0, qPrintable(dump(r)));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(!doc.isNull(), qPrintable(error.errorString() + QLatin1Char('\n') + r.outText().left(3000)));
        const QJsonArray benchmarks = doc.object().value(QStringLiteral("benchmarks")).toArray();
        QVERIFY2(!benchmarks.isEmpty(), qPrintable(r.outText().left(3000)));
        QCOMPARE(benchmarks.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("BM_BulkTag/10000/real_time"));
        QVERIFY2(r.errText().contains(QStringLiteral("migrated schema")), qPrintable(r.errText().left(3000)));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QString m_bad;
};

QTEST_MAIN(CliOutputTest)
#include "tst_clioutput.moc"
