#pragma once
// Dates in a report's URL: /2025-06-12/, /2025/06/12/, /20250612/, /202307/t20230707_…, /2023-03/06/, /2021/1223/,
// …/2024/11/ (a month). Only path segments that are a whole date or a known date-prefixed file name count, so
// article numbers are not read as dates. Pure functions, usable from any thread.
#include "model/datespan.h"

#include <QString>
#include <optional>

namespace lodestone {

class UrlDate final {
public:
    // The finest date the URL's path carries, with rule "url:<shape>"; nullopt when none or not a valid date
    // between 1990 and notAfter (today).
    static std::optional<DateSpan> find(const QString& url, QDate notAfter);
};

} // namespace lodestone
