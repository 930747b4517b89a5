#include "stableid.h"

#include <algorithm>

namespace lodestone {

namespace {
// Fields of a key are joined with a line feed: no key field holds one (titles are reduced to letters and digits,
// organisation keys are single-line).
constexpr QChar kSep = u'\n';
} // namespace

QUuid StableId::idNamespace()
{
    static const QUuid ns(QStringLiteral("{62c28eb2-6d9a-40d4-b6ef-9bc2de3f0731}"));
    return ns;
}

QString StableId::make(const QString& type, const QString& key)
{
    return type + QStringLiteral("--") + QUuid::createUuidV5(idNamespace(), key).toString(QUuid::WithoutBraces);
}

QString StableId::report(const QString& contentHash)
{
    return make(QStringLiteral("report"), QStringLiteral("report:") + contentHash);
}

QString StableId::organisation(const QString& key)
{
    return make(QStringLiteral("identity"), QStringLiteral("organisation:") + key);
}

QString StableId::event(Category category, const DateSpan& date, QStringList organisationKeys, const QString& title)
{
    std::sort(organisationKeys.begin(), organisationKeys.end());
    organisationKeys.erase(std::unique(organisationKeys.begin(), organisationKeys.end()), organisationKeys.end());
    QString key = QStringLiteral("event:") + categoryKey(category);
    key += kSep;
    key += date.start.isValid() ? date.start.toString(Qt::ISODate) : QString();
    key += kSep;
    key += date.end.isValid() ? date.end.toString(Qt::ISODate) : QString();
    key += kSep;
    key += organisationKeys.join(u'\t');
    key += kSep;
    key += titleKey(title);
    return make(eventType(), key);
}

QString StableId::relationship(const QString& sourceRef, const QString& type, const QString& targetRef)
{
    return make(QStringLiteral("relationship"), QStringLiteral("relationship:%1%2%3%4%5").arg(sourceRef, kSep, type, kSep, targetRef));
}

QString StableId::author(const QString& name)
{
    return make(QStringLiteral("identity"), QStringLiteral("author:") + name.simplified());
}

QString StableId::titleKey(const QString& title)
{
    const QString folded = title.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded)
        if (c.isLetterOrNumber())
            out += c;
    return out;
}

QString StableId::eventType()
{
    return QStringLiteral("x-lodestone-event");
}

} // namespace lodestone
