#pragma once
// A STIX 2.1 bundle of everything an export selected (see InterchangeData): reports with their full text,
// organisations as identities, events as the x-lodestone-event SDO, event-organisation links as relationships,
// Lodestone's own properties in declared extensions (StixExtensions), and an identity for the team or analyst
// who exports it (created_by_ref). Ids are content-derived (StableId) and every time comes from the data, so the
// same content gives the same bytes in any database. Pure functions, usable from any thread. The mapping is
// described in stixbundle.cpp.
#include "interchange/interchangedata.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace lodestone {

class StixBundle final {
public:
    struct Input {
        InterchangeData data;
        QString author;                               // the team or analyst exporting; empty: no created_by_ref
        QString authorClass = QStringLiteral("individual"); // identity_class of the author
    };

    static QJsonObject build(const Input& input);
    static QByteArray encode(const Input& input); // indented UTF-8 JSON

    // UTC "YYYY-MM-DDTHH:MM:SS.sssZ" (STIX timestamps with millisecond precision).
    static QString timestamp(const QDateTime& t);
    static QString timestamp(const QDate& day, bool endOfDay = false);
    static QDateTime parseTimestamp(const QString& text); // any number of fraction digits; invalid when malformed
    // The STIX 2.1 confidence for an admiralty credibility grade (1..5), or -1 when 0/6 (not judged).
    static int confidenceFromCredibility(int credibility);
    // identity_class values of the STIX 2.1 identity-class-ov vocabulary.
    static bool isIdentityClass(const QString& value);
};

} // namespace lodestone
