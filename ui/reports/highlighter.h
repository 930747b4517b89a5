#pragma once
// Highlights in a report's plain text: organisation mentions, date expressions and the evidence quotes of
// the events the report backs, each with a tooltip and a click target. compute() is pure (any thread);
// apply() formats a plain QTextDocument with QTextCharFormat on the GUI thread (no HTML involved).
#include "extract/dateresolver.h"
#include "model/event.h"

#include <QCoreApplication>
#include <QList>
#include <QTextFormat>

class QTextDocument;

namespace lodestone {

class Gazetteer;

struct HighlightSpan final {
    enum Kind { Evidence, Organisation, Date, Furniture };
    Kind kind = Evidence;
    int start = 0; // UTF-16 offsets into the text, end exclusive
    int end = 0;
    QString toolTip;
    qint64 eventId = 0; // Evidence
    QString orgKey;     // Organisation
};

class ReportHighlighter final {
    Q_DECLARE_TR_FUNCTIONS(ReportHighlighter)
public:
    // Character-format properties set on highlighted text (for hit testing and tests).
    static constexpr int EventIdProperty = QTextFormat::UserProperty + 1; // qint64 event id
    static constexpr int OrgKeyProperty = QTextFormat::UserProperty + 2;  // QString organisation key
    static constexpr int DateProperty = QTextFormat::UserProperty + 3;    // QString ISO date span

    // Evidence whose stored offsets no longer match the text is found again by its quote; evidence of
    // other reports, and quotes not in the text, are skipped.
    static QList<HighlightSpan> compute(const QString& text, qint64 reportId, const QList<Event>& events,
                                        const QList<OrgMention>& mentions, const QList<DateMention>& dates,
                                        const Gazetteer* gazetteer);
    static void apply(QTextDocument* document, const QList<HighlightSpan>& spans);
    // Page furniture (menus, bylines, share lines, related-article tails) shown dimmed: kept in the text as
    // imported, but not read for events or organisations.
    static QList<HighlightSpan> furniture(const QString& text, const QString& title);
    static QString linkFor(const HighlightSpan& span); // "lodestone:event/12", "lodestone:org/<key>"
};

} // namespace lodestone
