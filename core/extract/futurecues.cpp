#include "futurecues.h"

#include <QRegularExpression>

namespace lodestone {

namespace {

const QRegularExpression& effectiveEn()
{
    static const QRegularExpression re(
        QStringLiteral("\\b(?:tak(?:e|es|ing) effect|(?:come|comes|coming|enter|enters|entering) into (?:force|effect)|"
                       "(?:go|goes|going) into effect|will be (?:effective|implemented|enforced)|(?:be|become|becomes) effective|"
                       "effective (?:from|on|as of)|in force from)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& plannedEn()
{
    static const QRegularExpression re(
        QStringLiteral("\\b(?:will|shall|would|(?:plans?|planned|planning|intends?|intended|aims?|aimed|seeks?|expects?|"
                       "is set|are set|was set|were set|is due|are due|was due|were due|is scheduled|are scheduled|was scheduled|"
                       "were scheduled|is going|are going) to|(?:is|are|was|were) (?:expected|scheduled|slated|poised|planned) to|"
                       "expected|scheduled|upcoming|forthcoming|targets?|targeted|by (?:the end of )?20\\d\\d)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Chinese: effective-from cues first (they also hold 起 / 施行, which the planned list must not take).
const QRegularExpression& effectiveZh()
{
    // "自8月1日起…不得出口": a rule that binds from a date on (起 followed by what it obliges or forbids)
    static const QRegularExpression re(QStringLiteral(
        "(?:起施行|起实施|起执行|起生效|开始施行|开始实施|正式施行|施行|生效|(?:自|从)[^，。；,;]{1,20}?起[^。；;]{0,30}?"
        "(?:实施|执行|不得|须|应当|需要|必须|禁止)|起)"));
    return re;
}

const QRegularExpression& plannedZh()
{
    static const QRegularExpression re(QStringLiteral("(?:将于|将要|将会|即将|将|计划|预计|预期|拟于|拟|有望|力争|届时|准备|目标)"));
    return re;
}

bool hasHan(QStringView v)
{
    for (QChar c : v)
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff) return true;
    return false;
}

FutureCues::Hit hitOf(const QRegularExpressionMatch& m, EventTiming t)
{
    FutureCues::Hit h;
    h.timing = t;
    h.start = static_cast<int>(m.capturedStart(0));
    h.end = static_cast<int>(m.capturedEnd(0));
    return h;
}

} // namespace

FutureCues::Hit FutureCues::find(QStringView sentence)
{
    if (const auto m = effectiveEn().match(sentence); m.hasMatch()) return hitOf(m, EventTiming::Effective);
    const bool han = hasHan(sentence);
    if (han) {
        // a bare 起 counts only right after a date-like run ("8月1日起"): see forDate
        auto it = effectiveZh().globalMatch(sentence);
        while (it.hasNext()) {
            const auto m = it.next();
            if (m.capturedView(0) != u"起") return hitOf(m, EventTiming::Effective);
        }
    }
    if (const auto m = plannedEn().match(sentence); m.hasMatch()) return hitOf(m, EventTiming::Planned);
    if (han)
        if (const auto m = plannedZh().match(sentence); m.hasMatch()) return hitOf(m, EventTiming::Planned);
    return {};
}

FutureCues::Hit FutureCues::forDate(QStringView sentence, int dateStart, int dateEnd, const Hit* knownCue)
{
    // bound before the date: "from", "starting", "effective", "as of", "自", "从", "于"
    static const QRegularExpression leadEn(
        QStringLiteral("\\b(?:from|starting(?: on| from)?|beginning(?: on| from)?|effective(?: from| on| as of)?|as of|as from)\\s+(?:the\\s+)?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression leadZh(QStringLiteral("(?:自|从)\\s*$"));
    static const QRegularExpression atZh(QStringLiteral("(?:将于|于|在)\\s*$")); // "计划于2025年6月": the sentence's own timing
    static const QRegularExpression trailZh(QStringLiteral("^\\s*(?:起|开始)"));
    const int from = std::max(0, dateStart - 24);
    const QStringView before = sentence.mid(from, dateStart - from);
    const QStringView after = sentence.mid(dateEnd, std::min<qsizetype>(8, sentence.size() - dateEnd));
    const Hit sentenceCue = knownCue ? *knownCue : find(sentence);
    auto hitAt = [](EventTiming t, int s, int e) {
        Hit h;
        h.timing = t;
        h.start = s;
        h.end = e;
        return h;
    };
    if (const auto m = trailZh.match(after); m.hasMatch())
        return hitAt(EventTiming::Effective, dateEnd + static_cast<int>(m.capturedStart(0)), dateEnd + static_cast<int>(m.capturedEnd(0)));
    if (sentenceCue && atZh.match(before).hasMatch())
        return hitAt(sentenceCue.timing, from, dateStart);
    const bool leadsIn = leadEn.match(before).hasMatch() || leadZh.match(before).hasMatch();
    if (leadsIn) {
        // "from August 1" is effective-from when the sentence looks ahead at all, or names a rule coming in
        const EventTiming t = sentenceCue ? (sentenceCue.timing == EventTiming::Planned ? EventTiming::Effective
                                                                                       : sentenceCue.timing)
                                          : EventTiming::Effective;
        return hitAt(t, from, dateStart);
    }
    // a sentence cue shortly before the date: "will take effect on Aug 1", "plans to open on Monday", "将于8月1日"
    if (sentenceCue && sentenceCue.end <= dateStart && dateStart - sentenceCue.end <= 48) {
        // ... unless the date belongs to a report of it: "prices will rise, it said on Monday", "将上调价格，公司周一表示"
        static const QRegularExpression saying(
            QStringLiteral("\\b(?:said|says|say|announced|told|stated|reported|added|according)\\b|表示|称|宣布|介绍|透露|获悉"),
            QRegularExpression::CaseInsensitiveOption);
        const QStringView between = sentence.mid(sentenceCue.end, dateStart - sentenceCue.end);
        if (!saying.match(between).hasMatch()) return sentenceCue;
    }
    return {};
}

} // namespace lodestone
