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
    // A partial, relative or weekday expression found without a publication date to resolve it against
    // (findForReport without one): span.rule names the pattern, span.start/end are invalid.
    bool unresolved = false;
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
    // The same for a report: against its publication date when it has one; without one, expressions that need a
    // reference (see needsReference) come back unresolved instead of being placed against today.
    static QList<DateMention> findForReport(const QString& text, std::optional<QDate> published);
    // Lenient matching for short metadata lines (datelines): lower-case month names, two-digit years
    // ("07.15.25", "28-01-22"), month-first when day-first is impossible.
    static QList<DateMention> findLoose(const QString& text, QDate reference);
    // True for rules whose result depends on the reference date: partial dates (no year), weekdays, relative
    // expressions ("last month", 今年, 上月).
    static bool needsReference(const QString& rule);
    // One metadata string (ISO 8601 date/datetime, RFC 2822, "Nov. 26, 2025", "26 November 2025",
    // "2025年11月25日", a bare year); nullopt when it holds no date.
    static std::optional<DateSpan> parse(const QString& s, QDate reference = {});
};

} // namespace lodestone
