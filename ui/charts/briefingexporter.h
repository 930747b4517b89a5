#pragma once
// The briefing pack: one 16:9 PDF with a title page (key figures, filter, contents), the timeline,
// the four charts, the event table and the numbered source list, every page in the briefing frame.
// Vector output, fonts embedded (CJK included), written atomically. GUI thread.
#include "model/error.h"
#include "query/chartsource.h"
#include "query/eventfilter.h"

#include <QDateTime>
#include <QSizeF>
#include <QString>

class QWidget;

namespace lodestone {

struct BriefingOptions final {
    QString title;                       // empty = a default title
    QString classification;              // optional handling line on every page
    QSizeF pageSize{960, 540};           // points; 13.33 x 7.5 in, a widescreen slide
    QDateTime exportedAt = QDateTime::currentDateTime();
};

class BriefingExporter final {
public:
    // timeline: a TimelineView to render (the user's current view); nullptr = an offscreen timeline of the
    // filtered events is built from src.base when available.
    static Error write(const QString& path, const BriefingSource& src, const EventFilter& filter,
                       const BriefingOptions& options, QWidget* timeline = nullptr);
    // Page titles in order, as write() would produce them (for tests and the contents list).
    static QStringList pageTitles(const BriefingSource& src, const EventFilter& filter, const BriefingOptions& options,
                                  bool withTimeline);
};

} // namespace lodestone
