#include "eventmerger.h"

#include "util/deadline.h"

#include <QHash>

#include <algorithm>

namespace lodestone {

namespace {

bool contains(const DateSpan& outer, const DateSpan& inner)
{
    return outer.start <= inner.start && inner.end <= outer.end;
}

bool parties(const EventOrgRole& r) { return r.role != u"mentioned"; }

bool orgsOverlap(const QList<EventOrgRole>& a, const QList<EventOrgRole>& b)
{
    for (const EventOrgRole& x : a)
        for (const EventOrgRole& y : b)
            if (x.key == y.key && parties(x) && parties(y)) return true;
    return false;
}

bool hasParties(const QList<EventOrgRole>& a) { return std::any_of(a.cbegin(), a.cend(), parties); }

struct Accumulated {
    EventCandidate main;   // the mention that names and dates the event
    int firstSentence = 0;
    int lastSentence = 0;
};

// How well a candidate names its event: a body mention with its own, finer date and a specific trigger wins.
double strength(const EventCandidate& c)
{
    double r = c.summary ? 0 : 8;
    if (c.dateSource == DateSource::Own) r += 4;
    else if (c.dateSource == DateSource::Report) r += 3;
    else if (c.dateSource != DateSource::None) r += 1;
    if (c.dateSource != DateSource::None) r += (3 - static_cast<int>(c.date.precision)) * 0.5;
    if (c.trigger.cue && c.trigger.cue->kind != TriggerKind::Report) r += 1;
    if (c.trigger.cue && c.trigger.cue->specific) r += 1;
    return r + c.weight;
}

void absorb(Accumulated& e, const EventCandidate& c, bool lendOrgs)
{
    // a meeting or a statement is named by what it did ("met ... pledged to deepen cooperation")
    if (e.main.titleSentence < 0 && !c.summary && c.trigger.cue && c.trigger.cue->specific && c.trigger.cue->kind == TriggerKind::Happening &&
        e.main.trigger.cue && (e.main.trigger.cue->kind == TriggerKind::Meeting || e.main.trigger.cue->kind == TriggerKind::Report) &&
        c.category == e.main.category) {
        e.main.titleSentence = c.sentence;
        e.main.titleTrigger = c.trigger;
    }
    if (lendOrgs) {
        const bool actor = std::any_of(e.main.orgs.cbegin(), e.main.orgs.cend(), [](const EventOrgRole& r) { return r.role == u"actor"; });
        for (const EventOrgRole& r : c.orgs)
            addOrgRole(e.main.orgs, r.key, r.role == u"actor" && actor ? QStringLiteral("partner") : r.role);
    }
    for (const PersonMention& p : c.people)
        if (std::none_of(e.main.people.cbegin(), e.main.people.cend(), [&](const PersonMention& q) { return q.name == p.name; }))
            e.main.people.append(p);
    for (const QString& a : c.amounts)
        if (e.main.amounts.size() < 6 && !e.main.amounts.contains(a)) e.main.amounts << a;
    e.firstSentence = std::min(e.firstSentence, c.sentence);
    e.lastSentence = std::max(e.lastSentence, c.sentence);
    if (strength(c) > strength(e.main)) {
        const QList<EventOrgRole> orgs = e.main.orgs;
        const QList<PersonMention> people = e.main.people;
        const QStringList amounts = e.main.amounts;
        const DateSpan date = e.main.date;
        const DateSource source = e.main.dateSource;
        const QString surface = e.main.dateSurface;
        e.main = c;
        e.main.orgs = orgs;
        e.main.people = people;
        e.main.amounts = amounts;
        for (const EventOrgRole& r : c.orgs) addOrgRole(e.main.orgs, r.key, r.role);
        // the finer of two dates the same happening is given
        if (c.dateSource == DateSource::None || (source != DateSource::None && contains(c.date, date) && !(c.date == date))) {
            e.main.date = date;
            e.main.dateSource = source;
            e.main.dateSurface = surface;
        }
    } else if (c.dateSource != DateSource::None && e.main.dateSource != DateSource::None && contains(e.main.date, c.date) &&
               !(e.main.date == c.date)) {
        e.main.date = c.date;
        e.main.dateSource = c.dateSource;
        e.main.dateSurface = c.dateSurface;
    }
    e.main.weight = std::max(e.main.weight, c.weight);
}

} // namespace

QList<EventCandidate> EventMerger::merge(const ExtractionContext& ctx, const QList<EventCandidate>& candidates)
{
    QList<Accumulated> events;
    auto dated = [](const EventCandidate& c) { return c.dateSource != DateSource::None; };

    // 1. dated body mentions. Only the events that can take a candidate are compared with it, first created first
    // (as a scan of all would find them, without the scan: a long text full of dates makes thousands): those with
    // its category and date, and those with a mention within three sentences of it.
    QHash<QString, QList<int>> byDate;       // "category/start/end" -> events, in creation order
    QHash<int, QList<int>> bySentence;       // sentence of an absorbed mention -> events
    auto dateKey = [](Category cat, const DateSpan& d) {
        return QStringLiteral("%1/%2/%3").arg(static_cast<int>(cat)).arg(d.start.toJulianDay()).arg(d.end.toJulianDay());
    };
    auto index = [&](int ei, const EventCandidate& c) {
        QList<int>& same = byDate[dateKey(events[ei].main.category, events[ei].main.date)];
        if (same.isEmpty() || same.last() != ei) same.append(ei);
        QList<int>& near = bySentence[c.sentence];
        if (near.isEmpty() || near.last() != ei) near.append(ei);
    };
    int seen = 0;
    for (const EventCandidate& c : candidates) {
        if ((++seen & 255) == 0 && Deadline::passed())
            return {}; // over the file's time: the extractor fails the file
        if (c.summary || !dated(c)) continue;
        QList<int> maybe = byDate.value(dateKey(c.category, c.date));
        for (int d = -3; d <= 3; ++d)
            maybe += bySentence.value(c.sentence + d);
        std::sort(maybe.begin(), maybe.end());
        maybe.erase(std::unique(maybe.begin(), maybe.end()), maybe.end());
        int target = -1;
        for (int ei : std::as_const(maybe)) {
            const Accumulated& e = events[ei];
            if (e.main.category != c.category) continue;
            const int gap = std::min(std::abs(c.sentence - e.lastSentence), std::abs(c.sentence - e.firstSentence));
            const bool overlap = orgsOverlap(e.main.orgs, c.orgs);
            const bool loose = !hasParties(e.main.orgs) || !hasParties(c.orgs);
            const bool sameDate = e.main.date == c.date && (overlap || (loose && gap <= 2) || gap <= 1);
            const bool nested = (contains(e.main.date, c.date) || contains(c.date, e.main.date)) && overlap && gap <= 3;
            if (sameDate || nested) {
                target = ei;
                break;
            }
        }
        if (target >= 0) {
            absorb(events[target], c, true);
        } else {
            target = static_cast<int>(events.size());
            events.append({c, c.sentence, c.sentence});
        }
        index(target, c);
    }

    // 2. undated body mentions join the nearest event of their kind; a specific happening of a dated event's
    //    organisations takes that event's date; a happening that follows a meeting names what the meeting did
    QHash<int, QList<int>> byCategory;
    for (qsizetype ei = 0; ei < events.size(); ++ei)
        byCategory[static_cast<int>(events[ei].main.category)].append(static_cast<int>(ei));
    for (const EventCandidate& c : candidates) {
        if ((++seen & 255) == 0 && Deadline::passed())
            return {};
        if (c.summary || dated(c)) continue;
        Accumulated* target = nullptr;
        int best = 1 << 30;
        for (int ei : byCategory.value(static_cast<int>(c.category))) {
            Accumulated& e = events[ei];
            const int d = c.sentence >= e.firstSentence ? c.sentence - e.lastSentence : (e.firstSentence - c.sentence) * 2;
            if (std::abs(d) < best) {
                best = std::abs(d);
                target = &e;
            }
        }
        if (target) {
            // an undated mention elaborates the event before it; one before the event lends it no organisations
            // unless they are the event's own
            const bool before = c.sentence < target->firstSentence;
            absorb(*target, c, !before || orgsOverlap(target->main.orgs, c.orgs));
            continue;
        }
        for (Accumulated& e : events) {
            if (!e.main.fromFallback || c.sentence - e.lastSentence > 1 || c.sentence < e.firstSentence) continue;
            if (!orgsOverlap(e.main.orgs, c.orgs) && hasParties(c.orgs)) continue;
            e.main.category = c.category; // "the two sides met ... and pledged to deepen cooperation"
            byCategory[static_cast<int>(c.category)].append(static_cast<int>(&e - events.data()));
            e.main.fromFallback = false;
            e.main.categoryFrom = c.categoryFrom;
            absorb(e, c, true);
            e.main.titleSentence = c.sentence; // what the meeting did names it
            e.main.titleTrigger = c.trigger;
            target = &e;
            break;
        }
        if (!target && !ctx.reference.isValid()) {
            // no publication date and no date of its own: the event keeps no day (undated), never today's
            EventCandidate u = c;
            u.date = DateSpan();
            u.date.rule = QStringLiteral("undated: no date in the sentence and no publication date");
            byCategory[static_cast<int>(u.category)].append(static_cast<int>(events.size()));
            events.append({u, u.sentence, u.sentence});
            continue;
        }
        if (target || !c.trigger.cue || !c.trigger.cue->specific || !c.clauseActor) continue;
        Accumulated* anchor = nullptr;
        for (Accumulated& e : events) {
            if (!orgsOverlap(e.main.orgs, c.orgs)) continue;
            if (!anchor || std::abs(e.main.sentence - c.sentence) < std::abs(anchor->main.sentence - c.sentence)) anchor = &e;
        }
        if (!anchor) continue;
        EventCandidate r = c;
        r.date = anchor->main.date;
        r.dateSurface = anchor->main.dateSurface;
        r.dateSource = DateSource::Related;
        byCategory[static_cast<int>(r.category)].append(static_cast<int>(events.size()));
        events.append({r, r.sentence, r.sentence});
    }

    // 3. headline, standfirst and highlights confirm body events of their kind and date
    for (const EventCandidate& c : candidates) {
        if (!c.summary) continue;
        Accumulated* target = nullptr;
        for (Accumulated& e : events) {
            if (e.main.category != c.category) continue;
            if (dated(c) && !(contains(c.date, e.main.date) || contains(e.main.date, c.date))) continue;
            if (!target || (orgsOverlap(e.main.orgs, c.orgs) && !orgsOverlap(target->main.orgs, c.orgs))) target = &e;
        }
        if (target) absorb(*target, c, dated(c));
        else if (dated(c)) events.append({c, c.sentence, c.sentence});
    }

    QList<EventCandidate> out;
    out.reserve(events.size());
    for (const Accumulated& e : events) out.append(e.main);
    std::sort(out.begin(), out.end(), [](const EventCandidate& a, const EventCandidate& b) { return a.sentence < b.sentence; });
    return out;
}

} // namespace lodestone
