#pragma once
// The one event filter shared by timeline, tables, charts, exports and the CLI `events` command.
// Plain value type, usable from any thread.
#include "model/category.h"
#include "model/verification.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

namespace lodestone {

struct EventFilter final {
    QDate from;                         // invalid = open
    QDate to;                           // invalid = open (inclusive)
    QSet<Category> categories;          // empty = all (unless noCategories)
    bool noCategories = false;          // every category switched off: nothing matches
    QList<qint64> orgIds;               // empty = all; an event matches when it links any of them
    QStringList orgNames;               // CLI form, resolved to ids by the store (name, Chinese name or alias)
    bool verifiedOnly = false;
    QSet<VerificationStatus> statuses;  // empty = all (status of backing reports: any matches)
    bool includeRejectedEvents = false; // events an analyst marked false are hidden by default
    QString search;                     // free text (FTS over reports; event title/summary)
    bool undatedOnly = false;           // only events with no known day (they match no date range)

    bool isEmpty() const
    {
        return !from.isValid() && !to.isValid() && categories.isEmpty() && !noCategories && orgIds.isEmpty() &&
               orgNames.isEmpty() && !verifiedOnly && statuses.isEmpty() && search.isEmpty();
    }
    bool operator==(const EventFilter&) const = default;
};

} // namespace lodestone
