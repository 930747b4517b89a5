// The headless timeline and briefing exports: `export-timeline` (PNG, SVG or PDF at print size) and
// `export-briefing` (the briefing PDF), on the offscreen platform (see main) so a scheduled job can make them.
#include "clicommands.h"
#include "clioutput.h"
#include "clisession.h"

#include "charts/briefingexporter.h"
#include "common/categorylabels.h"
#include "common/dateformat.h"
#include "common/orgnames.h"
#include "query/chartsource.h"
#include "store/stores.h"
#include "store/timelinestore.h"
#include "timeline/timelineexport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <cmath>

namespace lodestone::cli {

namespace {

// Paper sizes in points, landscape.
struct Paper {
    const char* key;
    double width;
    double height;
};
constexpr Paper kPapers[] = {{"a4", 841.89, 595.28}, {"a3", 1190.55, 841.89}, {"letter", 792, 612}, {"slide", 960, 540}};

void addDisplayOptions(Session& s)
{
    s.addOption({QStringLiteral("title")}, QCoreApplication::translate("cli", "Title printed at the top."), QCoreApplication::translate("cli", "text"));
    s.addOption({QStringLiteral("classification")}, QCoreApplication::translate("cli", "Classification or handling line printed at the top and bottom."), QCoreApplication::translate("cli", "text"));
    s.addOption({QStringLiteral("org-names")},
                QCoreApplication::translate("cli", "Organisation names in labels and captions: en, zh or both (default both, e.g. \"Baogang Group 包钢集团\")."),
                QStringLiteral("en|zh|both"));
    s.addOption({QStringLiteral("dates")}, QCoreApplication::translate("cli", "How dates are written: readable (4 Apr 2025, the default) or iso (2025-04-04)."),
                QStringLiteral("readable|iso"));
    s.addOption({QStringLiteral("lanes")}, QCoreApplication::translate("cli", "Timeline lanes: category (default), organisation or single."),
                QStringLiteral("category|organisation|single"));
}

// Applies --org-names and --dates for this run only (the GUI's saved choices are left alone).
bool applyDisplayOptions(Session& s)
{
    const auto orgNames = OrgNames::fromKey(s.isSet(QStringLiteral("org-names")) ? s.value(QStringLiteral("org-names")) : QStringLiteral("both"));
    if (!orgNames) {
        s.usageError(QCoreApplication::translate("cli", "unknown --org-names \"%1\" (one of: en, zh, both)").arg(s.value(QStringLiteral("org-names"))));
        return false;
    }
    OrgNames::setMode(*orgNames, false);
    const auto dates = DateFormat::fromKey(s.isSet(QStringLiteral("dates")) ? s.value(QStringLiteral("dates")) : QStringLiteral("readable"));
    if (!dates) {
        s.usageError(QCoreApplication::translate("cli", "unknown --dates \"%1\" (one of: readable, iso)").arg(s.value(QStringLiteral("dates"))));
        return false;
    }
    DateFormat::setStyle(*dates, false);
    return true;
}

std::optional<TimelineIndex::LaneMode> laneMode(Session& s)
{
    const QString key = s.isSet(QStringLiteral("lanes")) ? s.value(QStringLiteral("lanes")).trimmed().toLower() : QStringLiteral("category");
    if (key == QLatin1String("category") || key == QLatin1String("categories"))
        return TimelineIndex::LaneMode::Category;
    if (key == QLatin1String("organisation") || key == QLatin1String("organisations") || key == QLatin1String("organization"))
        return TimelineIndex::LaneMode::Organisation;
    if (key == QLatin1String("single"))
        return TimelineIndex::LaneMode::Single;
    s.usageError(QCoreApplication::translate("cli", "unknown --lanes \"%1\" (one of: category, organisation, single)").arg(s.value(QStringLiteral("lanes"))));
    return std::nullopt;
}

// Reads the titles of the events the chart draws as single markers (the labels).
template <class Source, class Markers>
void readTitles(Session& s, Source& src, Markers markers)
{
    std::vector<qint64> ids;
    for (qint64 id : markers())
        if (!src.titles.contains(id))
            ids.push_back(id);
    if (ids.empty())
        return;
    const QHash<qint64, QString> titles = s.query([ids](WriteContext& ctx) { return TimelineStore(ctx.db.sql()).titles(ids); });
    for (auto it = titles.cbegin(); it != titles.cend(); ++it)
        src.titles.insert(it.key(), it.value());
}

} // namespace

int exportTimelineCommand()
{
    Session s(QStringLiteral("export-timeline"),
              QCoreApplication::translate("cli", "Render the timeline — a date range, lanes and filter of your choosing — to PNG, SVG or PDF with axis, "
                 "lane and event labels, legend, title, filter subtitle and sources footer, headless."));
    s.addOption({QStringLiteral("format")}, QCoreApplication::translate("cli", "Format: png, svg or pdf (default: from the --out suffix)."), QCoreApplication::translate("cli", "format"));
    s.addOption({QStringLiteral("out")}, QCoreApplication::translate("cli", "The file to write."), QCoreApplication::translate("cli", "file"));
    s.addOption({QStringLiteral("lane")},
                QCoreApplication::translate("cli", "Only this lane (repeatable): a category key with --lanes category, an organisation name or alias with "
                   "--lanes organisation."),
                QCoreApplication::translate("cli", "key"));
    s.addOption({QStringLiteral("page")}, QCoreApplication::translate("cli", "Paper size, landscape: a4 (default), a3, letter or slide (16:9)."),
                QStringLiteral("a4|a3|letter|slide"));
    s.addOption({QStringLiteral("dpi")}, QCoreApplication::translate("cli", "Resolution of a PNG, in dots per inch (default 300)."), QStringLiteral("dpi"));
    s.addOption({QStringLiteral("width")}, QCoreApplication::translate("cli", "Width in pixels (instead of --page and --dpi)."), QStringLiteral("px"));
    s.addOption({QStringLiteral("height")}, QCoreApplication::translate("cli", "Height in pixels (instead of --page and --dpi)."), QStringLiteral("px"));
    addDisplayOptions(s);
    s.addEventFilterOptions();
    if (auto rc = s.parse(0, 0))
        return *rc;
    if (!applyDisplayOptions(s))
        return 2;
    const QString out = s.value(QStringLiteral("out")).trimmed();
    if (out.isEmpty())
        return s.usageError(QCoreApplication::translate("cli", "--out is required"));
    const auto format = s.isSet(QStringLiteral("format")) ? exportFormatFromKey(s.value(QStringLiteral("format")).trimmed())
                                                          : exportFormatFromPath(out);
    if (!format)
        return s.usageError(QCoreApplication::translate("cli", "unknown or missing --format (one of: png, svg, pdf)"));
    const auto mode = laneMode(s);
    if (!mode)
        return 2;

    TimelineExportRequest request;
    request.mode = *mode;
    // Size: a paper in points (the layout unit) at a resolution, or pixels given outright.
    const QString pageKey = s.isSet(QStringLiteral("page")) ? s.value(QStringLiteral("page")).trimmed().toLower() : QStringLiteral("a4");
    const Paper* paper = nullptr;
    for (const Paper& p : kPapers)
        if (pageKey == QLatin1String(p.key))
            paper = &p;
    if (!paper)
        return s.usageError(QCoreApplication::translate("cli", "unknown --page \"%1\" (one of: a4, a3, letter, slide)").arg(s.value(QStringLiteral("page"))));
    int dpi = 300;
    if (s.isSet(QStringLiteral("dpi"))) {
        bool ok = false;
        dpi = s.value(QStringLiteral("dpi")).trimmed().toInt(&ok);
        if (!ok || dpi < 36 || dpi > 1200)
            return s.usageError(QCoreApplication::translate("cli", "invalid --dpi \"%1\" (expected 36 to 1200)").arg(s.value(QStringLiteral("dpi"))));
    }
    request.frame.scale = dpi / 72.0;
    request.frame.dpi = dpi;
    request.frame.size = QSize(qRound(paper->width * request.frame.scale), qRound(paper->height * request.frame.scale));
    if (s.isSet(QStringLiteral("width")) || s.isSet(QStringLiteral("height"))) {
        bool okW = true;
        bool okH = true;
        const int w = s.isSet(QStringLiteral("width")) ? s.value(QStringLiteral("width")).trimmed().toInt(&okW) : 3300;
        const int h = s.isSet(QStringLiteral("height")) ? s.value(QStringLiteral("height")).trimmed().toInt(&okH) : w * 9 / 16;
        if (!okW || !okH || w < 64 || h < 64 || w > 16000 || h > 16000)
            return s.usageError(QCoreApplication::translate("cli", "invalid --width/--height (expected 64 to 16000 pixels)"));
        request.frame.size = QSize(w, h);
        request.frame.scale = std::max(0.5, std::min(w / 1100.0, h / 620.0)); // a layout of about 1100 x 620
        request.frame.dpi = s.isSet(QStringLiteral("dpi")) ? dpi : qRound(96 * request.frame.scale);
    }
    request.frame.title = s.value(QStringLiteral("title")).trimmed();
    request.frame.classification = s.value(QStringLiteral("classification")).trimmed();
    const auto filter = s.eventFilter();
    if (!filter)
        return 2;
    request.from = filter->from;
    request.to = filter->to;

    QStringList laneKeys;
    for (const QString& raw : s.values(QStringLiteral("lane")))
        for (const QString& part : raw.split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!part.trimmed().isEmpty())
                laneKeys << part.trimmed();
    if (!laneKeys.isEmpty() && *mode == TimelineIndex::LaneMode::Single)
        return s.usageError(QCoreApplication::translate("cli", "--lane needs --lanes category or --lanes organisation"));
    if (*mode == TimelineIndex::LaneMode::Category) {
        for (const QString& key : laneKeys) {
            const auto c = categoryFromKey(key);
            if (!c)
                return s.usageError(QCoreApplication::translate("cli", "unknown category \"%1\" (one of: %2)").arg(key, allCategoryKeys().join(QLatin1String(", "))));
            request.lanes << static_cast<qint64>(*c);
        }
    }
    if (auto rc = s.openDatabase())
        return *rc;
    if (*mode == TimelineIndex::LaneMode::Organisation) {
        for (const QString& name : laneKeys) {
            const QList<qint64> ids = s.query([name](WriteContext& ctx) { return ctx.stores.orgs.resolveNames({name}); });
            if (ids.isEmpty())
                return s.usageError(QCoreApplication::translate("cli", "no organisation is called \"%1\" (see lodestone orgs)").arg(name));
            request.lanes << ids;
        }
    }
    const EventFilter narrowed = TimelineExport::filterFor(*filter, request);
    TimelineSource src = s.query([narrowed](WriteContext& ctx) { return ChartSource::loadTimeline(ctx.stores, narrowed); });
    readTitles(s, src, [&] { return TimelineExport::markerEvents(src, *filter, request); });
    TimelineChart::Result drawn;
    if (const Error e = TimelineExport::write(out, *format, src, *filter, request, &drawn))
        return failure(QCoreApplication::translate("cli", "%1: cannot write: %2").arg(out, technicalDetail(e, out)));
    writeOut(QCoreApplication::translate("cli", "timeline (%1) written to %2: %3 x %4 px, %5 lanes, %6 events, %7 labels\n")
                 .arg(exportFormatKey(*format), out)
                 .arg(request.frame.size.width())
                 .arg(request.frame.size.height())
                 .arg(drawn.lanes)
                 .arg(drawn.events)
                 .arg(drawn.labels));
    return 0;
}

int exportBriefingCommand()
{
    Session s(QStringLiteral("export-briefing"),
              QCoreApplication::translate("cli", "Write the briefing PDF — title page with key figures, the timeline, the four charts, the event table "
                 "and the numbered sources — for the filter, headless."));
    s.addOption({QStringLiteral("out")}, QCoreApplication::translate("cli", "The PDF file to write."), QCoreApplication::translate("cli", "file"));
    addDisplayOptions(s);
    s.addEventFilterOptions();
    if (auto rc = s.parse(0, 0))
        return *rc;
    if (!applyDisplayOptions(s))
        return 2;
    const QString out = s.value(QStringLiteral("out")).trimmed();
    if (out.isEmpty())
        return s.usageError(QCoreApplication::translate("cli", "--out is required"));
    if (QFileInfo(out).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
        return s.usageError(QCoreApplication::translate("cli", "the briefing is a PDF: --out must end in .pdf"));
    const auto mode = laneMode(s);
    if (!mode)
        return 2;
    const auto filter = s.eventFilter();
    if (!filter)
        return 2;
    if (auto rc = s.openDatabase())
        return *rc;
    BriefingSource src = s.query([f = *filter](WriteContext& ctx) { return ChartSource::loadBriefing(ctx.stores, f); });
    BriefingOptions options;
    options.title = s.value(QStringLiteral("title")).trimmed();
    options.classification = s.value(QStringLiteral("classification")).trimmed();
    options.laneMode = *mode;
    readTitles(s, src, [&] { return BriefingExporter::timelineMarkerEvents(src, *filter, options); });
    if (const Error e = BriefingExporter::write(out, src, *filter, options))
        return failure(QCoreApplication::translate("cli", "%1: cannot write: %2").arg(out, technicalDetail(e, out)));
    const int pages = int(BriefingExporter::pageTitles(src, *filter, options, src.base != nullptr).size());
    writeOut(QCoreApplication::translate("cli", "briefing written to %1: %2 pages, %3 events, %4 sources\n")
                 .arg(out)
                 .arg(pages)
                 .arg(src.charts.eventCount)
                 .arg(src.reports.size()));
    return 0;
}

} // namespace lodestone::cli
