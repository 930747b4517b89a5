#include "eventtitle.h"

#include <QRegularExpression>
#include <algorithm>

namespace lodestone {

namespace {

bool isClauseBreakEn(QChar c)
{
    return c == u',' || c == u';' || c == u':' || c == u'(' || c == u'.' || c == QChar(0x2014) || c == u'!' ||
           c == u'?';
}
bool isClauseBreakZh(QChar c)
{
    return c == QChar(0xff0c) || c == QChar(0x3002) || c == QChar(0xff1b) || c == QChar(0xff1a) ||
           c == QChar(0xff01) || c == QChar(0xff1f) || c == u',' || c == u';';
}

QString thirdPerson(const QString& verbPhrase)
{
    const qsizetype sp = verbPhrase.indexOf(u' ');
    QString head = sp < 0 ? verbPhrase : verbPhrase.left(sp);
    const QString rest = sp < 0 ? QString() : verbPhrase.mid(sp);
    if (head == u"is" || head == u"are") return QStringLiteral("is") + rest;
    if (head.endsWith(u's') || head.endsWith(u"sh") || head.endsWith(u"ch") || head.endsWith(u'x') ||
        head.endsWith(u'z'))
        head += QStringLiteral("es");
    else if (head.size() > 1 && head.endsWith(u'y') && !QStringLiteral("aeiou").contains(head.at(head.size() - 2)))
        head = head.chopped(1) + QStringLiteral("ies");
    else
        head += u's';
    return head + rest;
}

QString joinSubjects(const QStringList& s, bool chinese)
{
    if (s.isEmpty()) return {};
    if (s.size() == 1) return s.first();
    return s.first() + (chinese ? QStringLiteral("与") : QStringLiteral(" and ")) + s.at(1);
}

// Text of the sentence from..to with date spans removed and quotes dropped.
QString cleanPart(const TitleInput& in, int from, int to)
{
    QString out;
    for (int i = from; i < to; ++i) {
        bool cut = false;
        for (const auto& r : in.cutRanges)
            if (i >= r.first && i < r.second) cut = true;
        if (cut) continue;
        const QChar c = in.sentence.at(i);
        if (c == u'"' || c == QChar(0x201c) || c == QChar(0x201d) || c == QChar(0x2018) || c == QChar(0x300c) ||
            c == QChar(0x300d))
            continue;
        out += c;
    }
    return out.simplified();
}

QString trimObject(QString obj)
{
    // cut at a subordinate clause, then drop dangling function words at the end
    static const QStringList stops = {QStringLiteral(" including "), QStringLiteral(" while "),
                                      QStringLiteral(" which "),     QStringLiteral(" who "),
                                      QStringLiteral(" where "),     QStringLiteral(" after "),
                                      QStringLiteral(" amid "),      QStringLiteral(" as part of "),
                                      QStringLiteral(" following "), QStringLiteral(" that "),
                                      QStringLiteral(" because ")};
    for (const QString& st : stops) {
        const qsizetype at = obj.indexOf(st);
        if (at >= 0) obj.truncate(at);
    }
    static const QStringList tail = {QStringLiteral("on"),  QStringLiteral("in"),   QStringLiteral("at"),
                                     QStringLiteral("of"),  QStringLiteral("for"),  QStringLiteral("and"),
                                     QStringLiteral("the"), QStringLiteral("a"),    QStringLiteral("an"),
                                     QStringLiteral("with"), QStringLiteral("to"),  QStringLiteral("by"),
                                     QStringLiteral("from"), QStringLiteral("as"),  QStringLiteral("this"),
                                     QStringLiteral("last"), QStringLiteral("next"), QStringLiteral("year"),
                                     QStringLiteral("month"), QStringLiteral("week")};
    obj = obj.trimmed();
    while (!obj.isEmpty()) {
        const qsizetype sp = obj.lastIndexOf(u' ');
        if (!tail.contains(QStringView(obj).mid(sp + 1).toString(), Qt::CaseInsensitive)) break;
        obj.truncate(sp < 0 ? 0 : sp); // a lone "on" left by a removed date goes too
        obj = obj.trimmed();
    }
    if (obj.startsWith(QStringLiteral("the "), Qt::CaseInsensitive)) obj = obj.mid(4);
    return obj.trimmed();
}

// Shortens an object phrase to max characters at a phrase boundary (" and ", then a preposition), else a word.
QString shortenObject(QString t, int max)
{
    if (t.size() <= max) return t;
    static const QRegularExpression boundary(QStringLiteral(" (?:and|with|in|at|for|to|on|of|from|by) "));
    for (const QString& b : {QStringLiteral(" and "), QString()}) {
        qsizetype best = -1;
        if (!b.isEmpty()) {
            for (qsizetype at = t.indexOf(b); at >= 0 && at <= max; at = t.indexOf(b, at + 1)) best = at;
        } else {
            auto it = boundary.globalMatch(t);
            while (it.hasNext()) {
                const auto m = it.next();
                if (m.capturedStart() > max) break;
                best = m.capturedStart();
            }
        }
        if (best > max / 3) return trimObject(t.left(best));
    }
    const qsizetype sp = t.lastIndexOf(u' ', max);
    t.truncate(sp > max / 2 ? sp : max);
    return trimObject(t);
}

// Where the English clause starting at `from` ends: the first clause break that is not inside a number
// (560,000 / 12.5), a removed date or an abbreviation (U.S.).
int clauseEnd(const TitleInput& in, int from)
{
    const int n = static_cast<int>(in.sentence.size());
    auto numberSeparator = [&](int k) {
        return k > 0 && k + 1 < n && in.sentence.at(k - 1).isDigit() && in.sentence.at(k + 1).isDigit();
    };
    auto insideCut = [&](int k) {
        return std::any_of(in.cutRanges.cbegin(), in.cutRanges.cend(), [k](const QPair<int, int>& r) { return k >= r.first && k < r.second; });
    };
    auto abbreviationDot = [&](int k) { // a dot after a lone capital or before a letter
        if (in.sentence.at(k) != u'.') return false;
        if (k + 1 < n && in.sentence.at(k + 1).isLetter()) return true;
        return k >= 1 && in.sentence.at(k - 1).isUpper() && (k < 2 || !in.sentence.at(k - 2).isLetter());
    };
    int to = from;
    while (to < n && (!isClauseBreakEn(in.sentence.at(to)) || numberSeparator(to) || insideCut(to) || abbreviationDot(to)))
        ++to;
    return to;
}

// A removed date takes the preposition that introduced it along ("formed on December 23" -> "formed").
TitleInput withDatePrepositions(const TitleInput& in)
{
    static const QRegularExpression preposition(QStringLiteral("\\b(?:on|in|at|by|since|during|from|until|as of)\\s+$"),
                                                QRegularExpression::CaseInsensitiveOption);
    TitleInput out = in;
    for (auto& r : out.cutRanges) {
        const QStringView before = in.sentence.left(std::clamp(r.first, 0, static_cast<int>(in.sentence.size())));
        const auto m = preposition.match(before.right(std::min<qsizetype>(before.size(), 12)));
        if (m.hasMatch())
            r.first -= static_cast<int>(m.capturedLength());
    }
    return out;
}

QString englishTitle(const TitleInput& original, const EventCues& cues)
{
    const TitleInput in = withDatePrepositions(original);
    const QString subject = joinSubjects(in.subjects, false);
    const bool plural = in.subjects.size() > 1;
    QString verb;
    int objFrom = -1;
    if (in.cue.cue && !in.cue.cue->verb.isEmpty()) {
        verb = in.cue.cue->verb;
        objFrom = in.cue.cue->objectInside ? in.cue.firstWordEnd : in.cue.end;
    } else {
        // the first known past-tense verb in the sentence
        static const QRegularExpression word(QStringLiteral("\\b([a-z]+)\\b"));
        auto it = word.globalMatch(in.sentence);
        while (it.hasNext()) {
            const auto m = it.next();
            const QString base = cues.baseVerb(m.captured(1));
            if (!base.isEmpty()) {
                verb = base;
                objFrom = static_cast<int>(m.capturedEnd(1));
                break;
            }
        }
    }
    if (subject.isEmpty()) {
        // No organisation acts ("Prices of dysprosium oxide fell 5 % …, according to …"): the first clause of
        // two words or more, past a lead-in such as "On April 12, 2024,".
        for (int from = 0; from < static_cast<int>(in.sentence.size());) {
            const int to = clauseEnd(in, from);
            QString clause = shortenObject(trimObject(cleanPart(in, from, to)), EventTitle::kMaxEnglish);
            if (clause.contains(u' ')) {
                clause[0] = clause.at(0).toUpper();
                return clause;
            }
            from = to + 1;
        }
    }
    if (verb.isEmpty() || subject.isEmpty()) {
        QString t = cues.titleTemplate(in.category, false);
        if (t.isEmpty()) t = QStringLiteral("{orgs}: ") + categoryKey(in.category);
        t.replace(QStringLiteral("{orgs}"), subject.isEmpty() ? QStringLiteral("Unnamed organisation") : subject);
        if (plural && t.contains(QStringLiteral(" studies "))) t.replace(QStringLiteral(" studies "), QStringLiteral(" study "));
        return t;
    }
    const int objTo = clauseEnd(in, objFrom);
    QString object = trimObject(cleanPart(in, objFrom, objTo));
    // "A and B sign an agreement with B" -> drop "with B", also where B is written differently ("the U.S. ...")
    auto folded = [](QString name) { return name.remove(u'.').simplified().toCaseFolded(); };
    QStringList written = in.subjects;
    for (const QString& surface : in.surfaces)
        if (std::any_of(in.subjects.cbegin(), in.subjects.cend(), [&](const QString& s) { return folded(s) == folded(surface); }))
            written << surface;
    written.removeDuplicates(); // a sentence naming the subject 30,000 times needs one removal, not 30,000 scans
    for (const QString& s : written) {
        object.remove(QStringLiteral("with the ") + s);
        object.remove(QStringLiteral("with ") + s);
    }
    object = trimObject(object.simplified());
    const QString head = subject + u' ' + (plural ? verb : thirdPerson(verb));
    const int budget = std::max(40, EventTitle::kMaxEnglish - static_cast<int>(head.size()) - 1);
    object = shortenObject(object, budget);
    return object.isEmpty() ? head : head + u' ' + object;
}

QString chineseTitle(const TitleInput& in, const EventCues& cues)
{
    const int n = static_cast<int>(in.sentence.size());
    int from = in.cue.cue ? in.cue.start : 0;
    int to = in.cue.cue ? in.cue.end : 0;
    while (from > 0 && !isClauseBreakZh(in.sentence.at(from - 1))) --from;
    while (to < n && !isClauseBreakZh(in.sentence.at(to))) ++to;
    QString clause = cleanPart(in, from, to);
    static const QRegularExpression lead(QStringLiteral("^(?:在|于|据悉|近日|日前|同时|此外|其中)"));
    clause.remove(lead);
    bool hasSubject = false;
    for (const QString& s : in.subjects + in.surfaces)
        if (!s.isEmpty() && clause.contains(s)) hasSubject = true;
    // an organisation-shaped noun before the cue ("…管理总局发布…") is the subject already
    static const QRegularExpression orgNoun(QStringLiteral("[\\x{4e00}-\\x{9fff}]{2,}(?:局|部|委|会|院|司|厂|社|集团|公司)"));
    if (in.cue.cue && orgNoun.match(in.sentence.mid(from, std::max(0, in.cue.start - from))).hasMatch())
        hasSubject = true;
    if (!hasSubject && !in.subjects.isEmpty()) clause = joinSubjects(in.subjects, true) + clause;
    if (clause.size() < 6 || !in.cue.cue) {
        QString t = cues.titleTemplate(in.category, true);
        t.replace(QStringLiteral("{orgs}"), joinSubjects(in.subjects, true));
        return t;
    }
    if (clause.size() > EventTitle::kMaxChinese) clause = clause.left(EventTitle::kMaxChinese - 1) + QChar(0x2026);
    return clause;
}

} // namespace

QString EventTitle::build(const TitleInput& in, const EventCues& cues)
{
    return in.chinese ? chineseTitle(in, cues) : englishTitle(in, cues);
}

} // namespace lodestone
