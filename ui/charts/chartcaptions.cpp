#include "chartcaptions.h"

#include "charts/chartbuilder.h"
#include "common/dateformat.h"
#include "common/categorylabels.h"
#include "common/displaytext.h"
#include "common/orgnames.h"

#include <QCoreApplication>
#include <QLocale>

namespace lodestone {

namespace {

QString tr(const char* text, int n = -1)
{
    // The context lupdate files these strings under (tr() calls here sit in ChartCaptions members); tst_translations checks.
    return QCoreApplication::translate("lodestone::ChartCaptions", text, nullptr, n);
}

// Singular or plural pattern with %1 (translations may replace both).
QString counted(qint64 n, const char* one, const char* many)
{
    return QCoreApplication::translate("lodestone::ChartCaptions", n == 1 ? one : many).arg(QLocale().toString(n));
}

} // namespace

QString ChartCaptions::filterText(const EventFilter& f, const ChartData& data)
{
    QStringList parts;
    const auto day = [](const QDate& d) { return DateFormat::day(d); };
    if (f.from.isValid() && f.to.isValid())
        parts << QStringLiteral("%1 – %2").arg(day(f.from), day(f.to));
    else if (f.from.isValid())
        parts << tr("from %1").arg(day(f.from));
    else if (f.to.isValid())
        parts << tr("until %1").arg(day(f.to));
    else if (!data.isEmpty())
        parts << tr("all dates (%1 – %2)").arg(day(QDate::fromJulianDay(data.firstDay)), day(QDate::fromJulianDay(data.lastDay)));
    else
        parts << tr("all dates");

    if (f.categories.isEmpty() || f.categories.size() == kCategoryCount) {
        parts << tr("all categories");
    } else {
        QStringList cats;
        for (int c = 0; c < kCategoryCount; ++c)
            if (f.categories.contains(static_cast<Category>(c)))
                cats << categoryLabel(static_cast<Category>(c));
        parts << cats.join(QLatin1String(", "));
    }
    QStringList orgs;
    for (const OrgCount& o : data.filterOrgs)
        orgs << OrgNames::display(o.name, o.nameZh);
    for (const QString& n : f.orgNames)
        if (!orgs.contains(n))
            orgs << n;
    if (orgs.isEmpty() && !f.orgIds.isEmpty())
        orgs << counted(f.orgIds.size(), QT_TRANSLATE_NOOP("lodestone::ChartCaptions", "%1 organisation"),
                        QT_TRANSLATE_NOOP("lodestone::ChartCaptions", "%1 organisations"));
    if (!orgs.isEmpty())
        parts << orgs.join(QLatin1String(", "));
    if (f.verifiedOnly)
        parts << tr("verified reports only");
    else if (!f.statuses.isEmpty()) {
        QStringList st;
        for (int s = 0; s < 4; ++s)
            if (f.statuses.contains(static_cast<VerificationStatus>(s)))
                st << statusLabel(static_cast<VerificationStatus>(s)).toLower();
        parts << tr("reports: %1").arg(st.join(QLatin1String(", ")));
    } else
        parts << tr("verified and unverified reports");
    if (!f.search.trimmed().isEmpty())
        parts << tr("matching “%1”").arg(f.search.trimmed());
    parts << counted(qint64(data.eventCount), QT_TRANSLATE_NOOP("lodestone::ChartCaptions", "%1 event"),
                     QT_TRANSLATE_NOOP("lodestone::ChartCaptions", "%1 events"));
    return parts.join(QStringLiteral(" · "));
}

QString ChartCaptions::sourcesText(const ChartData& data)
{
    const QString line = tr("Sources: %1 (%2 verified)")
                             .arg(counted(data.sourceReports, QT_TRANSLATE_NOOP("lodestone::ChartCaptions", "%1 report"),
                                          QT_TRANSLATE_NOOP("lodestone::ChartCaptions", "%1 reports")),
                                  QLocale().toString(data.sourceVerified));
    return data.sourcesExact ? line : line + tr(" in the whole database");
}

QString ChartCaptions::unverifiedNote(const ChartData& data)
{
    const quint64 unverified = data.unverifiedEvents();
    if (data.eventCount == 0 || unverified == 0)
        return {};
    return tr("Includes unverified reports: %1 of %2 events are not backed by a verified report")
        .arg(QLocale().toString(unverified), QLocale().toString(data.eventCount));
}

void ChartCaptions::fill(ExportOptions& o, ChartKind kind, const ChartData& data, const EventFilter& filter,
                         const QString& title)
{
    o.title = title.isEmpty() ? ChartBuilder::title(kind) : title;
    o.subtitle = filterText(filter, data);
    if (kind == ChartKind::EventsOverTime)
        o.subtitle += QStringLiteral(" · ") + tr("one bar per %1").arg(ChartBuilder::bucketName(data.overTime.bucket));
    o.sources = sourcesText(data);
    o.note = unverifiedNote(data);
}

} // namespace lodestone
