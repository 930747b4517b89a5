#pragma once
// The dashboard's composition root: opens the database (offering another file when it is unusable),
// creates the Writer, QueryService and main window, and runs the event loop. Main (GUI) thread.
#include <QString>

class QApplication;

namespace lodestone::app {

int runGui(QApplication& app, const QString& databaseArg, const QString& language);

} // namespace lodestone::app
