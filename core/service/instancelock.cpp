#include "instancelock.h"

#include "util/log.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLockFile>
#include <cerrno>
#include <csignal>
#include <sys/types.h>

namespace lodestone {

namespace {

constexpr qint64 kUnreadableLockAgeMs = 2000;

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
    bool locked = lock->tryLock(0);
    if (!locked && lock->error() == QLockFile::LockFailedError) {
        // A process killed between creating the lock file and writing its PID into it leaves a file without
        // a holder; QLockFile cannot judge it stale by PID. A live acquirer writes its PID at once, so an
        // unreadable lock file older than a few seconds is left over: remove it and try again.
        qint64 pid = 0;
        QString host;
        QString app;
        const QFileInfo info(lockPathFor(m_databasePath));
        if (!lock->getLockInfo(&pid, &host, &app) && info.exists() &&
            info.lastModified().msecsTo(QDateTime::currentDateTime()) > kUnreadableLockAgeMs) {
            log::service()->warn("removing a lock file without a holder: {}", info.filePath().toStdString());
            lock->removeStaleLockFile();
            locked = lock->tryLock(0);
        }
    }
    if (locked) {
        m_lock = std::move(lock);
        log::service()->debug("instance lock taken: {}", lockPathFor(m_databasePath).toStdString());
        return {};
    }
    switch (lock->error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host;
        QString app;
        lock->getLockInfo(&pid, &host, &app);
        return {ErrorCode::Locked,
                QStringLiteral("%1: in use by another Lodestone process (pid %2)").arg(m_databasePath).arg(pid)};
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
