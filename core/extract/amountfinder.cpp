#include "amountfinder.h"

#include <QRegularExpression>
#include <algorithm>

namespace lodestone {

namespace {

struct Pattern {
    QRegularExpression re;
    const char* kind;
};

const QList<Pattern>& patterns()
{
    // Order matters: a price ("yuan/mt") is tried before the money and mass it contains.
    static const QString num = QStringLiteral("\\d[\\d,]*(?:\\.\\d+)?");
    static const QString range = num + QStringLiteral("(?:\\s?[-\\x{2013}~]\\s?(?:Yn|RMB|US\\$|\\$)?") + num + QStringLiteral(")?");
    static const QString currency = QStringLiteral("(?:US\\$|A\\$|AU\\$|AUD\\s?|RM\\s?|RMB\\s?|Yn|\\$|\\x{20ac}|\\x{00a3}|\\x{00a5}|CNY\\s?|USD\\s?)");
    static const QString scale = QStringLiteral("(?:\\s?(?:million|billion|trillion|mil|mln|bn|m|k)\\b)?");
    auto rx = [](const QString& p) {
        QRegularExpression re(p, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        re.optimize();
        return re;
    };
    static const QList<Pattern> list = {
        {rx(currency + QStringLiteral("?") + range + QStringLiteral("\\s?(?:yuan|元|dollars?)?\\s?(?:/|per\\s)\\s?(?:mt|t|tonnes?|tons?|kg|kilogram(?:me)?s?|吨|千克|公斤)\\b")), "price"},
        {rx(QStringLiteral("每吨") + num + QStringLiteral("(?:万|亿)?元")), "price"},
        {rx(num + QStringLiteral("(?:万|亿)?元/(?:吨|千克|公斤)")), "price"},
        {rx(currency + range + scale), "money"},
        {rx(range + QStringLiteral("\\s?(?:million|billion|trillion)?\\s?(?:yuan|dollars|euros|ringgit|US dollars|Australian dollars)\\b")), "money"},
        {rx(num + QStringLiteral("\\s?(?:万|亿)(?:元|美元|澳元|人民币)?|") + num + QStringLiteral("\\s?(?:元|美元)")), "money"},
        {rx(range + QStringLiteral("\\s?(?:tonnes|tonne|tons|ton|mt|t|kg|kilogrammes|kilograms|万吨|吨|千克|公斤)(?:\\s?(?:/|per|a)\\s?(?:year|yr|annum))?(?![\\w/])")), "mass"},
        {rx(range + QStringLiteral("\\s?(?:%|per ?cent\\b)|百分之[一二三四五六七八九十百点零\\d.]+")), "percent"},
        {rx(range + QStringLiteral("\\s?(?:million |billion )?(?:units|vehicles|jobs)\\b|") + num + QStringLiteral("\\s?万?辆")), "count"},
    };
    return list;
}

} // namespace

QList<AmountMention> AmountFinder::find(QStringView text)
{
    QList<AmountMention> out;
    bool anyDigit = false;
    for (QChar c : text)
        if (c.isDigit() || c == QChar(0x767e)) { anyDigit = true; break; } // 百 (百分之三)
    if (!anyDigit) return out;
    for (const Pattern& p : patterns()) {
        auto it = p.re.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            const int s = static_cast<int>(m.capturedStart()), e = static_cast<int>(m.capturedEnd());
            if (e <= s) continue;
            // a year or a day is not an amount ("2023", "Dec 1"): a bare number needs a unit
            const bool overlaps = std::any_of(out.cbegin(), out.cend(), [&](const AmountMention& a) { return a.start < e && s < a.end; });
            if (overlaps) continue;
            out.append({s, e, m.captured(0).simplified(), QString::fromLatin1(p.kind)});
        }
    }
    std::sort(out.begin(), out.end(), [](const AmountMention& a, const AmountMention& b) { return a.start < b.start; });
    return out;
}

} // namespace lodestone
