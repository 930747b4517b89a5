#include "eventextractor.h"

#include "dateresolver.h"
#include "eventclassifier.h"
#include "eventtitle.h"
#include "nameyearfilter.h"
#include "personfinder.h"
#include "sentencedater.h"
#include "sentencesplitter.h"
#include "util/deadline.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <climits>

namespace lodestone {

namespace {

constexpr double kMinDatedScore = 0.5;
constexpr double kMinUndatedScore = 0.7;

enum class DateSource { Own, Paragraph, Context, Fallback };
enum class OrgSource { Own, Inherited, Main };

struct Candidate {
    int sentence = 0;
    Category category = Category::Other;
    double score = 0.0;
    DateSpan date;
    EventTiming timing = EventTiming::Reported;
    DateSource dateSource = DateSource::Fallback;
    OrgSource orgSource = OrgSource::Own;
    QList<EventOrgRole> orgs;
    QList<PersonMention> people;
    bool highlight = false;
    CueHit titleCue;     // strongest cue over merged sentences
    int titleSentence = 0;
    double confidence = 0.0;
};

struct SentInfo {
    Sentence s;
    Classification cls;
    QList<int> dates;   // indexes into date mentions
    QList<int> orgs;    // indexes into org mentions
    bool skip = false;  // boilerplate / heading
    bool highlight = false;
    bool chinese = false;
};

bool isChineseText(QStringView v)
{
    int han = 0, latin = 0;
    for (QChar c : v) {
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff) ++han;
        else if (c.isLetter()) ++latin;
    }
    return han > 0 && han * 2 >= latin;
}

int precisionRank(Precision p) { return static_cast<int>(p); } // 0 = day (finest)

double dateFactor(const Candidate& c)
{
    if (c.dateSource == DateSource::Fallback) return 0.2;
    const double base = c.date.precision == Precision::Day ? 1.0
                        : c.date.precision == Precision::Month ? 0.8
                        : c.date.precision == Precision::Quarter ? 0.7 : 0.6;
    return c.dateSource == DateSource::Own ? base : base * 0.85;
}

// Evidence strength: own date beats inherited; body beats highlights; finer precision; stronger cue.
double evidenceRank(const Candidate& c)
{
    double r = 0;
    if (c.dateSource == DateSource::Own) r += 4;
    else if (c.dateSource != DateSource::Fallback) r += 2;
    if (!c.highlight) r += 8;
    r += (3 - precisionRank(c.date.precision)) * 0.5;
    r += c.score;
    return r;
}

int roleRank(const QString& role)
{
    static const QStringList order = {QStringLiteral("mentioned"), QStringLiteral("subject"), QStringLiteral("partner"),
                                      QStringLiteral("regulator"), QStringLiteral("actor"), QStringLiteral("host")};
    return static_cast<int>(order.indexOf(role));
}

void addOrg(QList<EventOrgRole>& list, const QString& key, const QString& role)
{
    if (key.isEmpty()) return;
    for (EventOrgRole& r : list) {
        if (r.key == key) {
            if (roleRank(role) > roleRank(r.role)) r.role = role;
            return;
        }
    }
    list.append(EventOrgRole{key, role});
}

void addPerson(QList<PersonMention>& list, const PersonMention& p)
{
    for (const PersonMention& q : list)
        if (q.name == p.name) return;
    list.append(p);
}

// The sentence opens with a pronoun or a definite "the company"-style reference to an organisation named before.
bool opensWithReferenceBack(QStringView sentence)
{
    // after at most two short lead-ins ("Separately, ", "On November 18, ")
    static const QRegularExpression en(QStringLiteral("^(?:[^,]{1,40}, ){0,2}(?:[Ii]ts?|[Tt]hey|[Tt]heir|(?:[Tt]he|[Bb]oth) "
                                                      "(?:company|companies|group|firm|miner|producer|ministry|two companies|"
                                                      "two sides|two firms|sides|parties|smelter|exchange))\\b"));
    static const QStringList zh = {QStringLiteral("该公司"), QStringLiteral("该集团"), QStringLiteral("公司"),
                                   QStringLiteral("集团"), QStringLiteral("其"), QStringLiteral("双方"), QStringLiteral("两家")};
    const QStringView trimmed = sentence.trimmed();
    if (en.match(trimmed).hasMatch())
        return true;
    QStringView rest = trimmed; // also after one short lead-in ("11月18日，")
    if (const qsizetype comma = rest.indexOf(QChar(0xff0c)); comma >= 0 && comma <= 15)
        rest = rest.mid(comma + 1);
    return std::any_of(zh.cbegin(), zh.cend(), [&](const QString& p) { return trimmed.startsWith(p) || rest.startsWith(p); });
}

bool hasActor(const QList<EventOrgRole>& orgs)
{
    return std::any_of(orgs.begin(), orgs.end(),
                       [](const EventOrgRole& r) { return r.role == u"actor" || r.role == u"host"; });
}

bool orgsOverlap(const QList<EventOrgRole>& a, const QList<EventOrgRole>& b)
{
    for (const EventOrgRole& x : a)
        for (const EventOrgRole& y : b)
            if (x.key == y.key) return true;
    return false;
}

// An undated span (no day known) contains any date: an undated restatement joins the event its report dates.
bool contains(const DateSpan& outer, const DateSpan& inner)
{
    if (!outer.isValid()) return true;
    return inner.isValid() && outer.start <= inner.start && inner.end <= outer.end;
}

QString roleFor(const QString& text, const OrgMention& o, const SentInfo& si, const Gazetteer& gaz)
{
    const QStringView before = QStringView(text).mid(std::max(si.s.start, o.start - 8), o.start - std::max(si.s.start, o.start - 8));
    const QStringView after = QStringView(text).mid(o.end, std::min(14, si.s.end - o.end));
    const Category cat = si.cls.category;
    // "according to Shanghai Metals Market", "据上海有色网": a source of the news, not a party to it
    const qsizetype reach = std::max(si.s.start, o.start - 16);
    const QStringView wider = QStringView(text).mid(reach, o.start - reach);
    if (wider.endsWith(QStringLiteral("according to "), Qt::CaseInsensitive) ||
        wider.endsWith(QStringLiteral("according to the "), Qt::CaseInsensitive) || before.endsWith(QStringLiteral("据")))
        return QStringLiteral("mentioned");
    if (const Organisation* org = gaz.byKey(o.key)) {
        if ((org->kind == u"ministry" || org->kind == u"regulator" || org->kind == u"agency") &&
            (cat == Category::PolicyRegulation || cat == Category::ExportControl || cat == Category::ProductionQuota))
            return QStringLiteral("regulator");
    }
    if (before.endsWith(QStringLiteral("by "), Qt::CaseInsensitive) || before.endsWith(QStringLiteral("由")))
        return QStringLiteral("actor");
    if (after.startsWith(QStringLiteral(" host"), Qt::CaseInsensitive) || after.startsWith(QStringLiteral("主办")) ||
        after.startsWith(QStringLiteral("承办")))
        return QStringLiteral("host");
    if (before.endsWith(QStringLiteral("with "), Qt::CaseInsensitive) || before.endsWith(QStringLiteral("与")) ||
        before.endsWith(QStringLiteral("同")) || before.endsWith(QStringLiteral("和")))
        return QStringLiteral("partner");
    const int cueStart = si.cls.best.cue ? si.s.start + si.cls.best.start : si.s.end;
    if (o.start < cueStart) return QStringLiteral("actor");
    return cat == Category::Partnership ? QStringLiteral("partner") : QStringLiteral("subject");
}

QString displayName(const QString& key, const QList<OrgMention>& mentions, const Gazetteer& gaz, bool chinese)
{
    if (const Organisation* o = gaz.byKey(key)) {
        if (chinese && !o->nameZh.isEmpty()) return o->nameZh;
        if (!o->nameEn.isEmpty()) return o->nameEn;
        return o->nameZh;
    }
    for (const OrgMention& m : mentions)
        if (m.key == key) return m.name;
    return {};
}

QString cleanSummary(QStringView v)
{
    QString s = v.toString().simplified();
    if (s.size() > 300) {
        const qsizetype sp = s.lastIndexOf(u' ', 297);
        s.truncate(sp > 200 ? sp : 297);
        s += QChar(0x2026);
    }
    return s;
}

const QRegularExpression& highlightHeading()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:highlights?|key (?:points|takeaways)|summary|in brief|at a glance|tl;?dr|要点|摘要|导读|核心提示)\\s*:?$"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

