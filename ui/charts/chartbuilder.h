#pragma once
// Builds and refreshes the four dashboard charts (QtCharts) from core ChartData: category colours from
// CategoryPalette, translated labels, bilingual organisation names, pixel-size fonts so exports look the
// same on every device. Series data are replaced in one call per bar set. GUI thread.
#include "model/verification.h"
#include "query/chartdata.h"

#include <QColor>
#include <QList>
#include <QString>

class QChart;

namespace lodestone {

struct ChartStyle final {
    qreal fontPx = 14;       // axis and legend labels (slide-sized); titles are drawn by the export frame
    int maxXLabels = 12;     // events over time: at most this many bucket labels
};

class ChartBuilder final {
public:
    // An empty chart of this kind with its series and axes (no animation, no OpenGL). Caller owns it.
    static QChart* create(ChartKind kind, const ChartStyle& style = {});
    // Replaces the chart's data; rows/buckets the chart shows are stored as properties (see below).
    static void update(QChart* chart, const ChartData& data);
    static QChart* build(ChartKind kind, const ChartData& data, const ChartStyle& style = {});

    static ChartKind kindOf(const QChart* chart);
    // Row keys of the horizontal charts, bottom to top: category numbers, organisation ids, or statuses.
    static QList<qint64> rowKeys(const QChart* chart);
    // Events over time: first day (Julian) of each bar.
    static QList<qint64> bucketStarts(const QChart* chart);

    static QString title(ChartKind kind);                 // translated default title
    static QString bucketLabel(qint32 startDay, ChartBucket bucket, bool compact = false);
    static QString bucketName(ChartBucket bucket);         // "week", "month" ... translated
    // The organisation's name in the current OrgNames mode ("Baogang Group 包钢集团" in Both).
    static QString orgLabel(const QString& nameEn, const QString& nameZh);
    static QColor statusColor(VerificationStatus status);
    static QColor orgBarColor();
};

} // namespace lodestone
