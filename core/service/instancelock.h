#pragma once
// Advisory lock "<database>.lock" that keeps a second Lodestone process from writing the same database:
// a QLockFile taken without waiting, with stale locks (holder no longer running) detected by PID.
// Owned by the Writer; create, acquire and release on one thread (any thread).
#include "model/error.h"

#include <QString>
#include <memory>

class QLockFile;

namespace lodestone {

class InstanceLock final {
public:
    explicit InstanceLock(QString databasePath);
    ~InstanceLock();
    InstanceLock(const InstanceLock&) = delete;
    InstanceLock& operator=(const InstanceLock&) = delete;

    // Takes the lock without waiting for a live holder. A lock left by a process that is no longer running is removed
    // and taken, as is a lock file without a PID that no process holds flock(2) on (a holder killed while taking
    // it); a PID-less file that is held is waited for up to 3 s. Errors: Locked "<db>: in use by another Lodestone
    // process (pid N)" (without the PID when the holder has not written it yet) while a live process
    // (this one included, through another InstanceLock) holds it; NotWritable when the lock file cannot be created.
    Error acquire();
    void release();
    bool isHeld() const;

    const QString& databasePath() const { return m_databasePath; }
    static QString lockPathFor(const QString& databasePath);
    // The PID recorded in the lock of databasePath when that process is still running, else 0. Reads only.
    static qint64 holderPid(const QString& databasePath);

private:
    QString m_databasePath;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace lodestone
