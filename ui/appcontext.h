#pragma once
// What app/ hands to the main window: the services it created. Plain struct, GUI thread.
#include <QString>
#include <functional>
#include <memory>

namespace lodestone {

class Gazetteer;
class QueryService;
class Writer;

// Which database file the user is asked for: a new one to create, or an existing one to open.
enum class DatabasePrompt { New, Open };

struct AppContext final {
    Writer* writer = nullptr;
    QueryService* queries = nullptr;
    std::shared_ptr<const Gazetteer> gazetteer;
    QString databasePath;
    QString language; // applied UI language ("en", "zh_CN")
    QString logFilePath; // where the log file is written (shown in the user guide); empty = unknown
    // Switches the UI language at once ("" = system, "en", "zh_CN"); returns the applied one.
    std::function<QString(const QString&)> setLanguage;
    // Asks for a database path (start: suggested file or folder); empty = cancelled. Unset: a file dialog.
    using DatabaseChooser = std::function<QString(DatabasePrompt prompt, const QString& start)>;
    DatabaseChooser chooseDatabase;
};

} // namespace lodestone
