#include "displaytext.h"

#include "dateformat.h"

#include <QCoreApplication>
#include <algorithm>
#include <QDate>
#include <QRegularExpression>
#include <QLocale>

namespace lodestone {

QString statusLabel(VerificationStatus status)
{
    switch (status) {
    case VerificationStatus::Unverified: return QCoreApplication::translate("Status", "Unverified");
    case VerificationStatus::Verified: return QCoreApplication::translate("Status", "Verified");
    case VerificationStatus::Disputed: return QCoreApplication::translate("Status", "Disputed");
    case VerificationStatus::Rejected: return QCoreApplication::translate("Status", "Rejected");
    }
    return {};
}

QString precisionLabel(Precision precision)
{
    switch (precision) {
    case Precision::Day: return QCoreApplication::translate("Precision", "day");
    case Precision::Month: return QCoreApplication::translate("Precision", "month");
    case Precision::Quarter: return QCoreApplication::translate("Precision", "quarter");
    case Precision::Year: return QCoreApplication::translate("Precision", "year");
    }
    return {};
}

QString evidenceRuleLabel(const QString& rule)
{
    // A parenthesised pattern of alternatives right after the rule's name: “a|b|c …”.
    static const QRegularExpression pattern(QStringLiteral("\\s*\\(\u201c[^\u201d]*\\|[^\u201d]*\u201d\\)"));
    QString out = rule;
    out.remove(pattern);
    return out;
}

QString timingLabel(EventTiming timing)
{
    switch (timing) {
    case EventTiming::Planned: return QCoreApplication::translate("Timing", "planned");
    case EventTiming::Effective: return QCoreApplication::translate("Timing", "effective from");
    case EventTiming::Reported: break;
    }
    return {};
}

QString dateRuleLabel(const QString& rule)
{
    if (rule.isEmpty())
        return QCoreApplication::translate("DateRule", "none");
    if (rule == u"analyst")
        return QCoreApplication::translate("DateRule", "set by an analyst");
    if (rule.startsWith(u"analyst: "))
        return QCoreApplication::translate("DateRule", "set by an analyst (%1)").arg(rule.mid(9));
    if (rule.startsWith(u"fallback:published-year"))
        return QCoreApplication::translate("DateRule", "no date in the sentence: the publication year");
    if (rule.startsWith(u"fallback:"))
        return QCoreApplication::translate("DateRule", "no date in the sentence: the report's year");
    if (rule.startsWith(u"undated:")) {
        if (rule.contains(u"needs the publication date"))
            return QCoreApplication::translate("DateRule", "undated: the sentence's date needs a publication date the report lacks");
        return QCoreApplication::translate("DateRule", "undated: no date in the sentence and no publication date");
    }
    // a publication date's rule may name a second source: "url:yyyy/mm/dd (refines text:dateline)", "…; url:… says …"
    qsizetype cut = -1;
    for (const QString& sep : {QStringLiteral(" (refines "), QStringLiteral("; ")}) {
        const qsizetype at = rule.indexOf(sep);
        if (at > 0 && (cut < 0 || at < cut))
            cut = at;
    }
    if (cut > 0 && !rule.startsWith(u"inferred"))
        return QCoreApplication::translate("DateRule", "%1 — %2").arg(dateRuleLabel(rule.left(cut)), rule.mid(cut).trimmed());
    if (rule.startsWith(u"text:dateline-published"))
        return QCoreApplication::translate("DateRule", "from the labelled publication date in the text");
    if (rule.startsWith(u"text:dateline-updated"))
        return QCoreApplication::translate("DateRule", "from the \"updated\" date in the text");
    if (rule.startsWith(u"text:dateline"))
        return QCoreApplication::translate("DateRule", "from the dateline under the headline");
    if (rule.startsWith(u"text:wire-dateline"))
        return QCoreApplication::translate("DateRule", "from the news dateline; the year from another date of the report");
    if (rule.startsWith(u"url:"))
        return QCoreApplication::translate("DateRule", "from the date in the report's URL");
    if (rule.startsWith(u"meta:"))
        return QCoreApplication::translate("DateRule", "from the document's metadata (%1)").arg(rule.mid(5));
    if (rule.startsWith(u"copyright"))
        return QCoreApplication::translate("DateRule", "from the copyright line");
    static const QRegularExpression inferred(QStringLiteral("^inferred: copyright year (\\d{4})(?:; not before (\\d{4}-\\d{2}-\\d{2}))?"));
    if (const QRegularExpressionMatch m = inferred.match(rule); m.hasMatch()) {
        const QString year = m.captured(1);
        const QDate notBefore = QDate::fromString(m.captured(2), Qt::ISODate);
        if (!notBefore.isValid())
            return QCoreApplication::translate("DateRule", "inferred from the copyright year %1").arg(year);
        return QCoreApplication::translate("DateRule", "inferred from the copyright year %1, not before %2 (the latest date stated in the text)")
            .arg(year, DateFormat::day(notBefore));
    }
    if (rule.startsWith(u"en:") || rule.startsWith(u"zh:")) {
        if (rule.contains(u"relative") || rule.contains(u"weekday"))
            return QCoreApplication::translate("DateRule", "relative date in the sentence, counted from the publication date");
        if (rule.contains(u"early") || rule.contains(u"mid") || rule.contains(u"late") || rule.contains(u"half"))
            return QCoreApplication::translate("DateRule", "part of a year named in the sentence");
        return QCoreApplication::translate("DateRule", "date stated in the sentence");
    }
    return rule;
}

QString roleLabel(const QString& role)
{
    static const char* const kRoles[] = {QT_TRANSLATE_NOOP("Role", "actor"), QT_TRANSLATE_NOOP("Role", "partner"),
                                         QT_TRANSLATE_NOOP("Role", "subject"), QT_TRANSLATE_NOOP("Role", "host"),
                                         QT_TRANSLATE_NOOP("Role", "regulator"), QT_TRANSLATE_NOOP("Role", "mentioned")};
    for (const char* key : kRoles)
        if (role == QLatin1String(key))
            return QCoreApplication::translate("Role", key);
    return role;
}

QString formatSpan(const DateSpan& span)
{
    return DateFormat::span(span);
}

} // namespace lodestone
