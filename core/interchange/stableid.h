#pragma once
// STIX ids derived from what makes a thing that thing, so that two databases name the same report, organisation,
// event or link alike and never name two different ones alike: "<type>--<UUIDv5(namespace, key)>" over
//   report        its content hash (the de-duplication fingerprint)
//   organisation  its key (gazetteer key, or "auto:<normalised name>")
//   event         category, date span, the sorted keys of its organisations and the title key
//   relationship  its two ends and its type
// Pure functions, usable from any thread.
#include "model/category.h"
#include "model/datespan.h"

#include <QString>
#include <QStringList>
#include <QUuid>

namespace lodestone {

class StableId final {
public:
    static QUuid idNamespace(); // fixed for all time: changing it changes every exported id
    static QString make(const QString& type, const QString& key);

    static QString report(const QString& contentHash);
    static QString organisation(const QString& key);
    static QString event(Category category, const DateSpan& date, QStringList organisationKeys, const QString& title);
    static QString relationship(const QString& sourceRef, const QString& type, const QString& targetRef);
    static QString author(const QString& name); // the identity that exports (a team or an analyst)

    // The title as a key: compatibility-folded, case-folded, letters and digits only ("Baogang's quota, 2025" and
    // "BAOGANG S QUOTA 2025" share one key).
    static QString titleKey(const QString& title);
    static QString eventType(); // "x-lodestone-event"
};

} // namespace lodestone
