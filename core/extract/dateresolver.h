#pragma once
// Finds and resolves date expressions (English and Chinese, absolute and relative) against a
// reference date, and parses single metadata date strings. Pure functions, usable from any thread.
#include "model/datespan.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace lodestone {

// One date expression found in a text. start/end are QString (UTF-16) offsets, end exclusive.
// span.rule names the pattern, e.g. "en:month-day-year", "zh:ymd", "en:relative:last-month";
// "copyright" marks "© 2025"-style years so callers can ignore them as event dates.
struct DateMention final {
    DateSpan span;
    int start = 0;
    int end = 0;
    QString surface;
};

// Precision conventions (documented in README design notes):
// - a half year ("first half of 2025", "上半年", "mid-2025") keeps its exact six-month extent but carries
//   precision year, because no single quarter is claimed;
// - "last week" keeps the exact Monday..Sunday span with precision month (no week precision exists);
// - "earlier this month/year" spans from the start of the period to the reference date;
// - a partial date (no year) that would fall after the reference date belongs to the previous year.
class DateResolver final {
public:
    // Every date expression in text, non-overlapping and sorted by start. An invalid reference means today.
    static QList<DateMention> find(const QString& text, QDate reference);
    // One metadata string (ISO 8601 date/datetime, RFC 2822, "Nov. 26, 2025", "26 November 2025",
    // "2025年11月25日", a bare year); nullopt when it holds no date.
    static std::optional<DateSpan> parse(const QString& s, QDate reference = {});
};

} // namespace lodestone
