// Commands that re-resolve dates: `reprocess` (every stored report with the current rules) and the correction
// half of `report ID --set-published DATE --set-url URL --set-publisher NAME`.
#include "clicommands.h"
#include "clijson.h"
#include "clioutput.h"
#include "clisession.h"

#include "service/correctioncommands.h"
#include "service/reprocessor.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace lodestone::cli {

namespace {

// "2025-04-24" (day), "2025-04" (month), "2025" (year), with the rule that says an analyst set it.
std::optional<DateSpan> publicationDate(const QString& text, const QString& analyst)
{
    static const QRegularExpression day(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    static const QRegularExpression year(QStringLiteral("^(\\d{4})$"));
    const QString t = text.trimmed();
    const QString rule = QStringLiteral("analyst: %1").arg(analyst);
    if (const auto m = day.match(t); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (d.isValid())
            return DateSpan::day(d, rule);
    } else if (const auto mm = month.match(t); mm.hasMatch()) {
        const int mo = mm.captured(2).toInt();
        if (mo >= 1 && mo <= 12)
            return DateSpan::month(mm.captured(1).toInt(), mo, rule);
    } else if (const auto y = year.match(t); y.hasMatch()) {
        return DateSpan::year(y.captured(1).toInt(), rule);
    }
    return std::nullopt;
}

} // namespace

void addReportCorrectionOptions(Session& s)
{
    s.addOption({QStringLiteral("set-published")},
                QCoreApplication::translate("cli", "Correct the publication date (YYYY-MM-DD, YYYY-MM or YYYY); the report's events are resolved against it again."),
                QCoreApplication::translate("cli", "date"));
    s.addOption({QStringLiteral("set-url"), QStringLiteral("url")}, QCoreApplication::translate("cli", "Correct the report's URL."),
                QStringLiteral("URL"));
    s.addOption({QStringLiteral("set-publisher"), QStringLiteral("publisher")},
                QCoreApplication::translate("cli", "Correct the report's publisher."), QCoreApplication::translate("cli", "name"));
    s.addOption({QStringLiteral("analyst")},
                QCoreApplication::translate("cli", "Analyst name for the correction history (default: $LODESTONE_ANALYST, else the user name)."),
                QCoreApplication::translate("cli", "name"));
    s.addOption({QStringLiteral("note")}, QCoreApplication::translate("cli", "Why the correction was made (kept in the history)."),
                QCoreApplication::translate("cli", "text"));
}

bool wantsReportCorrection(const Session& s)
{
    return s.isSet(QStringLiteral("set-published")) || s.isSet(QStringLiteral("set-url")) || s.isSet(QStringLiteral("set-publisher"));
}

int correctReportCommand(Session& s, qint64 id)
{
    const QString analyst = s.isSet(QStringLiteral("analyst")) && !s.value(QStringLiteral("analyst")).trimmed().isEmpty()
                                ? s.value(QStringLiteral("analyst")).trimmed()
                                : defaultAnalyst();
    ReportCorrection c;
    c.reportId = id;
    if (s.isSet(QStringLiteral("set-published"))) {
        c.published = publicationDate(s.value(QStringLiteral("set-published")), analyst);
        if (!c.published)
            return s.usageError(QCoreApplication::translate("cli", "invalid date \"%1\" (expected YYYY-MM-DD, YYYY-MM or YYYY)")
                                    .arg(s.value(QStringLiteral("set-published"))));
    }
    if (s.isSet(QStringLiteral("set-url")))
        c.url = s.value(QStringLiteral("set-url")).trimmed();
    if (s.isSet(QStringLiteral("set-publisher")))
        c.publisher = s.value(QStringLiteral("set-publisher")).trimmed();
    s.requireWrite();
    if (auto rc = s.openDatabase())
        return *rc;
    CorrectionMeta meta;
    meta.analyst = analyst;
    meta.note = s.value(QStringLiteral("note"));
    const Error e = CorrectionCommands::correctReport(s.writer(), c, meta).result();
    if (e.code == ErrorCode::NotFound)
        return s.usageError(QCoreApplication::translate("cli", "no report with id %1").arg(id));
    if (e)
        return failure(QCoreApplication::translate("cli", "report %1: %2").arg(id).arg(technicalDetail(e, s.databasePath())));
    struct After {
        std::optional<Report> report;
        QList<qint64> eventIds;
    };
    const After a = s.query([id](WriteContext& ctx) {
        After out;
        out.report = ctx.stores.reports.get(id);
        if (out.report)
            out.eventIds = ctx.stores.events.idsForReport(id);
        return out;
    });
    if (!a.report)
        return s.usageError(QCoreApplication::translate("cli", "no report with id %1").arg(id));
    const Report& r = *a.report;
    if (s.json()) {
        QJsonObject doc = json::report(r);
        doc[QStringLiteral("published_rule")] = r.doc.published ? json::text(r.doc.published->rule) : QJsonValue(QJsonValue::Null);
        QJsonArray ids;
        for (qint64 e2 : a.eventIds)
            ids.append(e2);
        doc[QStringLiteral("event_ids")] = ids;
        writeJson(doc);
        return 0;
    }
    const QString published = r.doc.published ? r.doc.published->start.toString(Qt::ISODate) + QLatin1String(" (") +
                                                     precisionKey(r.doc.published->precision) + QLatin1Char(')')
                                               : QStringLiteral("-");
    writeOut(QCoreApplication::translate("cli", "report %1: published %2, URL %3, publisher %4; %5 events\n")
                 .arg(id)
                 .arg(published, r.doc.url.isEmpty() ? QStringLiteral("-") : r.doc.url,
                      r.doc.publisher.isEmpty() ? QStringLiteral("-") : r.doc.publisher)
                 .arg(a.eventIds.size()));
    return 0;
}

int reprocessCommand()
{
    Session s(QStringLiteral("reprocess"),
              QCoreApplication::translate("cli", "Re-read and re-extract every stored report with the current rules (publication dates, URLs, publishers, organisations, events), keeping analyst corrections, rejections and verification. Progress on stderr."));
    s.addJsonOption();
    if (auto rc = s.parse(0, 0))
        return *rc;
    if (auto rc = s.openDatabase())
        return *rc;
    if (!s.gazetteer())
        return failure(QCoreApplication::translate("cli", "the bundled organisation gazetteer cannot be loaded"));
    const bool showProgress = stderrIsTerminal();
    Reprocessor reprocessor(s.writer(), s.gazetteer());
    const ReprocessSummary sum = reprocessor.run(CancelToken{}, [&](const ReprocessProgress& p) {
        if (showProgress && p.total > 0)
            writeErr(QStringLiteral("\r\033[K[%1/%2]").arg(p.done).arg(p.total));
    });
    if (showProgress)
        writeErr(QStringLiteral("\r\033[K"));
    for (const QString& e : sum.errors)
        writeErr(QCoreApplication::translate("cli", "failed    %1\n").arg(e));
    if (s.json()) {
        QJsonObject doc;
        doc[QStringLiteral("reports")] = sum.reports;
        doc[QStringLiteral("failed")] = sum.failed;
        doc[QStringLiteral("dates_changed")] = sum.datesChanged;
        doc[QStringLiteral("events_before")] = sum.eventsBefore;
        doc[QStringLiteral("events_after")] = sum.eventsAfter;
        doc[QStringLiteral("events_kept")] = sum.eventsKept;
        doc[QStringLiteral("organisations_removed")] = sum.organisationsRemoved;
        doc[QStringLiteral("cancelled")] = sum.cancelled;
        doc[QStringLiteral("errors")] = QJsonArray::fromStringList(sum.errors);
        doc[QStringLiteral("seconds")] = sum.seconds;
        writeJson(doc);
    } else {
        writeOut(QCoreApplication::translate("cli", "%1 reports reprocessed, %2 failed: %3 publication dates changed, events %4 -> %5 (%6 corrected or rejected by an analyst kept) (%7 s)\n")
                     .arg(sum.reports)
                     .arg(sum.failed)
                     .arg(sum.datesChanged)
                     .arg(sum.eventsBefore)
                     .arg(sum.eventsAfter)
                     .arg(sum.eventsKept)
                     .arg(sum.seconds, 0, 'f', 2));
    }
    return sum.failed > 0 ? 1 : 0;
}

} // namespace lodestone::cli
