#pragma once
// The organisation lanes of the timeline: one lane per organisation with events, most events first, each
// parent followed by its children, labelled in the current organisation-name mode. Shared by the timeline
// panel and the timeline export. Pure function, GUI thread (OrgNames' mode).
#include "model/organisation.h"
#include "query/timelineindex.h"

#include <QStringList>
#include <vector>

namespace lodestone {

class TimelineLanes final {
public:
    struct Organisations final {
        std::vector<TimelineIndex::LaneSpec> lanes;
        QStringList labels; // per lane; children indented by two spaces
    };
    static Organisations organisations(const QList<Organisation>& orgs);
};

} // namespace lodestone
