#pragma once
// What app/ hands to the main window: the services it created. Plain struct, GUI thread.
#include <QString>
#include <functional>
#include <memory>

namespace lodestone {

class Gazetteer;
class QueryService;
class Writer;

struct AppContext final {
    Writer* writer = nullptr;
    QueryService* queries = nullptr;
    std::shared_ptr<const Gazetteer> gazetteer;
    QString databasePath;
    QString language; // applied UI language ("en", "zh_CN")
    // Switches the UI language at once ("" = system, "en", "zh_CN"); returns the applied one.
    std::function<QString(const QString&)> setLanguage;
};

} // namespace lodestone
