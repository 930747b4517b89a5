#include "recentdatabases.h"

#include <QFileInfo>
#include <QSettings>

namespace lodestone {

namespace {

const QString kKey = QStringLiteral("session/recentDatabases");

QString absolute(const QString& path)
{
    return QFileInfo(path).absoluteFilePath();
}

void store(const QStringList& paths)
{
    QSettings().setValue(kKey, paths);
}

} // namespace

QStringList RecentDatabases::list()
{
    const QStringList stored = QSettings().value(kKey).toStringList();
    QStringList kept;
    for (const QString& path : stored)
        if (!path.isEmpty() && QFileInfo(path).isFile() && !kept.contains(path) && kept.size() < kMaxEntries)
            kept << path;
    if (kept != stored)
        store(kept);
    return kept;
}

void RecentDatabases::add(const QString& path)
{
    if (path.isEmpty())
        return;
    const QString entry = absolute(path);
    QStringList paths = QSettings().value(kKey).toStringList();
    paths.removeAll(entry);
    paths.prepend(entry);
    while (paths.size() > kMaxEntries)
        paths.removeLast();
    store(paths);
}

void RecentDatabases::remove(const QString& path)
{
    QStringList paths = QSettings().value(kKey).toStringList();
    if (paths.removeAll(absolute(path)) > 0)
        store(paths);
}

void RecentDatabases::clear()
{
    QSettings().remove(kKey);
}

} // namespace lodestone
