#include "timelinefiltermask.h"

#include "query/timelineentry.h"

#include <algorithm>

namespace lodestone {

namespace {

std::vector<qint64> sortedUnique(std::vector<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

} // namespace

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
    orgIds = sortedUnique(std::move(ids));
}

void TimelineFilterMask::setEventIds(std::vector<qint64> ids)
{
    eventIds = sortedUnique(std::move(ids));
}

bool TimelineFilterMask::isCollapsed(int lane) const
{
    return std::find(collapsedLanes.begin(), collapsedLanes.end(), lane) != collapsedLanes.end();
}

quint8 TimelineFilterMask::statusFlags() const
{
    quint8 f = 0;
    if (statuses & (1u << int(VerificationStatus::Unverified)))
        f |= TimelineEntry::AnyUnverified;
    if (statuses & (1u << int(VerificationStatus::Verified)))
        f |= TimelineEntry::Verified;
    if (statuses & (1u << int(VerificationStatus::Disputed)))
        f |= TimelineEntry::Disputed;
    if (statuses & (1u << int(VerificationStatus::Rejected)))
        f |= TimelineEntry::AnyRejected;
    return f;
}

bool TimelineFilterMask::acceptsFlags(quint8 flags) const
{
    if (verifiedOnly && !(flags & TimelineEntry::Verified))
        return false;
    if (hideRejected && (flags & TimelineEntry::RejectedEvent))
        return false;
    if (hideRejectedReports && (flags & TimelineEntry::RejectedReport))
        return false;
    if (statuses != 0 && !(flags & statusFlags()))
        return false;
    return true;
}

TimelineFilterMask TimelineFilterMask::fromEventFilter(const EventFilter& f)
{
    TimelineFilterMask m;
    if (f.noCategories) {
        m.categories = 0;
    } else if (!f.categories.isEmpty()) {
        m.categories = 0;
        for (Category c : f.categories)
            m.setCategory(c, true);
    }
    m.verifiedOnly = f.verifiedOnly;
    for (VerificationStatus s : f.statuses)
        m.statuses = quint8(m.statuses | (1u << int(s)));
    m.hideRejected = !f.includeRejectedEvents;
    if (f.from.isValid())
        m.fromDay = static_cast<qint32>(f.from.toJulianDay());
    if (f.to.isValid())
        m.toDay = static_cast<qint32>(f.to.toJulianDay());
    m.setOrgIds(std::vector<qint64>(f.orgIds.begin(), f.orgIds.end()));
    return m;
}

} // namespace lodestone
