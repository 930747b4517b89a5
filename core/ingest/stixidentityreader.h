#pragma once
// Reads the organisations of a STIX bundle that holds nothing but identities (and the relationships, marking
// and extension definitions around them): a gazetteer another team shares. Each identity of an organisation
// class becomes an organisation named by its name, with its aliases (STIX gives identity no alias property; the
// aliases OpenCTI and older Lodestone exports write are read) and a Chinese name when one is given. Pure
// functions, usable from any thread.
#include "interchange/interchangedata.h"

#include <QJsonObject>
#include <QList>

namespace lodestone {

class StixIdentityReader final {
public:
    // True when the bundle holds at least one identity and, besides identities, only relationships, marking
    // definitions and extension definitions.
    static bool isIdentityBundle(const QList<QJsonObject>& objects);
    // The organisations; individuals, systems and identities that only appear as the creator of the others are
    // left out.
    static QList<InterchangeOrganisation> read(const QList<QJsonObject>& objects);
    // "auto:<normalised name>", the key a detected organisation of that name gets.
    static QString keyFor(const QString& name);
};

} // namespace lodestone
