#include "timelinefiltermask.h"

#include <algorithm>

namespace lodestone {

void TimelineFilterMask::setCategory(Category c, bool on)
{
    const quint32 bit = 1u << static_cast<int>(c);
    categories = on ? (categories | bit) : (categories & ~bit);
}

bool TimelineFilterMask::hasCategory(Category c) const
{
    return (categories >> static_cast<int>(c)) & 1u;
}

void TimelineFilterMask::setOrgIds(std::vector<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    orgIds = std::move(ids);
}

bool TimelineFilterMask::isCollapsed(int lane) const
{
    return std::find(collapsedLanes.begin(), collapsedLanes.end(), lane) != collapsedLanes.end();
}

TimelineFilterMask TimelineFilterMask::fromEventFilter(const EventFilter& f)
{
    TimelineFilterMask m;
    if (!f.categories.isEmpty()) {
        m.categories = 0;
        for (Category c : f.categories)
            m.setCategory(c, true);
    }
    m.verifiedOnly = f.verifiedOnly ||
                     (f.statuses.size() == 1 && f.statuses.contains(VerificationStatus::Verified));
    m.hideRejected = !f.includeRejectedEvents;
    if (f.from.isValid())
        m.fromDay = static_cast<qint32>(f.from.toJulianDay());
    if (f.to.isValid())
        m.toDay = static_cast<qint32>(f.to.toJulianDay());
    m.setOrgIds(std::vector<qint64>(f.orgIds.begin(), f.orgIds.end()));
    return m;
}

} // namespace lodestone