QList<ExtractedEvent> EventExtractor::extract(const QString& text, QDate reference, const Gazetteer& gazetteer,
                                              const QString& language)
{
    if (text.trimmed().isEmpty()) return {};
    return extract(text, reference, gazetteer, language, gazetteer.findMentions(text));
}

QList<ExtractedEvent> EventExtractor::extract(const QString& text, QDate reference, const Gazetteer& gazetteer,
                                              const QString& language, const QList<OrgMention>& orgs)
{
    QList<ExtractedEvent> result;
    if (text.trimmed().isEmpty() || orgs.isEmpty()) return result;
    // Dates resolve against the publication date only; without one, what needs it stays undated.
    const std::optional<QDate> published = reference.isValid() ? std::optional<QDate>(reference) : std::nullopt;
    const EventCues& cues = EventCues::bundled();

    const QList<Sentence> sentences = SentenceSplitter::split(text);
    QList<DateMention> dates = DateResolver::findForReport(text, published);
    NameYearFilter::apply(text, dates); // copyright years and years inside names are no event dates
    const SentenceDater dater(text, dates, published);
    const QList<PersonFound> people = PersonFinder::find(text, orgs);

    // the report's main organisation: most mentioned (earliest on ties)
    QHash<QString, int> counts;
    for (const OrgMention& o : orgs) ++counts[o.key];
    QString mainOrg;
    for (const OrgMention& o : orgs)
        if (mainOrg.isEmpty() || counts.value(o.key) > counts.value(mainOrg)) mainOrg = o.key;
    // Named once, an organisation is not what the report is about (an aside in a film review must not become the
    // actor of every undated sentence).
    if (counts.value(mainOrg) < 2) mainOrg.clear();

    // per-sentence facts
    QList<SentInfo> info;
    info.reserve(sentences.size());
    int di = 0, oi = 0;
    bool inHighlights = false;
    int highlightParagraph = -1;
    for (const Sentence& s : sentences) {
        if ((info.size() & 1023) == 0 && Deadline::passed())
            return {}; // over the file's time: the caller fails the file
        SentInfo si;
        si.s = s;
        const QStringView v = QStringView(text).mid(s.start, s.end - s.start);
        while (di < dates.size() && dates[di].start < s.start) ++di;
        for (int k = di; k < dates.size() && dates[k].start < s.end; ++k) si.dates.append(k);
        while (oi < orgs.size() && orgs[oi].start < s.start) ++oi;
        for (int k = oi; k < orgs.size() && orgs[k].start < s.end; ++k) si.orgs.append(k);
        if (s.heading) {
            inHighlights = highlightHeading().match(v.trimmed()).hasMatch();
            highlightParagraph = s.paragraph;
            si.skip = true;
        } else if (inHighlights && !s.bullet && s.paragraph != highlightParagraph) {
            inHighlights = false;
        }
        if (inHighlights && s.bullet) highlightParagraph = s.paragraph;
        si.highlight = inHighlights && !s.heading;
        si.chinese = language == u"zh" || (language != u"en" && isChineseText(v));
        if (!si.skip) {
            si.cls = EventClassifier::classify(v, cues);
            if (si.cls.boilerplate) {
                si.skip = true;
                si.cls = Classification{};
            }
        }
        info.append(si);
    }

    // person references by surname ("Meng met with ...")
    auto peopleIn = [&](const SentInfo& si) {
        QList<PersonMention> found;
        const QStringView v = QStringView(text).mid(si.s.start, si.s.end - si.s.start);
        for (const PersonFound& p : people) {
            if (p.start >= si.s.start && p.end <= si.s.end) {
                addPerson(found, p.person);
                continue;
            }
            const QString surname = p.person.name.section(u' ', 0, 0);
            if (surname.size() < 2 || p.start >= si.s.end || !surname.at(0).isUpper()) continue;
            for (qsizetype at = v.indexOf(surname); at >= 0; at = v.indexOf(surname, at + 1)) {
                const qsizetype e = at + surname.size();
                if (at > 0 && v.at(at - 1).isLetter()) continue;
                if (e < v.size() && v.at(e).isLetter()) continue;
                if (e + 1 < v.size() && v.at(e) == u' ' && v.at(e + 1).isUpper()) continue; // another name
                addPerson(found, p.person);
                break;
            }
        }
        return found;
    };

    // the nearest earlier date a sentence may lend (sentence, mention), per sentence: one pass instead of a scan
    // back through the paragraph for every undated sentence (quadratic in a long paragraph)
    QList<std::pair<int, int>> lastLendableBefore(info.size(), {-1, -1});
    for (int i = 1; i < info.size(); ++i) {
        lastLendableBefore[i] = lastLendableBefore[i - 1];
        const QList<int>& prev = info[i - 1].dates;
        for (qsizetype d = prev.size() - 1; d >= 0; --d) {
            if (!dater.lendable(prev[d])) continue;
            lastLendableBefore[i] = {i - 1, prev[d]};
            break;
        }
    }

    // candidates, one per qualifying sentence
    QList<Candidate> cands;
    QList<int> candOfSentence(info.size(), -1);
    for (int i = 0; i < info.size(); ++i) {
        if ((i & 1023) == 0 && Deadline::passed())
            return {};
        const SentInfo& si = info[i];
        if (si.skip || si.cls.category == Category::Other) continue;
        Candidate c;
        c.sentence = i;
        c.category = si.cls.category;
        c.score = si.cls.score;
        c.highlight = si.highlight;
        c.titleCue = si.cls.best;
        c.titleSentence = i;
        // date: the sentence's own (a date after publication only with a future cue), else one lent by the paragraph
        const SentenceDate own = dater.own(si.s.start, si.s.end, si.dates);
        if (own.kind == SentenceDate::Kind::Dated) {
            c.date = own.date;
            c.timing = own.timing;
            c.dateSource = DateSource::Own;
        } else if (own.kind == SentenceDate::Kind::Unresolved) {
            c.date = own.date; // "on Monday" in a report with no publication date: undated, the rule says why
            c.dateSource = DateSource::Fallback;
        } else {
            bool found = false;
            if (!si.highlight) {
                if (const auto [j, d] = lastLendableBefore[i]; j >= 0 && info[j].s.paragraph == si.s.paragraph) {
                    c.date = dates[d].span;
                    c.dateSource = DateSource::Paragraph;
                    found = true;
                }
                // the previous sentence's event of the same category lends its date (across a paragraph break)
                if (!found && i > 0 && candOfSentence[i - 1] >= 0) {
                    const Candidate& p = cands[candOfSentence[i - 1]];
                    if (p.dateSource != DateSource::Fallback && si.cls.scores[static_cast<size_t>(p.category)] > 0.3 &&
                        !p.highlight) {
                        c.date = p.date;
                        c.timing = p.timing;
                        c.dateSource = DateSource::Context;
                        c.category = p.category;
                        c.score = si.cls.scores[static_cast<size_t>(p.category)];
                        found = true;
                    }
                }
            }
            if (!found) {
                c.date = dater.fallback(); // the publication year, or undated: never the import date
                c.dateSource = DateSource::Fallback;
            }
        }
        if (c.score < (c.dateSource == DateSource::Fallback ? kMinUndatedScore : kMinDatedScore)) continue;
        // organisations
        for (int k : si.orgs) addOrg(c.orgs, orgs[k].key, roleFor(text, orgs[k], si, gazetteer));
        c.people = peopleIn(si);
        for (const PersonMention& p : c.people) {
            if (p.orgKey.isEmpty() || p.role == u"General Secretary") continue;
            const bool known = std::any_of(c.orgs.begin(), c.orgs.end(),
                                           [&](const EventOrgRole& r) { return r.key == p.orgKey; });
            if (!known) addOrg(c.orgs, p.orgKey, hasActor(c.orgs) ? QStringLiteral("partner") : QStringLiteral("actor"));
        }
        // A ministry or regulator acting in its own field (quotas, export controls, rules) is the sentence's own
        // acting party: no subject is borrowed from the previous sentence then.
        const bool ownRegulator = std::any_of(c.orgs.begin(), c.orgs.end(), [](const EventOrgRole& r) { return r.role == u"regulator"; });
        // A sentence that names organisations of its own but none acting ("Prices fell, according to X") borrows
        // an actor only when it opens with a reference back ("It", "The company", "该公司").
        const bool borrowActor = si.orgs.isEmpty() || opensWithReferenceBack(QStringView(text).mid(si.s.start, si.s.end - si.s.start));
        if (!hasActor(c.orgs) && !ownRegulator && borrowActor) {
            // the previous sentence's subject, then the report's main organisation
            QString inherited;
            if (i > 0 && !info[i - 1].orgs.isEmpty() && !si.highlight) inherited = orgs[info[i - 1].orgs.first()].key;
            if (!inherited.isEmpty()) {
                addOrg(c.orgs, inherited, c.orgs.isEmpty() ? QStringLiteral("actor") : QStringLiteral("actor"));
                if (si.orgs.isEmpty()) c.orgSource = OrgSource::Inherited;
            } else if (!mainOrg.isEmpty()) {
                addOrg(c.orgs, mainOrg, QStringLiteral("actor"));
                if (si.orgs.isEmpty()) c.orgSource = OrgSource::Main;
            }
        }
        // the next sentence elaborates the same event (no date of its own, same category): attach its organisations
        if (i + 1 < info.size() && !info[i + 1].skip && info[i + 1].dates.isEmpty() && !si.highlight &&
            info[i + 1].cls.scores[static_cast<size_t>(c.category)] > 0.3) {
            for (int k : info[i + 1].orgs) addOrg(c.orgs, orgs[k].key, roleFor(text, orgs[k], info[i + 1], gazetteer));
        }
        if (c.orgs.isEmpty()) continue;
        const double orgF = c.orgSource == OrgSource::Own ? 1.0 : c.orgSource == OrgSource::Inherited ? 0.6 : 0.4;
        c.confidence = std::clamp(0.15 + 0.35 * c.score + 0.25 * dateFactor(c) + 0.25 * orgF, 0.0, 1.0);
        if (c.highlight) c.confidence *= 0.8;
        candOfSentence[i] = static_cast<int>(cands.size());
        cands.append(c);
        // "released the standard on 20 September; it takes effect on 1 April 2025": the date it takes effect is an
        // event of its own, effective-from
        if (own.kind == SentenceDate::Kind::Dated && own.timing == EventTiming::Reported) {
            const SentenceDate ahead = dater.ahead(si.s.start, si.s.end, si.dates, own.mention);
            if (ahead.kind == SentenceDate::Kind::Dated) {
                Candidate f = c;
                f.date = ahead.date;
                f.timing = ahead.timing;
                cands.append(f);
            }
        }
    }

    // merge: strongest evidence first; a weaker candidate joins an accepted event of the same category with
    // overlapping organisations when the dates match (adjacent sentences) or one date is a coarse container
    QList<int> order(cands.size());
    for (int k = 0; k < cands.size(); ++k) order[k] = k;
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return evidenceRank(cands[a]) > evidenceRank(cands[b]); });
    QList<Candidate> events;
    // Only the events that can take a candidate are compared with it, first created first (as a scan of every event
    // would find them; that scan was quadratic for a report of tens of thousands of dated sentences): the events of
    // the sentences within three of it and, for a coarse date, the events starting in its year.
    QHash<int, int> eventOfSentence;
    QHash<int, QList<int>> eventsOfYear;
    for (int k : order) {
        if ((k & 255) == 0 && Deadline::passed())
            return {};
        const Candidate& c = cands[k];
        Candidate* target = nullptr;
        QList<int> near;
        for (int d = -3; d <= 3; ++d)
            if (const auto it = eventOfSentence.constFind(c.sentence + d); it != eventOfSentence.cend()) near << *it;
        std::sort(near.begin(), near.end());
        const bool coarseDate = c.dateSource == DateSource::Fallback || c.date.precision == Precision::Year;
        const bool everyEvent = coarseDate && c.date.start.year() != c.date.end.year();
        const auto yearIt = eventsOfYear.constFind(c.date.start.year());
        const QList<int> noEvents;
        const QList<int>& inYear = coarseDate && yearIt != eventsOfYear.cend() ? *yearIt : noEvents;
        qsizetype ni = 0, yi = 0;
        int all = 0;
        auto nextEvent = [&]() -> int { // ascending indexes of near ∪ inYear (or of every event)
            if (everyEvent) return all < events.size() ? all++ : -1;
            const int a = ni < near.size() ? near[ni] : INT_MAX;
            const int b = yi < inYear.size() ? inYear[yi] : INT_MAX;
            if (a == INT_MAX && b == INT_MAX) return -1;
            if (a <= b) ++ni;
            if (b <= a) ++yi;
            return std::min(a, b);
        };
        for (int ei = nextEvent(); ei >= 0; ei = nextEvent()) {
            Candidate& e = events[ei];
            if (e.category != c.category) continue;
            // an undated restatement (summary, highlight) of an event this report dates elsewhere
            if (c.dateSource == DateSource::Fallback && contains(c.date, e.date)) {
                target = &e;
                break;
            }
            if (!orgsOverlap(e.orgs, c.orgs)) continue;
            const bool sameDate = e.date == c.date && std::abs(e.sentence - c.sentence) <= 3;
            const bool coarse = (c.dateSource == DateSource::Fallback || c.date.precision == Precision::Year) &&
                                contains(c.date, e.date);
            if (sameDate || coarse || (c.dateSource != DateSource::Own && contains(c.date, e.date) &&
                                       std::abs(e.sentence - c.sentence) <= 3)) {
                target = &e;
                break;
            }
        }
        if (!target) {
            eventOfSentence.insert(c.sentence, static_cast<int>(events.size()));
            eventsOfYear[c.date.start.year()].append(static_cast<int>(events.size()));
            events.append(c);
            continue;
        }
        // an undated restatement lends no organisations (summaries name the group's other activities too)
        if (c.dateSource != DateSource::Fallback && !c.highlight)
            for (const EventOrgRole& r : c.orgs)
                addOrg(target->orgs, r.key,
                       r.role == u"actor" && hasActor(target->orgs) ? QStringLiteral("partner") : r.role);
        for (const PersonMention& p : c.people) addPerson(target->people, p);
        target->confidence = std::max(target->confidence, c.confidence);
        if (target->category == Category::Partnership) target->confidence = std::min(1.0, target->confidence + 0.05);
        const Cue* a = target->titleCue.cue;
        const Cue* b = c.titleCue.cue;
        if (b && !c.highlight &&
            (!a || b->weight > a->weight || (b->weight == a->weight && !b->verb.isEmpty() && a->verb.isEmpty()))) {
            target->titleCue = c.titleCue;
            target->titleSentence = c.titleSentence;
        }
    }

    // build the output
    for (const Candidate& e : events) {
        const SentInfo& ev = info[e.sentence];
        const SentInfo& ts = info[e.titleSentence];
        ExtractedEvent out;
        out.category = e.category;
        out.date = e.date;
        out.timing = e.timing;
        out.organisations = e.orgs;
        out.people = e.people;
        out.confidence = e.confidence;
        out.evidence.start = ev.s.start;
        out.evidence.end = ev.s.end;
        out.evidence.quote = text.mid(ev.s.start, ev.s.end - ev.s.start);
        out.summary = cleanSummary(out.evidence.quote);

        TitleInput ti;
        ti.sentence = QStringView(text).mid(ts.s.start, ts.s.end - ts.s.start);
        ti.cue = ts.cls.category == e.category || e.titleSentence != e.sentence ? e.titleCue : CueHit{};
        if (ti.cue.cue && ti.cue.cue->category != e.category) ti.cue = {};
        ti.category = e.category;
        ti.chinese = ts.chinese;
        for (int k : ts.dates) ti.cutRanges.append({dates[k].start - ts.s.start, dates[k].end - ts.s.start});
        const bool anyHost = std::any_of(e.orgs.begin(), e.orgs.end(),
                                         [](const EventOrgRole& r) { return r.role == u"host"; });
        for (const char* wanted : {"host", "actor", "partner"}) {
            if (anyHost && QLatin1String(wanted) != u"host") break;
            if (QLatin1String(wanted) == u"partner" && e.category != Category::Partnership) break;
            for (const EventOrgRole& r : e.orgs)
                if (ti.subjects.size() < 2 && r.role == QLatin1String(wanted))
                    ti.subjects.append(displayName(r.key, orgs, gazetteer, ti.chinese));
        }
        for (int k : ts.orgs) ti.surfaces.append(orgs[k].name);
        for (const EventOrgRole& r : e.orgs) // else the first organisation that is more than a source or a mention
            if (ti.subjects.isEmpty() && r.role != u"mentioned")
                ti.subjects.append(displayName(r.key, orgs, gazetteer, ti.chinese));
        ti.subjects.removeAll(QString());
        out.title = EventTitle::build(ti, cues);
        result.append(out);
    }
    std::sort(result.begin(), result.end(),
              [](const ExtractedEvent& a, const ExtractedEvent& b) { return a.evidence.start < b.evidence.start; });
    return result;
}

} // namespace lodestone
