#pragma once
// The words around an exported chart: the filter as a subtitle ("1 Jan 2024 – 30 Jun 2025 · Export
// control · Baogang Group 包钢集团 · verified reports only"), the sources line, the unverified note, and
// complete briefing ExportOptions for a chart. GUI thread (translations, locale).
#include "charts/exportoptions.h"
#include "query/chartdata.h"
#include "query/eventfilter.h"

namespace lodestone {

class ChartCaptions final {
public:
    static QString filterText(const EventFilter& filter, const ChartData& data);
    static QString sourcesText(const ChartData& data);  // "Sources: 12 reports (5 verified)"
    static QString unverifiedNote(const ChartData& data); // empty when every event is verified
    // Title (the given one or the chart's), subtitle, sources, note; size/scale/classification untouched.
    static void fill(ExportOptions& options, ChartKind kind, const ChartData& data, const EventFilter& filter,
                     const QString& title = {});
};

} // namespace lodestone
