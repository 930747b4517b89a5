#pragma once
// Events as CSV for spreadsheets: RFC 4180 (CRLF, quoted fields), UTF-8 with a BOM so Excel reads
// Chinese correctly, one row per event. Text cells that a spreadsheet would run as a formula get a
// leading apostrophe. Pure functions, usable from any thread.
#include "model/event.h"
#include "model/report.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

namespace lodestone {

class EventCsv final {
public:
    // id, date_start, date_end, precision, category, title, organisations, reports, verified, evidence,
    // organisations_zh, summary, then one column per report property, its values in the order of `reports`
    // joined by "; ": report_titles, report_urls, report_publishers, report_published, report_statuses,
    // report_reliability, report_credibility.
    static QStringList header();
    static QStringList row(const Event& e, const QHash<qint64, Report>& reports = {});
    static QByteArray encode(const QList<Event>& events, const QHash<qint64, Report>& reports = {}); // BOM and header
    static QString field(const QString& value);            // quoted when needed
    // A date at its precision: 2025-03-05, 2025-03, 2025-Q1, 2025.
    static QString dateAtPrecision(const DateSpan& d);
};

} // namespace lodestone
