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
    static const QRegularExpression article(QStringLiteral("^(?:the|its|their|his|her) "), QRegularExpression::CaseInsensitiveOption);
    obj.remove(article);
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

bool hasDigit(const QString& s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.isDigit(); });
}

// A figure the title lacks: "… by 4%" for a price change, else "… (US$400 million)".
QString withAmount(const QString& title, const TitleInput& in, int max)
{
    if (in.amounts.isEmpty() || hasDigit(title)) return title;
    const QString a = in.amounts.first();
    const bool change = in.cue.cue && (in.cue.cue->rule == u"price-raise" || in.cue.cue->rule == u"price-cut") && a.endsWith(u'%');
    const QString t = change ? title + QStringLiteral(" by ") + a : title + QStringLiteral(" (") + a + u')';
    return t.size() <= max + 16 ? t : title;
}

// The clause holding [from, to) with dates and quotes removed, past a lead-in such as "On April 12, 2024,".
QString clauseAround(const TitleInput& in, int from, int to)
{
    int s = from;
    while (s > 0 && !isClauseBreakEn(in.sentence.at(s - 1))) --s;
    const int e = clauseEnd(in, std::max(to, s));
    return trimObject(cleanPart(in, s, e));
}

QString capitalised(QString s)
{
    if (!s.isEmpty()) s[0] = s.at(0).toUpper();
    return s;
}

