#pragma once
// Events as JSON in the shape of `lodestone events --json` (CLI.md "JSON shapes": fields may be added,
// never renamed). Pure functions, usable from any thread.
#include "model/event.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace lodestone {

class EventJson final {
public:
    static QJsonObject event(const Event& e);
    static QByteArray encode(const QList<Event>& events); // one compact array, UTF-8
};

} // namespace lodestone
