#pragma once
// Events as JSON in the shape of `lodestone events --json` (CLI.md "JSON shapes": fields may be added,
// never renamed). Each entry of "reports" keeps its id and status and gains, when the report's metadata is
// given, title, url, publisher, published (at its precision), published_precision, reliability and credibility.
// Pure functions, usable from any thread.
#include "model/event.h"
#include "model/report.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>

namespace lodestone {

class EventJson final {
public:
    static QJsonObject event(const Event& e, const QHash<qint64, Report>& reports = {});
    static QByteArray encode(const QList<Event>& events, const QHash<qint64, Report>& reports = {}); // one compact array
};

} // namespace lodestone
