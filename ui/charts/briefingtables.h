#pragma once
// The table pages of the briefing pack: events (date, category, title, organisations, verification with
// source numbers) and the numbered source list (title, publisher, date, URL, status, grade), split into
// pages that fit a content rectangle. GUI thread (fonts, translations).
#include "query/chartsource.h"

#include <QHash>
#include <QRectF>
#include <functional>

class QPainter;

namespace lodestone {

class BriefingTables final {
public:
    using PagePainter = std::function<void(QPainter& painter, const QRectF& content)>;

    // Source numbers [1..n] in the order of src.reports.
    static QHash<qint64, int> sourceNumbers(const BriefingSource& src);
    static QList<PagePainter> eventPages(const BriefingSource& src, const QSizeF& content, qreal fontPx);
    static QList<PagePainter> sourcePages(const BriefingSource& src, const QSizeF& content, qreal fontPx);
};

} // namespace lodestone
