#include "eventclassifier.h"

#include <QSet>
#include <algorithm>

namespace lodestone {

Classification EventClassifier::classify(QStringView sentence)
{
    return classify(sentence, EventCues::bundled());
}

Classification EventClassifier::classify(QStringView sentence, const EventCues& cues)
{
    return classify(cues.scan(sentence));
}

Classification EventClassifier::classify(const CueScan& scan)
{
    Classification c;
    c.hits = scan.hits;
    c.commentary = scan.commentary;
    c.boilerplate = scan.boilerplate;
    if (c.hits.isEmpty()) return c;
    // A cue with a negative weight is an idiom ("gold standard", "standard of living"): hits of its category
    // that lie inside it do not count.
    auto insideIdiom = [&c](const CueHit& h) {
        return std::any_of(c.hits.cbegin(), c.hits.cend(), [&h](const CueHit& n) {
            return n.cue->weight < 0 && n.cue->category == h.cue->category && n.start <= h.start && h.end <= n.end;
        });
    };
    // noisy-or of distinct cue weights per category
    std::array<double, kCategoryCount> miss;
    miss.fill(1.0);
    std::array<const CueHit*, kCategoryCount> strongest{};
    QSet<const Cue*> seen;
    for (const CueHit& h : c.hits) {
        if (seen.contains(h.cue) || h.cue->weight <= 0 || insideIdiom(h)) continue;
        seen.insert(h.cue);
        const auto i = static_cast<size_t>(h.cue->category);
        miss[i] *= (1.0 - std::clamp(h.cue->weight, 0.0, 1.0));
        const CueHit*& s = strongest[i];
        // the strongest cue; among equals prefer one with a headline verb, then the longer one
        if (!s || h.cue->weight > s->cue->weight ||
            (h.cue->weight == s->cue->weight &&
             (!h.cue->verb.isEmpty() > !s->cue->verb.isEmpty() ||
              (h.cue->verb.isEmpty() == s->cue->verb.isEmpty() && h.end - h.start > s->end - s->start))))
            s = &h;
    }
    const double penalty = c.commentary == 0 ? 1.0 : c.commentary == 1 ? 0.6 : 0.4;
    size_t bestIdx = kCategoryCount;
    for (size_t i = 0; i < static_cast<size_t>(kCategoryCount); ++i) {
        c.scores[i] = (1.0 - miss[i]) * penalty;
        if (strongest[i] && (bestIdx == kCategoryCount || c.scores[i] > c.scores[bestIdx])) bestIdx = i;
    }
    if (bestIdx == kCategoryCount) return c;
    c.category = static_cast<Category>(bestIdx);
    c.score = c.scores[bestIdx];
    c.best = *strongest[bestIdx];
    return c;
}

} // namespace lodestone
