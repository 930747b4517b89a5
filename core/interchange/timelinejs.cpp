#include "timelinejs.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lodestone {

QJsonObject TimelineJs::date(const QDate& d, Precision precision)
{
    QJsonObject o;
    o[QStringLiteral("year")] = d.year();
    if (precision != Precision::Year)
        o[QStringLiteral("month")] = d.month();
    if (precision == Precision::Day)
        o[QStringLiteral("day")] = d.day();
    return o;
}

QJsonObject TimelineJs::document(const QList<Event>& events, const QString& headline, const QString& intro,
                                 const QStringList& groupLabels)
{
    QJsonObject title;
    title[QStringLiteral("text")] = QJsonObject{{QStringLiteral("headline"), headline.toHtmlEscaped()},
                                                {QStringLiteral("text"), intro.toHtmlEscaped()}};
    QJsonArray slides;
    for (const Event& e : events) {
        if (!e.date.isValid())
            continue;
        QJsonObject s;
        s[QStringLiteral("unique_id")] = QStringLiteral("event-%1").arg(e.id);
        s[QStringLiteral("start_date")] = date(e.date.start, e.date.precision);
        if (e.date.precision == Precision::Day && e.date.end > e.date.start)
            s[QStringLiteral("end_date")] = date(e.date.end, Precision::Day);
        if (e.date.precision == Precision::Quarter)
            s[QStringLiteral("display_date")] =
                QStringLiteral("Q%1 %2").arg((e.date.start.month() - 1) / 3 + 1).arg(e.date.start.year());
        const int cat = static_cast<int>(e.category);
        s[QStringLiteral("group")] = cat < groupLabels.size() ? groupLabels[cat] : categoryKey(e.category);
        QString body;
        if (!e.summary.isEmpty())
            body += QStringLiteral("<p>%1</p>").arg(e.summary.toHtmlEscaped());
        QStringList orgs;
        for (const EventOrgLink& o : e.organisations) {
            QString n = o.name.isEmpty() ? o.nameZh : o.name;
            if (!o.name.isEmpty() && !o.nameZh.isEmpty() && o.nameZh != o.name)
                n += QLatin1Char(' ') + o.nameZh;
            orgs << n.toHtmlEscaped();
        }
        if (!orgs.isEmpty())
            body += QStringLiteral("<p>%1</p>").arg(orgs.join(QLatin1String(" · ")));
        for (const Evidence& ev : e.evidence)
            if (!ev.quote.isEmpty())
                body += QStringLiteral("<blockquote>%1</blockquote>").arg(ev.quote.toHtmlEscaped());
        s[QStringLiteral("text")] = QJsonObject{{QStringLiteral("headline"), e.title.toHtmlEscaped()},
                                                {QStringLiteral("text"), body}};
        slides.append(s);
    }
    QJsonObject doc;
    doc[QStringLiteral("title")] = title;
    doc[QStringLiteral("events")] = slides;
    return doc;
}

QByteArray TimelineJs::encode(const QList<Event>& events, const QString& headline, const QString& intro,
                              const QStringList& groupLabels)
{
    return QJsonDocument(document(events, headline, intro, groupLabels)).toJson(QJsonDocument::Indented);
}

} // namespace lodestone
