#pragma once
// The list behind File › Open Recent: the databases opened last, newest first, kept in QSettings
// ("session/recentDatabases"), at most kMaxEntries, files that no longer exist left out. GUI thread.
#include <QStringList>

namespace lodestone {

class RecentDatabases final {
public:
    static constexpr int kMaxEntries = 8;

    // The remembered paths that still exist, newest first; drops the missing ones from the settings too.
    static QStringList list();
    // Puts path (made absolute) first, removing an older entry for the same file and the oldest beyond the cap.
    static void add(const QString& path);
    static void remove(const QString& path);
    static void clear();
};

} // namespace lodestone
