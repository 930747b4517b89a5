#include "candidatefinder.h"

#include "util/deadline.h"

#include "amountfinder.h"
#include "util/log.h"

#include <QRegularExpression>
#include <algorithm>
#include <optional>

namespace lodestone {

namespace {

constexpr double kTopicSentence = 0.5;  // a sentence's topic strong enough to name a trigger's category
constexpr double kTopicParagraph = 0.6; // the same from the paragraph around it
constexpr int kMaxAmounts = 4;

bool isClauseBreak(QChar c)
{
    return c == u',' || c == u';' || c == u':' || c == QChar(0x2014) || c == QChar(0xff0c) || c == QChar(0xff1b) ||
           c == QChar(0xff1a) || c == QChar(0x3001);
}

int clauseStart(QStringView s, int pos)
{
    for (int i = std::min(pos, static_cast<int>(s.size())) - 1; i >= 0; --i)
        if (isClauseBreak(s.at(i))) return i + 1;
    return 0;
}

int clauseEnd(QStringView s, int pos)
{
    const int n = static_cast<int>(s.size());
    for (int i = pos; i < n; ++i)
        if (isClauseBreak(s.at(i)) && !(i > 0 && i + 1 < n && s.at(i - 1).isDigit() && s.at(i + 1).isDigit())) return i;
    return n;
}

// "is not a ban", "did not raise", "未签署": the trigger is denied.
bool negated(QStringView s, int pos)
{
    static const QRegularExpression en(QStringLiteral("\\b(?:not|no|never|neither|nor|without|n't)\\s+(?:[\\w'-]+\\s+){0,2}$"),
                                       QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression zh(QStringLiteral("(?:未|没有|不|并非|尚未|无)[\\x{4e00}-\\x{9fff}]?$"));
    const int from = std::max(0, pos - 24);
    const QStringView before = s.mid(from, pos - from);
    return en.match(before).hasMatch() || zh.match(before.right(std::min<qsizetype>(3, before.size()))).hasMatch();
}

// Whether pos lies inside a quotation ("…" or 「…」), counting from the sentence start (which may already be inside one).
bool insideQuote(QStringView s, int pos, bool openAtStart)
{
    int depth = openAtStart ? 1 : 0;
    int straight = 0;
    for (int i = 0; i < pos && i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == QChar(0x201c) || c == QChar(0x300c)) ++depth;
        else if ((c == QChar(0x201d) || c == QChar(0x300d)) && depth > 0) --depth;
        else if (c == u'"') ++straight;
    }
    return depth > 0 || straight % 2 == 1;
}

// "despite price falls in late January", "amid export curbs": a happening named as background to another.
bool backgroundClause(QStringView s, int clauseFrom, int pos)
{
    static const QRegularExpression re(QStringLiteral("(?:\\b(?:despite|amid|amidst|after|following|due to|because of|as a result of|"
                                                      "in response to|in the wake of|ahead of)\\s+(?:[\\w'’-]+\\s+){0,3}$)"
                                                      "|(?:尽管|随着|由于|受)[\\x{4e00}-\\x{9fff}]{0,6}$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(s.mid(clauseFrom, pos - clauseFrom)).hasMatch();
}

// Where the predicate of a trigger ends: the next comma or semicolon (dashes enclose asides, they do not end it).
int hedgeZoneEnd(QStringView s, int from)
{
    const int n = static_cast<int>(s.size());
    for (int i = from; i < n; ++i) {
        const QChar c = s.at(i);
        if ((c == u',' || c == u';' || c == QChar(0xff0c) || c == QChar(0xff1b)) &&
            !(i > 0 && i + 1 < n && s.at(i - 1).isDigit() && s.at(i + 1).isDigit()))
            return i;
    }
    return n;
}

bool isMedia(const ExtractionContext& ctx, const QString& key)
{
    const Organisation* o = ctx.gazetteer.byKey(key);
    return o && o->kind == u"media";
}

struct TriggerUse {
    CueHit hit;
    Category category = Category::Other;
    QString categoryFrom;
    bool fromFallback = false;
    double weight = 0.0;
    std::optional<int> date; // index into ctx.dates
};

double topicOf(const ExtractionContext& ctx, const SentenceFacts& f, Category c, bool* fromParagraph = nullptr)
{
    const auto i = static_cast<size_t>(c);
    const double own = f.topic.scores[i];
    const double para = f.s.paragraph < ctx.paragraphTopic.size() ? ctx.paragraphTopic[f.s.paragraph][i] : 0.0;
    if (fromParagraph) *fromParagraph = own < kTopicSentence && para >= kTopicParagraph;
    return std::max(own, para);
}

// The category a trigger names in this sentence, or nothing when it names none.
bool resolveCategory(const ExtractionContext& ctx, const SentenceFacts& f, TriggerUse& use)
{
    const Cue& cue = *use.hit.cue;
    if (!cue.topical) {
        use.category = cue.category;
        use.categoryFrom = QStringLiteral("trigger");
        use.weight = cue.weight;
        // a general trigger ("was quoted at") names its category only where the sentence or paragraph is about it
        if (!cue.specific && cue.category != Category::Other && topicOf(ctx, f, cue.category) < 0.4) return false;
        return true;
    }
    // the sentence's own topic, then its paragraph's
    int best = -1;
    double bestScore = 0;
    for (int c = 0; c < kCategoryCount; ++c) {
        if (static_cast<Category>(c) == Category::Other) continue;
        const double own = f.topic.scores[static_cast<size_t>(c)];
        if (own >= kTopicSentence && own > bestScore) {
            best = c;
            bestScore = own;
        }
    }
    if (best >= 0) {
        use.categoryFrom = QStringLiteral("topic");
    } else if (f.s.paragraph < ctx.paragraphTopic.size()) {
        for (int c = 0; c < kCategoryCount; ++c) {
            if (static_cast<Category>(c) == Category::Other) continue;
            const double para = ctx.paragraphTopic[f.s.paragraph][static_cast<size_t>(c)];
            if (para >= kTopicParagraph && para > bestScore) {
                best = c;
                bestScore = para;
            }
        }
        if (best >= 0) use.categoryFrom = QStringLiteral("paragraph topic");
    }
    if (best < 0) { // the report's topic: what its body is mostly about
        for (int c = 0; c < kCategoryCount; ++c) {
            if (static_cast<Category>(c) == Category::Other) continue;
            const double sum = ctx.reportTopic[static_cast<size_t>(c)];
            if (sum >= 1.0 && sum > bestScore) {
                best = c;
                bestScore = sum;
            }
        }
        if (best >= 0) {
            use.categoryFrom = QStringLiteral("report topic");
            bestScore = 0.5;
        }
    }
    if (best >= 0) {
        use.category = static_cast<Category>(best);
        use.weight = cue.weight * std::min(1.0, 0.4 + bestScore);
        return true;
    }
    if (cue.hasFallback && cue.kind != TriggerKind::Report) {
        use.category = cue.category;
        use.categoryFrom = QStringLiteral("fallback");
        use.fromFallback = true;
        use.weight = cue.weight * 0.8;
        return true;
    }
    return false;
}

// Triggers that survive: not hedged, negated or quoted; a trigger inside a longer one of at least its weight goes.
QList<TriggerUse> usableTriggers(const ExtractionContext& ctx, const SentenceFacts& f, QStringView v)
{
    QList<TriggerUse> uses;
    const auto logger = log::extract();
    const bool debug = logger->should_log(spdlog::level::debug);
    auto drop = [&](const CueHit& h, const char* why) {
        if (debug)
            logger->debug("trigger {} \"{}\" at {}: {}", h.cue->rule.toStdString(),
                          v.mid(h.start, h.end - h.start).toString().toStdString(), f.s.start + h.start, why);
    };
    for (const CueHit& h : f.triggers) {
        const int cs = clauseStart(v, h.start);
        // a word of a name is no trigger ("…控股股份有限公司", "Rare Earth Exchange")
        const int at = f.s.start + h.start;
        if (std::any_of(f.orgs.cbegin(), f.orgs.cend(), [&](int k) { return ctx.orgs[k].start <= at && at < ctx.orgs[k].end; })) {
            drop(h, "inside a name");
            continue;
        }
        if (negated(v, h.start)) { drop(h, "negated"); continue; }
        if (insideQuote(v, h.start, f.quoteOpenAtStart)) { drop(h, "quoted"); continue; }
        if (backgroundClause(v, cs, h.start)) { drop(h, "background clause"); continue; }
        // the clause up to the trigger and its predicate after it ("First production ... is expected in April")
        const int predicateEnd = hedgeZoneEnd(v, h.end);
        const bool hedged = ctx.cues.isHedged(v.mid(cs, predicateEnd - cs));
        if (hedged && !(h.cue->futureOk && !ctx.cues.isHedged(v.mid(cs, h.start - cs)))) { drop(h, "hedged"); continue; }
        TriggerUse u;
        u.hit = h;
        if (!resolveCategory(ctx, f, u)) {
            if (!h.cue->topical) { drop(h, "no category (no topic)"); continue; }
            u.categoryFrom.clear(); // may still take the category of the sentence's own happening
        }
        if (debug)
            logger->debug("trigger {} \"{}\" at {}: {} from {}", h.cue->rule.toStdString(),
                          v.mid(h.start, h.end - h.start).toString().toStdString(), f.s.start + h.start,
                          categoryKey(u.category).toStdString(), u.categoryFrom.toStdString());
        uses.append(u);
    }
    // nested and overlapping hits: keep the stronger (a happening beats a reporting clause it contains)
    auto rank = [](const TriggerUse& u) {
        return (u.hit.cue->kind == TriggerKind::Report ? 0.0 : 1.0) + (u.hit.cue->specific ? 0.5 : 0.0) + u.hit.cue->weight +
               0.001 * (u.hit.end - u.hit.start);
    };
    QList<TriggerUse> kept;
    std::stable_sort(uses.begin(), uses.end(), [&](const TriggerUse& a, const TriggerUse& b) { return rank(a) > rank(b); });
    for (const TriggerUse& u : uses) {
        const bool clash = std::any_of(kept.cbegin(), kept.cend(), [&](const TriggerUse& k) {
            return u.hit.start < k.hit.end && k.hit.start < u.hit.end;
        });
        if (!clash) kept.append(u);
    }
    std::sort(kept.begin(), kept.end(), [](const TriggerUse& a, const TriggerUse& b) { return a.hit.start < b.hit.start; });
    return kept;
}

bool comparisonCategory(Category c)
{
    return c == Category::MarketPrice || c == Category::Other || c == Category::ProductionQuota;
}

// Gives each date of the sentence to the trigger nearest to it (a date after its verb is closer than one before;
// a lead-in date before the first trigger belongs to the first happening). Comparison points are dropped.
void assignDates(const ExtractionContext& ctx, const SentenceFacts& f, QStringView v, QList<TriggerUse>& uses)
{
    if (uses.isEmpty()) return;
    int firstHappening = -1;
    for (int i = 0; i < uses.size(); ++i)
        if (uses[i].hit.cue->kind != TriggerKind::Report) {
            firstHappening = i;
            break;
        }
    QList<QList<QPair<double, int>>> assigned(uses.size()); // (distance, date index)
    for (int k : f.dates) {
        const DateMention& d = ctx.dates[k];
        const int ds = d.start - f.s.start, de = d.end - f.s.start;
        if (insideQuote(v, ds, f.quoteOpenAtStart)) continue; // a quotation's date belongs to what is quoted
        {   // a date in a hedged clause ("is expected to be built by 2028", "may rise next week") dates nothing
            const int cs = clauseStart(v, ds);
            if (ctx.cues.isHedged(v.mid(cs, hedgeZoneEnd(v, de) - cs))) {
                log::extract()->debug("date \"{}\" at {}: in a hedged clause", d.surface.toStdString(), d.start);
                continue;
            }
        }
        int owner = -1;
        double bestDist = 1e9;
        for (int i = 0; i < uses.size(); ++i) {
            const CueHit& h = uses[i].hit;
            double dist;
            if (ds >= h.end) dist = ds - h.end;
            else if (de <= h.start) dist = h.cue->kind == TriggerKind::Effect ? 1e8 : (h.start - de) * 1.5; // "effective as of X"
            else dist = 0;
            if (dist < bestDist) {
                bestDist = dist;
                owner = i;
            }
        }
        // "On 3 July 2023, X and Y issued ...": a lead-in date dates the first happening
        if (firstHappening >= 0 && de <= uses.first().hit.start &&
            (v.mid(de, uses.first().hit.start - de).contains(u',') || v.mid(de, uses.first().hit.start - de).contains(QChar(0xff0c)))) {
            owner = firstHappening;
            bestDist = 0;
        }
        if (owner < 0) continue;
        const TriggerUse& u = uses[owner];
        if (comparisonCategory(u.category) && u.hit.cue->kind != TriggerKind::Effect) {
            const int from = std::max(0, ds - 40);
            if (ctx.cues.isComparisonLead(v.mid(from, ds - from)) || d.surface.startsWith(QStringLiteral("from "), Qt::CaseInsensitive)) {
                log::extract()->debug("date \"{}\" at {}: a comparison point, no event date", d.surface.toStdString(), d.start);
                continue;
            }
        }
        log::extract()->debug("date \"{}\" at {} dates trigger {} ({})", d.surface.toStdString(), d.start,
                              u.hit.cue->rule.toStdString(), d.span.rule.toStdString());
        assigned[owner].append({bestDist, k});
    }
    // the nearest date, refined by a finer one inside it ("on May 5th ... the prices for May 2023")
    for (int i = 0; i < uses.size(); ++i) {
        std::sort(assigned[i].begin(), assigned[i].end());
        for (const auto& [dist, k] : assigned[i]) {
            const DateSpan& s = ctx.dates[k].span;
            if (!uses[i].date) {
                uses[i].date = k;
                continue;
            }
            const DateSpan& cur = ctx.dates[*uses[i].date].span;
            if (cur.start <= s.start && s.end <= cur.end && static_cast<int>(s.precision) < static_cast<int>(cur.precision))
                uses[i].date = k;
            else if (s.start <= cur.start && cur.end <= s.end)
                continue; // a coarser date around the nearest one adds nothing
        }
    }
}

QString roleFor(const ExtractionContext& ctx, const SentenceFacts& f, const OrgMention& o, const TriggerUse& u,
                const QList<TriggerUse>& all)
{
    const QString& text = ctx.text;
    const int s0 = f.s.start;
    const QStringView before = QStringView(text).mid(std::max(s0, o.start - 8), o.start - std::max(s0, o.start - 8));
    const QStringView after = QStringView(text).mid(o.end, std::min(14, f.s.end - o.end));
    const qsizetype reach = std::max(s0, o.start - 16);
    const QStringView wider = QStringView(text).mid(reach, o.start - reach);
    if (isMedia(ctx, o.key) || wider.endsWith(QStringLiteral("according to "), Qt::CaseInsensitive) ||
        wider.endsWith(QStringLiteral("according to the "), Qt::CaseInsensitive) || before.endsWith(QStringLiteral("据")))
        return QStringLiteral("mentioned");
    if (const Organisation* org = ctx.gazetteer.byKey(o.key)) {
        if ((org->kind == u"ministry" || org->kind == u"regulator" || org->kind == u"agency") &&
            (u.category == Category::PolicyRegulation || u.category == Category::ExportControl ||
             u.category == Category::ProductionQuota))
            return QStringLiteral("regulator");
    }
    // next to a reporting clause ("the ministry said", "said the ministry"): the one who reports
    const int os = o.start - s0, oe = o.end - s0;
    for (const TriggerUse& r : all) {
        if (r.hit.cue->kind != TriggerKind::Report) continue;
        if ((oe <= r.hit.start && r.hit.start - oe <= 3) || (os >= r.hit.end && os - r.hit.end <= 6))
            return QStringLiteral("reporter");
    }
    if (before.endsWith(QStringLiteral("by "), Qt::CaseInsensitive) || before.endsWith(QStringLiteral("由")))
        return QStringLiteral("actor");
    if (after.startsWith(QStringLiteral(" host"), Qt::CaseInsensitive) || after.startsWith(QStringLiteral("主办")) ||
        after.startsWith(QStringLiteral("承办")))
        return QStringLiteral("host");
    if (before.endsWith(QStringLiteral("with "), Qt::CaseInsensitive) || before.endsWith(QStringLiteral("与")) ||
        before.endsWith(QStringLiteral("同")) || before.endsWith(QStringLiteral("和")))
        return QStringLiteral("partner");
    if (os < u.hit.start || oe <= u.hit.end) return QStringLiteral("actor"); // before the verb, or inside "Party committee of X held"
    return u.category == Category::Partnership ? QStringLiteral("partner") : QStringLiteral("subject");
}

// A person named in the sentence, or referred to by surname after being named earlier ("Meng met with ...").
bool personIn(const PersonFound& p, const SentenceFacts& f, QStringView v)
{
    if (p.start >= f.s.start && p.end <= f.s.end) return true;
    const QString surname = p.person.name.section(u' ', 0, 0);
    if (surname.size() < 2 || p.start >= f.s.end || !surname.at(0).isUpper()) return false;
    for (qsizetype at = v.indexOf(surname); at >= 0; at = v.indexOf(surname, at + 1)) {
        const qsizetype e = at + surname.size();
        if (at > 0 && v.at(at - 1).isLetter()) continue;
        if (e < v.size() && v.at(e).isLetter()) continue;
        if (e + 1 < v.size() && v.at(e) == u' ' && v.at(e + 1).isUpper()) continue; // another name
        return true;
    }
    return false;
}

int roleRank(const QString& role)
{
    static const QStringList order = {QStringLiteral("mentioned"), QStringLiteral("subject"), QStringLiteral("partner"),
                                      QStringLiteral("regulator"), QStringLiteral("actor"), QStringLiteral("host")};
    return static_cast<int>(order.indexOf(role));
}

bool hasActor(const QList<EventOrgRole>& orgs)
{
    return std::any_of(orgs.begin(), orgs.end(), [](const EventOrgRole& r) {
        return r.role == u"actor" || r.role == u"host" || r.role == u"regulator";
    });
}

// The sentence opens with a pronoun or a definite "the company"-style reference to an organisation named before.
bool opensWithReferenceBack(QStringView sentence)
{
    static const QRegularExpression en(QStringLiteral("^(?:[^,]{1,40}, ){0,2}(?:[Ii]ts?|[Tt]hey|[Tt]heir|(?:[Tt]he|[Bb]oth) "
                                                      "(?:company|companies|group|firm|miner|producer|ministry|two companies|"
                                                      "two sides|two firms|sides|parties|smelter|exchange|agency|regulator))\\b"));
    static const QStringList zh = {QStringLiteral("该公司"), QStringLiteral("该集团"), QStringLiteral("公司"),
                                   QStringLiteral("集团"), QStringLiteral("其"), QStringLiteral("双方"), QStringLiteral("两家")};
    const QStringView trimmed = sentence.trimmed();
    if (en.match(trimmed).hasMatch()) return true;
    QStringView rest = trimmed;
    if (const qsizetype comma = rest.indexOf(QChar(0xff0c)); comma >= 0 && comma <= 15) rest = rest.mid(comma + 1);
    return std::any_of(zh.cbegin(), zh.cend(), [&](const QString& p) { return trimmed.startsWith(p) || rest.startsWith(p); });
}

} // namespace

void addOrgRole(QList<EventOrgRole>& list, const QString& key, const QString& role)
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

QList<EventCandidate> CandidateFinder::find(const ExtractionContext& ctx)
{
    QList<EventCandidate> out;
    for (int i = 0; i < ctx.sentences.size(); ++i) {
        if ((i & 1023) == 0 && Deadline::passed())
            return out; // over the file's time: the extractor fails the file
        const SentenceFacts& f = ctx.sentences[i];
        if (f.skip || f.triggers.isEmpty()) continue;
        const QStringView v = QStringView(ctx.text).mid(f.s.start, f.s.end - f.s.start);
        QList<TriggerUse> uses = usableTriggers(ctx, f, v);
        if (uses.isEmpty()) continue;
        // a rule taking effect or a topical trigger is about the sentence's own named happening
        // ("promulgated by Decree No. 71 ... and shall come into force")
        for (TriggerUse& u : uses) {
            if (!u.hit.cue->topical) continue;
            for (const TriggerUse& o : uses)
                if (!o.hit.cue->topical && o.hit.cue->kind == TriggerKind::Happening && o.category != Category::Other) {
                    u.category = o.category;
                    u.categoryFrom = QStringLiteral("the sentence's happening");
                    u.weight = std::max(u.weight, u.hit.cue->weight * 0.9);
                    u.fromFallback = false;
                    break;
                }
        }
        uses.erase(std::remove_if(uses.begin(), uses.end(), [](const TriggerUse& u) { return u.categoryFrom.isEmpty(); }), uses.end());
        if (uses.isEmpty()) continue;
        assignDates(ctx, f, v, uses);

        // the reporting clause's date (the first dated one)
        std::optional<int> reportDate;
        for (const TriggerUse& u : uses)
            if (u.hit.cue->kind == TriggerKind::Report && u.date) {
                reportDate = u.date;
                break;
            }
        const bool anyHappening = std::any_of(uses.cbegin(), uses.cend(), [](const TriggerUse& u) {
            return u.hit.cue->kind != TriggerKind::Report;
        });
        bool reportLent = false;
        QList<EventCandidate> here;
        for (const TriggerUse& u : uses) {
            const bool report = u.hit.cue->kind == TriggerKind::Report;
            EventCandidate c;
            c.sentence = i;
            c.trigger = u.hit;
            c.category = u.category;
            c.categoryFrom = u.categoryFrom;
            c.fromFallback = u.fromFallback;
            c.weight = u.weight;
            c.summary = f.summary;
            std::optional<int> date = u.date;
            c.dateSource = date ? DateSource::Own : DateSource::None;
            if (!report && reportDate) {
                const DateSpan& rd = ctx.dates[*reportDate].span;
                if (!date || (date && ctx.dates[*date].span.start <= rd.start && rd.end <= ctx.dates[*date].span.end &&
                              ctx.dates[*date].span.precision != rd.precision)) {
                    date = reportDate;
                    c.dateSource = DateSource::Report;
                    reportLent = true;
                }
            }
            if (report) {
                // a dated reporting clause is an event of its own only where no happening took its date
                if (!date) continue;
                if (anyHappening) {
                    const bool lent = std::any_of(uses.cbegin(), uses.cend(), [&](const TriggerUse& o) {
                        return o.hit.cue->kind != TriggerKind::Report && !o.date;
                    });
                    if (lent) continue;
                    // its category: the sentence's topic, else its first happening's
                    if (c.categoryFrom != u"topic")
                        for (const TriggerUse& o : uses)
                            if (o.hit.cue->kind != TriggerKind::Report) {
                                c.category = o.category;
                                break;
                            }
                }
            }
            if (date) {
                c.date = ctx.dates[*date].span;
                c.dateSurface = ctx.dates[*date].surface;
            }
            here.append(c);
        }
        Q_UNUSED(reportLent);
        // one event per category and date in a sentence: the strongest trigger names it
        QList<EventCandidate> merged;
        for (const EventCandidate& c : here) {
            auto same = std::find_if(merged.begin(), merged.end(), [&](const EventCandidate& m) {
                return m.category == c.category && m.dateSource != DateSource::None && c.dateSource != DateSource::None &&
                       m.date == c.date;
            });
            if (same == merged.end()) {
                auto undated = std::find_if(merged.begin(), merged.end(), [&](const EventCandidate& m) {
                    return m.category == c.category && (m.dateSource == DateSource::None || c.dateSource == DateSource::None);
                });
                if (undated != merged.end()) same = undated;
            }
            if (same == merged.end()) {
                merged.append(c);
                continue;
            }
            const bool better = (c.trigger.cue->kind != TriggerKind::Report && same->trigger.cue->kind == TriggerKind::Report) ||
                                (c.trigger.cue->specific && !same->trigger.cue->specific);
            if (same->dateSource == DateSource::None && c.dateSource != DateSource::None) {
                same->date = c.date;
                same->dateSource = c.dateSource;
                same->dateSurface = c.dateSurface;
            }
            if (better) {
                same->trigger = c.trigger;
                same->weight = std::max(same->weight, c.weight);
                same->categoryFrom = c.categoryFrom;
            }
        }

        // organisations, people and amounts
        const QList<AmountMention> amounts = AmountFinder::find(v);
        for (EventCandidate& c : merged) {
            TriggerUse self;
            self.hit = c.trigger;
            self.category = c.category;
            for (int k : f.orgs) addOrgRole(c.orgs, ctx.orgs[k].key, roleFor(ctx, f, ctx.orgs[k], self, uses));
            const bool actor = hasActor(c.orgs);
            for (EventOrgRole& r : c.orgs)
                if (r.role == u"reporter") r.role = actor || isMedia(ctx, r.key) ? QStringLiteral("mentioned") : QStringLiteral("actor");
            // a sentence with no organisation borrows its actor only for a happening that names itself (not a
            // statistic or a price quote: "the world's largest producer exported 721 kg")
            const bool specific = c.trigger.cue && c.trigger.cue->specific;
            const bool borrow = (f.orgs.isEmpty() && specific) || opensWithReferenceBack(v);
            if (!hasActor(c.orgs) && borrow) {
                QString inherited;
                if (i > 0 && !ctx.sentences[i - 1].orgs.isEmpty() && !f.summary)
                    for (int k : ctx.sentences[i - 1].orgs)
                        if (!isMedia(ctx, ctx.orgs[k].key)) {
                            inherited = ctx.orgs[k].key;
                            break;
                        }
                if (inherited.isEmpty()) inherited = ctx.mainOrg;
                addOrgRole(c.orgs, inherited, QStringLiteral("actor"));
            }
            for (const PersonFound& p : ctx.people) {
                if (!personIn(p, f, v)) continue;
                if (std::none_of(c.people.cbegin(), c.people.cend(), [&](const PersonMention& q) { return q.name == p.person.name; }))
                    c.people.append(p.person);
                if (!p.person.orgKey.isEmpty() && p.person.role != u"General Secretary" &&
                    std::none_of(c.orgs.cbegin(), c.orgs.cend(), [&](const EventOrgRole& r) { return r.key == p.person.orgKey; }))
                    addOrgRole(c.orgs, p.person.orgKey, hasActor(c.orgs) ? QStringLiteral("partner") : QStringLiteral("actor"));
            }
            const int from = clauseStart(v, c.trigger.start);
            const int to = clauseEnd(v, c.trigger.end);
            c.clauseActor = std::any_of(f.orgs.cbegin(), f.orgs.cend(), [&](int k) {
                const int os = ctx.orgs[k].start - f.s.start;
                return os >= from && os < c.trigger.end && !isMedia(ctx, ctx.orgs[k].key);
            });
            for (const AmountMention& a : amounts)
                if (c.amounts.size() < kMaxAmounts && a.start >= from && a.end <= to) c.amounts << a.text;
            for (const AmountMention& a : amounts) // then the rest of the sentence
                if (c.amounts.size() < kMaxAmounts && !c.amounts.contains(a.text)) c.amounts << a.text;
            out.append(c);
        }
    }
    return out;
}

} // namespace lodestone
