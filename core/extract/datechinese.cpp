// Chinese date rules for DateResolver (see datepatterns.h). Full-width digits are folded to ASCII before matching.
#include "datepatterns.h"

namespace lodestone::datepatterns {

namespace {

QRegularExpression rx(const QString& pattern)
{
    QRegularExpression re(pattern, QRegularExpression::UseUnicodePropertiesOption);
    re.optimize();
    return re;
}

int quarterNumber(QStringView s)
{
    if (s.isEmpty()) return 0;
    const int n = chineseNumber(s);
    return n >= 1 && n <= 4 ? n : 0;
}

int relativeChineseYear(QStringView w, QDate ref)
{
    if (w == u"去年" || w == u"上年") return ref.year() - 1;
    if (w == u"前年") return ref.year() - 2;
    if (w == u"明年") return ref.year() + 1;
    return ref.year(); // 今年, 本年, 当年
}

// 初/上旬 -> still month precision; 年初/年底 -> quarter 1 / 4
std::optional<DateSpan> yearPart(int y, QStringView part, const QString& rulePrefix)
{
    if (part == u"上半年") return halfYear(y, 1, rulePrefix + QStringLiteral(":half-year"));
    if (part == u"下半年") return halfYear(y, 2, rulePrefix + QStringLiteral(":half-year"));
    if (part == u"初" || part == u"年初") return DateSpan::quarter(y, 1, rulePrefix + QStringLiteral(":early-year"));
    if (part == u"底" || part == u"末" || part == u"年底" || part == u"年末")
        return DateSpan::quarter(y, 4, rulePrefix + QStringLiteral(":late-year"));
    return DateSpan::year(y, rulePrefix + QStringLiteral(":year"));
}

std::vector<DateRule> build()
{
    std::vector<DateRule> r;
    const QString cnDigit = QStringLiteral("[〇零○一二三四五六七八九]");
    const QString cnSmall = QStringLiteral("[一二三四五六七八九十]{1,3}");

    // 2025年11月25日 / 2025年11月25号 / 2016年6月29
    r.push_back(makeRule(rx(QStringLiteral("(?<!\\d)(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})(?:\\s*[日号])?")),
                 [](const QRegularExpressionMatch& m, const Context&) {
                     return dayOrNull(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(),
                                      QStringLiteral("zh:ymd"));
                 },
                 QStringLiteral("年")));
    // 二〇二五年十一月二十五日
    r.push_back(makeRule(rx(QStringLiteral("(") + cnDigit + QStringLiteral("{4})年(") + cnSmall + QStringLiteral(")月(?:(") +
                    cnSmall + QStringLiteral(")[日号])?")),
                 [](const QRegularExpressionMatch& m, const Context&) -> std::optional<DateSpan> {
                     const int y = chineseNumber(m.capturedView(1));
                     const int mo = chineseNumber(m.capturedView(2));
                     if (m.captured(3).isEmpty()) {
                         if (y < 1900 || y > 2100 || mo < 1 || mo > 12) return std::nullopt;
                         return DateSpan::month(y, mo, QStringLiteral("zh:ym(numerals)"));
                     }
                     return dayOrNull(y, mo, chineseNumber(m.capturedView(3)), QStringLiteral("zh:ymd(numerals)"));
                 },
                 QStringLiteral("〇|零|○")));
    // 2025年11月(上旬|中旬|下旬|初|底)?
    r.push_back(makeRule(rx(QStringLiteral("(?<!\\d)(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月(?:份)?(?:上旬|中旬|下旬|初|底|末)?(?!\\s*\\d)")),
                 [](const QRegularExpressionMatch& m, const Context&) -> std::optional<DateSpan> {
                     const int y = m.captured(1).toInt(), mo = m.captured(2).toInt();
                     if (y < 1900 || y > 2100 || mo < 1 || mo > 12) return std::nullopt;
                     return DateSpan::month(y, mo, QStringLiteral("zh:ym"));
                 },
                 QStringLiteral("年")));
    // 2025年第三季度 / 2025年三季度 / 2025年Q3
    r.push_back(makeRule(rx(QStringLiteral("(?<!\\d)(\\d{4})\\s*年\\s*(?:第\\s*)?([一二三四1-4])\\s*季度")),
                 [](const QRegularExpressionMatch& m, const Context&) -> std::optional<DateSpan> {
                     const int y = m.captured(1).toInt(), q = quarterNumber(m.capturedView(2));
                     if (y < 1900 || y > 2100 || !q) return std::nullopt;
                     return DateSpan::quarter(y, q, QStringLiteral("zh:year-quarter"));
                 },
                 QStringLiteral("季度")));
    // 2025年(上半年|下半年|初|底|年初|年底)? / 2025年度
    r.push_back(makeRule(rx(QStringLiteral("(?<!\\d)(\\d{4})\\s*年(?:度)?(上半年|下半年|年初|年底|年末|初|底|末)?(?!\\s*\\d{1,2}\\s*月)")),
                 [](const QRegularExpressionMatch& m, const Context&) -> std::optional<DateSpan> {
                     const int y = m.captured(1).toInt();
                     if (y < 1900 || y > 2100) return std::nullopt;
                     return yearPart(y, m.capturedView(2), QStringLiteral("zh"));
                 },
                 QStringLiteral("年")));
    // 今年 / 去年 (+ 3月(5日) | 第三季度 | 上半年 | 初 | 底)
    r.push_back(makeRule(rx(QStringLiteral("(今年|去年|前年|明年|本年|上年|当年)(?:\\s*(?:第\\s*)?([一二三四1-4])\\s*季度|(上半年|下半年|年初|年底|年末|初|底)|"
                                   "\\s*(\\d{1,2})\\s*月(?:份)?(?:\\s*(\\d{1,2})\\s*[日号])?)?")),
                 [](const QRegularExpressionMatch& m, const Context& c) -> std::optional<DateSpan> {
                     const int y = relativeChineseYear(m.capturedView(1), c.reference);
                     if (!m.captured(2).isEmpty())
                         return DateSpan::quarter(y, quarterNumber(m.capturedView(2)),
                                                  QStringLiteral("zh:relative-year-quarter"));
                     if (!m.captured(4).isEmpty()) {
                         const int mo = m.captured(4).toInt();
                         if (mo < 1 || mo > 12) return std::nullopt;
                         if (!m.captured(5).isEmpty())
                             return dayOrNull(y, mo, m.captured(5).toInt(), QStringLiteral("zh:relative-year-md"));
                         return DateSpan::month(y, mo, QStringLiteral("zh:relative-year-month"));
                     }
                     return yearPart(y, m.capturedView(3), QStringLiteral("zh:relative"));
                 },
                 {}));
    // 11月25日 (year from reference)
    r.push_back(makeRule(rx(QStringLiteral("(?<![\\d年])(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]")),
                 [](const QRegularExpressionMatch& m, const Context& c) -> std::optional<DateSpan> {
                     const int mo = m.captured(1).toInt(), d = m.captured(2).toInt();
                     if (!QDate::isValid(2000, mo, d)) return std::nullopt;
                     return dayOrNull(inferYear(mo, d, c.reference), mo, d, QStringLiteral("zh:md(year from reference)"));
                 },
                 QStringLiteral("月")));
    // 十一月二十五日 (year from reference)
    r.push_back(makeRule(rx(QStringLiteral("(?<![年〇零一二三四五六七八九十])(") + cnSmall + QStringLiteral(")月(") + cnSmall +
                    QStringLiteral(")[日号]")),
                 [](const QRegularExpressionMatch& m, const Context& c) -> std::optional<DateSpan> {
                     const int mo = chineseNumber(m.capturedView(1)), d = chineseNumber(m.capturedView(2));
                     if (mo < 1 || !QDate::isValid(2000, mo, d)) return std::nullopt;
                     return dayOrNull(inferYear(mo, d, c.reference), mo, d,
                                      QStringLiteral("zh:md-numerals(year from reference)"));
                 },
                 QStringLiteral("月")));
    // 3月 / 3月份 (month, year from reference)
    r.push_back(makeRule(rx(QStringLiteral("(?<![\\d年.])(\\d{1,2})\\s*月(?:份)?(?:上旬|中旬|下旬|初|底|末)?(?![\\d日号])")),
                 [](const QRegularExpressionMatch& m, const Context& c) -> std::optional<DateSpan> {
                     const int mo = m.captured(1).toInt();
                     if (mo < 1 || mo > 12) return std::nullopt;
                     return DateSpan::month(inferYear(mo, 1, c.reference), mo,
                                            QStringLiteral("zh:month(year from reference)"));
                 },
                 QStringLiteral("月")));
    // 本月 / 上月 (+ 5日)
    r.push_back(makeRule(rx(QStringLiteral("(本月|上月|上个月|当月|下月|下个月)(?:\\s*(\\d{1,2})\\s*[日号])?")),
                 [](const QRegularExpressionMatch& m, const Context& c) -> std::optional<DateSpan> {
                     const QStringView w = m.capturedView(1);
                     const int delta = w.startsWith(u'上') ? -1 : w.startsWith(u'下') ? 1 : 0;
                     const QDate d = c.reference.addMonths(delta);
                     if (!m.captured(2).isEmpty())
                         return dayOrNull(d.year(), d.month(), m.captured(2).toInt(), QStringLiteral("zh:relative-month-day"));
                     const char* rule = delta < 0 ? "zh:relative:last-month"
                                        : delta > 0 ? "zh:relative:next-month" : "zh:relative:this-month";
                     return DateSpan::month(d.year(), d.month(), QString::fromLatin1(rule));
                 },
                 QStringLiteral("月")));
    // 25日 (day in the reference month; previous month when after the reference)
    r.push_back(makeRule(rx(QStringLiteral("(?<![\\d月年.])(\\d{1,2})\\s*日(?!\\s*(?:内|以内|之内|电|讯))")),
                 [](const QRegularExpressionMatch& m, const Context& c) -> std::optional<DateSpan> {
                     const int d = m.captured(1).toInt();
                     const QDate ref = c.reference;
                     if (d < 1 || d > 31) return std::nullopt;
                     QDate base = ref;
                     if (d > ref.day()) base = ref.addMonths(-1);
                     return dayOrNull(base.year(), base.month(), d, QStringLiteral("zh:day(month from reference)"));
                 },
                 QStringLiteral("日")));
    // 第三季度 / 三季度 (year from reference)
    r.push_back(makeRule(rx(QStringLiteral("(?:第\\s*)?([一二三四1-4])\\s*季度")),
                 [](const QRegularExpressionMatch& m, const Context& c) -> std::optional<DateSpan> {
                     const int q = quarterNumber(m.capturedView(1));
                     if (!q) return std::nullopt;
                     const QDate ref = c.reference;
                     const int y = QDate(ref.year(), (q - 1) * 3 + 1, 1) > ref ? ref.year() - 1 : ref.year();
                     return DateSpan::quarter(y, q, QStringLiteral("zh:quarter(year from reference)"));
                 },
                 QStringLiteral("季度")));
    // 上半年 / 下半年 (year from reference)
    r.push_back(makeRule(rx(QStringLiteral("(上半年|下半年)")),
                 [](const QRegularExpressionMatch& m, const Context& c) -> std::optional<DateSpan> {
                     const int h = m.capturedView(1).startsWith(u'上') ? 1 : 2;
                     const QDate ref = c.reference;
                     const int y = (h == 2 && ref.month() < 7) ? ref.year() - 1 : ref.year();
                     return halfYear(y, h, QStringLiteral("zh:half-year(year from reference)"));
                 },
                 QStringLiteral("半年")));
    // 周三 / 星期三 / 礼拜天: the last such day on or before the reference; 上周三 / 本周三 / 下周三 in that week
    r.push_back(makeRule(rx(QStringLiteral("(?<![每一二两三四五六七八九十几\\d])(上个?|本|这|下个?)?(?:周|星期|礼拜)([一二三四五六日天])"
                                           "(?![一二三四五六七八九十年])")),
                 [](const QRegularExpressionMatch& m, const Context& c) -> std::optional<DateSpan> {
                     static const QString names = QStringLiteral("一二三四五六日");
                     const QChar d = m.capturedView(2).front();
                     const int dow = d == u'天' ? 7 : static_cast<int>(names.indexOf(d)) + 1;
                     if (dow <= 0) return std::nullopt;
                     const QDate ref = c.reference;
                     const QStringView which = m.capturedView(1);
                     const QDate monday = ref.addDays(1 - ref.dayOfWeek());
                     if (which.startsWith(u'上'))
                         return DateSpan::day(monday.addDays(dow - 1 - 7), QStringLiteral("zh:weekday(last week)"));
                     if (which.startsWith(u'下'))
                         return DateSpan::day(monday.addDays(dow - 1 + 7), QStringLiteral("zh:weekday(next week)"));
                     if (!which.isEmpty())
                         return DateSpan::day(monday.addDays(dow - 1), QStringLiteral("zh:weekday(this week)"));
                     const int back = (ref.dayOfWeek() - dow + 7) % 7;
                     return DateSpan::day(ref.addDays(-back), QStringLiteral("zh:weekday(most recent)"));
                 },
                 QStringLiteral("周|星期|礼拜")));
    // 昨日 / 今天 / 日前 / 近日 / 上周
    r.push_back(makeRule(rx(QStringLiteral("(昨日|昨天|今日|今天|前天|前日|日前|近日|上周|上星期|本周|这周)")),
                 [](const QRegularExpressionMatch& m, const Context& c) -> std::optional<DateSpan> {
                     const QStringView w = m.capturedView(1);
                     const QDate ref = c.reference;
                     if (w == u"昨日" || w == u"昨天") return DateSpan::day(ref.addDays(-1), QStringLiteral("zh:relative:yesterday"));
                     if (w == u"今日" || w == u"今天") return DateSpan::day(ref, QStringLiteral("zh:relative:today"));
                     if (w == u"前天" || w == u"前日") return DateSpan::day(ref.addDays(-2), QStringLiteral("zh:relative:day-before-yesterday"));
                     if (w == u"上周" || w == u"上星期") return weekOf(ref.addDays(-7), QStringLiteral("zh:relative:last-week"));
                     if (w == u"本周" || w == u"这周") return weekOf(ref, QStringLiteral("zh:relative:this-week"));
                     // 日前 / 近日: "in recent days" -> the two weeks before the reference, month precision
                     return DateSpan{ref.addDays(-14), ref, Precision::Month, QStringLiteral("zh:relative:recent-days")};
                 },
                 {}));
    return r;
}

} // namespace

const std::vector<DateRule>& chineseRules()
{
    static const std::vector<DateRule> rules = build();
    return rules;
}

} // namespace lodestone::datepatterns
