#pragma once
// Events as a TimelineJS 3 JSON document ({"title", "events": [{start_date, end_date, text, group, unique_id,
// display_date}]}): a month, quarter or year is a span from its first to its last day, shown at its precision;
// each slide links its backing reports (URL, else title and publisher); the summary and the evidence quotes are
// shown once each, and not when they only repeat the headline. Text is HTML-escaped.
// Pure functions, usable from any thread.
#include "model/event.h"
#include "model/report.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace lodestone {

class TimelineJs final {
public:
    // headline/intro: the title slide; groupLabels: one label per category (empty = category keys); reports: the
    // backing reports' metadata by id (without it, slides name no source).
    static QJsonObject document(const QList<Event>& events, const QString& headline, const QString& intro,
                                const QStringList& groupLabels = {}, const QHash<qint64, Report>& reports = {});
    static QByteArray encode(const QList<Event>& events, const QString& headline, const QString& intro,
                             const QStringList& groupLabels = {}, const QHash<qint64, Report>& reports = {});
    static QJsonObject date(const QDate& d, Precision precision);
    // The HTML line naming a report: a link when it has an http(s) URL, its publisher and date.
    static QString source(const Report& r);
};

} // namespace lodestone
