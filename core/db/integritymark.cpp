#include "integritymark.h"

#include "util/log.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <sys/stat.h>

namespace lodestone {

namespace {

// "<size> <mtime seconds> <mtime nanoseconds>", or empty when the file cannot be stat'ed.
QByteArray stamp(const QString& database)
{
    struct stat st {};
    if (::stat(QFile::encodeName(database).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return {};
    return QByteArray::number(static_cast<qint64>(st.st_size)) + ' ' + QByteArray::number(static_cast<qint64>(st.st_mtim.tv_sec)) +
           ' ' + QByteArray::number(static_cast<qint64>(st.st_mtim.tv_nsec));
}

} // namespace

QString IntegrityMark::pathFor(const QString& database)
{
    return database + QStringLiteral(".checked");
}

namespace {

// A WAL with frames holds changes the main file does not show yet (a crash, or a connection still open).
// An empty one is what a read-only connection leaves behind: it cannot remove the file it found or created.
bool walHasFrames(const QString& database)
{
    const QFileInfo wal(database + QStringLiteral("-wal"));
    return wal.exists() && wal.size() > 0;
}

} // namespace

bool IntegrityMark::matches(const QString& database)
{
    if (walHasFrames(database))
        return false;
    QFile mark(pathFor(database));
    if (!mark.open(QIODevice::ReadOnly))
        return false;
    const QByteArray expected = stamp(database);
    return !expected.isEmpty() && mark.readAll().trimmed() == expected;
}

void IntegrityMark::write(const QString& database)
{
    const QByteArray s = stamp(database);
    if (s.isEmpty() || walHasFrames(database))
        return;
    QSaveFile f(pathFor(database));
    if (!f.open(QIODevice::WriteOnly) || f.write(s + '\n') < 0 || !f.commit())
        log::db()->debug("cannot write {}: the next open runs the full integrity check", pathFor(database).toStdString());
}

void IntegrityMark::remove(const QString& database)
{
    QFile::remove(pathFor(database));
}

} // namespace lodestone
