#pragma once
// Joins a report's event candidates into its events: one happening = one event. Dated mentions of the same
// kind and date (and organisations) merge; an undated mention joins the report's nearest event of its kind,
// or — for a specific happening of the organisations of a dated event — takes that event's date; headline,
// standfirst and highlight mentions only confirm body events (or stand alone when they carry a date).
// Pure function, usable from any thread.
#include "eventcandidate.h"

namespace lodestone {

class EventMerger final {
public:
    static QList<EventCandidate> merge(const ExtractionContext& ctx, const QList<EventCandidate>& candidates);
};

} // namespace lodestone
