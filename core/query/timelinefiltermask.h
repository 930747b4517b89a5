#pragma once
// What a timeline frame shows: categories, verification state, date range and organisations, plus the
// organisation lanes folded into their parent. Plain value type, usable from any thread.
#include "query/eventfilter.h"

#include <QtGlobal>
#include <limits>
#include <vector>

namespace lodestone {

struct TimelineFilterMask final {
    quint32 categories = (1u << kCategoryCount) - 1; // bit i = Category(i) shown
    bool verifiedOnly = false;                        // only events backed by a verified report
    bool hideRejected = true;                         // hide events an analyst marked false (RejectedEvent)
    bool hideRejectedReports = false;                 // also hide events whose every report is rejected
    qint32 fromDay = std::numeric_limits<qint32>::min(); // Julian days, inclusive; events overlapping pass
    qint32 toDay = std::numeric_limits<qint32>::max();
    std::vector<qint64> orgIds;       // sorted ascending; empty = all, else events linked to any of them
    std::vector<int> collapsedLanes;  // organisation lane indices whose descendants fold into them

    void setCategory(Category c, bool on);
    bool hasCategory(Category c) const;
    void setOrgIds(std::vector<qint64> ids); // sorts and removes duplicates
    bool isCollapsed(int lane) const;

    // The timeline part of the shared filter (search text and org names are resolved elsewhere).
    static TimelineFilterMask fromEventFilter(const EventFilter& f);

    bool operator==(const TimelineFilterMask&) const = default;
};

} // namespace lodestone
