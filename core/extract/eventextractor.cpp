#include "eventextractor.h"

#include "candidatefinder.h"
#include "eventmerger.h"
#include "eventtitle.h"
#include "futurecues.h"
#include "nameyearfilter.h"
#include "sentencedater.h"
#include "util/deadline.h"

#include <QHash>
#include <algorithm>

namespace lodestone {

namespace {

bool isChineseText(QStringView v)
{
    int han = 0, latin = 0;
    for (QChar c : v) {
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff) ++han;
        else if (c.isLetter()) ++latin;
    }
    return han > 0 && han * 2 >= latin;
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

QString dateSourceText(const EventCandidate& c)
{
    switch (c.dateSource) {
    case DateSource::Own: return QStringLiteral("its own date \u201c%1\u201d").arg(c.dateSurface);
    case DateSource::Report: return QStringLiteral("the date of its reporting clause \u201c%1\u201d").arg(c.dateSurface);
    case DateSource::Previous: return QStringLiteral("the date of the report's previous event of its kind");
    case DateSource::Related: return QStringLiteral("the date of a dated event of the same organisations \u201c%1\u201d").arg(c.dateSurface);
    case DateSource::None: break;
    }
    return QStringLiteral("none");
}

double dateFactor(const EventCandidate& c)
{
    const double base = c.date.precision == Precision::Day ? 1.0
                        : c.date.precision == Precision::Month ? 0.8
                        : c.date.precision == Precision::Quarter ? 0.7 : 0.6;
    switch (c.dateSource) {
    case DateSource::Own: return base;
    case DateSource::Report: return base * 0.95;
    case DateSource::Previous: return base * 0.8;
    case DateSource::Related: return base * 0.5;
    case DateSource::None: break;
    }
    return 0.2;
}

// The name an analyst reads in a title: the acronym a ministry goes by ("MOFCOM"), else its English name;
// in Chinese its shortest Chinese name (or how the sentence writes it).
QString displayName(const ExtractionContext& ctx, const QString& key, bool chinese, const QList<int>& sentenceOrgs)
{
    if (const Organisation* o = ctx.gazetteer.byKey(key)) {
        if (chinese) {
            for (int k : sentenceOrgs)
                if (ctx.orgs[k].key == key && isChineseText(ctx.orgs[k].name)) return ctx.orgs[k].name;
            QString best = o->nameZh;
            for (const OrgAlias& a : o->aliases)
                if (a.language == u"zh" && a.text.size() >= 2 && (best.isEmpty() || a.text.size() < best.size())) best = a.text;
            if (!best.isEmpty()) return best;
        }
        bool acronymWritten = false;
        for (int k : sentenceOrgs)
            if (ctx.orgs[k].key == key && ctx.orgs[k].name.size() <= 7 && ctx.orgs[k].name == ctx.orgs[k].name.toUpper())
                acronymWritten = true;
        if (acronymWritten)
            for (const OrgAlias& a : o->aliases)
                if (a.text.size() >= 3 && a.text.size() <= 7 && std::all_of(a.text.cbegin(), a.text.cend(), [](QChar c) {
                        return c.unicode() < 0x80 && c.isUpper();
                    }))
                    return a.text;
        if (!o->nameEn.isEmpty()) return o->nameEn;
        return o->nameZh;
    }
    for (const OrgMention& m : ctx.orgs)
        if (m.key == key) return m.name;
    return {};
}

} // namespace

QList<ExtractedEvent> EventExtractor::extract(const QString& text, QDate reference, const Gazetteer& gazetteer,
                                              const QString& language)
{
    if (text.trimmed().isEmpty()) return {};
    return extract(text, reference, gazetteer, language, gazetteer.findMentions(text));
}

QList<ExtractedEvent> EventExtractor::extract(const QString& text, QDate reference, const Gazetteer& gazetteer,
                                              const QString& language, const QList<OrgMention>& mentions)
{
    const TextLayout layout = PageFurniture::bundled().detect(text);
    return extract(text, reference, gazetteer, language, mentions, layout);
}

QList<ExtractedEvent> EventExtractor::extract(const QString& original, QDate reference, const Gazetteer& gazetteer,
                                              const QString& language, const QList<OrgMention>& mentions,
                                              const TextLayout& layout, const QString& analysis)
{
    QList<ExtractedEvent> result;
    if (original.trimmed().isEmpty()) return result;
    const QString text = layout.masked(analysis.size() == original.size() ? analysis : original);
    // Dates resolve against the publication date only: without one, what needs it ("on Monday") stays undated,
    // never placed against the day of the import.
    const std::optional<QDate> published = reference.isValid() ? std::optional<QDate>(reference) : std::nullopt;
    ExtractionContext ctx{text, reference, gazetteer, EventCues::bundled(), layout, {}, {}, {}, {}, {}, {}};
    for (const OrgMention& m : mentions)
        if (!layout.isFurniture(m.start, m.end)) ctx.orgs.append(m);
    const QList<Sentence> sentences = SentenceSplitter::split(text);
    ctx.dates = DateResolver::findForReport(text, published);
    NameYearFilter::apply(text, ctx.dates); // copyright years and years inside names are no event dates
    const SentenceDater dater(text, ctx.dates, published);
    ctx.people = PersonFinder::find(text, ctx.orgs);

    // the report's main organisation: most named, twice or more (earliest on ties), not a news source
    QHash<QString, int> counts;
    for (const OrgMention& o : ctx.orgs) ++counts[o.key];
    for (const OrgMention& o : ctx.orgs) {
        const Organisation* g = gazetteer.byKey(o.key);
        if (g && g->kind == u"media") continue;
        if (ctx.mainOrg.isEmpty() || counts.value(o.key) > counts.value(ctx.mainOrg)) ctx.mainOrg = o.key;
    }
    if (counts.value(ctx.mainOrg) < 2) ctx.mainOrg.clear();

    // per-sentence facts
    int di = 0, oi = 0;
    bool quoteOpen = false;
    int lastParagraph = -1;
    for (const Sentence& s : sentences) {
        if ((ctx.sentences.size() & 1023) == 0 && Deadline::passed())
            return {}; // over the file's time: the caller fails the file
        SentenceFacts f;
        f.s = s;
        const QStringView v = QStringView(text).mid(s.start, s.end - s.start);
        while (di < ctx.dates.size() && ctx.dates[di].start < s.start) ++di;
        for (int k = di; k < ctx.dates.size() && ctx.dates[k].start < s.end; ++k) f.dates.append(k);
        while (oi < ctx.orgs.size() && ctx.orgs[oi].start < s.start) ++oi;
        for (int k = oi; k < ctx.orgs.size() && ctx.orgs[k].start < s.end; ++k) f.orgs.append(k);
        f.chinese = language == u"zh" || (language != u"en" && isChineseText(v));
        f.summary = layout.isHeadline(s.start) || layout.isSummary(s.start);
        if (s.paragraph != lastParagraph) quoteOpen = false;
        lastParagraph = s.paragraph;
        f.quoteOpenAtStart = quoteOpen;
        for (QChar c : v) {
            if (c == QChar(0x201c) || c == QChar(0x300c)) quoteOpen = true;
            else if (c == QChar(0x201d) || c == QChar(0x300d)) quoteOpen = false;
        }
        f.skip = s.heading && !layout.isHeadline(s.start);
        if (!f.skip) {
            const CueScan scan = ctx.cues.scan(v);
            if (scan.boilerplate) {
                f.skip = true;
            } else {
                f.topic = EventClassifier::classify(scan);
                f.triggers = scan.triggers;
            }
        }
        ctx.sentences.append(f);
    }
    // per-paragraph topics (noisy-or of the sentences')
    for (const SentenceFacts& f : ctx.sentences) {
        while (ctx.paragraphTopic.size() <= f.s.paragraph) {
            std::array<double, kCategoryCount> none{};
            ctx.paragraphTopic.append(none);
        }
        auto& p = ctx.paragraphTopic[f.s.paragraph];
        for (size_t c = 0; c < static_cast<size_t>(kCategoryCount); ++c) {
            p[c] = 1.0 - (1.0 - p[c]) * (1.0 - f.topic.scores[c]);
            ctx.reportTopic[c] += f.topic.scores[c];
        }
        // what the report's own happenings are about counts too ("build a new separation facility")
        for (const CueHit& h : f.triggers)
            if (!h.cue->topical && h.cue->weight > 0 && h.cue->category != Category::Other)
                ctx.reportTopic[static_cast<size_t>(h.cue->category)] += h.cue->weight;
    }

    if (Deadline::passed())
        return {};
    const QList<EventCandidate> events = EventMerger::merge(ctx, CandidateFinder::find(ctx));
    if (Deadline::passed())
        return {};

    const EventCues& cues = ctx.cues;
    for (qsizetype ei = 0; ei < events.size(); ++ei) {
        EventCandidate e = events[ei];
        const SentenceFacts& f = ctx.sentences[e.sentence];
        if (e.orgs.isEmpty() && e.dateSource == DateSource::Own) {
            // "The controls took effect on August 1": a dated happening of what an earlier sentence (at most three
            // back) reported, of the same kind, is that earlier event's organisations' doing
            for (qsizetype pi = ei - 1; pi >= 0 && e.sentence - events[pi].sentence <= 3; --pi)
                if (events[pi].category == e.category && !events[pi].orgs.isEmpty()) {
                    e.orgs = events[pi].orgs;
                    break;
                }
        }
        const bool hasOrgs = !e.orgs.isEmpty();
        if (!hasOrgs) continue; // a happening nobody named takes part in is not an event an analyst can follow
        const bool ownOrgs = std::any_of(f.orgs.cbegin(), f.orgs.cend(), [&](int k) {
            return std::any_of(e.orgs.cbegin(), e.orgs.cend(), [&](const EventOrgRole& r) { return r.key == ctx.orgs[k].key; });
        });
        const double orgF = ownOrgs ? 1.0 : hasOrgs ? 0.5 : 0.2;
        e.confidence = std::clamp(0.15 + 0.35 * std::min(1.0, e.weight) + 0.25 * dateFactor(e) + 0.25 * orgF, 0.0, 1.0);
        if (e.summary) e.confidence *= 0.8;

        // The event's date against the publication date (SentenceDater): a date after publication stands only with a
        // word saying it is still ahead ("will", "from", "takes effect", 将, 起施行) and marks the event planned or
        // effective-from; a partial date bound to such a word moves to its next occurrence; one that needs the
        // publication date the report lacks leaves the event undated.
        EventTiming timing = EventTiming::Reported;
        int mention = -1;
        for (int k : f.dates)
            if (ctx.dates[k].span == e.date && ctx.dates[k].span.rule == e.date.rule) {
                mention = k;
                break;
            }
        if (mention >= 0) {
            const SentenceDate sd = dater.settle(f.s.start, f.s.end, mention);
            if (sd.kind == SentenceDate::Kind::None) continue;
            e.date = sd.date;
            timing = sd.timing;
        } else if (published && e.date.isValid() && e.date.start > *published) {
            const FutureCues::Hit hit = FutureCues::find(QStringView(text).mid(f.s.start, f.s.end - f.s.start));
            if (!hit) continue;
            timing = hit.timing;
        }

        ExtractedEvent out;
        out.category = e.category;
        out.date = e.date;
        out.timing = timing;
        out.organisations = e.orgs;
        out.people = e.people;
        out.confidence = e.confidence;
        out.amounts = e.amounts;
        out.evidence.start = f.s.start;
        out.evidence.end = f.s.end;
        out.evidence.quote = original.mid(f.s.start, f.s.end - f.s.start);
        out.evidence.confidence = e.confidence;
        out.summary = cleanSummary(out.evidence.quote);
        const QStringView v = QStringView(text).mid(f.s.start, f.s.end - f.s.start);
        if (e.trigger.cue) {
            out.evidence.trigger = v.mid(e.trigger.start, e.trigger.end - e.trigger.start).toString().simplified();
            out.evidence.rule = QStringLiteral("%1 (\u201c%2\u201d) · category from %3 · date from %4")
                                    .arg(e.trigger.cue->rule, e.trigger.cue->text, e.categoryFrom, dateSourceText(e));
        }

        const bool otherTitle = e.titleSentence >= 0 && e.titleSentence != e.sentence;
        const SentenceFacts& tf = otherTitle ? ctx.sentences[e.titleSentence] : f;
        TitleInput ti;
        ti.sentence = QStringView(text).mid(tf.s.start, tf.s.end - tf.s.start);
        ti.cue = otherTitle ? e.titleTrigger : e.trigger;
        ti.category = e.category;
        ti.chinese = tf.chinese;
        ti.amounts = e.amounts;
        for (int k : tf.dates) ti.cutRanges.append({ctx.dates[k].start - tf.s.start, ctx.dates[k].end - tf.s.start});
        const bool anyHost = std::any_of(e.orgs.begin(), e.orgs.end(), [](const EventOrgRole& r) { return r.role == u"host"; });
        for (const char* wanted : {"host", "actor", "regulator", "partner"}) {
            if (anyHost && QLatin1String(wanted) != u"host") break;
            if (QLatin1String(wanted) == u"partner" && e.category != Category::Partnership) break;
            for (const EventOrgRole& r : e.orgs)
                if (ti.subjects.size() < 2 && r.role == QLatin1String(wanted)) {
                    const QString name = displayName(ctx, r.key, ti.chinese, tf.orgs);
                    if (!ti.subjects.contains(name)) ti.subjects.append(name);
                }
        }
        for (int k : tf.orgs) ti.surfaces.append(ctx.orgs[k].name);
        ti.subjects.removeAll(QString());
        out.title = EventTitle::build(ti, cues);
        result.append(out);
    }
    std::sort(result.begin(), result.end(),
              [](const ExtractedEvent& a, const ExtractedEvent& b) { return a.evidence.start < b.evidence.start; });
    return result;
}

} // namespace lodestone
