#include "sqliteerror.h"

#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

namespace lodestone {

Error errorFromSqlite(const SQLite::Exception& e, const QString& path)
{
    const int code = e.getErrorCode() & 0xff;
    const QString detail = QStringLiteral("%1: %2").arg(path, QString::fromUtf8(e.what()));
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

} // namespace lodestone
