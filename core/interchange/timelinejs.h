#pragma once
// Events as a TimelineJS 3 JSON document ({"title", "events": [{start_date, end_date, text, group,
// unique_id, display_date}]}), dates at the event's precision. Text is HTML-escaped.
// Pure functions, usable from any thread.
#include "model/event.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace lodestone {

class TimelineJs final {
public:
    // headline/intro: the title slide; groupLabels: one label per category (empty = category keys).
    static QJsonObject document(const QList<Event>& events, const QString& headline, const QString& intro,
                                const QStringList& groupLabels = {});
    static QByteArray encode(const QList<Event>& events, const QString& headline, const QString& intro,
                             const QStringList& groupLabels = {});
    static QJsonObject date(const QDate& d, Precision precision);
};

} // namespace lodestone
