#include "outputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSaveFile>
#include <sys/stat.h>

#include <optional>

namespace lodestone {

namespace {

QMutex& registryMutex()
{
    static QMutex m;
    return m;
}

QHash<QString, int>& registry()
{
    static QHash<QString, int> r;
    return r;
}

struct FileId final {
    dev_t dev = 0;
    ino_t ino = 0;
    bool operator==(const FileId& o) const { return dev == o.dev && ino == o.ino; }
};

std::optional<FileId> fileId(const QString& path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    return FileId{st.st_dev, st.st_ino};
}

// The absolute path with its folder resolved (symlinked folders, "..") and, when the file itself is a symlink,
// the link followed (even a dangling one: writing through it would create its target).
QString resolved(const QString& path)
{
    QString current = QFileInfo(path).absoluteFilePath();
    for (int hop = 0; hop < 40; ++hop) {
        const QFileInfo info(current);
        const QString folder = info.absoluteDir().canonicalPath();
        const QString here = (folder.isEmpty() ? info.absolutePath() : folder) + QLatin1Char('/') + info.fileName();
        if (!QFileInfo(here).isSymLink())
            return QDir::cleanPath(here);
        const QString target = QFileInfo(here).symLinkTarget(); // absolute, even when dangling
        if (target.isEmpty())
            return QDir::cleanPath(here);
        current = target;
    }
    return QDir::cleanPath(current);
}

} // namespace

void OutputFile::protect(const QString& database)
{
    if (database.isEmpty() || database.startsWith(QLatin1String(":memory:")) || database.startsWith(QLatin1String("file:")))
        return;
    const QMutexLocker lock(&registryMutex());
    registry()[QFileInfo(database).absoluteFilePath()] += 1;
}

void OutputFile::unprotect(const QString& database)
{
    const QMutexLocker lock(&registryMutex());
    const QString key = QFileInfo(database).absoluteFilePath();
    auto it = registry().find(key);
    if (it != registry().end() && --it.value() <= 0)
        registry().erase(it);
}

QStringList OutputFile::companions(const QString& database)
{
    QStringList out{database};
    for (const char* suffix : {"-wal", "-shm", "-journal", ".lock", ".checked"})
        out << database + QLatin1String(suffix);
    return out;
}

Error OutputFile::check(const QString& path, const QStringList& alsoProtect)
{
    if (path.isEmpty())
        return {ErrorCode::InvalidArgument, QStringLiteral("no output file given")};
    QStringList databases = alsoProtect;
    {
        const QMutexLocker lock(&registryMutex());
        databases += registry().keys();
    }
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return {ErrorCode::InvalidArgument, QStringLiteral("%1: is a folder").arg(path)};
    if (info.exists() && !info.isFile())
        return {ErrorCode::InvalidArgument, QStringLiteral("%1: is not a regular file (a device, FIFO or socket)").arg(path)};
    const QString target = resolved(path);
    const std::optional<FileId> targetId = fileId(path);
    for (const QString& db : databases) {
        if (db.isEmpty())
            continue;
        // Next to the name given and, when that is a symlink, next to the file it names (SQLite puts its -wal there).
        QStringList bases{QFileInfo(db).absoluteFilePath()};
        if (const QString r = resolved(db); !bases.contains(r))
            bases << r;
        for (const QString& base : bases) {
            for (const QString& file : companions(base)) {
                const bool sameName = resolved(file) == target;
                const std::optional<FileId> id = targetId ? fileId(file) : std::nullopt;
                if (sameName || (id && *id == *targetId)) {
                    return {ErrorCode::InvalidArgument,
                            file == base ? QStringLiteral("%1: refusing to write over the open database %2").arg(path, db)
                                         : QStringLiteral("%1: refusing to write over %2, a file of the open database %3")
                                               .arg(path, QFileInfo(file).fileName(), db)};
                }
            }
        }
    }
    return {};
}

Error OutputFile::write(const QString& path, const QByteArray& bytes, const QStringList& alsoProtect)
{
    if (Error e = check(path, alsoProtect))
        return e;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {ErrorCode::Io, QStringLiteral("%1: %2").arg(path, file.errorString())};
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return {ErrorCode::Io, QStringLiteral("%1: %2").arg(path, why)};
    }
    if (!file.commit())
        return {ErrorCode::Io, QStringLiteral("%1: %2").arg(path, file.errorString())};
    return {};
}

} // namespace lodestone
