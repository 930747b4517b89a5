#pragma once
// The STIX 2.1 extension definitions Lodestone declares for what the standard has no property for: a new SDO
// for events and property extensions for reports and organisations (identities), with the identity that
// defines them. Their ids are fixed for all time: every bundle names the same definitions. Pure functions, any
// thread. The properties are described in each definition's `schema` text and in stixbundle.cpp.
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace lodestone {

class StixExtensions final {
public:
    static QString eventDefinition();        // extension-definition--… (new-sdo: x-lodestone-event)
    static QString reportDefinition();       // extension-definition--… (property-extension on report)
    static QString organisationDefinition(); // extension-definition--… (property-extension on identity)
    static QString makerIdentity();          // identity--… of Lodestone, the creator of the definitions
    static QString version();                // of the definitions, "1.0"
    static QString definedAt();              // their created/modified timestamp

    // The maker identity and the three extension-definition objects, in that order.
    static QJsonArray objects();
    // {"<definition>": {"extension_type": type, ...properties}}
    static QJsonObject use(const QString& definition, const QString& type, QJsonObject properties = {});
};

} // namespace lodestone
