#include "dateresolver.h"

#include "datepatterns.h"

#include <algorithm>

namespace lodestone {

namespace {

using datepatterns::Context;
using datepatterns::DateRule;

struct Candidate {
    DateMention mention;
    int order = 0; // rule order: earlier rules win ties
};

bool hasCjk(const QString& s)
{
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (u >= 0x3000 && u <= 0x9fff) return true;
        if (u >= 0xff00 && u <= 0xffef) return true;
    }
    return false;
}

// Full-width digits -> ASCII; same length, so offsets stay valid.
QString foldDigits(const QString& text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (u >= 0xff10 && u <= 0xff19) {
            if (out.isNull()) out = text;
            out[i] = QChar(u'0' + (u - 0xff10));
        }
    }
    return out.isNull() ? text : out;
}

void runRules(const std::vector<DateRule>& rules, const QString& text, const QString& original, const Context& ctx,
              int orderBase, std::vector<Candidate>& out)
{
    int order = orderBase;
    for (const DateRule& rule : rules) {
        ++order;
        if (!rule.needle.isEmpty() && !text.contains(rule.needle, Qt::CaseInsensitive)) continue;
        auto it = rule.re.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            std::optional<DateSpan> span = rule.resolve(m, ctx);
            if (!span || !span->isValid()) continue;
            const int s = static_cast<int>(m.capturedStart(0));
            const int e = static_cast<int>(m.capturedEnd(0));
            out.push_back({DateMention{std::move(*span), s, e, original.mid(s, e - s)}, order});
        }
    }
}

QList<DateMention> findImpl(const QString& original, QDate reference, bool strict)
{
    QList<DateMention> result;
    if (original.isEmpty()) return result;
    Context ctx{reference.isValid() ? reference : QDate::currentDate(), strict};
    const QString text = foldDigits(original);
    std::vector<Candidate> cands;
    runRules(datepatterns::englishRules(), text, original, ctx, 0, cands);
    if (hasCjk(text)) runRules(datepatterns::chineseRules(), text, original, ctx, 100, cands);
    if (cands.empty()) return result;

    // longest first, then rule order; keep non-overlapping
    std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) {
        const int la = a.mention.end - a.mention.start, lb = b.mention.end - b.mention.start;
        if (la != lb) return la > lb;
        if (a.order != b.order) return a.order < b.order;
        return a.mention.start < b.mention.start;
    });
    std::vector<Candidate> kept;
    for (Candidate& c : cands) {
        const bool overlaps = std::any_of(kept.begin(), kept.end(), [&](const Candidate& k) {
            return c.mention.start < k.mention.end && k.mention.start < c.mention.end;
        });
        if (!overlaps) kept.push_back(std::move(c));
    }
    std::sort(kept.begin(), kept.end(),
              [](const Candidate& a, const Candidate& b) { return a.mention.start < b.mention.start; });

    // "Tuesday, Jul 22, 2014": the weekday belongs to the following absolute date
    for (size_t i = 0; i < kept.size(); ++i) {
        DateMention& m = kept[i].mention;
        if (!m.span.rule.startsWith(u"en:weekday") || i + 1 >= kept.size()) {
            result.append(std::move(m));
            continue;
        }
        DateMention& next = kept[i + 1].mention;
        const QStringView gap = QStringView(original).mid(m.end, next.start - m.end);
        bool onlySeparators = gap.size() <= 3;
        for (QChar c : gap)
            if (!(c.isSpace() || c == u',')) onlySeparators = false;
        if (onlySeparators && next.span.precision == Precision::Day) {
            next.start = m.start;
            next.surface = original.mid(next.start, next.end - next.start);
            continue; // drop the weekday itself
        }
        result.append(std::move(m));
    }
    return result;
}

} // namespace

QList<DateMention> DateResolver::find(const QString& text, QDate reference)
{
    return findImpl(text, reference, true);
}

std::optional<DateSpan> DateResolver::parse(const QString& s, QDate reference)
{
    const QString t = s.trimmed();
    if (t.isEmpty()) return std::nullopt;
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})(?:T\\d{2}:?\\d{2}.*)?$"));
    static const QRegularExpression bareYear(QStringLiteral("^(\\d{4})$"));
    if (const auto m = compact.match(t); m.hasMatch())
        return datepatterns::dayOrNull(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(),
                                       QStringLiteral("iso:basic"));
    if (const auto m = bareYear.match(t); m.hasMatch()) {
        const int y = m.captured(1).toInt();
        if (y >= 1900 && y <= 2100) return DateSpan::year(y, QStringLiteral("year"));
        return std::nullopt;
    }
    const QList<DateMention> found = findImpl(t, reference, false);
    const DateMention* best = nullptr;
    for (const DateMention& m : found) {
        if (m.span.rule == u"copyright") continue;
        if (!best || (m.end - m.start) > (best->end - best->start)) best = &m;
    }
    if (!best) return std::nullopt;
    return best->span;
}

} // namespace lodestone
