#pragma once
// The STIX objects of one Lodestone bundle, each from its portable record: report, identity (organisation and
// author), x-lodestone-event and relationship. The refs between them come from the Context that StixBundle fills
// first. Pure functions, usable from any thread.
#include "interchange/interchangedata.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace lodestone {

class StixObjects final {
public:
    struct Context {
        QString author;                    // identity id for created_by_ref; empty: none
        QHash<QString, QString> reportRef; // content hash -> report id
    };

    static QJsonObject report(const InterchangeReport& r, const Context& ctx, const QDateTime& created, const QStringList& refs);
    static QJsonObject organisation(const InterchangeOrganisation& o, const Context& ctx, const QDateTime& created);
    static QJsonObject event(const InterchangeEvent& e, const QString& id, const Context& ctx, const QDateTime& created,
                             bool verified);
    static QJsonObject relationship(const QString& id, const QString& eventId, const QString& identityId,
                                    const QString& role, const Context& ctx, const QDateTime& created,
                                    const QDateTime& modified);
    static QJsonObject author(const QString& id, const QString& name, const QString& identityClass, const QDateTime& created);

    static QString eventId(const InterchangeEvent& e);
    static QDateTime reportModified(const InterchangeReport& r, const QDateTime& created);
    static QDateTime eventModified(const InterchangeEvent& e, const QDateTime& created);
    static QDateTime organisationModified(const InterchangeOrganisation& o, const QDateTime& created);
    // "Untitled report" / "Untitled event": the name of an object whose title is empty (STIX requires a name).
    static QString untitledReport();
    static QString untitledEvent();
    // A language tag STIX accepts in `lang` (RFC 5646 shape, e.g. "en", "zh", "zh-Hant").
    static bool isLanguageTag(const QString& language);
};

} // namespace lodestone
