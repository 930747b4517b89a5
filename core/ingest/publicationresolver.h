#pragma once
// Settles a report's publication date, URL and publisher from everything it carries, each with the rule that set
// it, in an order of trust: an analyst's correction; the reader's metadata (HTML meta / JSON-LD / <time>, feed item
// date, PDF info dictionary, STIX published, Markdown front matter, list columns); a dateline labelled as the
// publication date; an unlabelled dateline in the header; a date in the URL; an "Updated" dateline; a wire
// dateline ("SHANGHAI, Apr 13 (SMM) –") whose year comes from another date; the copyright year. The most trusted
// source wins; a less trusted one that is more specific and agrees with it (a day inside its month) refines it,
// and the rule names both. Pure functions, usable from any thread.
#include "model/report.h"

#include <QDate>
#include <optional>

namespace lodestone {

class PublicationResolver final {
public:
    // Fills doc.published (with rule), doc.url / urlRule and doc.publisher / publisherRule where the document
    // carries them, and returns the reference date for resolving partial and relative dates: the publication day,
    // or the last day of a month or year it is dated to (not after today); nullopt when the report has no
    // publication date (its events must then not be placed against the import date).
    static std::optional<QDate> resolve(ParsedDocument& doc, QDate today);
    // True for a published rule set by an analyst (kept as is by reprocessing).
    static bool isAnalystRule(const QString& rule);
    // True for a published rule a reader set from the file's own metadata (re-used when the file is gone).
    static bool isReaderRule(const QString& rule);
};

} // namespace lodestone
