#pragma once
// Dates inside names are not event dates: "Announcement No. 18 of 2025", "公告2025年第18号", "the 14th Five-Year
// Plan (2021–2025)", "an Act of 1962", "the first batch of 2022 quotas", "2025年版". Removes such year mentions
// (the named document's own date, when the text gives one, is a separate mention and stays).
// Pure functions over immutable patterns, usable from any thread.
#include "dateresolver.h"

#include <QList>
#include <QString>

namespace lodestone {

class NameYearFilter final {
public:
    // True when the mention at [m.start, m.end) of text is a year that names something.
    static bool isNameYear(const QString& text, const DateMention& m);
    // Removes name years (and copyright years) from mentions; returns how many were removed.
    static int apply(const QString& text, QList<DateMention>& mentions);
};

} // namespace lodestone
