#include "dateresolver.h"

#include "datepatterns.h"

#include <algorithm>
#include <map>

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

void addCandidate(const DateRule& rule, const QRegularExpressionMatch& m, const QString& original,
                  const Context& ctx, int order, std::vector<Candidate>& out, int base = 0)
{
    std::optional<DateSpan> span = rule.resolve(m, ctx);
    if (!span || !span->isValid()) return;
    const int s = base + static_cast<int>(m.capturedStart(0));
    const int e = base + static_cast<int>(m.capturedEnd(0));
    out.push_back({DateMention{std::move(*span), s, e, original.mid(s, e - s)}, order});
}

// Rules without triggers scan the whole text (after their needle test).
void runGlobalRules(const std::vector<DateRule>& rules, const QString& text, const QString& original,
                    const Context& ctx, int orderBase, std::vector<Candidate>& out)
{
    int order = orderBase;
    for (const DateRule& rule : rules) {
        ++order;
        if (!rule.triggers.isEmpty()) continue;
        if (!rule.needle.isEmpty()) {
            bool any = false;
            for (const QString& n : rule.needle.split(u'|'))
                if (text.contains(n, Qt::CaseInsensitive)) any = true;
            if (!any) continue;
        }
        auto it = rule.re.globalMatch(text);
        while (it.hasNext()) addCandidate(rule, it.next(), original, ctx, order, out);
    }
}

// A lower-case ASCII word of up to 12 letters packed into 64 bits (5 bits a letter); 0 when it does not fit.
quint64 packWord(QStringView w)
{
    if (w.isEmpty() || w.size() > 12) return 0;
    quint64 k = 0;
    for (QChar c : w) {
        char16_t u = c.unicode();
        if (u >= u'A' && u <= u'Z') u = static_cast<char16_t>(u + 32);
        if (u < u'a' || u > u'z') return 0;
        k = (k << 5) | static_cast<quint64>(u - u'a' + 1);
    }
    return k;
}

struct TriggerIndex {
    QHash<quint64, QList<int>> words;
    QList<int> digit;
    QList<int> symbol;
    int maxWord = 0;
};

const TriggerIndex& englishTriggers()
{
    static const TriggerIndex index = [] {
        TriggerIndex t;
        const auto& rules = datepatterns::englishRules();
        for (int i = 0; i < static_cast<int>(rules.size()); ++i) {
            for (const QString& w : rules[static_cast<size_t>(i)].triggers) {
                if (w == u"#digit") t.digit.append(i);
                else if (w == u"#sym") t.symbol.append(i);
                else {
                    t.words[packWord(w)].append(i);
                    t.maxWord = std::max(t.maxWord, static_cast<int>(w.size()));
                }
            }
        }
        return t;
    }();
    return index;
}

bool isAsciiLetter(QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); }
bool isAsciiDigit(QChar c) { return c >= u'0' && c <= u'9'; }

