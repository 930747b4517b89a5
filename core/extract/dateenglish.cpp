// English date rules for DateResolver (see datepatterns.h).
#include "datepatterns.h"

namespace lodestone::datepatterns {

namespace {

const QString kMonth = QStringLiteral(
    "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    "Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)");

QRegularExpression rx(const QString& pattern)
{
    QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
    re.optimize();
    return re;
}

// In running text a month name must be capitalised ("may", "march" are verbs).
int month(const QRegularExpressionMatch& m, int group, const Context& c)
{
    const QStringView name = m.capturedView(group);
    if (name.isEmpty()) return 0;
    if (c.strict && !name.front().isUpper()) return 0;
    return monthFromName(name);
}

int fullYear(QStringView s)
{
    QStringView v = s;
    if (v.startsWith(u'\'')) v = v.mid(1);
    const int y = v.toInt();
    if (v.size() == 2) return y < 70 ? 2000 + y : 1900 + y;
    return y;
}

bool plausibleYear(int y) { return y >= 1900 && y <= 2100; }

int ordinalNumber(QStringView w)
{
    const QString s = w.toString().toLower();
    if (s == u"first" || s == u"1st") return 1;
    if (s == u"second" || s == u"2nd") return 2;
    if (s == u"third" || s == u"3rd") return 3;
    if (s == u"fourth" || s == u"4th" || s == u"final" || s == u"last") return 4;
    return 0;
}

int relativeYear(QStringView which, const Context& c)
{
    const QString w = which.toString().toLower();
    if (w == u"last" || w == u"previous") return c.reference.year() - 1;
    if (w == u"next") return c.reference.year() + 1;
    return c.reference.year();
}

int countWord(QStringView w)
{
    static const QStringList words = {QStringLiteral("zero"), QStringLiteral("one"), QStringLiteral("two"),
                                      QStringLiteral("three"), QStringLiteral("four"), QStringLiteral("five"),
                                      QStringLiteral("six"), QStringLiteral("seven"), QStringLiteral("eight"),
                                      QStringLiteral("nine"), QStringLiteral("ten"), QStringLiteral("eleven"),
                                      QStringLiteral("twelve")};
    const QString s = w.toString().toLower();
    if (s == u"a" || s == u"an") return 1;
    bool ok = false;
    const int n = s.toInt(&ok);
    if (ok) return n;
    return static_cast<int>(words.indexOf(s));
}

std::vector<DateRule> build()
{
    std::vector<DateRule> r;
    const QString ord = QStringLiteral("(?:st|nd|rd|th)?");
    const QString noUnit = QStringLiteral(
        "(?!\\s*(?:tonnes?|tons?|t|mt|kt|kg|yuan|dollars|usd|rmb|units|people|workers|employees|km|meters|"
        "mu|hectares|percent|per\\s*cent|%|s\\b|'s\\b))");

    // ISO 8601 date / datetime: 2025-11-25, 2025-11-25T08:00:00+08:00
    r.push_back(makeRule(rx(QStringLiteral("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?"
                                   "\\s*(?:Z|[+-]\\d{2}:?\\d{2})?)?(?![\\d-])")),
                 [](const QRegularExpressionMatch& m, const Context&) {
                     return dayOrNull(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(),
                                      QStringLiteral("iso:date"));
                 },
                 QStringLiteral("-")));
    // 2025/11/25, 2025.11.25
    r.push_back(makeRule(rx(QStringLiteral("\\b(\\d{4})([/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d.]?\\d)")),
                 [](const QRegularExpressionMatch& m, const Context&) {
                     return dayOrNull(m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt(),
                                      QStringLiteral("numeric:ymd"));
                 },
                 {}));
    // 11/25/2025 (US month first unless the first number cannot be a month), 25.11.2025 (day first)
    r.push_back(makeRule(rx(QStringLiteral("(?<![\\d.,/])(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4}|\\d{2})(?![\\d/.-]?\\d)")),
                 [](const QRegularExpressionMatch& m, const Context& c) -> std::optional<DateSpan> {
                     if (c.strict && m.capturedLength(4) != 4) return std::nullopt;
                     const int a = m.captured(1).toInt(), b = m.captured(3).toInt();
                     const int y = fullYear(m.capturedView(4));
                     const bool dayFirst = m.captured(2) == u"." || a > 12;
                     if (dayFirst) {
                         if (auto d = dayOrNull(y, b, a, QStringLiteral("numeric:dmy"))) return d;
                         // "07.15.25" under a headline: month first when day first is impossible (lenient only)
                         if (!c.strict && b > 12) return dayOrNull(y, a, b, QStringLiteral("numeric:mdy"));
                         return std::nullopt;
                     }
                     return dayOrNull(y, a, b, QStringLiteral("numeric:mdy"));
                 },
                 {}));
    // November 25, 2025 / Nov. 26 2025 / Nov 25 2014 10:17 pm
    r.push_back(makeRule(rx(QStringLiteral("\\b") + kMonth + QStringLiteral("\\]?\\.?(?:\\s+|-)(\\d{1,2})") + ord +
                    QStringLiteral("(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?(?:\\s*,\\s*|\\s+|-)(\\d{4})(?!\\d)")),
                 [](const QRegularExpressionMatch& m, const Context& c) -> std::optional<DateSpan> {
                     const int mo = month(m, 1, c);
                     if (!mo) return std::nullopt;
                     return dayOrNull(m.captured(3).toInt(), mo, m.captured(2).toInt(),
                                      QStringLiteral("en:month-day-year"));
                 },
                 {}));
    // 26 November 2025 / 9th Aug, 2015 / 12-Mar-2014 / 25 of November 2025
    r.push_back(makeRule(rx(QStringLiteral("\\b(\\d{1,2})") + ord + QStringLiteral("\\.?(?:\\s+of)?[\\s-]+") + kMonth +
                    QStringLiteral("\\.?(?:,?\\s+|-)(\\d{4})(?!\\d)")),
                 [](const QRegularExpressionMatch& m, const Context& c) -> std::optional<DateSpan> {
                     const int mo = month(m, 2, c);
                     if (!mo) return std::nullopt;
                     return dayOrNull(m.captured(3).toInt(), mo, m.captured(1).toInt(),
                                      QStringLiteral("en:day-month-year"));
                 },
                 {}));
    // November 25 (year from reference)
    r.push_back(makeRule(rx(QStringLiteral("\\b") + kMonth + QStringLiteral("\\.?\\s+(\\d{1,2})") + ord +
                    QStringLiteral("\\b(?![.,:]?\\d|\\s*%)")),
                 [](const QRegularExpressionMatch& m, const Context& c) -> std::optional<DateSpan> {
                     const int mo = month(m, 1, c);
                     const int d = m.captured(2).toInt();
                     if (!mo || !QDate::isValid(2000, mo, d)) return std::nullopt;
                     return dayOrNull(inferYear(mo, d, c.reference), mo, d,
                                      QStringLiteral("en:month-day(year from reference)"));
                 },
                 {}));
    // 25 November (year from reference)
    r.push_back(makeRule(rx(QStringLiteral("\\b(\\d{1,2})") + ord + QStringLiteral("\\s+(?:of\\s+)?") + kMonth +
                    QStringLiteral("\\b\\.?")),
                 [](const QRegularExpressionMatch& m, const Context& c) -> std::optional<DateSpan> {
                     const int mo = month(m, 2, c);
                     const int d = m.captured(1).toInt();
                     if (!mo || !QDate::isValid(2000, mo, d)) return std::nullopt;
                     return dayOrNull(inferYear(mo, d, c.reference), mo, d,
                                      QStringLiteral("en:day-month(year from reference)"));
                 },
                 {}));
    // (early|mid|late) July 2025
    r.push_back(makeRule(rx(QStringLiteral("\\b(?:(?:early|mid|late|end of|the end of|beginning of|the beginning of|start of|"
                                   "the start of)[\\s-]+)?") +
                    kMonth + QStringLiteral("\\.?,?\\s+(?:of\\s+)?(\\d{4})(?!\\d)")),
                 [](const QRegularExpressionMatch& m, const Context& c) -> std::optional<DateSpan> {
                     const int mo = month(m, 1, c);
                     const int y = m.captured(2).toInt();
                     if (!mo || !plausibleYear(y)) return std::nullopt;
                     return DateSpan::month(y, mo, QStringLiteral("en:month-year"));
                 },
                 {}));
    // in July / since March / last July (month from reference)
    r.push_back(makeRule(rx(QStringLiteral("\\b(in|since|by|during|until|through|from|before|after|early|mid|late|end of|"
                                   "beginning of|last|this|next)[\\s-]+") +
                    kMonth + QStringLiteral("\\b(?!\\.?\\s*\\d)")),
                 [](const QRegularExpressionMatch& m, const Context& c) -> std::optional<DateSpan> {
                     const int mo = month(m, 2, c);
                     if (!mo) return std::nullopt;
                     const QString w = m.captured(1).toLower();
                     const QDate ref = c.reference;
                     int y = ref.year();
                     if (w == u"last") y = mo < ref.month() ? ref.year() : ref.year() - 1;
                     else if (w == u"next") y = mo > ref.month() ? ref.year() : ref.year() + 1;
                     else if (w != u"this") y = inferYear(mo, 1, ref);
                     return DateSpan::month(y, mo, QStringLiteral("en:month(year from reference)"));
                 },
                 {}));
    // the third quarter (of 2025 | of this year)
    r.push_back(makeRule(rx(QStringLiteral("\\b(?:the\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\\s-]+quarter"
                                   "(?:\\s+(?:of\\s+)?(?:(\\d{4})|(this|last|next|the\\s+previous)\\s+year))?")),
                 [](const QRegularExpressionMatch& m, const Context& c) -> std::optional<DateSpan> {
                     const QString w = m.captured(1).toLower();
                     const QDate ref = c.reference;
                     const int refQ = (ref.month() - 1) / 3 + 1;
                     if (m.captured(2).isEmpty() && m.captured(3).isEmpty() && w == u"last") {
                         const int q = refQ == 1 ? 4 : refQ - 1;
                         return DateSpan::quarter(refQ == 1 ? ref.year() - 1 : ref.year(), q,
                                                  QStringLiteral("en:relative:last-quarter"));
                     }
                     const int q = ordinalNumber(w);
                     if (!q) return std::nullopt;
                     if (!m.captured(2).isEmpty()) {
                         const int y = m.captured(2).toInt();
                         if (!plausibleYear(y)) return std::nullopt;
                         return DateSpan::quarter(y, q, QStringLiteral("en:quarter-year"));
                     }
                     if (!m.captured(3).isEmpty())
                         return DateSpan::quarter(relativeYear(m.capturedView(3).left(4), c), q,
                                                  QStringLiteral("en:quarter(relative year)"));
                     const int y = QDate(ref.year(), (q - 1) * 3 + 1, 1) > ref ? ref.year() - 1 : ref.year();
                     return DateSpan::quarter(y, q, QStringLiteral("en:quarter(year from reference)"));
                 },
                 QStringLiteral("quarter")));
    // Q3 2025 / Q3'25 / 2025 Q3 / Q3
    r.push_back(makeRule(rx(QStringLiteral("\\b(?:Q([1-4])(?:\\s*|-|/)(?:of\\s+)?('\\d{2}\\b|\\d{4}\\b)?|(\\d{4})\\s*-?\\s*Q([1-4]))\\b")),
                 [](const QRegularExpressionMatch& m, const Context& c) -> std::optional<DateSpan> {
                     if (c.strict && !m.captured(0).contains(u'Q')) return std::nullopt;
                     if (!m.captured(3).isEmpty())
                         return DateSpan::quarter(m.captured(3).toInt(), m.captured(4).toInt(),
                                                  QStringLiteral("en:quarter-year"));
                     const int q = m.captured(1).toInt();
                     if (!m.captured(2).isEmpty())
                         return DateSpan::quarter(fullYear(m.capturedView(2)), q, QStringLiteral("en:quarter-year"));
                     const QDate ref = c.reference;
                     const int y = QDate(ref.year(), (q - 1) * 3 + 1, 1) > ref ? ref.year() - 1 : ref.year();
                     return DateSpan::quarter(y, q, QStringLiteral("en:quarter(year from reference)"));
                 },
                 QStringLiteral("q")));
    // first half of 2025 / H1 2025 / 2025 H2
    r.push_back(makeRule(rx(QStringLiteral("\\b(?:(?:the\\s+)?(first|second|1st|2nd)\\s+half(?:\\s+(?:of\\s+)?(?:(\\d{4})|"
                                   "(this|last|next)\\s+year))?|H([12])\\s*(\\d{4})|(\\d{4})\\s*H([12]))\\b")),
                 [](const QRegularExpressionMatch& m, const Context& c) -> std::optional<DateSpan> {
                     if (!m.captured(4).isEmpty())
                         return halfYear(m.captured(5).toInt(), m.captured(4).toInt(), QStringLiteral("en:half-year"));
                     if (!m.captured(6).isEmpty())
                         return halfYear(m.captured(6).toInt(), m.captured(7).toInt(), QStringLiteral("en:half-year"));
                     const int h = ordinalNumber(m.capturedView(1));
                     if (!m.captured(2).isEmpty())
                         return halfYear(m.captured(2).toInt(), h, QStringLiteral("en:half-year"));
                     if (!m.captured(3).isEmpty())
                         return halfYear(relativeYear(m.capturedView(3), c), h, QStringLiteral("en:half-year(relative)"));
                     // "the first half" alone is too vague in running text ("first half of the meeting")
                     return std::nullopt;
                 },
                 QStringLiteral("h")));
    // early 2025 -> Q1, mid-2025 -> Apr..Sep (year precision), late / end of 2025 -> Q4
    r.push_back(makeRule(rx(QStringLiteral("\\b(early|mid|late|end of|the end of|beginning of|the beginning of|start of|"
                                   "the start of)[\\s-]+(\\d{4})(?!\\d)")),
                 [](const QRegularExpressionMatch& m, const Context&) -> std::optional<DateSpan> {
                     const int y = m.captured(2).toInt();
                     if (!plausibleYear(y)) return std::nullopt;
                     const QString w = m.captured(1).toLower();
                     if (w == u"mid") {
                         const QDate s(y, 4, 1);
                         return DateSpan{s, QDate(y, 9, 30), Precision::Year, QStringLiteral("en:mid-year")};
                     }
                     if (w.contains(u"early") || w.contains(u"beginning") || w.contains(u"start"))
                         return DateSpan::quarter(y, 1, QStringLiteral("en:early-year"));
                     return DateSpan::quarter(y, 4, QStringLiteral("en:late-year"));
                 },
                 {}));
    // © 2025 / Copyright 2024-2025: reported so callers can ignore it
    r.push_back(makeRule(rx(QStringLiteral("(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?(\\d{4})(?:\\s*[-–]\\s*(\\d{4}))?")),
                 [](const QRegularExpressionMatch& m, const Context&) -> std::optional<DateSpan> {
                     const int y = (m.captured(2).isEmpty() ? m.captured(1) : m.captured(2)).toInt();
                     if (!plausibleYear(y)) return std::nullopt;
                     return DateSpan::year(y, QStringLiteral("copyright"));
                 },
                 {}));
    // in 2024 / since 2020 / fiscal 2025 / FY2025
    r.push_back(makeRule(rx(QStringLiteral("\\b(?:in|since|by|during|until|through|from|before|after|throughout|of|year|"
                                   "fiscal(?:\\s+year)?|calendar\\s+year|FY|between)\\s*(\\d{4})(?![\\d,.]\\d|\\d)") +
                    noUnit),
                 [](const QRegularExpressionMatch& m, const Context&) -> std::optional<DateSpan> {
                     const int y = m.captured(1).toInt();
                     if (!plausibleYear(y)) return std::nullopt;
                     return DateSpan::year(y, QStringLiteral("en:year"));
                 },
                 {}));
    // relative expressions
    r.push_back(makeRule(rx(QStringLiteral("\\b(yesterday|today|tonight|the day before yesterday|earlier this (?:week|month|year)|"
                                   "later this (?:month|year)|(?:last|this|past|next|the previous|the past) "
                                   "(?:week|month|year)|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
                                   "eleven|twelve|\\d{1,3})\\s+(day|week|month|year)s?\\s+ago)\\b")),
                 [](const QRegularExpressionMatch& m, const Context& c) -> std::optional<DateSpan> {
                     const QDate ref = c.reference;
                     QString w = m.captured(1).toLower().simplified();
                     const QString unit = m.captured(2).toLower();
                     const QString rule = QStringLiteral("en:relative:") + QString(w).replace(u' ', u'-');
                     if (!unit.isEmpty()) {
                         const int n = countWord(w.section(u' ', 0, 0));
                         if (n < 0) return std::nullopt;
                         const QString agoRule = QStringLiteral("en:relative:%1-%2s-ago").arg(n).arg(unit);
                         if (unit == u"day") return DateSpan::day(ref.addDays(-n), agoRule);
                         if (unit == u"week") return weekOf(ref.addDays(-7 * n), agoRule);
                         if (unit == u"month") {
                             const QDate d = ref.addMonths(-n);
                             return DateSpan::month(d.year(), d.month(), agoRule);
                         }
                         return DateSpan::year(ref.year() - n, agoRule);
                     }
                     if (w == u"yesterday") return DateSpan::day(ref.addDays(-1), rule);
                     if (w == u"the day before yesterday") return DateSpan::day(ref.addDays(-2), rule);
                     if (w == u"today" || w == u"tonight") return DateSpan::day(ref, rule);
                     const bool last = w.startsWith(u"last") || w.startsWith(u"the previous") ||
                                       w.startsWith(u"past") || w.startsWith(u"the past");
                     const bool next = w.startsWith(u"next");
                     const bool earlier = w.startsWith(u"earlier");
                     if (w.endsWith(u"week")) {
                         const QDate d = ref.addDays(last ? -7 : next ? 7 : 0);
                         DateSpan s = weekOf(d, rule);
                         if (earlier) s.end = ref;
                         return s;
                     }
                     if (w.endsWith(u"month")) {
                         const QDate d = ref.addMonths(last ? -1 : next ? 1 : 0);
                         DateSpan s = DateSpan::month(d.year(), d.month(), rule);
                         if (earlier) s.end = ref;
                         if (w.startsWith(u"later")) s.start = ref;
                         return s;
                     }
                     DateSpan s = DateSpan::year(ref.year() + (last ? -1 : next ? 1 : 0), rule);
                     if (earlier) s.end = ref;
                     if (w.startsWith(u"later")) s.start = ref;
                     return s;
                 },
                 {}));
    // on Tuesday / last Friday (the most recent such day on or before the reference)
    r.push_back(makeRule(rx(QStringLiteral("\\b(?:(on|last|this|next)\\s+)?(Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)"
                                   "(?:day|nesday|rsday|urday|sday|\\.)?\\b")),
                 [](const QRegularExpressionMatch& m, const Context& c) -> std::optional<DateSpan> {
                     const QStringView name = m.capturedView(2);
                     if (!name.front().isUpper()) return std::nullopt;
                     // short forms only as a full weekday word in running text
                     static const QStringList days = {QStringLiteral("mon"), QStringLiteral("tue"),
                                                      QStringLiteral("wed"), QStringLiteral("thu"),
                                                      QStringLiteral("fri"), QStringLiteral("sat"),
                                                      QStringLiteral("sun")};
                     const int dow = static_cast<int>(days.indexOf(name.left(3).toString().toLower())) + 1;
                     if (dow <= 0) return std::nullopt;
                     const QString whole = m.captured(0);
                     if (c.strict && !whole.endsWith(u"day")) return std::nullopt;
                     const QString w = m.captured(1).toLower();
                     const QDate ref = c.reference;
                     int back = (ref.dayOfWeek() - dow + 7) % 7;
                     if (w == u"last" && back == 0) back = 7;
                     if (w == u"next") {
                         const int fwd = (dow - ref.dayOfWeek() + 7) % 7;
                         return DateSpan::day(ref.addDays(fwd ? fwd : 7), QStringLiteral("en:weekday(next)"));
                     }
                     return DateSpan::day(ref.addDays(-back), QStringLiteral("en:weekday(most recent)"));
                 },
                 {}));
    // triggers: rules are tried only around their key words (see DateRule)
    const QStringList months = {QStringLiteral("jan"), QStringLiteral("january"), QStringLiteral("feb"),
                                QStringLiteral("february"), QStringLiteral("mar"), QStringLiteral("march"),
                                QStringLiteral("apr"), QStringLiteral("april"), QStringLiteral("may"),
                                QStringLiteral("jun"), QStringLiteral("june"), QStringLiteral("jul"),
                                QStringLiteral("july"), QStringLiteral("aug"), QStringLiteral("august"),
                                QStringLiteral("sep"), QStringLiteral("sept"), QStringLiteral("september"),
                                QStringLiteral("oct"), QStringLiteral("october"), QStringLiteral("nov"),
                                QStringLiteral("november"), QStringLiteral("dec"), QStringLiteral("december")};
    const QString digit = QStringLiteral("#digit");
    auto set = [&](size_t i, QStringList t, int back) {
        r[i].triggers = std::move(t);
        r[i].lookBack = back;
    };
    set(0, {digit}, 0);                                   // ISO
    set(1, {digit}, 0);                                   // y/m/d
    set(2, {digit}, 0);                                   // numeric
    set(3, months, 1);                                    // month day year
    set(4, {digit}, 0);                                   // day month year
    set(5, months, 0);                                    // month day
    set(6, {digit}, 0);                                   // day month
    set(7, months, 3);                                    // (late) month year
    set(8, months, 2);                                    // in month
    set(9, {QStringLiteral("quarter")}, 2);               // the third quarter
    set(10, {QStringLiteral("q"), digit}, 0);             // Q3 2025
    set(11, {QStringLiteral("half"), QStringLiteral("h"), digit}, 2); // first half, H1
    set(12, {QStringLiteral("early"), QStringLiteral("mid"), QStringLiteral("late"), QStringLiteral("end"),
             QStringLiteral("beginning"), QStringLiteral("start")}, 1);
    set(13, {QStringLiteral("#sym"), QStringLiteral("copyright")}, 0);
    set(14, {digit, QStringLiteral("fy")}, 2);            // in 2024
    set(15, {QStringLiteral("yesterday"), QStringLiteral("today"), QStringLiteral("tonight"), QStringLiteral("week"),
             QStringLiteral("month"), QStringLiteral("year"), QStringLiteral("ago")}, 3);
    set(16, {QStringLiteral("monday"), QStringLiteral("tuesday"), QStringLiteral("wednesday"),
             QStringLiteral("thursday"), QStringLiteral("friday"), QStringLiteral("saturday"),
             QStringLiteral("sunday"), QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("tues"),
             QStringLiteral("wed"), QStringLiteral("thu"), QStringLiteral("thur"), QStringLiteral("thurs"),
             QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun")}, 1);
    return r;
}

} // namespace

const std::vector<DateRule>& englishRules()
{
    static const std::vector<DateRule> rules = build();
    return rules;
}

} // namespace lodestone::datepatterns
