#include "displaytext.h"

#include <QCoreApplication>
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
    if (!span.start.isValid())
        return QCoreApplication::translate("Precision", "undated");
    const QLocale locale;
    switch (span.precision) {
    case Precision::Day: return locale.toString(span.start, QLocale::ShortFormat);
    case Precision::Month:
        //: QDate format of a month-precision date, e.g. "Nov 2025"; Chinese puts the year first
        return locale.toString(span.start, QCoreApplication::translate("Precision", "MMM yyyy"));
    case Precision::Quarter:
        return QCoreApplication::translate("Precision", "Q%1 %2").arg((span.start.month() - 1) / 3 + 1).arg(span.start.year());
    case Precision::Year: return QString::number(span.start.year());
    }
    return {};
}

} // namespace lodestone
