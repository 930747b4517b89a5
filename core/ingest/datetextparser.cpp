#include "datetextparser.h"

#include <QHash>
#include <QRegularExpression>

namespace lodestone {

QDateTime DateTextParser::parseDateTime(const QString& input)
{
    const QString text = input.trimmed();
    if (text.isEmpty() || text.size() > 100)
        return {};
    QDateTime dt = QDateTime::fromString(text, Qt::RFC2822Date);
    if (dt.isValid())
        return dt;
    dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (dt.isValid())
        return dt;
    dt = QDateTime::fromString(text, Qt::ISODate);
    if (dt.isValid())
        return dt;
    // RFC 822 variants: zone names (GMT, EST ...), missing weekday, two-digit years.
    static const QRegularExpression rfc(QStringLiteral(
        R"(^(?:[^\d\s,]{2,9},?\s+)?(\d{1,2})\.?\s+([^\d\s,.]{3,9})\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(.*)$)"));
    const auto m = rfc.match(text);
    if (m.hasMatch()) {
        // English plus the Portuguese, Spanish, French and German abbreviations seen in real feeds.
        static const QHash<QString, int> months = {
            {QStringLiteral("jan"), 1}, {QStringLiteral("feb"), 2}, {QStringLiteral("mar"), 3}, {QStringLiteral("apr"), 4},
            {QStringLiteral("may"), 5}, {QStringLiteral("jun"), 6}, {QStringLiteral("jul"), 7}, {QStringLiteral("aug"), 8},
            {QStringLiteral("sep"), 9}, {QStringLiteral("oct"), 10}, {QStringLiteral("nov"), 11}, {QStringLiteral("dec"), 12},
            {QStringLiteral("fev"), 2}, {QStringLiteral("abr"), 4}, {QStringLiteral("mai"), 5}, {QStringLiteral("ago"), 8},
            {QStringLiteral("set"), 9}, {QStringLiteral("out"), 10}, {QStringLiteral("dez"), 12}, {QStringLiteral("ene"), 1},
            {QStringLiteral("dic"), 12}, {QStringLiteral("fév"), 2}, {QStringLiteral("avr"), 4}, {QStringLiteral("jui"), 0},
            {QStringLiteral("aoû"), 8}, {QStringLiteral("déc"), 12}, {QStringLiteral("mär"), 3}, {QStringLiteral("mrz"), 3},
            {QStringLiteral("okt"), 10}};
        const QString mon = m.captured(2).toLower();
        int month = months.value(mon.left(3), 0);
        if (mon.startsWith(QStringLiteral("juil")))
            month = 7;
        else if (mon.startsWith(QStringLiteral("juin")))
            month = 6;
        int year = m.captured(3).toInt();
        if (year < 100)
            year += year < 50 ? 2000 : 1900;
        const QDate date(year, month, m.captured(1).toInt());
        if (month > 0 && date.isValid()) {
            const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
            int offset = 0;
            const QString zone = m.captured(7).trimmed().toUpper();
            static const QRegularExpression num(QStringLiteral(R"(^([+-])(\d{2}):?(\d{2})$)"));
            const auto z = num.match(zone);
            if (z.hasMatch())
                offset = (z.captured(2).toInt() * 3600 + z.captured(3).toInt() * 60) * (z.captured(1) == u"-" ? -1 : 1);
            else if (zone == u"EST")
                offset = -5 * 3600;
            else if (zone == u"EDT")
                offset = -4 * 3600;
            else if (zone == u"PST")
                offset = -8 * 3600;
            else if (zone == u"PDT")
                offset = -7 * 3600;
            return QDateTime(date, time.isValid() ? time : QTime(0, 0), Qt::OffsetFromUTC, offset);
        }
    }
    static const QRegularExpression ymd(QStringLiteral(R"(^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2}))"));
    const auto y = ymd.match(text);
    if (y.hasMatch()) {
        const QDate date(y.captured(1).toInt(), y.captured(2).toInt(), y.captured(3).toInt());
        if (date.isValid())
            return QDateTime(date, QTime(0, 0), Qt::UTC);
    }
    return {};
}

std::optional<DateSpan> DateTextParser::parseSpan(const QString& text, const QString& source)
{
    const QDateTime dt = parseDateTime(text);
    if (!dt.isValid())
        return std::nullopt;
    // The publisher's local calendar day is what the report says.
    return DateSpan::day(dt.date(), QStringLiteral("meta:") + source);
}

} // namespace lodestone
