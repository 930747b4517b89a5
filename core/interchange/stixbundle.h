#pragma once
// Events, their organisations and backing reports as one STIX 2.1 bundle (report, identity, the custom
// SDO x-lodestone-event, relationship). Ids are UUIDv5 from a fixed namespace and our keys, so re-exports
// are stable. Pure functions, usable from any thread. The mapping is described in stixbundle.cpp.
#include "model/event.h"
#include "model/organisation.h"
#include "model/report.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QUuid>

namespace lodestone {

class StixBundle final {
public:
    struct Input {
        QList<Event> events;               // what the filter selected; only these are exported
        QList<Organisation> organisations; // details of the linked organisations (others are ignored)
        QList<Report> reports;             // the backing reports (doc.text optional); others are ignored
        QDateTime exportedAt;              // fallback for created/modified/published when a time is unknown
    };

    static QJsonObject build(const Input& input);
    static QByteArray encode(const Input& input); // indented UTF-8 JSON

    // "<type>--<UUIDv5(namespace, key)>"
    static QString objectId(const QString& type, const QString& key);
    static QUuid idNamespace();
    // UTC "YYYY-MM-DDTHH:MM:SS.sssZ" (STIX timestamps with millisecond precision).
    static QString timestamp(const QDateTime& t);
    static QString timestamp(const QDate& day, bool endOfDay = false);
    // The STIX 2.1 confidence for an admiralty credibility grade (1..5), or -1 when 0/6 (not judged).
    static int confidenceFromCredibility(int credibility);
    // The custom object type used for events.
    static QString eventType();
};

} // namespace lodestone
