#include "eventcsv.h"

namespace lodestone {

namespace {

// Text that Excel would evaluate as a formula.
QString defuse(const QString& s)
{
    if (!s.isEmpty() && (s[0] == QLatin1Char('=') || s[0] == QLatin1Char('+') || s[0] == QLatin1Char('-') ||
                         s[0] == QLatin1Char('@') || s[0] == QLatin1Char('\t') || s[0] == QLatin1Char('\r')))
        return QLatin1Char('\'') + s;
    return s;
}

QString isoDate(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

QStringList EventCsv::header()
{
    return {QStringLiteral("id"),        QStringLiteral("date_start"),    QStringLiteral("date_end"),
            QStringLiteral("precision"), QStringLiteral("category"),      QStringLiteral("title"),
            QStringLiteral("organisations"), QStringLiteral("reports"),   QStringLiteral("verified"),
            QStringLiteral("evidence"),  QStringLiteral("organisations_zh"), QStringLiteral("summary"),
            QStringLiteral("timing"),    QStringLiteral("undated")};
}

QStringList EventCsv::row(const Event& e)
{
    QStringList orgs;
    QStringList orgsZh;
    for (const EventOrgLink& o : e.organisations) {
        orgs << (o.name.isEmpty() ? o.nameZh : o.name);
        orgsZh << o.nameZh;
    }
    QStringList reports;
    for (const EventReportLink& r : e.reports)
        reports << QStringLiteral("%1 (%2)").arg(r.reportId).arg(statusKey(r.status));
    QStringList evidence;
    for (const Evidence& ev : e.evidence)
        evidence << ev.quote.simplified();
    return {QString::number(e.id),
            isoDate(e.date.start),
            isoDate(e.date.end),
            e.undated() ? QString() : precisionKey(e.date.precision),
            categoryKey(e.category),
            defuse(e.title),
            defuse(orgs.join(QLatin1String("; "))),
            reports.join(QLatin1String("; ")),
            e.verified() ? QStringLiteral("true") : QStringLiteral("false"),
            defuse(evidence.join(QLatin1String(" | "))),
            defuse(orgsZh.join(QLatin1String("; "))),
            defuse(e.summary),
            timingKey(e.timing), // "", "planned" or "effective": dated after the report that states it
            e.undated() ? QStringLiteral("true") : QStringLiteral("false")};
}

QString EventCsv::field(const QString& value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')) &&
        !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray EventCsv::encode(const QList<Event>& events)
{
    QString text;
    const auto line = [&text](const QStringList& cells) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i)
                text += QLatin1Char(',');
            text += field(cells[i]);
        }
        text += QLatin1String("\r\n");
    };
    line(header());
    for (const Event& e : events)
        line(row(e));
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace lodestone
