#include "nameyearfilter.h"

#include <QRegularExpression>
#include <algorithm>

namespace lodestone {

namespace {

bool yearOnly(const DateMention& m)
{
    return m.span.precision == Precision::Year && !m.unresolved && m.span.start.isValid() &&
           m.span.start.month() == 1 && m.span.end.month() == 12;
}

QStringView before(const QString& text, int at, int n)
{
    const int from = std::max(0, at - n);
    return QStringView(text).mid(from, at - from);
}

QStringView after(const QString& text, int at, int n)
{
    return QStringView(text).mid(at, std::min<qsizetype>(n, text.size() - at));
}

} // namespace

bool NameYearFilter::isNameYear(const QString& text, const DateMention& m)
{
    if (!yearOnly(m)) return false;
    const QStringView surface = QStringView(text).mid(m.start, m.end - m.start);
    const QStringView pre = before(text, m.start, 48);
    const QStringView post = after(text, m.end, 48);

    // "No. 18 of 2025", "Decree No. 71 of 2025", "Order [2024] No. 5"
    static const QRegularExpression numbered(QStringLiteral("\\bNo\\.?\\s*\\d+\\s*(?:,\\s*)?$"), QRegularExpression::CaseInsensitiveOption);
    // "an Act of 1962", "the Regulations of 2024", "Announcement of 2023", "the 2025 Edition"
    static const QRegularExpression titled(QStringLiteral(
        "\\b(?:Act|Law|Code|Decree|Announcement|Notice|Circular|Order|Regulations?|Measures|Rules|Provisions|Directive|"
        "Resolution|Document|Bulletin|Proclamation|Statute|Edition|Plan|Catalogue|List|Convention|Treaty)\\s*$"));
    static const QRegularExpression ofYear(QStringLiteral("^(?:of|for)\\s*\\d{4}$"), QRegularExpression::CaseInsensitiveOption);
    const bool ofForm = ofYear.match(surface).hasMatch();
    if (ofForm && (numbered.match(pre).hasMatch() || titled.match(pre).hasMatch())) return true;
    // "the first batch of 2022 rare earth quotas", "of 2025 edition": a year qualifying a following noun
    static const QRegularExpression attributive(QStringLiteral(
        "^\\s+(?:[a-z][a-z-]*\\s+){0,3}(?:quotas?|edition|version|plan|strategy|strategies|targets?|budgets?|catalogue|list|"
        "indicators?|batch|programme|program|guidelines?|standards?|outlook|forecasts?|report|survey|season)\\b"));
    if (ofForm && attributive.match(post).hasMatch()) return true;
    // "(2021–2025)", "（2021—2025年）": the years of a plan's name
    static const QRegularExpression rangeEnd(QStringLiteral("[(（\\[]\\s*\\d{4}\\s*(?:年)?\\s*[-–—~～至到]\\s*$"));
    static const QRegularExpression rangeStart(QStringLiteral("^\\s*(?:年)?\\s*[-–—~～至到]\\s*\\d{4}\\s*(?:年)?\\s*[)）\\]]"));
    static const QRegularExpression openParen(QStringLiteral("[(（\\[]\\s*$"));
    if (rangeEnd.match(pre).hasMatch()) return true;
    if (openParen.match(pre).hasMatch() && rangeStart.match(post).hasMatch()) return true;
    // Chinese: 公告2025年第18号, 2025年第18号公告, 2025年版, 2025年度报告 (a report's name), 〔2025〕
    static const QRegularExpression zhNumber(QStringLiteral("^\\s*第\\s*[\\d一二三四五六七八九十百零〇]+\\s*[号號期]"));
    static const QRegularExpression zhEdition(QStringLiteral("^\\s*(?:版|年版|版本)"));
    if (surface.endsWith(u'年') || surface.endsWith(QStringLiteral("年度"))) {
        if (zhNumber.match(post).hasMatch() || zhEdition.match(post).hasMatch()) return true;
    }
    return false;
}

int NameYearFilter::apply(const QString& text, QList<DateMention>& mentions)
{
    const qsizetype before = mentions.size();
    mentions.erase(std::remove_if(mentions.begin(), mentions.end(),
                                  [&](const DateMention& m) { return m.span.rule == u"copyright" || isNameYear(text, m); }),
                   mentions.end());
    return static_cast<int>(before - mentions.size());
}

} // namespace lodestone
