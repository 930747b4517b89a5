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
            QStringLiteral("report_titles"), QStringLiteral("report_urls"), QStringLiteral("report_publishers"),
            QStringLiteral("report_published"), QStringLiteral("report_statuses"), QStringLiteral("report_reliability"),
            QStringLiteral("report_credibility"),
            QStringLiteral("timing"),    QStringLiteral("undated")};
}

QString EventCsv::dateAtPrecision(const DateSpan& d)
{
    if (!d.start.isValid())
        return {};
    switch (d.precision) {
    case Precision::Day: return d.start.toString(Qt::ISODate);
    case Precision::Month: return d.start.toString(QStringLiteral("yyyy-MM"));
    case Precision::Quarter: return QStringLiteral("%1-Q%2").arg(d.start.year()).arg((d.start.month() - 1) / 3 + 1);
    case Precision::Year: return QString::number(d.start.year());
    }
    return {};
}

QStringList EventCsv::row(const Event& e, const QHash<qint64, Report>& reportInfo)
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
    QStringList titles, urls, publishers, published, statuses, reliability, credibility;
    for (const EventReportLink& l : e.reports) {
        const auto it = reportInfo.constFind(l.reportId);
        const Report r = it != reportInfo.cend() ? *it : Report{};
        titles << r.doc.title.simplified();
        urls << r.doc.url.trimmed();
        publishers << r.doc.publisher.simplified();
        published << (r.doc.published ? dateAtPrecision(*r.doc.published) : QString());
        statuses << statusKey(l.status);
        reliability << r.verification.reliability;
        credibility << (r.verification.credibility > 0 ? QString::number(r.verification.credibility) : QString());
    }
    const QString sep = QStringLiteral("; ");
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
            defuse(titles.join(sep)),
            defuse(urls.join(sep)),
            defuse(publishers.join(sep)),
            published.join(sep),
            statuses.join(sep),
            reliability.join(sep),
            credibility.join(sep),
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

QByteArray EventCsv::encode(const QList<Event>& events, const QHash<qint64, Report>& reports)
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
        line(row(e, reports));
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace lodestone
