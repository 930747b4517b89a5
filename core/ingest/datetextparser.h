#pragma once
// Parses the machine dates found in feeds and metadata (RFC 2822, ISO 8601, plain Y-M-D) into a day span.
// Pure functions, usable from any thread.
#include "model/datespan.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace lodestone {

class DateTextParser final {
public:
    static QDateTime parseDateTime(const QString& text);
    // A day span with rule "meta:<source>", or nullopt when the text is no date.
    static std::optional<DateSpan> parseSpan(const QString& text, const QString& source);
};

} // namespace lodestone
