#include "datespan.h"

namespace lodestone {

QString precisionKey(Precision p)
{
    switch (p) {
    case Precision::Day: return QStringLiteral("day");
    case Precision::Month: return QStringLiteral("month");
    case Precision::Quarter: return QStringLiteral("quarter");
    case Precision::Year: return QStringLiteral("year");
    }
    return QStringLiteral("day");
}

std::optional<Precision> precisionFromKey(const QString& key)
{
    if (key == QLatin1String("day")) return Precision::Day;
    if (key == QLatin1String("month")) return Precision::Month;
    if (key == QLatin1String("quarter")) return Precision::Quarter;
    if (key == QLatin1String("year")) return Precision::Year;
    return std::nullopt;
}

DateSpan DateSpan::day(QDate d, QString rule)
{
    return DateSpan{d, d, Precision::Day, std::move(rule)};
}

DateSpan DateSpan::month(int y, int m, QString rule)
{
    const QDate s(y, m, 1);
    return DateSpan{s, s.addMonths(1).addDays(-1), Precision::Month, std::move(rule)};
}

DateSpan DateSpan::quarter(int y, int q, QString rule)
{
    const QDate s(y, (q - 1) * 3 + 1, 1);
    return DateSpan{s, s.addMonths(3).addDays(-1), Precision::Quarter, std::move(rule)};
}

DateSpan DateSpan::year(int y, QString rule)
{
    return DateSpan{QDate(y, 1, 1), QDate(y, 12, 31), Precision::Year, std::move(rule)};
}

} // namespace lodestone
