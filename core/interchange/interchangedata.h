#pragma once
// Everything a Lodestone bundle carries, named by portable keys instead of database row ids (an organisation by
// its key, a report by its content hash): what an export gathers from the stores and what an import writes back.
// Plain values, usable from any thread.
#include "model/event.h"
#include "model/organisation.h"
#include "model/report.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <utility>

namespace lodestone {

// One entry of an organisation's correction history (today: merges and their reversal).
struct InterchangeOrgChange final {
    QDateTime at;
    QString analyst;
    QString note;
    bool merge = true;     // false: the merge was reversed
    QString survivorKey;   // the organisation it was merged into
};

struct InterchangeOrganisation final {
    Organisation org;      // key, names, kind, country, parentKey, autoDetected, aliases ("merge:<key>" provenance)
    QString mergedIntoKey; // set when it is merged into another organisation
    QList<InterchangeOrgChange> history;
    QString stixId;        // import: the id it came with
    bool shared = false;   // import: another tool's identity (a shared gazetteer), also matched by its names
};

struct InterchangeReport final {
    Report report;         // doc with every field, contentHash, importedAt, verification
    QList<VerificationLogEntry> history; // oldest first
    QList<std::pair<QString, int>> mentions; // organisation key, number of mentions
    QString stixId;
};

struct InterchangeEvidence final {
    QString reportHash;
    QString quote;
    int start = 0;
    int end = 0;
};

// One entry of an event's correction history. Values are JSON as the correction log holds them, except that an
// organisation is named by its key: {"organisation": key, "role": role}.
struct InterchangeCorrection final {
    QDateTime at;
    QString analyst;
    QString field;         // "title", "category", "date", "organisation", "rejected"
    QJsonValue oldValue;   // Null when there was none
    QJsonValue newValue;
    QString note;
};

struct InterchangeEvent final {
    Event event;           // category, title, summary, date, confidence, rejected, people (ids unused)
    bool analystEdited = false;
    QList<EventOrgRole> organisations; // key, role
    QList<InterchangeEvidence> evidence;
    QList<InterchangeCorrection> corrections; // oldest first
    QString stixId;        // import: the id it came with

    QStringList organisationKeys() const;
};

struct InterchangeData final {
    QList<InterchangeOrganisation> organisations;
    QList<InterchangeReport> reports;
    QList<InterchangeEvent> events;

    bool isEmpty() const { return organisations.isEmpty() && reports.isEmpty() && events.isEmpty(); }
};

} // namespace lodestone
