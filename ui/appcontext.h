#pragma once
// What app/ hands to the main window: the services it created. Plain struct, GUI thread.
#include <QString>
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
};

} // namespace lodestone
