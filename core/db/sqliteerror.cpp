#include "sqliteerror.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <QFileInfo>
#include <cerrno>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/statvfs.h>

namespace lodestone {

namespace {

bool isWriteError(int extendedCode)
{
    return extendedCode == SQLITE_IOERR || extendedCode == SQLITE_IOERR_WRITE || extendedCode == SQLITE_IOERR_FSYNC ||
           extendedCode == SQLITE_IOERR_TRUNCATE || extendedCode == SQLITE_IOERR_SHMSIZE;
}

// SQLite often cannot tell why a write failed (sqlite3_system_errno() is 0 when the failing write was to the
// WAL, or when errno was overwritten before it was read), so look at the storage itself: the database or one
// of its companion files at the process's file size limit (RLIMIT_FSIZE), or (almost) no free space left.
bool storageExhausted(const QString& dbPath)
{
    if (dbPath.isEmpty())
        return false;
    struct rlimit rl {};
    if (::getrlimit(RLIMIT_FSIZE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) {
        for (const char* suffix : {"", "-wal", "-journal", "-shm"}) {
            const QFileInfo f(dbPath + QLatin1String(suffix));
            if (f.exists() && static_cast<rlim_t>(f.size()) + 64 * 1024 >= rl.rlim_cur)
                return true;
        }
    }
    struct statvfs st {};
    const QByteArray dir = QFileInfo(dbPath).absolutePath().toLocal8Bit();
    if (::statvfs(dir.constData(), &st) == 0) {
        const unsigned long long available = static_cast<unsigned long long>(st.f_bavail) * st.f_frsize;
        if (available < 1024ull * 1024ull)
            return true;
    }
    return false;
}

} // namespace

bool isDiskFull(int extendedCode, int systemErrno)
{
    if ((extendedCode & 0xff) == SQLITE_FULL)
        return true;
    if ((extendedCode & 0xff) != SQLITE_IOERR)
        return false;
    switch (extendedCode) {
    case SQLITE_IOERR: // primary code only: trust the errno
    case SQLITE_IOERR_WRITE:
    case SQLITE_IOERR_FSYNC:
    case SQLITE_IOERR_TRUNCATE:
    case SQLITE_IOERR_SHMSIZE:
    case SQLITE_IOERR_SHMMAP:
        return systemErrno == EFBIG || systemErrno == ENOSPC || systemErrno == EDQUOT;
    default:
        return false;
    }
}

Error errorFromSqlite(const SQLite::Exception& e, const QString& path, int systemErrno)
{
    const int extended = e.getExtendedErrorCode() > 0 ? e.getExtendedErrorCode() : e.getErrorCode();
    const int code = e.getErrorCode() & 0xff;
    QString detail = QStringLiteral("%1: %2").arg(path, QString::fromUtf8(e.what()));
    if (isDiskFull(extended, systemErrno)) {
        if (systemErrno != 0)
            detail += QStringLiteral(" (extended code %1, errno %2)").arg(extended).arg(systemErrno);
        return {ErrorCode::DiskFull, detail};
    }
    switch (code) {
    case SQLITE_NOTADB: return {ErrorCode::NotADatabase, detail};
    case SQLITE_CORRUPT: return {ErrorCode::Corrupt, detail};
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM: return {ErrorCode::NotWritable, detail};
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return {ErrorCode::Locked, detail};
    case SQLITE_FULL: return {ErrorCode::DiskFull, detail};
    case SQLITE_IOERR: return {ErrorCode::Io, detail};
    default: return {ErrorCode::Internal, detail};
    }
}

Error errorFromSqlite(const SQLite::Exception& e, const QString& path, const SQLite::Database& db)
{
    const int systemErrno = sqlite3_system_errno(db.getHandle());
    Error error = errorFromSqlite(e, path, systemErrno);
    const int extended = e.getExtendedErrorCode() > 0 ? e.getExtendedErrorCode() : e.getErrorCode();
    if (error.code == ErrorCode::Io && systemErrno == 0 && isWriteError(extended)) {
        const char* file = sqlite3_db_filename(db.getHandle(), "main");
        if (file && *file && storageExhausted(QString::fromUtf8(file))) {
            error.code = ErrorCode::DiskFull;
            error.detail += QStringLiteral(" (extended code %1; no space left or file size limit reached)").arg(extended);
        }
    }
    return error;
}

} // namespace lodestone
