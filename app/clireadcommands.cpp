// Read-only commands: reports, report, events, orgs, history.
#include "clicommands.h"
#include "interchange/exportsource.h"
#include "clijson.h"
#include "clioutput.h"
#include "clisession.h"
#include "clitext.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

namespace lodestone::cli {

namespace {

constexpr int kTitleWidth = 70;

QString displaySpan(const DateSpan& span)
{
    if (!span.isValid())
        return QStringLiteral("-");
    switch (span.precision) {
    case Precision::Day:
        return span.start == span.end ? span.start.toString(Qt::ISODate)
                                      : span.start.toString(Qt::ISODate) + QLatin1String("..") + span.end.toString(Qt::ISODate);
    case Precision::Month: return span.start.toString(QStringLiteral("yyyy-MM"));
    case Precision::Quarter: return QStringLiteral("%1-Q%2").arg(span.start.year()).arg((span.start.month() - 1) / 3 + 1);
    case Precision::Year: return QString::number(span.start.year());
    }
    return span.start.toString(Qt::ISODate);
}

QString grade(const Verification& v)
{
    const QString g = v.reliability + (v.credibility > 0 ? QString::number(v.credibility) : QString());
    return g.isEmpty() ? QStringLiteral("-") : g;
}

QString orDash(const QString& s)
{
    return s.isEmpty() ? QStringLiteral("-") : s;
}

// The shared start of `report ID` and `history ID`: parses the arguments (with --json) and opens the
// database. Returns the exit code when the command must stop, else nothing and sets `id`.
std::optional<int> parseReportCommand(Session& s, qint64& id)
{
    s.addJsonOption();
    s.addPositional(QStringLiteral("id"), QCoreApplication::translate("cli", "Report id."), QStringLiteral("ID"));
    if (auto rc = s.parse(1, 1))
        return rc;
    const auto parsed = s.reportIdArgument(0);
    if (!parsed)
        return 2;
    id = *parsed;
    return s.openDatabase();
}

} // namespace

int reportsCommand()
{
    Session s(QStringLiteral("reports"), QCoreApplication::translate("cli", "List reports."));
    s.addJsonOption();
    s.addOption({QStringLiteral("search")}, QCoreApplication::translate("cli", "Only reports whose title or text matches (full-text search)."),
                QCoreApplication::translate("cli", "text"));
    s.addOption({QStringLiteral("status")},
                QCoreApplication::translate("cli", "Only reports with this verification status: unverified, verified, disputed or rejected."),
                QCoreApplication::translate("cli", "status"));
    if (auto rc = s.parse(0, 0))
        return *rc;
    ReportQuery q;
    q.search = s.value(QStringLiteral("search")).trimmed();
    if (s.isSet(QStringLiteral("status"))) {
        q.status = statusFromKey(s.value(QStringLiteral("status")).trimmed().toLower());
        if (!q.status)
            return s.usageError(QCoreApplication::translate("cli", "unknown status \"%1\" (one of: unverified, verified, disputed, rejected)")
                                    .arg(s.value(QStringLiteral("status"))));
    }
    if (auto rc = s.openDatabase())
        return *rc;
    const QList<Report> reports = s.query([q](WriteContext& ctx) { return ctx.stores.reports.list(q); });
    if (s.json()) {
        QJsonArray arr;
        for (const Report& r : reports)
            arr.append(json::report(r));
        writeJson(arr);
        return 0;
    }
    TextTable table({QCoreApplication::translate("cli", "ID"), QCoreApplication::translate("cli", "PUBLISHED"),
                     QCoreApplication::translate("cli", "STATUS"), QCoreApplication::translate("cli", "GRADE"),
                     QCoreApplication::translate("cli", "EVENTS"), QCoreApplication::translate("cli", "TITLE"),
                     QCoreApplication::translate("cli", "PUBLISHER")});
    for (const Report& r : reports)
        table.addRow({QString::number(r.id), r.doc.published ? displaySpan(*r.doc.published) : QStringLiteral("-"),
                      statusKey(r.verification.status), grade(r.verification), QString::number(r.eventCount),
                      TextTable::elide(r.doc.title, kTitleWidth), orDash(r.doc.publisher)});
    writeOut(table.render());
    return 0;
}

int reportCommand()
{
    Session s(QStringLiteral("report"), QCoreApplication::translate("cli", "Show one report with its text and extracted entities."));
    qint64 id = 0;
    if (auto rc = parseReportCommand(s, id))
        return *rc;
    struct Detail {
        std::optional<Report> report;
        QList<Organisation> orgs;
        QList<qint64> eventIds;
    };
    const Detail d = s.query([reportId = id](WriteContext& ctx) {
        Detail out;
        out.report = ctx.stores.reports.get(reportId);
        if (out.report) {
            out.orgs = ctx.stores.orgs.forReport(reportId);
            out.eventIds = ctx.stores.events.idsForReport(reportId);
        }
        return out;
    });
    if (!d.report)
        return s.usageError(QCoreApplication::translate("cli", "no report with id %1").arg(id));
    const Report& r = *d.report;
    if (s.json()) {
        writeJson(json::reportDetail(r, d.orgs, d.eventIds));
        return 0;
    }
    QStringList orgNames;
    for (const Organisation& o : d.orgs)
        orgNames << (o.nameZh.isEmpty() || o.nameEn.isEmpty() ? o.displayName() : o.nameEn + QLatin1String(" (") + o.nameZh + QLatin1Char(')'));
    QStringList eventIds;
    for (qint64 e : d.eventIds)
        eventIds << QString::number(e);
    QString published = QStringLiteral("-");
    if (r.doc.published) {
        published = displaySpan(*r.doc.published);
        if (!r.doc.published->rule.isEmpty())
            published += QLatin1String(" (") + r.doc.published->rule + QLatin1Char(')');
    }
    QString verification = statusKey(r.verification.status);
    if (grade(r.verification) != QLatin1String("-"))
        verification += QLatin1Char(' ') + grade(r.verification);
    if (!r.verification.analyst.isEmpty())
        verification += QLatin1String(", ") + r.verification.analyst;
    if (r.verification.at.isValid())
        verification += QLatin1String(", ") + r.verification.at.toUTC().toString(Qt::ISODate);

    TextTable fields({QCoreApplication::translate("cli", "REPORT"), QString::number(r.id)});
    fields.addRow({QCoreApplication::translate("cli", "Title"), r.doc.title});
    fields.addRow({QCoreApplication::translate("cli", "Publisher"), orDash(r.doc.publisher)});
    fields.addRow({QCoreApplication::translate("cli", "URL"), orDash(r.doc.url)});
    fields.addRow({QCoreApplication::translate("cli", "Published"), published});
    fields.addRow({QCoreApplication::translate("cli", "Language"), orDash(r.doc.language)});
    fields.addRow({QCoreApplication::translate("cli", "Encoding"), orDash(r.doc.sourceEncoding)});
    fields.addRow({QCoreApplication::translate("cli", "Repairs"), r.doc.repairs.isEmpty() ? QStringLiteral("-") : r.doc.repairs.join(QLatin1String("; "))});
    fields.addRow({QCoreApplication::translate("cli", "Source"), orDash(r.doc.sourcePath)});
    fields.addRow({QCoreApplication::translate("cli", "Imported"), r.importedAt.toUTC().toString(Qt::ISODate)});
    fields.addRow({QCoreApplication::translate("cli", "Verification"), verification});
    if (!r.verification.note.isEmpty())
        fields.addRow({QCoreApplication::translate("cli", "Note"), r.verification.note});
    fields.addRow({QCoreApplication::translate("cli", "Organisations"), orgNames.isEmpty() ? QStringLiteral("-") : orgNames.join(QLatin1String(", "))});
    fields.addRow({QCoreApplication::translate("cli", "Events"), eventIds.isEmpty() ? QStringLiteral("-") : eventIds.join(QLatin1String(", "))});
    writeOut(fields.render() + QLatin1Char('\n') + r.doc.text + (r.doc.text.endsWith(QLatin1Char('\n')) ? QString() : QStringLiteral("\n")));
    return 0;
}

int eventsCommand()
{
    Session s(QStringLiteral("events"), QCoreApplication::translate("cli", "List events matching the filter, oldest first."));
    s.addJsonOption();
    s.addEventFilterOptions();
    if (auto rc = s.parse(0, 0))
        return *rc;
    const auto filter = s.eventFilter();
    if (!filter)
        return 2;
    if (auto rc = s.openDatabase())
        return *rc;
    // The same events and report metadata as `export --format json`, so that both print the same JSON.
    const ExportPayload payload = s.query([f = *filter, json = s.json()](WriteContext& ctx) {
        if (json)
            return ExportSource::gather(ctx.stores, f, InterchangeFormat::Json);
        return ExportPayload{ExportSource::events(ctx.stores, f), {}, {}};
    });
    const QList<Event>& events = payload.events;
    if (s.json()) {
        QJsonArray arr;
        for (const Event& e : events)
            arr.append(json::event(e, payload.reports));
        writeJson(arr);
        return 0;
    }
    TextTable table({QCoreApplication::translate("cli", "ID"), QCoreApplication::translate("cli", "DATE"),
                     QCoreApplication::translate("cli", "CATEGORY"), QCoreApplication::translate("cli", "VERIFIED"),
                     QCoreApplication::translate("cli", "TITLE"), QCoreApplication::translate("cli", "ORGANISATIONS")});
    for (const Event& e : events) {
        QStringList orgs;
        for (const EventOrgLink& l : e.organisations)
            orgs << (l.name.isEmpty() ? l.nameZh : l.name);
        table.addRow({QString::number(e.id), displaySpan(e.date), categoryKey(e.category),
                      e.verified() ? QCoreApplication::translate("cli", "yes") : QCoreApplication::translate("cli", "no"),
                      TextTable::elide(e.title, kTitleWidth), orgs.join(QLatin1String(", "))});
    }
    writeOut(table.render());
    return 0;
}

int orgsCommand()
{
    Session s(QStringLiteral("orgs"), QCoreApplication::translate("cli", "List organisations."));
    s.addJsonOption();
    if (auto rc = s.parse(0, 0))
        return *rc;
    if (auto rc = s.openDatabase())
        return *rc;
    struct Listing {
        QList<Organisation> orgs;
        QHash<qint64, QString> names;
    };
    const Listing l = s.query([](WriteContext& ctx) {
        Listing out;
        out.orgs = ctx.stores.orgs.list();
        for (const Organisation& o : out.orgs)
            out.names.insert(o.id, o.displayName());
        for (const Organisation& o : out.orgs) {
            if (o.parentId && !out.names.contains(o.parentId))
                if (const auto p = ctx.stores.orgs.get(o.parentId))
                    out.names.insert(p->id, p->displayName());
        }
        return out;
    });
    if (s.json()) {
        QJsonArray arr;
        for (const Organisation& o : l.orgs)
            arr.append(json::organisation(o, o.parentId ? l.names.value(o.parentId) : QString()));
        writeJson(arr);
        return 0;
    }
    TextTable table({QCoreApplication::translate("cli", "ID"), QCoreApplication::translate("cli", "NAME"),
                     QCoreApplication::translate("cli", "CHINESE"), QCoreApplication::translate("cli", "KIND"),
                     QCoreApplication::translate("cli", "EVENTS"), QCoreApplication::translate("cli", "PARENT")});
    for (const Organisation& o : l.orgs)
        table.addRow({QString::number(o.id), o.displayName(), orDash(o.nameZh), orDash(o.kind), QString::number(o.eventCount),
                      o.parentId ? orDash(l.names.value(o.parentId)) : QStringLiteral("-")});
    writeOut(table.render());
    return 0;
}

int historyCommand()
{
    Session s(QStringLiteral("history"), QCoreApplication::translate("cli", "Show a report's verification history, oldest first."));
    qint64 id = 0;
    if (auto rc = parseReportCommand(s, id))
        return *rc;
    const auto history = s.query([reportId = id](WriteContext& ctx) -> std::optional<QList<VerificationLogEntry>> {
        if (!ctx.stores.verifications.get(reportId))
            return std::nullopt;
        return ctx.stores.verifications.history(reportId);
    });
    if (!history)
        return s.usageError(QCoreApplication::translate("cli", "no report with id %1").arg(id));
    if (s.json()) {
        QJsonArray arr;
        for (const VerificationLogEntry& e : *history)
            arr.append(json::historyEntry(e));
        writeJson(arr);
        return 0;
    }
    TextTable table({QCoreApplication::translate("cli", "AT"), QCoreApplication::translate("cli", "ANALYST"),
                     QCoreApplication::translate("cli", "ACTION"), QCoreApplication::translate("cli", "STATUS"),
                     QCoreApplication::translate("cli", "GRADE"), QCoreApplication::translate("cli", "NOTE")});
    const QString arrow = QStringLiteral(" -> ");
    for (const VerificationLogEntry& e : *history)
        table.addRow({e.value.at.toUTC().toString(Qt::ISODate), orDash(e.value.analyst), e.action,
                      statusKey(e.previous.status) + arrow + statusKey(e.value.status),
                      grade(e.previous) + arrow + grade(e.value), orDash(e.value.note)});
    writeOut(table.render());
    return 0;
}

} // namespace lodestone::cli
