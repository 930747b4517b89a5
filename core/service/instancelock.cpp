#include "instancelock.h"

#include "util/log.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QLockFile>
#include <QThread>
#include <cerrno>
#include <csignal>
#include <sys/types.h>

namespace lodestone {

namespace {

// How long acquire() waits for a lock file without a PID to get one (or to be found left over).
constexpr qint64 kUnreadableWaitMs = 3000;
// A lock file younger than this may belong to an acquirer between its open() and its flock().
constexpr qint64 kSettleMs = 100;
constexpr unsigned long kRetryMs = 20;

std::unique_ptr<QLockFile> makeLockFile(const QString& databasePath)
{
    auto lock = std::make_unique<QLockFile>(InstanceLock::lockPathFor(databasePath));
    // A live holder keeps its lock however long it runs: staleness is judged by PID (and process name) only.
    lock->setStaleLockTime(0);
    return lock;
}

} // namespace

InstanceLock::InstanceLock(QString databasePath) : m_databasePath(std::move(databasePath)) {}

InstanceLock::~InstanceLock()
{
    release();
}

QString InstanceLock::lockPathFor(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QLatin1String(".lock");
}

qint64 InstanceLock::holderPid(const QString& databasePath)
{
    // Reads the lock file without taking the lock (so asking never races a process that is acquiring it).
    auto probe = makeLockFile(databasePath);
    qint64 pid = 0;
    QString host;
    QString app;
    if (!probe->getLockInfo(&pid, &host, &app) || pid <= 0)
        return 0;
    const bool running = ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
    return running ? pid : 0;
}

Error InstanceLock::acquire()
{
    if (isHeld())
        return {};
    auto lock = makeLockFile(m_databasePath);
    const QString lockPath = lockPathFor(m_databasePath);
    const QDeadlineTimer deadline(kUnreadableWaitMs);
    bool locked = false;
    for (;;) {
        locked = lock->tryLock(0);
        if (locked || lock->error() != QLockFile::LockFailedError)
            break;
        qint64 pid = 0;
        QString host;
        QString app;
        if (lock->getLockInfo(&pid, &host, &app))
            break; // a holder with a PID that QLockFile found running
        // No PID in the file. A live acquirer holds flock(2) on it from the step after creating it until it
        // exits, and writes its PID right after; a process killed in between leaves the file unlocked.
        // removeStaleLockFile() takes that flock before unlinking, so it never removes a live acquirer's file;
        // the short settle time covers the one step between its open() and its flock().
        const QFileInfo info(lockPath);
        if (info.exists() && qAbs(info.lastModified().msecsTo(QDateTime::currentDateTime())) >= kSettleMs &&
            lock->removeStaleLockFile()) {
            log::service()->warn("removed a lock file left without a holder: {}", lockPath.toStdString());
            continue;
        }
        if (deadline.hasExpired())
            break;
        QThread::msleep(kRetryMs);
    }
    if (locked) {
        m_lock = std::move(lock);
        log::service()->debug("instance lock taken: {}", lockPath.toStdString());
        return {};
    }
    switch (lock->error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host;
        QString app;
        if (lock->getLockInfo(&pid, &host, &app) && pid > 0)
            return {ErrorCode::Locked,
                    QStringLiteral("%1: in use by another Lodestone process (pid %2)").arg(m_databasePath).arg(pid)};
        return {ErrorCode::Locked, QStringLiteral("%1: in use by another Lodestone process").arg(m_databasePath)};
    }
    case QLockFile::PermissionError:
        return {ErrorCode::NotWritable,
                QStringLiteral("%1: cannot create lock file %2 (permission denied)").arg(m_databasePath, lockPathFor(m_databasePath))};
    default:
        return {ErrorCode::Io, QStringLiteral("%1: cannot create lock file %2").arg(m_databasePath, lockPathFor(m_databasePath))};
    }
}

void InstanceLock::release()
{
    if (!m_lock)
        return;
    m_lock->unlock();
    m_lock.reset();
}

bool InstanceLock::isHeld() const
{
    return m_lock && m_lock->isLocked();
}

} // namespace lodestone
