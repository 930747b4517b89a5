#pragma once
// Turns each sentence's happening triggers into event candidates: drops hedged, negated and quoted ones,
// decides the category (the trigger's own, else the sentence's or paragraph's topic, else a fallback), gives
// each trigger the dates nearest to it (a comparison point such as "up 4% from August" is no event date; a
// reporting clause's date dates what it reports) and the organisations with their roles. Several events per
// sentence when its triggers carry different dates. Pure function, usable from any thread.
#include "eventcandidate.h"

namespace lodestone {

class CandidateFinder final {
public:
    static QList<EventCandidate> find(const ExtractionContext& ctx);
};

} // namespace lodestone
