#pragma once
// Writing a file the user chose (exports, charts, briefings, backups): never over a database this process has
// open or one of its companion files (-wal, -shm, -journal, .lock, .checked), whatever way the path names them
// (symlinks, "..", hard links: files are compared by device and inode), never into a folder, device or FIFO,
// and never half a file (a temporary file in the same folder, renamed into place). Any thread.
#include "model/error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace lodestone {

class OutputFile final {
public:
    // Databases open in this process (Database registers each connection's file while it is open; counted).
    static void protect(const QString& database);
    static void unprotect(const QString& database);
    // The files that belong to a database: itself, -wal, -shm, -journal, .lock and .checked.
    static QStringList companions(const QString& database);

    // An InvalidArgument error naming the file when writing `path` would replace a protected database (or one of
    // `alsoProtect`) or one of their companion files, or when `path` is a folder or a special file.
    static Error check(const QString& path, const QStringList& alsoProtect = {});
    // check(), then the bytes written to a temporary file next to `path` and renamed over it (QSaveFile).
    static Error write(const QString& path, const QByteArray& bytes, const QStringList& alsoProtect = {});
};

} // namespace lodestone
