#include "stixidentityreader.h"

#include "extract/orgtokenizer.h"
#include "interchange/stixextensions.h"

#include <QJsonArray>
#include <QSet>

namespace lodestone {

namespace {

QString text(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString().trimmed();
}

bool hasHan(const QString& s)
{
    for (const QChar c : s)
        if (c.script() == QChar::Script_Han)
            return true;
    return false;
}

} // namespace

QString StixIdentityReader::keyFor(const QString& name)
{
    return QStringLiteral("auto:") + OrgTokenizer::normaliseName(name);
}

bool StixIdentityReader::isIdentityBundle(const QList<QJsonObject>& objects)
{
    bool identity = false;
    for (const QJsonObject& o : objects) {
        const QString type = text(o, "type");
        if (type == u"identity")
            identity = true;
        else if (type != u"relationship" && type != u"marking-definition" && type != u"extension-definition")
            return false;
    }
    return identity;
}

QList<InterchangeOrganisation> StixIdentityReader::read(const QList<QJsonObject>& objects)
{
    QSet<QString> creators; // identities named as created_by_ref of another object
    for (const QJsonObject& o : objects)
        if (const QString by = text(o, "created_by_ref"); !by.isEmpty() && by != text(o, "id"))
            creators.insert(by);
    QList<InterchangeOrganisation> out;
    for (const QJsonObject& o : objects) {
        const QString id = text(o, "id");
        const QString identityClass = text(o, "identity_class");
        if (text(o, "type") != u"identity" || id == StixExtensions::makerIdentity() || creators.contains(id)
            || identityClass == u"individual" || identityClass == u"system")
            continue;
        const QString name = text(o, "name");
        if (name.isEmpty())
            continue;
        InterchangeOrganisation io;
        io.stixId = id;
        io.shared = true;
        Organisation& org = io.org;
        QStringList names;
        for (const char* key : {"x_opencti_aliases", "aliases", "x_lodestone_aliases", "x_aliases"})
            for (const QJsonValue& v : o.value(QLatin1String(key)).toArray())
                if (const QString a = v.toString().trimmed(); !a.isEmpty() && a != name && !names.contains(a))
                    names << a;
        const QString zh = text(o, "x_lodestone_name_zh");
        if (hasHan(name)) {
            org.nameZh = name;
        } else {
            org.nameEn = name;
            org.nameZh = zh;
            for (const QString& a : std::as_const(names))
                if (org.nameZh.isEmpty() && hasHan(a))
                    org.nameZh = a;
        }
        const QString ownKey = text(o, "x_lodestone_key");
        org.key = ownKey.isEmpty() ? keyFor(name) : ownKey;
        org.autoDetected = ownKey.isEmpty() || ownKey.startsWith(QLatin1String("auto:"));
        org.kind = text(o, "x_lodestone_kind");
        org.country = text(o, "x_lodestone_country");
        for (const QString& a : std::as_const(names))
            if (a != org.nameZh)
                org.aliases << OrgAlias{a, hasHan(a) ? QStringLiteral("zh") : QStringLiteral("en"), QStringLiteral("stix")};
        out << io;
    }
    return out;
}

} // namespace lodestone
