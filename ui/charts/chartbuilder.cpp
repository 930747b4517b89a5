#include "chartbuilder.h"

#include "charts/exportframe.h"
#include "common/categorylabels.h"
#include "common/categorypalette.h"
#include "common/displaytext.h"
#include "common/orgnames.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QHorizontalPercentBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace lodestone {

namespace {

const char* const kKindProp = "lodestoneChartKind";
const char* const kRowsProp = "lodestoneRows";
const char* const kBucketsProp = "lodestoneBuckets";
const char* const kStyleProp = "lodestoneFontPx";
const char* const kMaxLabelsProp = "lodestoneMaxLabels";
const QColor kAxisText(0x3c, 0x46, 0x52);
const QColor kGrid(0xe6, 0xe9, 0xee);

QString tr(const char* text)
{
    // The context lupdate files these strings under (tr() calls here sit in ChartBuilder members); tst_translations checks.
    return QCoreApplication::translate("lodestone::ChartBuilder", text);
}

QAbstractBarSeries* barSeries(const QChart* chart)
{
    const auto series = chart->series();
    return series.isEmpty() ? nullptr : qobject_cast<QAbstractBarSeries*>(series.first());
}

void styleAxis(QAbstractAxis* axis, qreal fontPx)
{
    axis->setLabelsFont(ExportFrame::font(fontPx));
    axis->setLabelsColor(kAxisText);
    axis->setTitleFont(ExportFrame::font(fontPx, QFont::DemiBold));
    axis->setLinePen(QPen(QColor(0xb8, 0xbf, 0xc8), 1));
    axis->setGridLinePen(QPen(kGrid, 1));
    axis->setTruncateLabels(false);
}

// A count axis from 0 with whole-number ticks about every fifth of the range.
void setCountRange(QValueAxis* axis, double max)
{
    max = std::max(1.0, max);
    const double raw = max / 5.0;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    double step = mag;
    for (double f : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = f * mag;
        if (step >= raw)
            break;
    }
    step = std::max(1.0, std::round(step));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setRange(0, std::ceil(max / step) * step);
    axis->setLabelFormat(QStringLiteral("%.0f"));
}

QBarSet* makeSet(const QString& label, const QColor& colour, qreal fontPx)
{
    auto* set = new QBarSet(label);
    set->setColor(colour);
    set->setBorderColor(Qt::white);
    set->setPen(QPen(Qt::white, 0.6));
    set->setLabelFont(ExportFrame::font(fontPx * 0.92, QFont::DemiBold));
    set->setLabelColor(Qt::white);
    return set;
}

void replaceValues(QBarSet* set, const QList<qreal>& values)
{
    if (set->count() > 0)
        set->remove(0, set->count());
    set->append(values); // one call, never per point
}

QList<QVariant> toVariants(const QList<qint64>& values)
{
    QList<QVariant> out;
    out.reserve(values.size());
    for (qint64 v : values)
        out << v;
    return out;
}

void updateOverTime(QChart* chart, const ChartData& data)
{
    auto* series = static_cast<QStackedBarSeries*>(barSeries(chart));
    const TimeSeriesData& ts = data.overTime;
    const qsizetype n = static_cast<qsizetype>(ts.counts.size());
    double max = 0;
    for (const CategoryCounts& c : ts.counts) {
        double sum = 0;
        for (quint32 v : c)
            sum += v;
        max = std::max(max, sum);
    }
    const auto sets = series->barSets();
    for (int c = 0; c < kCategoryCount && c < sets.size(); ++c) {
        QList<qreal> values(n);
        quint32 total = 0;
        for (qsizetype b = 0; b < n; ++b) {
            values[b] = ts.counts[static_cast<size_t>(b)][static_cast<size_t>(c)];
            total += ts.counts[static_cast<size_t>(b)][static_cast<size_t>(c)];
        }
        replaceValues(sets[c], values);
        for (QLegendMarker* m : chart->legend()->markers(series))
            if (m->label() == sets[c]->label())
                m->setVisible(total > 0);
    }
    series->setBarWidth(n > 60 ? 0.95 : 0.8);
    auto* x = static_cast<QCategoryAxis*>(chart->axes(Qt::Horizontal).first());
    for (const QString& label : x->categoriesLabels())
        x->remove(label);
    x->setStartValue(-0.5);
    x->setRange(-0.5, std::max<qsizetype>(n, 1) - 0.5);
    const int maxLabels = std::max(2, chart->property(kMaxLabelsProp).toInt());
    const bool compact = n > maxLabels;
    qsizetype step = std::max<qsizetype>(1, (n + maxLabels - 1) / maxLabels);
    // Prefer steps that land on year starts for months (12) and quarters (4).
    if (ts.bucket == ChartBucket::Month && step > 1)
        step = step <= 2 ? 2 : step <= 3 ? 3 : step <= 6 ? 6 : ((step + 11) / 12) * 12;
    if (ts.bucket == ChartBucket::Quarter && step > 1)
        step = step <= 2 ? 2 : ((step + 3) / 4) * 4;
    qsizetype firstLabel = 0;
    if (step > 1 && (ts.bucket == ChartBucket::Month || ts.bucket == ChartBucket::Quarter) && n > 0) {
        const int per = ts.bucket == ChartBucket::Month ? 12 : 4;
        const QDate d0 = QDate::fromJulianDay(ts.bucketStarts.front());
        const int index = ts.bucket == ChartBucket::Month ? d0.month() - 1 : (d0.month() - 1) / 3;
        firstLabel = (per - index) % per % step;
    }
    for (qsizetype b = firstLabel; b < n; b += step)
        x->append(ChartBuilder::bucketLabel(ts.bucketStarts[static_cast<size_t>(b)], ts.bucket, compact), static_cast<qreal>(b));
    setCountRange(static_cast<QValueAxis*>(chart->axes(Qt::Vertical).first()), max);
    QList<qint64> starts;
    for (qint32 d : ts.bucketStarts)
        starts << d;
    chart->setProperty(kBucketsProp, toVariants(starts));
    chart->setProperty("lodestoneBucketKind", static_cast<int>(ts.bucket));
}

void updateByCategory(QChart* chart, const ChartData& data)
{
    auto* series = barSeries(chart);
    // Rows: categories with events, most events at the top (the first row is drawn at the bottom).
    QList<qint64> rows;
    for (int c = 0; c < kCategoryCount; ++c)
        if (data.byCategory[static_cast<size_t>(c)] > 0)
            rows << c;
    std::stable_sort(rows.begin(), rows.end(), [&](qint64 a, qint64 b) {
        return data.byCategory[static_cast<size_t>(a)] < data.byCategory[static_cast<size_t>(b)];
    });
    QStringList labels;
    double max = 0;
    for (qint64 c : rows) {
        const quint32 v = data.byCategory[static_cast<size_t>(c)];
        labels << QStringLiteral("%1  %2").arg(categoryLabel(static_cast<Category>(c)), QLocale().toString(v));
        max = std::max<double>(max, v);
    }
    const auto sets = series->barSets();
    for (int c = 0; c < kCategoryCount && c < sets.size(); ++c) {
        QList<qreal> values(rows.size(), 0.0);
        const qsizetype at = rows.indexOf(c);
        if (at >= 0)
            values[at] = data.byCategory[static_cast<size_t>(c)];
        replaceValues(sets[c], values);
    }
    auto* y = static_cast<QBarCategoryAxis*>(chart->axes(Qt::Vertical).first());
    y->setCategories(labels);
    setCountRange(static_cast<QValueAxis*>(chart->axes(Qt::Horizontal).first()), max);
    chart->setProperty(kRowsProp, toVariants(rows));
}

void updateTopOrgs(QChart* chart, const ChartData& data)
{
    auto* series = barSeries(chart);
    QList<qint64> rows;
    QStringList labels;
    QList<qreal> values;
    double max = 0;
    for (auto it = data.topOrgs.rbegin(); it != data.topOrgs.rend(); ++it) {
        rows << it->orgId;
        QString label = OrgNames::display(it->name, it->nameZh);
        if (label.isEmpty())
            label = QStringLiteral("#%1").arg(it->orgId);
        if (label.size() > 42)
            label = label.left(41) + QChar(0x2026);
        while (labels.contains(label))
            label += QChar(0x200B); // axis categories must be unique
        labels << label;
        values << it->events;
        max = std::max<double>(max, it->events);
    }
    replaceValues(series->barSets().first(), values);
    static_cast<QBarCategoryAxis*>(chart->axes(Qt::Vertical).first())->setCategories(labels);
    setCountRange(static_cast<QValueAxis*>(chart->axes(Qt::Horizontal).first()), max * 1.08);
    chart->setProperty(kRowsProp, toVariants(rows));
}

void updateStatus(QChart* chart, const ChartData& data)
{
    auto* series = barSeries(chart);
    const auto sets = series->barSets();
    for (int s = 0; s < 4 && s < sets.size(); ++s) {
        // Rows bottom to top: reports, events.
        replaceValues(sets[s], {static_cast<qreal>(data.reportStatus[static_cast<size_t>(s)]),
                                static_cast<qreal>(data.eventStatus[static_cast<size_t>(s)])});
    }
    chart->setProperty(kRowsProp, QList<QVariant>{0, 1});
}

} // namespace

