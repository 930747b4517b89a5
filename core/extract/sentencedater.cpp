#include "sentencedater.h"

#include "futurecues.h"

#include <QRegularExpression>
#include <algorithm>

namespace lodestone {

namespace {

constexpr int kMaxShiftDays = 370; // a partial date looks ahead at most a year

// The next occurrence after the one the resolver chose (on or before publication), or nullopt.
std::optional<DateSpan> nextOccurrence(const DateSpan& s)
{
    const QString& rule = s.rule;
    DateSpan out = s;
    if (rule.contains(QLatin1String("weekday"))) {
        if (s.precision != Precision::Day) return std::nullopt;
        out.start = s.start.addDays(7);
        out.end = s.end.addDays(7);
    } else if (rule.contains(QLatin1String("month from reference"))) {
        out.start = s.start.addMonths(1);
        out.end = s.end.addMonths(1);
    } else if (rule.contains(QLatin1String("year from reference"))) {
        out.start = s.start.addYears(1);
        out.end = s.precision == Precision::Day ? out.start : s.end.addYears(1);
        if (s.precision == Precision::Month) out.end = QDate(out.start.year(), out.start.month(), 1).addMonths(1).addDays(-1);
    } else {
        return std::nullopt; // "last month", 今年 ...: their direction is in the words
    }
    if (!out.isValid()) return std::nullopt;
    out.rule = s.rule + QStringLiteral(", next after publication: future cue");
    return out;
}

// A date that says since when something holds ("since", "in force since", "…以来"), not when the event was.
bool isBackground(QStringView sentence, int dateStart, int dateEnd)
{
    // "since December 1", "since controls were introduced on August 1": the clause a "since" opens
    static const QRegularExpression since(QStringLiteral("\\bsince\\b[^,;:()]{0,60}$"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression sinceSurface(QStringLiteral("^(?:since|ever since)\\b"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression zhSince(QStringLiteral("^\\s*(?:以来|至今)"));
    const int from = std::max(0, dateStart - 72);
    return since.match(sentence.mid(from, dateStart - from)).hasMatch() ||
           sinceSurface.match(sentence.mid(dateStart, dateEnd - dateStart)).hasMatch() ||
           zhSince.match(sentence.mid(dateEnd, std::min<qsizetype>(6, sentence.size() - dateEnd))).hasMatch();
}

} // namespace

SentenceDater::SentenceDater(const QString& text, const QList<DateMention>& mentions, std::optional<QDate> published)
    : m_text(text), m_mentions(mentions), m_published(published && published->isValid() ? published : std::nullopt)
{
}

bool SentenceDater::afterPublication(const DateSpan& span) const
{
    return m_published && span.isValid() && span.start > *m_published;
}

bool SentenceDater::lendable(int k) const
{
    if (k < 0 || k >= m_mentions.size()) return false;
    const DateMention& m = m_mentions[k];
    return !m.unresolved && m.span.isValid() && !afterPublication(m.span);
}

DateSpan SentenceDater::fallback() const
{
    if (m_published) return DateSpan::year(m_published->year(), QStringLiteral("fallback:published-year"));
    DateSpan none;
    none.precision = Precision::Year;
    none.rule = QStringLiteral("undated: no date in the sentence and no publication date");
    return none;
}

SentenceDate SentenceDater::ahead(int start, int end, const QList<int>& indexes, int except) const
{
    if (indexes.size() < 2) return {};
    const QStringView sentence = QStringView(m_text).mid(start, end - start);
    const FutureCues::Hit sc = FutureCues::find(sentence);
    for (int k : indexes) {
        const DateMention& m = m_mentions[k];
        if (k == except || m.unresolved || !m.span.isValid()) continue;
        if (m_published && !afterPublication(m.span)) continue; // a past date is not ahead
        const FutureCues::Hit bound = FutureCues::forDate(sentence, m.start - start, m.end - start, &sc);
        if (!bound) continue;
        SentenceDate out;
        out.kind = SentenceDate::Kind::Dated;
        out.date = m.span;
        out.timing = bound.timing;
        out.mention = k;
        return out;
    }
    return {};
}

SentenceDate SentenceDater::settle(int start, int end, int k) const
{
    const QStringView sentence = QStringView(m_text).mid(start, end - start);
    const DateMention& m = m_mentions[k];
    SentenceDate out;
    out.mention = k;
    if (m.unresolved || !m.span.isValid()) {
        out.kind = SentenceDate::Kind::Unresolved;
        out.date.precision = m.span.precision;
        out.date.rule = QStringLiteral("undated: \"%1\" needs the publication date (%2)").arg(m.surface.simplified(), m.span.rule);
        return out;
    }
    const int ds = m.start - start, de = m.end - start;
    out.date = m.span;
    if (afterPublication(m.span)) {
        const FutureCues::Hit sc = FutureCues::find(sentence);
        FutureCues::Hit hit = FutureCues::forDate(sentence, ds, de, &sc);
        if (!hit) hit = sc;
        if (!hit) return {}; // after publication without a word saying it is ahead: not trusted
        out.timing = hit.timing;
    } else if (m_published && DateResolver::needsReference(m.span.rule)) {
        // "will take effect from August 1" in a July report: the coming August 1
        const FutureCues::Hit sc = FutureCues::find(sentence);
        if (sc)
            if (const FutureCues::Hit bound = FutureCues::forDate(sentence, ds, de, &sc))
                if (auto next = nextOccurrence(m.span); next && afterPublication(*next) &&
                                                        m_published->daysTo(next->start) <= kMaxShiftDays) {
                    out.date = *next;
                    out.timing = bound.timing;
                }
    } else if (!m_published) {
        const FutureCues::Hit sc = FutureCues::find(sentence);
        if (sc)
            if (const FutureCues::Hit bound = FutureCues::forDate(sentence, ds, de, &sc)) out.timing = bound.timing;
    }
    out.kind = SentenceDate::Kind::Dated;
    return out;
}

SentenceDate SentenceDater::own(int start, int end, const QList<int>& indexes) const
{
    const QStringView sentence = QStringView(m_text).mid(start, end - start);
    SentenceDate best;
    bool bestBackground = false;
    SentenceDate unresolved;
    std::optional<FutureCues::Hit> sentenceCue;
    auto cue = [&] {
        if (!sentenceCue) sentenceCue = FutureCues::find(sentence);
        return *sentenceCue;
    };
    for (int k : indexes) {
        const DateMention& m = m_mentions[k];
        if (m.unresolved || !m.span.isValid()) {
            if (unresolved.kind == SentenceDate::Kind::None) {
                unresolved.kind = SentenceDate::Kind::Unresolved;
                unresolved.mention = k;
                unresolved.date.precision = m.span.precision;
                unresolved.date.rule = QStringLiteral("undated: \"%1\" needs the publication date (%2)").arg(m.surface.simplified(), m.span.rule);
            }
            continue;
        }
        const int ds = m.start - start, de = m.end - start;
        DateSpan span = m.span;
        EventTiming timing = EventTiming::Reported;
        if (afterPublication(span)) {
            // kept only with a future cue, bound to the date or anywhere in the sentence
            const FutureCues::Hit sc = cue();
            FutureCues::Hit hit = FutureCues::forDate(sentence, ds, de, &sc);
            if (!hit) hit = sc;
            if (!hit) continue;
            timing = hit.timing;
        } else if (m_published && DateResolver::needsReference(span.rule) && cue()) {
            // "will take effect from August 1" in a July report: the coming August 1
            const FutureCues::Hit sc = cue();
            if (const FutureCues::Hit bound = FutureCues::forDate(sentence, ds, de, &sc)) {
                if (auto next = nextOccurrence(span); next && afterPublication(*next) &&
                                                      m_published->daysTo(next->start) <= kMaxShiftDays) {
                    span = *next;
                    timing = bound.timing;
                }
            }
        } else if (!m_published) {
            if (const FutureCues::Hit sc = cue()) // only a sentence that looks ahead can bind a date to it
                if (const FutureCues::Hit bound = FutureCues::forDate(sentence, ds, de, &sc)) timing = bound.timing;
        }
        // "a rule in force since December 1, 2023", "自2020年以来": when the state began, not the sentence's event;
        // such a date serves only when the sentence has no other
        const bool background = isBackground(sentence, ds, de);
        const bool finer = best.kind == SentenceDate::Kind::None || (bestBackground && !background) ||
                           (background == bestBackground && static_cast<int>(span.precision) < static_cast<int>(best.date.precision));
        if (finer) {
            bestBackground = background;
            best.kind = SentenceDate::Kind::Dated;
            best.date = span;
            best.timing = timing;
            best.mention = k;
        }
    }
    if (best.kind == SentenceDate::Kind::Dated) return best;
    return unresolved;
}

} // namespace lodestone
