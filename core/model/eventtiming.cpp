#include "eventtiming.h"

namespace lodestone {

QString timingKey(EventTiming t)
{
    switch (t) {
    case EventTiming::Planned: return QStringLiteral("planned");
    case EventTiming::Effective: return QStringLiteral("effective");
    case EventTiming::Reported: break;
    }
    return {};
}

std::optional<EventTiming> timingFromKey(const QString& key)
{
    if (key.isEmpty() || key == QLatin1String("reported"))
        return EventTiming::Reported;
    if (key == QLatin1String("planned"))
        return EventTiming::Planned;
    if (key == QLatin1String("effective"))
        return EventTiming::Effective;
    return std::nullopt;
}

} // namespace lodestone
