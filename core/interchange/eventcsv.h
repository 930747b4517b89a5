#pragma once
// Events as CSV for spreadsheets: RFC 4180 (CRLF, quoted fields), UTF-8 with a BOM so Excel reads
// Chinese correctly, one row per event. Text cells that a spreadsheet would run as a formula get a
// leading apostrophe. Pure functions, usable from any thread.
#include "model/event.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace lodestone {

class EventCsv final {
public:
    // id, date_start, date_end, precision, category, title, organisations, reports, verified, evidence,
    // organisations_zh, summary
    static QStringList header();
    static QStringList row(const Event& e);
    static QByteArray encode(const QList<Event>& events); // with BOM and header
    static QString field(const QString& value);            // quoted when needed
};

} // namespace lodestone