QString englishTitle(const TitleInput& original, const EventCues& cues)
{
    const TitleInput in = withDatePrepositions(original);
    const QString subject = joinSubjects(in.subjects, false);
    const bool plural = in.subjects.size() > 1;
    const Cue* cue = in.cue.cue;
    const int max = EventTitle::kMaxEnglish;
    if (cue && cue->trigger && cue->kind == TriggerKind::Report) {
        // "X announced its 2025 growth plan": the verb and its object
        QString after = trimObject(cleanPart(in, in.cue.end, clauseEnd(in, in.cue.end)));
        static const QRegularExpression notObject(QStringLiteral("^(?:that|on|in|at|last|this|yesterday|today|to|it|its statement|a statement|investors|reporters|journalists|analysts|shareholders|parliament|lawmakers|a press|a news|the media|a briefing|a regular|a conference)\\b"),
                                                  QRegularExpression::CaseInsensitiveOption);
        if (!subject.isEmpty() && after.count(u' ') >= 1 && !notObject.match(after).hasMatch() && !cue->verb.isEmpty()) {
            const QString head = subject + u' ' + (plural ? cue->verb : thirdPerson(cue->verb));
            return withAmount(head + u' ' + shortenObject(after, std::max(40, max - static_cast<int>(head.size()) - 1)), in, max);
        }
        // a statement: what was said, under who said it ("MOFCOM: export control on gallium is not a ban")
        QString said;
        for (int from = 0; from < in.cue.start;) {
            const int to = std::min(clauseEnd(in, from), in.cue.start);
            const QString clause = trimObject(cleanPart(in, from, to));
            if (clause.count(u' ') >= 3) {
                said = clause;
                break;
            }
            from = to + 1;
        }
        if (said.isEmpty()) said = trimObject(cleanPart(in, in.cue.end, clauseEnd(in, in.cue.end)));
        static const QRegularExpression that(QStringLiteral("^that\\s+"), QRegularExpression::CaseInsensitiveOption);
        said.remove(that);
        static const QRegularExpression subordinate(QStringLiteral("^(?:when|as|if|after|while|because|although|since|before|once)\\b"),
                                                    QRegularExpression::CaseInsensitiveOption);
        if (said.count(u' ') >= 2 && !subordinate.match(said).hasMatch()) {
            const QString head = subject.isEmpty() ? QString() : subject + QStringLiteral(": ");
            return withAmount(head + capitalised(shortenObject(said, max - static_cast<int>(head.size()))), in, max);
        }
    }
    QString verb;
    int objFrom = -1;
    if (cue && !cue->verb.isEmpty() && !cue->clauseTitle) {
        verb = cue->verb;
        objFrom = cue->objectInside ? in.cue.firstWordEnd : in.cue.end;
    } else if (!cue) {
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
    if (cue && (cue->clauseTitle || cue->kind == TriggerKind::Effect || subject.isEmpty())) {
        // the clause itself ("Listed prices of neodymium oxide jumped 4.4%"), under its actor when it names none
        QString clause = shortenObject(clauseAround(in, in.cue.start, in.cue.end), max);
        if (clause.count(u' ') >= 2) {
            const bool named = std::any_of(in.surfaces.cbegin(), in.surfaces.cend(), [&](const QString& s) { return clause.contains(s); });
            if (!subject.isEmpty() && !named && clause.size() + subject.size() + 2 <= max + 20) clause = subject + QStringLiteral(": ") + capitalised(clause);
            return withAmount(capitalised(clause), in, max);
        }
    }
    if (subject.isEmpty()) {
        // No organisation acts ("Prices of dysprosium oxide fell 5 % …, according to …"): the first clause of
        // two words or more, past a lead-in such as "On April 12, 2024,".
        for (int from = 0; from < static_cast<int>(in.sentence.size());) {
            const int to = clauseEnd(in, from);
            QString clause = shortenObject(trimObject(cleanPart(in, from, to)), max);
            if (clause.contains(u' ')) return capitalised(clause);
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
    const int budget = std::max(40, max - static_cast<int>(head.size()) - 1);
    object = shortenObject(object, budget);
    return withAmount(object.isEmpty() ? head : head + u' ' + object, in, max);
}

// A short Chinese clause built from what was found: the acting organisations, then the trigger and its
// object up to the clause's end ("中国稀土集团与有研集团签署《共建稀土创新基地合作协议》"); cut at a book-title mark or an
// enumeration, never inside a word group; the category's template when no clause fits.
QString chineseTitle(const TitleInput& in, const EventCues& cues)
{
    const Cue* cue = in.cue.cue;
    const int n = static_cast<int>(in.sentence.size());
    auto templ = [&] {
        QString t = cues.titleTemplate(in.category, true);
        t.replace(QStringLiteral("{orgs}"), joinSubjects(in.subjects, true));
        return t;
    };
    if (!cue) return templ();
    auto isBreak = [](QChar c) { return c != QChar(0x3001) && isClauseBreakZh(c); }; // 、 lists, it does not end a clause
    int clauseFrom = in.cue.start;
    while (clauseFrom > 0 && !isBreak(in.sentence.at(clauseFrom - 1))) --clauseFrom;
    int to = in.cue.end;
    int depth = 0;
    while (to < n && (depth > 0 || !isBreak(in.sentence.at(to)))) {
        if (in.sentence.at(to) == QChar(0x300a)) ++depth;
        else if (in.sentence.at(to) == QChar(0x300b) && depth > 0) --depth;
        ++to;
    }
    const QString subject = joinSubjects(in.subjects, true);
    // the subject is written right before the trigger already ("…管理总局发布…")
    static const QRegularExpression orgNoun(QStringLiteral("[\\x{4e00}-\\x{9fff}]{2,}(?:局|部|委|会|院|司|厂|社|集团|公司|署|办)$"));
    const QString beforeTrigger = cleanPart(in, clauseFrom, in.cue.start);
    static const QRegularExpression lead(QStringLiteral("^(?:在|于|据悉|近日|日前|同时|此外|其中|现将|现|并|也)"));
    QString clause = cleanPart(in, clauseFrom, to);
    clause.remove(lead);
    // a date cut out of "将于2025年4月1日起正式实施" leaves "将于起": the dates' own words go with it
    static const QRegularExpression dateRemnant(QStringLiteral("(?:将)?(?:于|自|从)起"));
    clause.remove(dateRemnant);
    const bool named = std::any_of(in.surfaces.cbegin(), in.surfaces.cend(), [&](const QString& s) { return !s.isEmpty() && clause.contains(s); }) ||
                       std::any_of(in.subjects.cbegin(), in.subjects.cend(), [&](const QString& s) { return !s.isEmpty() && clause.contains(s); });
    if (cue->clauseTitle || subject.isEmpty() || (named && clause.size() <= EventTitle::kMaxChinese)) {
        if (!subject.isEmpty() && !named) clause = subject + clause;
    } else {
        QString rest = cleanPart(in, in.cue.start, to);
        rest.remove(dateRemnant);
        clause = (orgNoun.match(beforeTrigger).hasMatch() && !in.subjects.isEmpty() && !beforeTrigger.endsWith(in.subjects.first())
                      ? beforeTrigger.section(QRegularExpression(QStringLiteral("[在于]")), 0, 0)
                      : subject) + rest;
    }
    clause.remove(QRegularExpression(QStringLiteral("[，。；：！？,;:]+$")));
    if (clause.size() > EventTitle::kMaxChinese) {
        // the first book title ends the object; else the last list or link word before the limit
        const qsizetype close = clause.indexOf(QChar(0x300b));
        qsizetype cut = close >= 6 && close < EventTitle::kMaxChinese ? close + 1 : -1;
        if (cut < 0)
            for (qsizetype i = EventTitle::kMaxChinese - 1; i >= 8 && cut < 0; --i)
                if (clause.at(i) == QChar(0x3001) || clause.at(i) == QChar(0x7684) || clause.at(i) == QChar(0x548c) ||
                    clause.at(i) == QChar(0x4e0e) || clause.at(i) == QChar(0x53ca))
                    cut = i;
        clause = cut > 0 ? clause.left(cut) : QString();
    }
    if (clause.size() < 5) return templ();
    return clause;
}

} // namespace

QString EventTitle::build(const TitleInput& in, const EventCues& cues)
{
    return in.chinese ? chineseTitle(in, cues) : englishTitle(in, cues);
}

} // namespace lodestone
