#pragma once
// A resolved date: an inclusive span of days with a precision and the rule that produced it.
// Plain value type, usable from any thread.
#include <QDate>
#include <QString>
#include <optional>

namespace lodestone {

enum class Precision : int { Day = 0, Month = 1, Quarter = 2, Year = 3 };

QString precisionKey(Precision p);
std::optional<Precision> precisionFromKey(const QString& key);

struct DateSpan final {
    QDate start;              // first day covered
    QDate end;                // last day covered (inclusive)
    Precision precision = Precision::Day;
    QString rule;             // e.g. "absolute:month-day-year", "relative:earlier-this-month"

    bool isValid() const { return start.isValid() && end.isValid() && start <= end; }

    static DateSpan day(QDate d, QString rule = {});
    static DateSpan month(int year, int month, QString rule = {});
    static DateSpan quarter(int year, int quarter, QString rule = {});
    static DateSpan year(int year, QString rule = {});

    bool operator==(const DateSpan& o) const
    {
        return start == o.start && end == o.end && precision == o.precision;
    }
};

} // namespace lodestone
