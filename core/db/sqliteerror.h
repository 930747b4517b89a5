#pragma once
// Maps a SQLiteCpp exception to a lodestone::Error (code + technical detail naming the file). Any thread.
#include "model/error.h"

namespace SQLite { class Database; class Exception; }

namespace lodestone {

// A full disk shows up as SQLITE_FULL (ENOSPC) or as SQLITE_IOERR_WRITE/IOERR_FSYNC/IOERR_TRUNCATE with
// errno EFBIG/ENOSPC/EDQUOT (file size limit, quota); both map to ErrorCode::DiskFull. systemErrno is
// sqlite3_system_errno() of the connection that failed (0 when unknown).
Error errorFromSqlite(const SQLite::Exception& e, const QString& path, int systemErrno = 0);
// The same, reading the errno from the connection that threw; when SQLite has no errno for a failed write
// (a WAL write, or errno lost), a database (or -wal/-journal) file at RLIMIT_FSIZE or < 1 MB free space
// on its file system also counts as a full disk.
Error errorFromSqlite(const SQLite::Exception& e, const QString& path, const SQLite::Database& db);
// True when a (primary or extended) SQLite result code with the connection's errno means the disk is full.
bool isDiskFull(int extendedCode, int systemErrno);

} // namespace lodestone
