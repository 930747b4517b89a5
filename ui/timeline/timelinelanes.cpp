#include "timelinelanes.h"

#include "common/orgnames.h"

#include <QHash>
#include <algorithm>

namespace lodestone {

TimelineLanes::Organisations TimelineLanes::organisations(const QList<Organisation>& orgs)
{
    QList<Organisation> used;
    for (const Organisation& o : orgs)
        if (o.eventCount > 0)
            used << o;
    std::stable_sort(used.begin(), used.end(), [](const Organisation& a, const Organisation& b) { return a.eventCount > b.eventCount; });
    Organisations out;
    QHash<qint64, int> laneOf;
    auto add = [&](const Organisation& o, int parent) {
        laneOf.insert(o.id, static_cast<int>(out.lanes.size()));
        out.lanes.push_back({o.id, parent});
        out.labels << (parent >= 0 ? QStringLiteral("  ") : QString()) + OrgNames::display(o);
    };
    for (const Organisation& o : used)
        if (!o.parentId || std::none_of(used.cbegin(), used.cend(), [&](const Organisation& p) { return p.id == o.parentId; })) {
            add(o, -1);
            for (const Organisation& c : used)
                if (c.parentId == o.id)
                    add(c, laneOf.value(o.id));
        }
    return out;
}

} // namespace lodestone
