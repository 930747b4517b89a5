#pragma once
// A read-only SQLite connection for looking at a file before deciding to use it, which leaves the file and its
// folder exactly as they were: for a file in WAL mode without a "-wal" file SQLite would create "-wal" and "-shm"
// next to it even read-only, so such a file is opened as immutable (it has no WAL content to miss then); a file in
// rollback-journal mode, or one whose WAL exists (in use), is opened read-only as it is. Any thread; the
// connection belongs to the caller.
#include <QByteArray>
#include <QString>

namespace SQLite { class Database; }

namespace lodestone {

// `header`: the file's first 100 bytes (read by the caller, who checked them); throws SQLite::Exception.
SQLite::Database openUntouched(const QString& path, const QByteArray& header);
// PRAGMA user_version through openUntouched; -1 when the file is missing, not SQLite or unreadable.
int untouchedSchemaVersion(const QString& path);

} // namespace lodestone
