#include "dateformat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <atomic>

namespace lodestone {

namespace {

const QString kSettingsKey = QStringLiteral("ui/dateStyle");
std::atomic<int> g_style{-1}; // -1: not read from QSettings yet

// The style of the current call: an explicit one (span(..., style)) or the process-wide one.
thread_local int t_override = -1;

bool iso()
{
    return t_override >= 0 ? t_override == int(DateStyle::Iso) : DateFormat::style() == DateStyle::Iso;
}

struct StyleOverride {
    explicit StyleOverride(DateStyle s) : previous(t_override) { t_override = int(s); }
    ~StyleOverride() { t_override = previous; }
    int previous;
};

} // namespace

QString DateFormat::day(const QDate& date)
{
    if (!date.isValid())
        return {};
    if (iso())
        return date.toString(Qt::ISODate);
    //: QDate format of a day: day, abbreviated month name, year ("4 Apr 2025"); Chinese puts the year first
    return QLocale().toString(date, tr("d MMM yyyy"));
}

QString DateFormat::day(const QDate& date, DateStyle style)
{
    const StyleOverride o(style);
    return day(date);
}

QString DateFormat::span(const DateSpan& span, DateStyle style)
{
    const StyleOverride o(style);
    return DateFormat::span(span);
}

QString DateFormat::month(const QDate& date)
{
    if (!date.isValid())
        return {};
    if (iso())
        return date.toString(QStringLiteral("yyyy-MM"));
    //: QDate format of a month ("Apr 2025"); Chinese puts the year first
    return QLocale().toString(date, tr("MMM yyyy"));
}

QString DateFormat::quarter(int year, int quarter)
{
    if (iso())
        return QStringLiteral("%1-Q%2").arg(year).arg(quarter);
    //: a quarter of a year: %1 the quarter (1-4), %2 the year ("Q2 2025")
    return tr("Q%1 %2").arg(quarter).arg(year);
}

QString DateFormat::year(int year)
{
    return QString::number(year);
}

QString DateFormat::dayRange(const QDate& from, const QDate& to)
{
    //: a range of dates, e.g. "3 Feb 2025 – 7 Feb 2025"
    return tr("%1 – %2").arg(day(from), day(to));
}

QString DateFormat::span(const DateSpan& span)
{
    if (!span.start.isValid())
        return QCoreApplication::translate("Precision", "undated");
    switch (span.precision) {
    case Precision::Day:
        if (span.end.isValid() && span.end > span.start) // an analyst's range of days
            return dayRange(span.start, span.end);
        return day(span.start);
    case Precision::Month: return month(span.start);
    case Precision::Quarter: return quarter(span.start.year(), (span.start.month() - 1) / 3 + 1);
    case Precision::Year: return year(span.start.year());
    }
    return {};
}

QString DateFormat::dateTime(const QDateTime& when)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    if (iso())
        return local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    //: a date with a time: %1 the date ("4 Apr 2025"), %2 the time ("17:45")
    return tr("%1, %2").arg(day(local.date()), local.toString(QStringLiteral("HH:mm")));
}

DateStyle DateFormat::style()
{
    int s = g_style.load();
    if (s < 0) {
        s = static_cast<int>(fromKey(QSettings().value(kSettingsKey).toString()).value_or(DateStyle::Readable));
        int expected = -1;
        g_style.compare_exchange_strong(expected, s);
        s = g_style.load();
    }
    return static_cast<DateStyle>(s);
}

void DateFormat::setStyle(DateStyle style, bool remember)
{
    const DateStyle previous = DateFormat::style(); // loads the saved setting first
    if (remember)
        QSettings().setValue(kSettingsKey, key(style));
    g_style.store(static_cast<int>(style));
    if (previous != style)
        emit notifier()->styleChanged(style);
}

DateFormat* DateFormat::notifier()
{
    static DateFormat* instance = new DateFormat; // deliberately never deleted: connections may outlive main()
    return instance;
}

QString DateFormat::key(DateStyle style)
{
    return style == DateStyle::Iso ? QStringLiteral("iso") : QStringLiteral("readable");
}

std::optional<DateStyle> DateFormat::fromKey(const QString& key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("iso"))
        return DateStyle::Iso;
    if (k == QLatin1String("readable"))
        return DateStyle::Readable;
    return std::nullopt;
}

} // namespace lodestone
