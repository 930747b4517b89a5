// Commands that change or copy the database: import, demo, verify, backup; and the exports: events as
// csv/json/timelinejs, dashboard charts as png/svg/pdf (offscreen, see main).
#include "clicommands.h"
#include "clijson.h"
#include "clioutput.h"
#include "clisession.h"

#include "charts/chartbuilder.h"
#include "charts/chartcaptions.h"
#include "charts/chartexporter.h"
#include "common/categorylabels.h"
#include "common/orgnames.h"
#include "db/backup.h"
#include "interchange/eventexporter.h"
#include "interchange/exportsource.h"
#include "query/chartsource.h"
#include "service/importer.h"
#include "util/outputfile.h"
#include "util/printable.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QChart>
#include <QJsonArray>
#include <SQLiteCpp/Transaction.h>

namespace lodestone::cli {

namespace {

// English-style singular/plural pick of two translatable patterns containing %1.
QString counted(int n, const char* one, const char* many)
{
    return QCoreApplication::translate("cli", n == 1 ? one : many).arg(n);
}

QString resultLine(const ImportFileResult& r)
{
    switch (r.status) {
    case ImportStatus::Imported: {
        QString reports;
        if (r.reportIds.isEmpty()) // a bundle of organisations, or known reports with new verifications or events
            reports = QCoreApplication::translate("cli", "no new report");
        else if (r.reportIds.size() == 1)
            reports = QCoreApplication::translate("cli", "report %1").arg(r.reportIds.first());
        else
            reports = QCoreApplication::translate("cli", "reports %1").arg(
                [&] { // runs of consecutive ids as "first-last": a list of a million rows is one short line
                    QStringList ids;
                    for (qsizetype i = 0; i < r.reportIds.size();) {
                        qsizetype j = i;
                        while (j + 1 < r.reportIds.size() && r.reportIds[j + 1] == r.reportIds[j] + 1)
                            ++j;
                        ids << (j - i >= 2 ? QStringLiteral("%1-%2").arg(r.reportIds[i]).arg(r.reportIds[j])
                                           : QString::number(r.reportIds[i]));
                        if (j - i == 1)
                            ids << QString::number(r.reportIds[j]);
                        i = j + 1;
                    }
                    return ids.join(QLatin1Char(','));
                }());
        return QCoreApplication::translate("cli", "imported  %1  %2, %3, %4\n")
            .arg(printableLine(r.file), reports, counted(r.events, QT_TRANSLATE_NOOP("cli", "%1 event"), QT_TRANSLATE_NOOP("cli", "%1 events")),
                 counted(r.organisations, QT_TRANSLATE_NOOP("cli", "%1 organisation"), QT_TRANSLATE_NOOP("cli", "%1 organisations")));
    }
    case ImportStatus::Duplicate:
        if (r.similarity < 1.0)
            return QCoreApplication::translate("cli", "duplicate %1 (duplicate of report %2: the same article, %3% shared)\n")
                .arg(printableLine(r.file)).arg(r.duplicateOf).arg(qRound(r.similarity * 100));
        return QCoreApplication::translate("cli", "duplicate %1 (%2)\n")
            .arg(printableLine(r.file), r.duplicateOf ? QCoreApplication::translate("cli", "report %1").arg(r.duplicateOf)
                                                      : QCoreApplication::translate("cli", "everything it holds is known already"));
    case ImportStatus::Failed:
        return QCoreApplication::translate("cli", "failed    %1: %2\n").arg(printableLine(r.file), printableLine(describeFileError(r.error, r.file)));
    }
    return {};
}

// Imports paths through the Importer and prints per-file results (text: one line per file when
// perFileLines, failures always on stderr; JSON: the import document) and a summary. Returns the exit code.
int importAndReport(Session& s, const QStringList& paths, bool perFileLines)
{
    if (!s.gazetteer())
        return failure(QCoreApplication::translate("cli", "the bundled organisation gazetteer cannot be loaded"));
    const bool showProgress = stderrIsTerminal();
    bool progressVisible = false;
    auto clearProgress = [&] {
        if (progressVisible) {
            writeTerminalControl(QStringLiteral("\r\033[K"));
            progressVisible = false;
        }
    };
    QElapsedTimer timer;
    timer.start();
    Importer importer(s.writer(), s.gazetteer());
    const ImportSummary summary = importer.run(
        paths, CancelToken{},
        [&](const ImportProgress& p) {
            if (!showProgress || p.total <= 0 || p.current.isEmpty())
                return;
            writeTerminalControl(QStringLiteral("\r\033[K[%1/%2] %3").arg(p.done).arg(p.total).arg(printableLine(QFileInfo(p.current).fileName())));
            progressVisible = true;
        },
        [&](const ImportFileResult& r) {
            clearProgress();
            if (r.status == ImportStatus::Failed)
                writeErr(resultLine(r));
            else if (perFileLines && !s.json())
                writeOut(resultLine(r));
        });
    clearProgress();
    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    if (s.json()) {
        QJsonArray results;
        for (const ImportFileResult& r : summary.results)
            results.append(json::importResult(r, r.status == ImportStatus::Failed ? describeFileError(r.error, r.file) : QString()));
        QJsonObject doc;
        doc[QStringLiteral("results")] = results;
        doc[QStringLiteral("imported")] = summary.imported;
        doc[QStringLiteral("duplicates")] = summary.duplicates;
        doc[QStringLiteral("failed")] = summary.failed;
        doc[QStringLiteral("cancelled")] = summary.cancelled;
        if (!summary.notAttempted.isEmpty()) // the batch stopped (disk full): these files were not tried
            doc[QStringLiteral("not_attempted")] = QJsonArray::fromStringList(summary.notAttempted);
        doc[QStringLiteral("seconds")] = seconds;
        writeJson(doc);
    } else {
        writeOut(QCoreApplication::translate("cli", "%1 imported, %2, %3 failed (%4 s)\n")
                     .arg(summary.imported)
                     .arg(counted(summary.duplicates, QT_TRANSLATE_NOOP("cli", "%1 duplicate"), QT_TRANSLATE_NOOP("cli", "%1 duplicates")))
                     .arg(summary.failed)
                     .arg(seconds, 0, 'f', 2));
        if (!summary.notAttempted.isEmpty())
            writeOut(QCoreApplication::translate("cli", "The import stopped: %1 not attempted. Free some space and run the same import again; "
                                                        "what was stored is reported as duplicate.\n")
                         .arg(counted(int(summary.notAttempted.size()), QT_TRANSLATE_NOOP("cli", "%1 file"), QT_TRANSLATE_NOOP("cli", "%1 files"))));
    }
    return summary.failed > 0 || summary.cancelled ? 1 : 0;
}

} // namespace

int importCommand()
{
    Session s(QStringLiteral("import"),
              QCoreApplication::translate("cli", "Import files or folders (recursively): text, HTML, Markdown, RSS/Atom, PDF, STIX 2.1 bundles (.json), JSON/CSV report lists."));
    s.addJsonOption();
    s.addPositional(QStringLiteral("path"), QCoreApplication::translate("cli", "Files or folders to import."), QStringLiteral("PATH..."));
    if (auto rc = s.parse(1, -1))
        return *rc;
    if (auto rc = s.openDatabase())
        return *rc;
    return importAndReport(s, s.positional(), true);
}

int demoCommand()
{
    Session s(QStringLiteral("demo"), QCoreApplication::translate("cli", "Load the bundled demo corpus into the database."));
    s.addJsonOption();
    if (auto rc = s.parse(0, 0))
        return *rc;
    QStringList files;
    QDirIterator it(QStringLiteral(":/core/demo"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (QFileInfo(file).fileName().compare(QLatin1String("README.md"), Qt::CaseInsensitive) != 0)
            files << file;
    }
    files.sort();
    if (files.isEmpty())
        return failure(QCoreApplication::translate("cli", "the demo corpus is missing from this build"));
    if (auto rc = s.openDatabase())
        return *rc;
    return importAndReport(s, files, false);
}

int verifyCommand()
{
    Session s(QStringLiteral("verify"),
              QCoreApplication::translate("cli", "Set a report's verification; every change is appended to its history."));
    s.addJsonOption();
    s.addPositional(QStringLiteral("id"), QCoreApplication::translate("cli", "Report id."), QStringLiteral("ID"));
    s.addOption({QStringLiteral("status")},
                QCoreApplication::translate("cli", "New status: unverified, verified, disputed or rejected (required)."),
                QCoreApplication::translate("cli", "status"));
    s.addOption({QStringLiteral("reliability")},
                QCoreApplication::translate("cli", "Source reliability A (completely reliable) to F (cannot be judged)."),
                QStringLiteral("A-F"));
    s.addOption({QStringLiteral("credibility")},
                QCoreApplication::translate("cli", "Information credibility 1 (confirmed) to 6 (cannot be judged)."),
                QStringLiteral("1-6"));
    s.addOption({QStringLiteral("note")}, QCoreApplication::translate("cli", "Analyst's note."), QCoreApplication::translate("cli", "text"));
    s.addOption({QStringLiteral("analyst")},
                QCoreApplication::translate("cli", "Analyst name (default: $LODESTONE_ANALYST, else the user name)."),
                QCoreApplication::translate("cli", "name"));
    if (auto rc = s.parse(1, 1))
        return *rc;
    const auto id = s.reportIdArgument(0);
    if (!id)
        return 2;
    if (!s.isSet(QStringLiteral("status")))
        return s.usageError(QCoreApplication::translate("cli", "--status is required"));
    const auto status = statusFromKey(s.value(QStringLiteral("status")).trimmed().toLower());
    if (!status)
        return s.usageError(QCoreApplication::translate("cli", "unknown status \"%1\" (one of: unverified, verified, disputed, rejected)")
                                .arg(s.value(QStringLiteral("status"))));
    std::optional<QString> reliability;
    if (s.isSet(QStringLiteral("reliability"))) {
        const QString r = s.value(QStringLiteral("reliability")).trimmed().toUpper();
        if (r.size() != 1 || r[0] < QLatin1Char('A') || r[0] > QLatin1Char('F'))
            return s.usageError(QCoreApplication::translate("cli", "invalid reliability \"%1\" (expected a letter A to F)")
                                    .arg(s.value(QStringLiteral("reliability"))));
        reliability = r;
    }
    std::optional<int> credibility;
    if (s.isSet(QStringLiteral("credibility"))) {
        bool ok = false;
        const int c = s.value(QStringLiteral("credibility")).trimmed().toInt(&ok);
        if (!ok || c < 1 || c > 6)
            return s.usageError(QCoreApplication::translate("cli", "invalid credibility \"%1\" (expected a number 1 to 6)")
                                    .arg(s.value(QStringLiteral("credibility"))));
        credibility = c;
    }
    std::optional<QString> note;
    if (s.isSet(QStringLiteral("note")))
        note = s.value(QStringLiteral("note"));
    const QString analyst = s.isSet(QStringLiteral("analyst")) && !s.value(QStringLiteral("analyst")).trimmed().isEmpty()
                                ? s.value(QStringLiteral("analyst")).trimmed()
                                : defaultAnalyst();
    if (auto rc = s.openDatabase())
        return *rc;

    struct Outcome {
        bool found = false;
        Verification previous;
        Verification now;
    };
    const Outcome o = s.query([reportId = *id, st = *status, reliability, credibility, note, analyst](WriteContext& ctx) {
        Outcome out;
        const auto current = ctx.stores.verifications.get(reportId);
        if (!current)
            return out;
        out.found = true;
        Verification v = *current;
        v.status = st;
        if (reliability)
            v.reliability = *reliability;
        if (credibility)
            v.credibility = *credibility;
        if (note)
            v.note = *note;
        v.analyst = analyst;
        v.at = QDateTime::currentDateTimeUtc();
        SQLite::Transaction tx(ctx.db.sql());
        out.previous = ctx.stores.verifications.set(reportId, v, QStringLiteral("set")).value_or(*current);
        tx.commit();
        out.now = ctx.stores.verifications.get(reportId).value_or(v);
        return out;
    });
    if (!o.found)
        return s.usageError(QCoreApplication::translate("cli", "no report with id %1").arg(*id));
    s.writer().notifyChanged(QStringLiteral("verification"));
    if (s.json()) {
        QJsonObject doc = json::verificationFields(o.now);
        doc[QStringLiteral("report_id")] = *id;
        doc[QStringLiteral("analyst")] = json::text(o.now.analyst);
        doc[QStringLiteral("at")] = json::timestamp(o.now.at);
        doc[QStringLiteral("previous")] = json::verificationFields(o.previous);
        writeJson(doc);
        return 0;
    }
    QString line = QCoreApplication::translate("cli", "report %1: %2").arg(*id).arg(statusKey(o.now.status));
    if (!o.now.reliability.isEmpty())
        line += QLatin1String(", ") + QCoreApplication::translate("cli", "reliability %1").arg(o.now.reliability);
    if (o.now.credibility > 0)
        line += QLatin1String(", ") + QCoreApplication::translate("cli", "credibility %1").arg(o.now.credibility);
    line += QLatin1String(", ") + QCoreApplication::translate("cli", "by %1 at %2").arg(o.now.analyst, o.now.at.toUTC().toString(Qt::ISODate));
    if (!o.now.note.isEmpty())
        line += QLatin1String("\n") + QCoreApplication::translate("cli", "note: %1").arg(o.now.note);
    writeOut(line + QLatin1Char('\n'));
    return 0;
}

int backupCommand()
{
    Session s(QStringLiteral("backup"), QCoreApplication::translate("cli", "Write a consistent copy of the database, safe while the app runs."));
    s.addOption({QStringLiteral("out")}, QCoreApplication::translate("cli", "The copy to write (replaced atomically)."),
                QCoreApplication::translate("cli", "file"));
    if (auto rc = s.parse(0, 0))
        return *rc;
    const QString out = s.value(QStringLiteral("out")).trimmed();
    if (out.isEmpty())
        return s.usageError(QCoreApplication::translate("cli", "--out is required"));
    const QString source = s.databasePath();
    QElapsedTimer timer;
    timer.start();
    if (const Error e = backupDatabase(source, out)) {
        if (e.code == ErrorCode::InvalidArgument || (e.code == ErrorCode::Io && e.detail.startsWith(QFileInfo(out).absolutePath())))
            return s.usageError(technicalDetail(e, QString()));
        return databaseFailure(e, source);
    }
    writeOut(QCoreApplication::translate("cli", "backup of %1 written to %2 (%3 bytes, %4 ms)\n")
                 .arg(source, out)
                 .arg(QFileInfo(out).size())
                 .arg(timer.elapsed()));
    return 0;
}

namespace {

// A positive pixel count for --width/--height, or std::nullopt after a usage error.
std::optional<int> pixelOption(Session& s, const QString& name, int fallback)
{
    if (!s.isSet(name))
        return fallback;
    bool ok = false;
    const int v = s.value(name).trimmed().toInt(&ok);
    if (!ok || v < 64 || v > 16000) {
        s.usageError(QCoreApplication::translate("cli", "invalid --%1 \"%2\" (expected 64 to 16000 pixels)").arg(name, s.value(name)));
        return std::nullopt;
    }
    return v;
}


} // namespace

int exportCommand()
{
    Session s(QStringLiteral("export"), QCoreApplication::translate("cli", "Export events, organisations and reports. stix writes one STIX 2.1 bundle (reports with their full text, verification and history, organisations, events with corrections, relationships) that another Lodestone imports without loss; csv, json and timelinejs write the events with their reports' title, URL, publisher, date and grades."));
    s.addOption({QStringLiteral("format")}, QCoreApplication::translate("cli", "Export format: stix, csv, json or timelinejs."),
                QCoreApplication::translate("cli", "format"));
    s.addOption({QStringLiteral("out")}, QCoreApplication::translate("cli", "The file to write."), QCoreApplication::translate("cli", "file"));
    s.addOption({QStringLiteral("title")}, QCoreApplication::translate("cli", "Headline of the TimelineJS title slide."),
                QCoreApplication::translate("cli", "text"));
    s.addOption({QStringLiteral("author")},
                QCoreApplication::translate("cli", "STIX: the team or analyst who shares the bundle, named as its creator (default: $LODESTONE_ANALYST, else the user name)."),
                QCoreApplication::translate("cli", "name"));
    s.addOption({QStringLiteral("author-class")},
                QCoreApplication::translate("cli", "STIX: what the author is: individual (default), group or organization."),
                QCoreApplication::translate("cli", "class"));
    s.addEventFilterOptions();
    if (auto rc = s.parse(0, 0))
        return *rc;
    const QString out = s.value(QStringLiteral("out")).trimmed();
    if (!s.isSet(QStringLiteral("format")))
        return s.usageError(QCoreApplication::translate("cli", "--format is required (stix, csv, json or timelinejs)"));
    const QString formatKey = s.value(QStringLiteral("format")).trimmed().toLower();
    const auto format = EventExporter::formatFromKey(formatKey);
    if (!format)
        return s.usageError(QCoreApplication::translate("cli", "unknown format \"%1\" (one of: stix, csv, json, timelinejs)").arg(formatKey));
    if (!EventExporter::isAvailable(*format))
        return s.usageError(QCoreApplication::translate("cli", "format %1 is not available yet").arg(formatKey));
    if (out.isEmpty())
        return s.usageError(QCoreApplication::translate("cli", "--out is required"));
    const QString authorClass = s.isSet(QStringLiteral("author-class")) ? s.value(QStringLiteral("author-class")).trimmed().toLower()
                                                                         : QStringLiteral("individual");
    if (authorClass != u"individual" && authorClass != u"group" && authorClass != u"organization")
        return s.usageError(QCoreApplication::translate("cli", "unknown author class \"%1\" (one of: individual, group, organization)")
                                .arg(s.value(QStringLiteral("author-class"))));
    const auto filter = s.eventFilter();
    if (!filter)
        return 2;
    if (auto rc = s.openDatabase())
        return *rc;
    if (const Error e = OutputFile::check(out)) // before any work: never over the open database or its files
        return failure(QCoreApplication::translate("cli", "%1: cannot write: %2").arg(out, technicalDetail(e, out)));
    const ExportPayload payload = s.query([f = *filter, fmt = *format](WriteContext& ctx) {
        return ExportSource::gather(ctx.stores, f, fmt);
    });
    const QList<Event>& events = payload.events;
    EventExporter::Options options;
    ExportSource::apply(payload, options);
    options.author = s.isSet(QStringLiteral("author")) && !s.value(QStringLiteral("author")).trimmed().isEmpty()
                         ? s.value(QStringLiteral("author")).trimmed()
                         : defaultAnalyst();
    options.authorClass = authorClass;
    options.headline = s.isSet(QStringLiteral("title")) ? s.value(QStringLiteral("title"))
                                                         : QCoreApplication::translate("cli", "Lodestone events");
    options.intro = QCoreApplication::translate("cli", "%1 events exported on %2")
                        .arg(events.size())
                        .arg(QDate::currentDate().toString(Qt::ISODate));
    options.groupLabels = allCategoryLabels();
    if (const Error e = EventExporter::write(events, *format, out, options))
        return failure(QCoreApplication::translate("cli", "%1: cannot write: %2").arg(out, technicalDetail(e, out)));
    if (payload.interchange)
        writeOut(QCoreApplication::translate("cli", "%1, %2 and %3 written to %4 (%5)\n")
                     .arg(counted(int(payload.interchange->events.size()), QT_TRANSLATE_NOOP("cli", "%1 event"), QT_TRANSLATE_NOOP("cli", "%1 events")),
                          counted(int(payload.interchange->reports.size()), QT_TRANSLATE_NOOP("cli", "%1 report"), QT_TRANSLATE_NOOP("cli", "%1 reports")),
                          counted(int(payload.interchange->organisations.size()), QT_TRANSLATE_NOOP("cli", "%1 organisation"), QT_TRANSLATE_NOOP("cli", "%1 organisations")),
                          out, formatKey));
    else
        writeOut(QCoreApplication::translate("cli", "%1 written to %2 (%3)\n")
                     .arg(counted(int(events.size()), QT_TRANSLATE_NOOP("cli", "%1 event"), QT_TRANSLATE_NOOP("cli", "%1 events")), out, formatKey));
    return 0;
}

int exportChartCommand()
{
    Session s(QStringLiteral("export-chart"), QCoreApplication::translate("cli", "Render a dashboard chart to a file, headless."));
    s.addOption({QStringLiteral("chart")},
                QCoreApplication::translate("cli", "Chart: events-by-month, events-by-category, top-organisations or verification-status."),
                QCoreApplication::translate("cli", "name"));
    s.addOption({QStringLiteral("format")}, QCoreApplication::translate("cli", "Image format: png, svg or pdf."),
                QCoreApplication::translate("cli", "format"));
    s.addOption({QStringLiteral("out")}, QCoreApplication::translate("cli", "The file to write."), QCoreApplication::translate("cli", "file"));
    s.addOption({QStringLiteral("width")}, QCoreApplication::translate("cli", "Width in pixels."), QStringLiteral("px"));
    s.addOption({QStringLiteral("height")}, QCoreApplication::translate("cli", "Height in pixels."), QStringLiteral("px"));
    s.addOption({QStringLiteral("title")}, QCoreApplication::translate("cli", "Chart title."), QCoreApplication::translate("cli", "text"));
    s.addOption({QStringLiteral("scale")},
                QCoreApplication::translate("cli", "Device pixel ratio: how large text and lines are drawn (default 2)."),
                QStringLiteral("factor"));
    s.addOption({QStringLiteral("bucket")},
                QCoreApplication::translate("cli", "Bar width of events-by-month: auto, week, month, quarter or year (default auto)."),
                QCoreApplication::translate("cli", "bucket"));
    s.addOption({QStringLiteral("classification")},
                QCoreApplication::translate("cli", "Classification or handling line printed at the top and bottom."),
                QCoreApplication::translate("cli", "text"));
    s.addOption({QStringLiteral("org-names")},
                QCoreApplication::translate("cli", "Organisation names in labels and captions: en, zh or both (default both, e.g. \"Baogang Group 包钢集团\")."),
                QStringLiteral("en|zh|both"));
    s.addEventFilterOptions();
    if (auto rc = s.parse(0, 0))
        return *rc;
    const auto orgNames = OrgNames::fromKey(s.isSet(QStringLiteral("org-names")) ? s.value(QStringLiteral("org-names")) : QStringLiteral("both"));
    if (!orgNames)
        return s.usageError(QCoreApplication::translate("cli", "unknown --org-names \"%1\" (one of: en, zh, both)").arg(s.value(QStringLiteral("org-names"))));
    OrgNames::setMode(*orgNames, false); // this run only; the GUI's saved choice is left alone
    const auto kind = chartKindFromKey(s.value(QStringLiteral("chart")).trimmed());
    if (!kind)
        return s.usageError(s.isSet(QStringLiteral("chart"))
                                ? QCoreApplication::translate("cli", "unknown chart \"%1\" (one of: events-by-month, events-by-category, top-organisations, verification-status)")
                                      .arg(s.value(QStringLiteral("chart")))
                                : QCoreApplication::translate("cli", "--chart is required"));
    const QString out = s.value(QStringLiteral("out")).trimmed();
    if (out.isEmpty())
        return s.usageError(QCoreApplication::translate("cli", "--out is required"));
    const auto format = s.isSet(QStringLiteral("format")) ? exportFormatFromKey(s.value(QStringLiteral("format")).trimmed())
                                                          : exportFormatFromPath(out);
    if (!format)
        return s.usageError(QCoreApplication::translate("cli", "unknown or missing --format (one of: png, svg, pdf)"));
    const auto width = pixelOption(s, QStringLiteral("width"), 1600);
    const auto height = width ? pixelOption(s, QStringLiteral("height"), 900) : std::nullopt;
    if (!width || !height)
        return 2;
    ExportOptions options;
    options.size = QSize(*width, *height);
    if (s.isSet(QStringLiteral("scale"))) {
        bool ok = false;
        options.scale = s.value(QStringLiteral("scale")).trimmed().toDouble(&ok);
        if (!ok || options.scale < 0.5 || options.scale > 8)
            return s.usageError(QCoreApplication::translate("cli", "invalid --scale \"%1\" (expected 0.5 to 8)").arg(s.value(QStringLiteral("scale"))));
    }
    ChartBucket bucket = ChartBucket::Auto;
    if (s.isSet(QStringLiteral("bucket"))) {
        const auto b = chartBucketFromKey(s.value(QStringLiteral("bucket")).trimmed().toLower());
        if (!b)
            return s.usageError(QCoreApplication::translate("cli", "unknown bucket \"%1\" (one of: auto, week, month, quarter, year)")
                                    .arg(s.value(QStringLiteral("bucket"))));
        bucket = *b;
    }
    const auto filter = s.eventFilter();
    if (!filter)
        return 2;
    if (auto rc = s.openDatabase())
        return *rc;
    if (const Error e = OutputFile::check(out))
        return failure(QCoreApplication::translate("cli", "%1: cannot write: %2").arg(out, technicalDetail(e, out)));
    const ChartData data = s.query([f = *filter, bucket](WriteContext& ctx) { return ChartSource::load(ctx.stores, f, bucket); });
    ChartCaptions::fill(options, *kind, data, *filter, s.value(QStringLiteral("title")).trimmed());
    options.classification = s.value(QStringLiteral("classification")).trimmed();
    std::unique_ptr<QChart> chart(ChartBuilder::build(*kind, data));
    if (const Error e = ChartExporter::exportChart(chart.get(), *format, out, options))
        return failure(QCoreApplication::translate("cli", "%1: cannot write: %2").arg(out, technicalDetail(e, out)));
    writeOut(QCoreApplication::translate("cli", "%1 (%2) written to %3: %4 x %5 px, %6\n")
                 .arg(chartKindKey(*kind), exportFormatKey(*format), out)
                 .arg(options.size.width())
                 .arg(options.size.height())
                 .arg(counted(int(data.eventCount), QT_TRANSLATE_NOOP("cli", "%1 event"), QT_TRANSLATE_NOOP("cli", "%1 events"))));
    return 0;
}

} // namespace lodestone::cli
