#pragma once
// What a timeline frame shows: categories, verification state, date range, organisations and an optional
// event-id restriction (free-text search hits), plus the organisation lanes folded into their parent.
// Plain value type, usable from any thread.
#include "query/eventfilter.h"

#include <QtGlobal>
#include <limits>
#include <optional>
#include <vector>

namespace lodestone {

struct TimelineFilterMask final {
    quint32 categories = (1u << kCategoryCount) - 1; // bit i = Category(i) shown; 0 = nothing shown
    bool verifiedOnly = false;                        // only events backed by a verified report
    bool hideRejected = true;                         // hide events an analyst marked false (RejectedEvent)
    bool hideRejectedReports = false;                 // also hide events whose every report is rejected
    // Bit s = VerificationStatus(s): an event passes when any backing report has one of these statuses.
    // 0 = no restriction. Unverified/Rejected need entries with TimelineEntry::StatusKnown.
    quint8 statuses = 0;
    qint32 fromDay = std::numeric_limits<qint32>::min(); // Julian days, inclusive; events overlapping pass
    qint32 toDay = std::numeric_limits<qint32>::max();
    std::vector<qint64> orgIds;       // sorted ascending; empty = all, else events linked to any of them
    std::optional<std::vector<qint64>> eventIds; // sorted ascending; set = only these events (search hits)
    std::vector<int> collapsedLanes;  // organisation lane indices whose descendants fold into them

    void setCategory(Category c, bool on);
    bool hasCategory(Category c) const;
    void setOrgIds(std::vector<qint64> ids); // sorts and removes duplicates
    void setEventIds(std::vector<qint64> ids); // sorts and removes duplicates
    bool isCollapsed(int lane) const;
    // TimelineEntry flags an event needs at least one of to pass `statuses` (0 = no restriction).
    quint8 statusFlags() const;
    // Whether an event with these TimelineEntry flags passes the verification and status parts.
    bool acceptsFlags(quint8 flags) const;

    // The timeline part of the shared filter. Search text and org names are resolved elsewhere
    // (into eventIds and orgIds).
    static TimelineFilterMask fromEventFilter(const EventFilter& f);

    bool operator==(const TimelineFilterMask&) const = default;
};

} // namespace lodestone
