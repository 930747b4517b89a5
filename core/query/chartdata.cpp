#include "chartdata.h"

namespace lodestone {

namespace {
constexpr const char* kKindKeys[kChartKindCount] = {"events-by-month", "events-by-category", "top-organisations",
                                                    "verification-status"};
constexpr const char* kBucketKeys[] = {"auto", "week", "month", "quarter", "year"};
} // namespace

QString chartKindKey(ChartKind kind)
{
    const int i = static_cast<int>(kind);
    return i >= 0 && i < kChartKindCount ? QString::fromLatin1(kKindKeys[i]) : QString();
}

std::optional<ChartKind> chartKindFromKey(const QString& key)
{
    for (int i = 0; i < kChartKindCount; ++i)
        if (key == QLatin1String(kKindKeys[i]))
            return static_cast<ChartKind>(i);
    return std::nullopt;
}

QString chartBucketKey(ChartBucket bucket)
{
    const int i = static_cast<int>(bucket);
    return i >= 0 && i < 5 ? QString::fromLatin1(kBucketKeys[i]) : QString();
}

std::optional<ChartBucket> chartBucketFromKey(const QString& key)
{
    for (int i = 0; i < 5; ++i)
        if (key == QLatin1String(kBucketKeys[i]))
            return static_cast<ChartBucket>(i);
    return std::nullopt;
}

} // namespace lodestone
