#pragma once
// Whether an event's date is when it happened (as reported) or a date still ahead of the report that states it:
// planned ("will", "plans to", 将, 计划) or effective-from ("takes effect on", "from 1 October", 起施行).
// Keys are stable strings stored in the database and written in exports. Plain value helpers, any thread.
#include <QString>
#include <optional>

namespace lodestone {

enum class EventTiming : int { Reported = 0, Planned = 1, Effective = 2 };

// "" (reported), "planned", "effective".
QString timingKey(EventTiming t);
std::optional<EventTiming> timingFromKey(const QString& key);

} // namespace lodestone
