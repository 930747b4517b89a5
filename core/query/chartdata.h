#pragma once
// Aggregates behind the dashboard charts and chart exports (events over time by category, by category,
// top organisations, verification shares), computed in core from compact timeline entries.
// Plain value types, usable from any thread.
#include "model/category.h"

#include <QString>
#include <array>
#include <optional>
#include <vector>

namespace lodestone {

enum class ChartKind : int { EventsOverTime = 0, EventsByCategory, TopOrganisations, VerificationStatus };
inline constexpr int kChartKindCount = 4;

// CLI names: "events-by-month", "events-by-category", "top-organisations", "verification-status".
QString chartKindKey(ChartKind kind);
std::optional<ChartKind> chartKindFromKey(const QString& key);

// Width of one bar of the events-over-time chart; Auto picks one from the span of the data.
enum class ChartBucket : int { Auto = 0, Week, Month, Quarter, Year };
QString chartBucketKey(ChartBucket bucket); // "auto", "week", "month", "quarter", "year"
std::optional<ChartBucket> chartBucketFromKey(const QString& key);

using CategoryCounts = std::array<quint32, kCategoryCount>;
// Indexed by VerificationStatus: unverified, verified, disputed, rejected.
using StatusCounts = std::array<quint64, 4>;

struct TimeSeriesData final {
    ChartBucket bucket = ChartBucket::Month;   // never Auto once computed
    std::vector<qint32> bucketStarts;          // Julian day of each bucket's first day, ascending, no gaps
    std::vector<CategoryCounts> counts;        // one per bucket
};

struct OrgCount final {
    qint64 orgId = 0;
    quint32 events = 0;
    QString name;   // English (or only) name, filled by ChartSource
    QString nameZh; // Chinese name, may be empty
};

struct ChartData final {
    TimeSeriesData overTime;
    CategoryCounts byCategory{};
    std::vector<OrgCount> topOrgs;   // most events first, ties by id
    std::vector<OrgCount> filterOrgs; // the organisations the filter names (events = 0), for captions
    StatusCounts eventStatus{};      // matching events by their verification state
    StatusCounts reportStatus{};     // all reports in the database by status
    quint64 eventCount = 0;          // matching events
    qint32 firstDay = 0;             // first start day of a matching event (Julian)
    qint32 lastDay = -1;             // last start day; lastDay < firstDay when nothing matched
    qint64 sourceReports = 0;        // reports backing the matching events
    qint64 sourceVerified = 0;       // ... of which verified
    bool sourcesExact = true;        // false: too many events, database totals were used

    bool isEmpty() const { return eventCount == 0; }
    quint64 unverifiedEvents() const { return eventCount - eventStatus[1]; }
};

} // namespace lodestone
