// Read-only commands: reports, report, events, orgs, history.
#include "clicommands.h"
#include "interchange/exportsource.h"
#include "clijson.h"
#include "clioutput.h"
#include "clisession.h"
#include "clilisting.h"
#include "clitext.h"

#include "store/eventstore.h"
#include "store/interchangescan.h"
#include "store/stores.h"

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
    s.addPagingOptions();
    if (auto rc = s.parse(0, 0))
        return *rc;
    const auto paging = s.paging();
    if (!paging)
        return 2;
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
    TextTable table({QCoreApplication::translate("cli", "ID"), QCoreApplication::translate("cli", "PUBLISHED"),
                     QCoreApplication::translate("cli", "STATUS"), QCoreApplication::translate("cli", "GRADE"),
                     QCoreApplication::translate("cli", "EVENTS"), QCoreApplication::translate("cli", "TITLE"),
                     QCoreApplication::translate("cli", "PUBLISHER")});
    // Read and printed a page at a time (by id, each page after the last id of the one before): a million reports
    // never sit in memory at once.
    q.offset = static_cast<int>(paging->offset);
    Listing listing(s, table, paging->limit);
    while (const int want = listing.nextPageSize()) {
        q.limit = want;
        const QList<Report> page = s.query([q](WriteContext& ctx) { return ctx.stores.reports.list(q); });
        for (const Report& r : page) {
            if (s.json())
                listing.add(json::report(r));
            else
                listing.add({QString::number(r.id), r.doc.published ? displaySpan(*r.doc.published) : QStringLiteral("-"),
                             statusKey(r.verification.status), grade(r.verification), QString::number(r.eventCount),
                             TextTable::elide(r.doc.title, kTitleWidth), orDash(r.doc.publisher)});
        }
        if (!listing.pageDone(page.size()))
            break;
        q.afterId = page.back().id;
        q.offset = 0;
    }
    listing.finish();
    return 0;
}

int reportCommand()
{
    Session s(QStringLiteral("report"), QCoreApplication::translate("cli", "Show one report with its text and extracted entities, or correct its publication date, URL or publisher."));
    addReportCorrectionOptions(s);
    qint64 id = 0;
    s.addJsonOption();
    s.addPositional(QStringLiteral("id"), QCoreApplication::translate("cli", "Report id."), QStringLiteral("ID"));
    if (auto rc = s.parse(1, 1))
        return *rc;
    const auto parsed = s.reportIdArgument(0);
    if (!parsed)
        return 2;
    id = *parsed;
    if (wantsReportCorrection(s))
        return correctReportCommand(s, id);
    if (auto rc = s.openDatabase())
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
    auto withRule = [](const QString& value, const QString& rule) {
        return value.isEmpty() ? QStringLiteral("-") : rule.isEmpty() ? value : value + QLatin1String(" (") + rule + QLatin1Char(')');
    };
    fields.addRow({QCoreApplication::translate("cli", "Publisher"), withRule(r.doc.publisher, r.doc.publisherRule)});
    fields.addRow({QCoreApplication::translate("cli", "URL"), withRule(r.doc.url, r.doc.urlRule)});
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
    s.addPagingOptions();
    s.addOption({QStringLiteral("undated")},
                QCoreApplication::translate("cli", "Only undated events: no day known (the report has no publication date and the sentence no date)."));
    if (auto rc = s.parse(0, 0))
        return *rc;
    auto filter = s.eventFilter();
    if (!filter)
        return 2;
    const auto paging = s.paging();
    if (!paging)
        return 2;
    filter->undatedOnly = s.isSet(QStringLiteral("undated"));
    if (auto rc = s.openDatabase())
        return *rc;
    // The filter's organisations and search hits once, then the events a page at a time (each after the last one).
    struct Prepared {
        EventFilter filter;
        QList<qint64> searchIds;
        bool nothing = false;
    };
    const Prepared prepared = s.query([f = *filter](WriteContext& ctx) mutable {
        Prepared out;
        if (!f.orgNames.isEmpty()) {
            f.orgIds << ctx.stores.orgs.resolveNames(f.orgNames);
            out.nothing = f.orgIds.isEmpty(); // an unknown organisation matches nothing
        }
        if (!f.search.isEmpty())
            out.searchIds = ctx.stores.reports.searchIds(f.search);
        out.filter = std::move(f);
        return out;
    });
    TextTable table({QCoreApplication::translate("cli", "ID"), QCoreApplication::translate("cli", "DATE"),
                     QCoreApplication::translate("cli", "CATEGORY"), QCoreApplication::translate("cli", "VERIFIED"),
                     QCoreApplication::translate("cli", "TITLE"), QCoreApplication::translate("cli", "ORGANISATIONS")});
    Listing listing(s, table, prepared.nothing ? 0 : paging->limit);
    EventStore::Page at;
    at.offset = static_cast<int>(paging->offset);
    while (const int want = listing.nextPageSize()) {
        // JSON carries the metadata of each event's reports, as `export --format json` does
        struct Page {
            QList<Event> events;
            QHash<qint64, Report> reports;
        };
        const Page pageData = s.query([&prepared, want, at, json = s.json()](WriteContext& ctx) {
            Page out;
            out.events = ctx.stores.events.list(prepared.filter, prepared.searchIds, want, at);
            if (json) {
                QList<qint64> ids;
                for (const Event& e : std::as_const(out.events))
                    for (const EventReportLink& l : e.reports)
                        ids << l.reportId;
                out.reports = InterchangeScan(ctx.stores.db.sql()).reportSummaries(ids);
            }
            return out;
        });
        const QList<Event>& page = pageData.events;
        for (const Event& e : page) {
            if (s.json()) {
                listing.add(json::event(e, pageData.reports));
                continue;
            }
            QStringList orgs;
            for (const EventOrgLink& l : e.organisations)
                orgs << (l.name.isEmpty() ? l.nameZh : l.name);
            // an undated event shows an empty date; a planned or effective-from one says so after its date
            QString when = e.undated() ? QString() : displaySpan(e.date);
            if (e.timing == EventTiming::Planned)
                when += QLatin1Char(' ') + QCoreApplication::translate("cli", "(planned)");
            else if (e.timing == EventTiming::Effective)
                when += QLatin1Char(' ') + QCoreApplication::translate("cli", "(effective from)");
            listing.add({QString::number(e.id), when, categoryKey(e.category),
                         e.verified() ? QCoreApplication::translate("cli", "yes") : QCoreApplication::translate("cli", "no"),
                         TextTable::elide(e.title, kTitleWidth), orgs.join(QLatin1String(", "))});
        }
        if (!listing.pageDone(page.size()))
            break;
        const Event& last = page.back();
        at.after = std::make_pair(last.undated() ? qint64(0) : last.date.start.toJulianDay(), last.id);
        at.afterUndated = last.undated();
        at.offset = 0;
    }
    listing.finish();
    return 0;
}

