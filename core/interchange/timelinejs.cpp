#include "timelinejs.h"

#include "interchange/eventcsv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace lodestone {

namespace {

// What makes two texts the same for the reader: case, width and spacing aside.
QString sameKey(const QString& s)
{
    return s.normalized(QString::NormalizationForm_KC).toCaseFolded().simplified();
}

} // namespace

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

QString TimelineJs::source(const Report& r)
{
    const QString title = r.doc.title.simplified().isEmpty() ? QStringLiteral("report %1").arg(r.id) : r.doc.title.simplified();
    const QUrl url(r.doc.url.trimmed(), QUrl::StrictMode);
    const bool linkable = url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https");
    QString line = linkable ? QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), title.toHtmlEscaped())
                            : title.toHtmlEscaped();
    QStringList about;
    if (!r.doc.publisher.simplified().isEmpty())
        about << r.doc.publisher.simplified().toHtmlEscaped();
    if (r.doc.published && r.doc.published->isValid())
        about << EventCsv::dateAtPrecision(*r.doc.published);
    if (!about.isEmpty())
        line += QStringLiteral(" (%1)").arg(about.join(QStringLiteral(", ")));
    return line;
}

QJsonObject TimelineJs::document(const QList<Event>& events, const QString& headline, const QString& intro,
                                 const QStringList& groupLabels, const QHash<qint64, Report>& reports)
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
        // A span ends on its last day: a month, quarter or year covers all of it, an analyst's range of days too.
        if (e.date.end > e.date.start)
            s[QStringLiteral("end_date")] = date(e.date.end, Precision::Day);
        if (e.date.precision != Precision::Day)
            s[QStringLiteral("display_date")] = EventCsv::dateAtPrecision(e.date);
        const int cat = static_cast<int>(e.category);
        s[QStringLiteral("group")] = cat < groupLabels.size() ? groupLabels[cat] : categoryKey(e.category);
        QString body;
        QStringList shown{sameKey(e.title)};
        if (!e.summary.trimmed().isEmpty() && !shown.contains(sameKey(e.summary))) {
            body += QStringLiteral("<p>%1</p>").arg(e.summary.toHtmlEscaped());
            shown << sameKey(e.summary);
        }
        QStringList orgs;
        for (const EventOrgLink& o : e.organisations) {
            QString n = o.name.isEmpty() ? o.nameZh : o.name;
            if (!o.name.isEmpty() && !o.nameZh.isEmpty() && o.nameZh != o.name)
                n += QLatin1Char(' ') + o.nameZh;
            orgs << n.toHtmlEscaped();
        }
        if (!orgs.isEmpty())
            body += QStringLiteral("<p>%1</p>").arg(orgs.join(QLatin1String(" · ")));
        for (const Evidence& ev : e.evidence) {
            const QString key = sameKey(ev.quote);
            if (key.isEmpty() || shown.contains(key))
                continue;
            shown << key;
            body += QStringLiteral("<blockquote>%1</blockquote>").arg(ev.quote.toHtmlEscaped());
        }
        QStringList sources;
        for (const EventReportLink& l : e.reports)
            if (const auto it = reports.constFind(l.reportId); it != reports.cend())
                sources << QStringLiteral("<li>%1</li>").arg(source(*it));
        if (!sources.isEmpty())
            body += QStringLiteral("<ul class=\"sources\">%1</ul>").arg(sources.join(QString()));
        s[QStringLiteral("text")] = QJsonObject{{QStringLiteral("headline"), e.title.toHtmlEscaped()},
                                                {QStringLiteral("text"), body}};
        s[QStringLiteral("autolink")] = false; // the sources are links already; quotes stay text
        slides.append(s);
    }
    QJsonObject doc;
    doc[QStringLiteral("title")] = title;
    doc[QStringLiteral("events")] = slides;
    return doc;
}

QByteArray TimelineJs::encode(const QList<Event>& events, const QString& headline, const QString& intro,
                              const QStringList& groupLabels, const QHash<qint64, Report>& reports)
{
    return QJsonDocument(document(events, headline, intro, groupLabels, reports)).toJson(QJsonDocument::Indented);
}

} // namespace lodestone
