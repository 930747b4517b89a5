// Helpers shared by the English and Chinese date rules (see datepatterns.h).
#include "datepatterns.h"

namespace lodestone::datepatterns {

int monthFromName(QStringView name)
{
    if (name.size() < 3) return 0;
    const QString k = name.left(3).toString().toLower();
    static const QStringList names = {QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                                      QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                                      QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                                      QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    return static_cast<int>(names.indexOf(k)) + 1;
}

int chineseNumber(QStringView s)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    auto digit = [](QChar c) -> int {
        if (c == u'零' || c == u'〇' || c == u'○' || c == u'Ｏ' || c == u'O') return 0;
        const int i = static_cast<int>(digits.indexOf(c));
        return i;
    };
    if (s.isEmpty()) return -1;
    if (!s.contains(u'十')) {
        // positional digits: 二〇二五 -> 2025, 三 -> 3
        int v = 0;
        for (QChar c : s) {
            if (c.isDigit()) { v = v * 10 + c.digitValue(); continue; }
            const int d = digit(c);
            if (d < 0) return -1;
            v = v * 10 + d;
        }
        return v;
    }
    const qsizetype ten = s.indexOf(u'十');
    int tens = 1;
    if (ten > 0) {
        tens = digit(s[0]);
        if (tens < 0 || ten != 1) return -1;
    }
    int ones = 0;
    if (ten + 1 < s.size()) {
        if (ten + 2 != s.size()) return -1;
        ones = digit(s[ten + 1]);
        if (ones < 0) return -1;
    }
    return tens * 10 + ones;
}

std::optional<DateSpan> dayOrNull(int y, int m, int d, const QString& rule)
{
    if (y < 1900 || y > 2100 || !QDate::isValid(y, m, d)) return std::nullopt;
    return DateSpan::day(QDate(y, m, d), rule);
}

int inferYear(int month, int day, QDate reference)
{
    const int y = reference.year();
    const QDate candidate(y, month, QDate::isValid(y, month, day) ? day : 28);
    return candidate > reference ? y - 1 : y;
}

DateSpan halfYear(int year, int half, const QString& rule)
{
    const QDate s(year, half == 2 ? 7 : 1, 1);
    return DateSpan{s, s.addMonths(6).addDays(-1), Precision::Year, rule};
}

DateSpan weekOf(QDate anyDay, const QString& rule)
{
    const QDate monday = anyDay.addDays(1 - anyDay.dayOfWeek());
    return DateSpan{monday, monday.addDays(6), Precision::Month, rule};
}

} // namespace lodestone::datepatterns
