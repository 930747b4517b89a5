#pragma once
// Internal: date pattern tables shared by DateResolver (English and Chinese rule sets).
// Built once on first use and immutable afterwards: usable from any thread.
#include "model/datespan.h"

#include <QDate>
#include <QRegularExpression>
#include <QString>
#include <functional>
#include <optional>
#include <vector>

namespace lodestone::datepatterns {

struct Context final {
    QDate reference;
    bool strict = true; // running text (find): stricter about case and two-digit years
};

using Resolver = std::function<std::optional<DateSpan>(const QRegularExpressionMatch&, const Context&)>;

// One pattern. needle: a cheap substring test (case-insensitive) that must hold for the rule to run; empty = always.
// triggers (English rules): lower-case key words ("#digit" = a digit run, "#sym" = '©' or '(c)'); the rule is tried,
// anchored, only at a trigger token and up to lookBack tokens before it. No triggers: the rule scans the whole text.
struct DateRule final {
    QRegularExpression re;
    Resolver resolve;
    QString needle;
    QStringList triggers;
    int lookBack = 0;
};

inline DateRule makeRule(QRegularExpression re, Resolver resolve, QString needle)
{
    DateRule r;
    r.re = std::move(re);
    r.resolve = std::move(resolve);
    r.needle = std::move(needle);
    return r;
}

// Order of englishRules() (the resolver pre-selects rules for digit runs by shape).
enum EnglishRule : int {
    kIso = 0, kYmd, kNumeric, kMonthDayYear, kDayMonthYear, kMonthDay, kDayMonth, kMonthYear, kInMonth,
    kQuarterWords, kQuarterCode, kHalf, kEarlyYear, kCopyright, kPrepYear, kRelative, kWeekday
};

const std::vector<DateRule>& englishRules();
const std::vector<DateRule>& chineseRules();

// helpers
int monthFromName(QStringView name);          // 1..12 or 0
int chineseNumber(QStringView s);             // 一..九十九 / 〇-digit years; -1 on failure
std::optional<DateSpan> dayOrNull(int y, int m, int d, const QString& rule);
// A date without year: the reference year, or the previous year when that would be after the reference.
int inferYear(int month, int day, QDate reference);
// Span of the half year (1 or 2), precision year.
DateSpan halfYear(int year, int half, const QString& rule);
DateSpan weekOf(QDate anyDay, const QString& rule);

} // namespace lodestone::datepatterns