int orgsCommand()
{
    Session s(QStringLiteral("orgs"), QCoreApplication::translate("cli", "List organisations."));
    s.addJsonOption();
    s.addPagingOptions();
    if (auto rc = s.parse(0, 0))
        return *rc;
    const auto paging = s.paging();
    if (!paging)
        return 2;
    if (auto rc = s.openDatabase())
        return *rc;
    TextTable table({QCoreApplication::translate("cli", "ID"), QCoreApplication::translate("cli", "NAME"),
                     QCoreApplication::translate("cli", "CHINESE"), QCoreApplication::translate("cli", "KIND"),
                     QCoreApplication::translate("cli", "EVENTS"), QCoreApplication::translate("cli", "PARENT")});
    struct Page {
        QList<Organisation> orgs;
        QHash<qint64, QString> parents; // display names of the page's parents
    };
    // A page at a time, each after the last organisation of the one before.
    Listing listing(s, table, paging->limit);
    std::optional<Organisation> last;
    int offset = static_cast<int>(paging->offset);
    while (const int want = listing.nextPageSize()) {
        const Page page = s.query([want, offset, &last](WriteContext& ctx) {
            Page out;
            out.orgs = ctx.stores.orgs.listPage(want, offset, last ? &*last : nullptr);
            for (const Organisation& o : out.orgs) {
                if (o.parentId && !out.parents.contains(o.parentId))
                    if (const auto p = ctx.stores.orgs.get(o.parentId))
                        out.parents.insert(p->id, p->displayName());
            }
            return out;
        });
        for (const Organisation& o : page.orgs) {
            const QString parent = o.parentId ? page.parents.value(o.parentId) : QString();
            if (s.json())
                listing.add(json::organisation(o, parent));
            else
                listing.add({QString::number(o.id), o.displayName(), orDash(o.nameZh), orDash(o.kind),
                             QString::number(o.eventCount), o.parentId ? orDash(parent) : QStringLiteral("-")});
        }
        if (!listing.pageDone(page.orgs.size()))
            break;
        last = page.orgs.back();
        offset = 0;
    }
    listing.finish();
    return 0;
}

int historyCommand()
{
    Session s(QStringLiteral("history"), QCoreApplication::translate("cli", "Show a report's verification history, oldest first."));
    s.addPagingOptions();
    qint64 id = 0;
    if (auto rc = parseReportCommand(s, id))
        return *rc;
    const auto paging = s.paging();
    if (!paging)
        return 2;
    const bool known = s.query([reportId = id](WriteContext& ctx) { return ctx.stores.verifications.get(reportId).has_value(); });
    if (!known)
        return s.usageError(QCoreApplication::translate("cli", "no report with id %1").arg(id));
    TextTable table({QCoreApplication::translate("cli", "AT"), QCoreApplication::translate("cli", "ANALYST"),
                     QCoreApplication::translate("cli", "ACTION"), QCoreApplication::translate("cli", "STATUS"),
                     QCoreApplication::translate("cli", "GRADE"), QCoreApplication::translate("cli", "NOTE")});
    const QString arrow = QStringLiteral(" -> ");
    // A page at a time (an append-only history can grow long), each after the last entry of the one before.
    Listing listing(s, table, paging->limit);
    qint64 afterId = 0;
    int offset = static_cast<int>(paging->offset);
    while (const int want = listing.nextPageSize()) {
        const QList<VerificationLogEntry> page = s.query([reportId = id, afterId, want, offset](WriteContext& ctx) {
            return ctx.stores.verifications.historyPage(reportId, afterId, want, offset);
        });
        for (const VerificationLogEntry& e : page) {
            if (s.json())
                listing.add(json::historyEntry(e));
            else
                listing.add({e.value.at.toUTC().toString(Qt::ISODate), orDash(e.value.analyst), e.action,
                             statusKey(e.previous.status) + arrow + statusKey(e.value.status),
                             grade(e.previous) + arrow + grade(e.value), orDash(e.value.note)});
        }
        if (!listing.pageDone(page.size()))
            break;
        afterId = page.back().id;
        offset = 0;
    }
    listing.finish();
    return 0;
}

} // namespace lodestone::cli