QChart* ChartBuilder::create(ChartKind kind, const ChartStyle& style)
{
    auto* chart = new QChart;
    chart->setProperty(kKindProp, static_cast<int>(kind));
    chart->setProperty(kStyleProp, style.fontPx);
    chart->setProperty(kMaxLabelsProp, style.maxXLabels);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setFont(ExportFrame::font(style.fontPx));
    chart->legend()->setLabelColor(kAxisText);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);
    const qreal px = style.fontPx;

    switch (kind) {
    case ChartKind::EventsOverTime: {
        auto* series = new QStackedBarSeries;
        QList<QBarSet*> sets;
        for (int c = 0; c < kCategoryCount; ++c)
            sets << makeSet(categoryLabel(static_cast<Category>(c)), CategoryPalette::color(c), px);
        series->append(sets);
        chart->addSeries(series);
        auto* x = new QCategoryAxis;
        x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        x->setGridLineVisible(false);
        auto* y = new QValueAxis;
        y->setTitleText(tr("Events"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        chart->legend()->setAlignment(Qt::AlignRight);
        break;
    }
    case ChartKind::EventsByCategory: {
        auto* series = new QHorizontalStackedBarSeries;
        QList<QBarSet*> sets;
        for (int c = 0; c < kCategoryCount; ++c)
            sets << makeSet(categoryLabel(static_cast<Category>(c)), CategoryPalette::color(c), px);
        series->append(sets);
        series->setBarWidth(0.72);
        chart->addSeries(series);
        auto* y = new QBarCategoryAxis;
        y->setGridLineVisible(false);
        auto* x = new QValueAxis;
        x->setTitleText(tr("Events"));
        chart->addAxis(y, Qt::AlignLeft);
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(y);
        series->attachAxis(x);
        chart->legend()->setVisible(false);
        break;
    }
    case ChartKind::TopOrganisations: {
        auto* series = new QHorizontalBarSeries;
        QBarSet* set = makeSet(tr("Events"), orgBarColor(), px);
        set->setLabelColor(kAxisText);
        series->append(set);
        series->setBarWidth(0.7);
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        series->setLabelsFormat(QStringLiteral("@value"));
        chart->addSeries(series);
        auto* y = new QBarCategoryAxis;
        y->setGridLineVisible(false);
        auto* x = new QValueAxis;
        x->setTitleText(tr("Events"));
        chart->addAxis(y, Qt::AlignLeft);
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(y);
        series->attachAxis(x);
        chart->legend()->setVisible(false);
        break;
    }
    case ChartKind::VerificationStatus: {
        auto* series = new QHorizontalPercentBarSeries;
        QList<QBarSet*> sets;
        for (VerificationStatus s : {VerificationStatus::Unverified, VerificationStatus::Verified,
                                     VerificationStatus::Disputed, VerificationStatus::Rejected})
            sets << makeSet(statusLabel(s), statusColor(s), px);
        series->append(sets);
        series->setBarWidth(0.55);
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
        series->setLabelsFormat(QStringLiteral("@value%"));
        series->setLabelsPrecision(2);
        chart->addSeries(series);
        auto* y = new QBarCategoryAxis;
        y->setCategories({tr("Reports"), tr("Events")});
        y->setGridLineVisible(false);
        auto* x = new QValueAxis;
        x->setRange(0, 100);
        x->setTickCount(6);
        x->setLabelFormat(QStringLiteral("%.0f%%"));
        chart->addAxis(y, Qt::AlignLeft);
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(y);
        series->attachAxis(x);
        chart->legend()->setAlignment(Qt::AlignBottom);
        break;
    }
    }
    for (QAbstractAxis* axis : chart->axes())
        styleAxis(axis, px);
    return chart;
}

void ChartBuilder::update(QChart* chart, const ChartData& data)
{
    if (!chart || !barSeries(chart))
        return;
    switch (kindOf(chart)) {
    case ChartKind::EventsOverTime: updateOverTime(chart, data); break;
    case ChartKind::EventsByCategory: updateByCategory(chart, data); break;
    case ChartKind::TopOrganisations: updateTopOrgs(chart, data); break;
    case ChartKind::VerificationStatus: updateStatus(chart, data); break;
    }
}

QChart* ChartBuilder::build(ChartKind kind, const ChartData& data, const ChartStyle& style)
{
    QChart* chart = create(kind, style);
    update(chart, data);
    return chart;
}

ChartKind ChartBuilder::kindOf(const QChart* chart)
{
    return static_cast<ChartKind>(chart->property(kKindProp).toInt());
}

QList<qint64> ChartBuilder::rowKeys(const QChart* chart)
{
    QList<qint64> out;
    for (const QVariant& v : chart->property(kRowsProp).toList())
        out << v.toLongLong();
    return out;
}

QList<qint64> ChartBuilder::bucketStarts(const QChart* chart)
{
    QList<qint64> out;
    for (const QVariant& v : chart->property(kBucketsProp).toList())
        out << v.toLongLong();
    return out;
}

QString ChartBuilder::title(ChartKind kind)
{
    switch (kind) {
    case ChartKind::EventsOverTime: return tr("Events over time by category");
    case ChartKind::EventsByCategory: return tr("Events by category");
    case ChartKind::TopOrganisations: return tr("Organisations with the most events");
    case ChartKind::VerificationStatus: return tr("Verification status of events and reports");
    }
    return {};
}

QString ChartBuilder::bucketLabel(qint32 startDay, ChartBucket bucket, bool compact)
{
    const QDate d = QDate::fromJulianDay(startDay);
    const QLocale locale;
    switch (bucket) {
    // Date formats are translatable (QDate format strings): Chinese writes the year and month first.
    case ChartBucket::Week: return locale.toString(d, compact ? tr("d MMM") : tr("d MMM yy"));
    case ChartBucket::Quarter: return tr("Q%1 %2").arg((d.month() - 1) / 3 + 1).arg(d.year());
    case ChartBucket::Year: return QString::number(d.year());
    case ChartBucket::Auto:
    case ChartBucket::Month: break;
    }
    return locale.toString(d, compact && d.month() != 1 ? tr("MMM") : tr("MMM yyyy"));
}

QString ChartBuilder::bucketName(ChartBucket bucket)
{
    switch (bucket) {
    case ChartBucket::Week: return tr("week");
    case ChartBucket::Month: return tr("month");
    case ChartBucket::Quarter: return tr("quarter");
    case ChartBucket::Year: return tr("year");
    case ChartBucket::Auto: break;
    }
    return tr("automatic");
}

QString ChartBuilder::orgLabel(const QString& nameEn, const QString& nameZh)
{
    return OrgNames::display(nameEn, nameZh);
}

QColor ChartBuilder::statusColor(VerificationStatus status)
{
    switch (status) {
    case VerificationStatus::Verified: return QColor(0x22, 0x88, 0x33);
    case VerificationStatus::Disputed: return QColor(0xe0, 0x9a, 0x1a);
    case VerificationStatus::Rejected: return QColor(0xcc, 0x33, 0x11);
    case VerificationStatus::Unverified: break;
    }
    return QColor(0x9a, 0xa3, 0xad);
}

QColor ChartBuilder::orgBarColor()
{
    return QColor(0x2f, 0x55, 0x8f);
}

} // namespace lodestone
