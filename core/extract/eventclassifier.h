#pragma once
// Classifies one sentence into an event category from weighted cue phrases (EventCues).
// Pure functions, usable from any thread.
#include "eventcues.h"
#include "model/category.h"

#include <QStringView>
#include <array>

namespace lodestone {

struct Classification final {
    Category category = Category::Other;
    double score = 0.0;                         // 0..1 for the winning category, after the commentary penalty
    std::array<double, kCategoryCount> scores{}; // per category, same scale
    CueHit best;                                // strongest cue of the winning category (cue == nullptr: none)
    QList<CueHit> hits;                         // every cue match
    int commentary = 0;                         // analysis markers ("this signals", "may") found
    bool boilerplate = false;                   // copyright lines, "0 Comments", ...
};

class EventClassifier final {
public:
    static Classification classify(QStringView sentence);
    static Classification classify(QStringView sentence, const EventCues& cues);
    // The same from a scan already made (the extractor scans each sentence once for topics and triggers).
    static Classification classify(const CueScan& scan);
};

} // namespace lodestone