// English rules: tried anchored at their key words (and up to lookBack tokens before).
void runTriggeredRules(const QString& text, const QString& original, const Context& ctx, std::vector<Candidate>& out)
{
    const auto& rules = datepatterns::englishRules();
    const TriggerIndex& idx = englishTriggers();
    constexpr int kRing = 4;
    int ring[kRing] = {0, 0, 0, 0};
    int tokens = 0;
    std::vector<std::pair<int, int>> tried; // (rule, anchor)
    const int n = static_cast<int>(text.size());
    auto tryRule = [&](int ri, int lookBack) {
        const DateRule& rule = rules[static_cast<size_t>(ri)];
        const int back = std::min(lookBack, tokens - 1);
        for (int b = back; b >= 0; --b) {
            const int anchor = ring[(tokens - 1 - b) % kRing];
            const std::pair<int, int> key{ri, anchor};
            if (std::find(tried.begin(), tried.end(), key) != tried.end()) continue;
            tried.push_back(key);
            // match inside a small window: whole-text calls cost O(text) each
            const int from = std::max(0, anchor - 8);
            const QStringView window = QStringView(text).mid(from, std::min(n - from, 160));
            const QRegularExpressionMatch m = rule.re.match(window, anchor - from, QRegularExpression::NormalMatch,
                                                            QRegularExpression::AnchorAtOffsetMatchOption);
            if (m.hasMatch()) {
                const size_t before = out.size();
                addCandidate(rule, m, original, ctx, ri + 1, out, from);
                if (out.size() > before) return;
            }
        }
    };
    auto beginToken = [&](int at) {
        ring[tokens % kRing] = at;
        ++tokens;
        // anchors only ever lie within the last kRing tokens: forget older attempts
        const int oldest = ring[(tokens >= kRing ? tokens - kRing : 0) % kRing];
        tried.erase(std::remove_if(tried.begin(), tried.end(),
                                   [oldest](const std::pair<int, int>& p) { return p.second < oldest; }),
                    tried.end());
    };
    auto previousWord = [&]() -> QString {
        if (tokens < 2) return {};
        const int at = ring[(tokens - 2) % kRing];
        int e = at;
        while (e < n && isAsciiLetter(text.at(e))) ++e;
        return text.mid(at, e - at).toLower();
    };
    using namespace datepatterns;
    for (int i = 0; i < n;) {
        const QChar c = text.at(i);
        if (isAsciiLetter(c)) {
            int j = i;
            while (j < n && isAsciiLetter(text.at(j))) ++j;
            beginToken(i);
            if (j - i <= idx.maxWord) {
                const QStringView wordView = QStringView(text).mid(i, j - i);
                const auto found = idx.words.constFind(packWord(wordView));
                if (found != idx.words.constEnd()) {
                    const QString word = wordView.toString().toLower();
                    for (int ri : *found) {
                        if (ri == kRelative && (word == u"week" || word == u"month" || word == u"year")) {
                            static const QStringList lead = {QStringLiteral("this"), QStringLiteral("last"),
                                                             QStringLiteral("next"), QStringLiteral("past"),
                                                             QStringLiteral("previous")};
                            if (!lead.contains(previousWord())) continue;
                        }
                        tryRule(ri, rules[static_cast<size_t>(ri)].lookBack);
                    }
                }
            }
            i = j;
        } else if (isAsciiDigit(c)) {
            int j = i;
            while (j < n && isAsciiDigit(text.at(j))) ++j;
            beginToken(i);
            const int len = j - i;
            const QChar next = j < n ? text.at(j) : QChar();
            int k = j;
            while (k < n && text.at(k) == u' ') ++k;
            const QChar nextNonSpace = k < n ? text.at(k) : QChar();
            if (len == 4) {
                if (next == u'-' || next == u'/' || next == u'.') {
                    tryRule(kIso, 0);
                    tryRule(kYmd, 0);
                }
                const QChar c0 = text.at(i), c1 = text.at(i + 1);
                if ((c0 == u'1' && c1 == u'9') || (c0 == u'2' && (c1 == u'0' || c1 == u'1'))) {
                    if (nextNonSpace == u'Q' || nextNonSpace == u'q' || nextNonSpace == u'-') tryRule(kQuarterCode, 0);
                    if (nextNonSpace == u'H' || nextNonSpace == u'h') tryRule(kHalf, 0);
                    tryRule(kPrepYear, 2);
                }
            } else if (len <= 2) {
                if (nextNonSpace == u'/' || nextNonSpace == u'.' || nextNonSpace == u'-') tryRule(kNumeric, 0);
                if (next == u' ' || next == u'-' || next == u'.' || next.isLetter()) {
                    tryRule(kDayMonthYear, 0);
                    tryRule(kDayMonth, 0);
                }
            }
            i = j;
        } else if (c == QChar(0x00a9) || (c == u'(' && i + 2 < n && (text.at(i + 1) == u'c' || text.at(i + 1) == u'C') &&
                                          text.at(i + 2) == u')')) {
            beginToken(i);
            for (int ri : idx.symbol) tryRule(ri, 0);
            ++i;
        } else {
            ++i;
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
    runTriggeredRules(text, original, ctx, cands);
    if (hasCjk(text)) runGlobalRules(datepatterns::chineseRules(), text, original, ctx, 100, cands);
    if (cands.empty()) return result;

    // longest first, then rule order; keep non-overlapping
    std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) {
        const int la = a.mention.end - a.mention.start, lb = b.mention.end - b.mention.start;
        if (la != lb) return la > lb;
        if (a.order != b.order) return a.order < b.order;
        return a.mention.start < b.mention.start;
    });
    // Kept spans never overlap, so ordered by start they are ordered by end too: a new span overlaps a kept one
    // only if it overlaps the kept span starting just before its end (O(log n) each, not a scan of all kept).
    std::vector<Candidate> kept;
    std::map<int, int> keptSpans; // start -> end
    for (Candidate& c : cands) {
        auto it = keptSpans.lower_bound(c.mention.end); // first kept span starting at or after c's end
        const bool overlaps = it != keptSpans.begin() && std::prev(it)->second > c.mention.start;
        if (overlaps) continue;
        keptSpans.emplace(c.mention.start, c.mention.end);
        kept.push_back(std::move(c));
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

QList<DateMention> DateResolver::findForReport(const QString& text, std::optional<QDate> published)
{
    if (published && published->isValid()) return findImpl(text, *published, true);
    // Any reference finds the same expressions; those that depend on it are then marked unresolved.
    QList<DateMention> found = findImpl(text, QDate(2000, 6, 15), true);
    for (DateMention& m : found) {
        if (!needsReference(m.span.rule)) continue;
        m.unresolved = true;
        m.span.start = QDate();
        m.span.end = QDate();
    }
    return found;
}

QList<DateMention> DateResolver::findLoose(const QString& text, QDate reference)
{
    return findImpl(text, reference, false);
}

bool DateResolver::needsReference(const QString& rule)
{
    return rule.contains(QLatin1String("reference")) || rule.contains(QLatin1String("relative")) ||
           rule.contains(QLatin1String("weekday"));
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
