// The instance lock: one writer per database file across processes and within one, stale locks of dead
// processes taken over, and read access that works without the lock while another writer holds it.
#include "service/instancelock.h"
#include "service/writer.h"
#include "store/stores.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>
#include <SQLiteCpp/SQLiteCpp.h>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace lodestone;

namespace {

// The PID of a process that has run and exited: a lock file naming it is stale.
qint64 deadPid()
{
    QProcess p;
    p.start(QStringLiteral("/bin/true"), {});
    if (!p.waitForStarted(5000))
        return 0;
    const qint64 pid = p.processId();
    p.waitForFinished(5000);
    return pid;
}

} // namespace

class ReliabilityLockTest final : public QObject {
    Q_OBJECT

private slots:
    void secondLockInSameProcessIsRefusedWithPid()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("a.sqlite"));
        InstanceLock first(db);
        QVERIFY(!first.acquire());
        QVERIFY(first.isHeld());
        QVERIFY(QFileInfo::exists(db + QStringLiteral(".lock")));
        QCOMPARE(InstanceLock::holderPid(db), QCoreApplication::applicationPid());

        InstanceLock second(db);
        const Error e = second.acquire();
        QCOMPARE(e.code, ErrorCode::Locked);
        QCOMPARE(e.detail, QStringLiteral("%1: in use by another Lodestone process (pid %2)").arg(db).arg(QCoreApplication::applicationPid()));
        QVERIFY(!second.isHeld());

        first.release();
        QVERIFY(!QFileInfo::exists(db + QStringLiteral(".lock")));
        QCOMPARE(InstanceLock::holderPid(db), qint64(0));
        QVERIFY(!second.acquire());
        QVERIFY(second.isHeld());
    }

    void staleLockOfDeadProcessIsTakenOver()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("stale.sqlite"));
        const qint64 pid = deadPid();
        QVERIFY(pid > 0);
        QFile lock(InstanceLock::lockPathFor(db));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(pid) + "\nlodestone\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        lock.close();
        QCOMPARE(InstanceLock::holderPid(db), qint64(0));
        InstanceLock taker(db);
        QVERIFY2(!taker.acquire(), "a lock left by a dead process must be taken over");
        QCOMPARE(InstanceLock::holderPid(db), QCoreApplication::applicationPid());
    }

    void emptyLockLeftByAKilledAcquirerIsTakenOver()
    {
        // A process killed between creating the lock file and writing its PID leaves an empty file that nobody
        // holds flock(2) on. The next start takes it over at once, even when the kill was a moment ago (the
        // crash-safety test restarts right after a kill).
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("empty.sqlite"));
        QFile lock(InstanceLock::lockPathFor(db));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.close();
        QElapsedTimer t;
        t.start();
        InstanceLock taker(db);
        QVERIFY2(!taker.acquire(), "a lock file without a PID and without a holder must be taken over");
        qInfo("taken over after %lld ms", static_cast<long long>(t.elapsed()));
        QCOMPARE(InstanceLock::holderPid(db), QCoreApplication::applicationPid());
    }

    void emptyLockOfALiveAcquirerIsRespected()
    {
        // A live acquirer holds flock(2) on its lock file from the step after creating it; until its PID is in
        // the file, the file is empty. Such a file is not taken over, and the refusal names no made-up PID.
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("writing.sqlite"));
        const QByteArray path = QFile::encodeName(InstanceLock::lockPathFor(db));
        const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_EXCL, 0666);
        QVERIFY(fd >= 0);
        QCOMPARE(::flock(fd, LOCK_EX | LOCK_NB), 0);
        InstanceLock other(db);
        const Error e = other.acquire();
        QCOMPARE(e.code, ErrorCode::Locked);
        QCOMPARE(e.detail, QStringLiteral("%1: in use by another Lodestone process").arg(db));
        QVERIFY(QFileInfo::exists(QFile::decodeName(path)));
        ::close(fd);
        QVERIFY2(!other.acquire(), "once the holder is gone the file is left over and taken");
    }

    void lockOfLiveProcessIsRespectedHoweverOld()
    {
        // A live holder keeps its lock: age alone (QLockFile's default 30 s rule) must not break it.
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("old.sqlite"));
        InstanceLock holder(db);
        QVERIFY(!holder.acquire());
        QFile f(InstanceLock::lockPathFor(db));
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-3600), QFileDevice::FileModificationTime));
        f.close();
        InstanceLock other(db);
        QCOMPARE(other.acquire().code, ErrorCode::Locked);
    }

    void unwritableFolderIsReported()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("missing-folder/x.sqlite"));
        InstanceLock lock(db);
        const Error e = lock.acquire();
        QVERIFY(e);
        QVERIFY(e.code != ErrorCode::Locked);
        QVERIFY2(e.detail.contains(QStringLiteral(".lock")), qPrintable(e.detail));
    }

    void secondWriterIsRefusedUntilTheFirstIsGone()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("w.sqlite"));
        {
            Writer first(db, nullptr);
            QVERIFY(!first.start());
            QVERIFY(!first.readOnly());
            Writer second(db, nullptr);
            const Error e = second.start();
            QCOMPARE(e.code, ErrorCode::Locked);
            QVERIFY2(e.detail.contains(QStringLiteral("pid %1").arg(QCoreApplication::applicationPid())), qPrintable(e.detail));
        }
        QVERIFY2(!QFileInfo::exists(db + QStringLiteral(".lock")), "the lock is released with the writer");
        Writer again(db, nullptr);
        QVERIFY(!again.start());
    }

    void failedStartReleasesTheLock()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("notdb.sqlite"));
        QFile f(db);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        {
            Writer w(db, nullptr);
            QCOMPARE(w.start().code, ErrorCode::NotADatabase);
            QCOMPARE(InstanceLock::holderPid(db), qint64(0));
        }
        QVERIFY(!QFileInfo::exists(db + QStringLiteral(".lock")));
    }

    void readAccessWorksWhileAWriterHoldsTheLock()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("r.sqlite"));
        Writer writer(db, nullptr);
        QVERIFY(!writer.start());
        const int reports = writer.submit([](WriteContext& ctx) {
            return ctx.db.sql().execAndGet("SELECT COUNT(*) FROM report").getInt();
        }).result();
        QCOMPARE(reports, 0);

        Writer reader(db, nullptr);
        QVERIFY(!reader.start(Writer::Access::Read));
        QVERIFY(reader.readOnly());
        QCOMPARE(reader.submit([](WriteContext& ctx) { return ctx.db.sql().execAndGet("SELECT COUNT(*) FROM report").getInt(); }).result(),
                 0);
        bool refused = false;
        try {
            reader.submit([](WriteContext& ctx) { ctx.db.sql().exec("CREATE TABLE sneaky (x)"); }).waitForFinished();
        } catch (const SQLite::Exception&) {
            refused = true;
        }
        QVERIFY2(refused, "a read-only writer must not write");
        QCOMPARE(InstanceLock::holderPid(db), QCoreApplication::applicationPid());
    }

    void readAccessOnAMissingFileCreatesItUnderTheLock()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("new.sqlite"));
        Writer reader(db, nullptr);
        QVERIFY(!reader.start(Writer::Access::Read));
        QVERIFY(!reader.readOnly());
        QVERIFY(QFileInfo::exists(db));
        QCOMPARE(InstanceLock::holderPid(db), QCoreApplication::applicationPid());
    }

    void memoryDatabaseNeedsNoLock()
    {
        Writer a(QStringLiteral(":memory:"), nullptr);
        Writer b(QStringLiteral(":memory:"), nullptr);
        QVERIFY(!a.start());
        QVERIFY(!b.start());
    }
};

QTEST_GUILESS_MAIN(ReliabilityLockTest)
#include "tst_reliability_lock.moc"
