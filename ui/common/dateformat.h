#pragma once
// The one date formatter of the GUI and its exports: unambiguous day-month-name dates ("4 Apr 2025",
// Chinese "2025年4月4日") with the precision ("Apr 2025", "Q2 2025", "2025"), or ISO 8601 ("2025-04-04",
// "2025-04", "2025-Q2") when the analyst chose it in View › Dates. Formatters are usable from any thread
// (they read the default QLocale and translations); the style is saved in QSettings ("ui/dateStyle") and
// notifier() lives on the GUI thread.
#include "model/datespan.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <optional>

namespace lodestone {

enum class DateStyle : int { Readable = 0, Iso };

class DateFormat final : public QObject {
    Q_OBJECT
public:
    static QString day(const QDate& date);            // "4 Apr 2025" / "2025-04-04"
    static QString day(const QDate& date, DateStyle style);
    static QString month(const QDate& date);          // "Apr 2025" / "2025-04"
    static QString quarter(int year, int quarter);    // "Q2 2025" / "2025-Q2"
    static QString year(int year);                    // "2025"
    static QString dayRange(const QDate& from, const QDate& to); // "3 Feb 2025 – 7 Feb 2025"
    // A date at its precision; an analyst's range of days as a range; "undated" when invalid.
    static QString span(const DateSpan& span);
    static QString span(const DateSpan& span, DateStyle style);
    // Local time to the minute: "4 Apr 2025, 17:45" / "2025-04-04 17:45".
    static QString dateTime(const QDateTime& when);

    static DateStyle style(); // set by setStyle(), else the saved setting, else Readable
    // Changes the style for the whole process; `remember` also saves it. Emits notifier()->styleChanged().
    static void setStyle(DateStyle style, bool remember = true);
    static DateFormat* notifier();
    static QString key(DateStyle style); // "readable", "iso" (settings and the command line)
    static std::optional<DateStyle> fromKey(const QString& key);

signals:
    void styleChanged(lodestone::DateStyle style);

private:
    DateFormat() = default;
};

} // namespace lodestone
