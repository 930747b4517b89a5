#pragma once
// Shared helpers for the command-line tests: run the real `lodestone` executable and inspect results.
// Included by each tests/cli/tst_cli*.cpp (header only; every function is inline).
#include <QCryptographicHash>
#include <QHash>
#include <QImage>
#include <QSet>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <SQLiteCpp/Database.h>
#include <algorithm>

namespace clitest {

inline const QString kBinary = QStringLiteral(LODESTONE_BIN_DIR "/lodestone");
inline const QString kData = QStringLiteral(LODESTONE_TEST_DATA_DIR "/cli");
inline const QString kSeed = QStringLiteral(LODESTONE_SHARED_DIR "/seed/000_de064577c930fc1f.txt");

struct RunResult {
    int code = -1;
    QByteArray out;
    QByteArray err;
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

inline QProcessEnvironment environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LODESTONE_LOG"), QStringLiteral("warn"));
    env.insert(QStringLiteral("LODESTONE_ANALYST"), QStringLiteral("tester"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("LODESTONE_DB"));
    return env;
}

inline RunResult run(const QStringList& args, int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(kBinary, args);
    RunResult r;
    if (!p.waitForStarted(10000))
        return r;
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

inline QByteArray sha256(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size();
}

inline QString dump(const RunResult& r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.code).arg(r.outText().left(2000), r.errText().left(2000));
}

inline QStringList orgNames(const QJsonObject& event)
{
    QStringList names;
    for (const QJsonValue& o : event.value(QStringLiteral("organisations")).toArray())
        names << o.toObject().value(QStringLiteral("name")).toString();
    return names;
}

} // namespace clitest

namespace clitest {

// A temporary database per test function and the two good fixture reports.
struct CliDb {
    QTemporaryDir* m_dir = nullptr;
    QString m_db;

    QString good1() const { return kData + QStringLiteral("/rare-earth-processing-deal.txt"); }
    QString good2() const { return kData + QStringLiteral("/technology-export-rules.txt"); }
    RunResult cli(QStringList args) const
    {
        args << QStringLiteral("--db") << m_db;
        return run(args);
    }
    // Imports both good fixtures and returns their report ids (in argument order).
    QList<qint64> importGood()
    {
        const RunResult r = cli({QStringLiteral("import"), QStringLiteral("--json"), good1(), good2()});
        if (r.code != 0)
            return {};
        QList<qint64> ids;
        for (const QJsonValue& v : r.json().object().value(QStringLiteral("results")).toArray())
            ids << v.toObject().value(QStringLiteral("report_id")).toInteger();
        return ids;
    }
    bool open()
    {
        delete m_dir;
        m_dir = new QTemporaryDir;
        m_db = m_dir->filePath(QStringLiteral("lodestone.sqlite"));
        return m_dir->isValid();
    }
    void close()
    {
        delete m_dir;
        m_dir = nullptr;
    }
};

} // namespace clitest

