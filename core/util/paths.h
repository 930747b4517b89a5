#pragma once
// Where the default database lives: $LODESTONE_DB, else lodestone.sqlite in the app data folder.
// Any thread (after QCoreApplication has its names set).
#include <QString>

namespace lodestone {

QString defaultDatabasePath();

} // namespace lodestone
