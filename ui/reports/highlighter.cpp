#include "highlighter.h"

#include "common/categorylabels.h"
#include "common/displaytext.h"
#include "common/orgnames.h"
#include "extract/gazetteer.h"
#include "extract/pagefurniture.h"

#include <QBrush>
#include <QColor>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>
#include <algorithm>

namespace lodestone {

QList<HighlightSpan> ReportHighlighter::compute(const QString& text, qint64 reportId, const QList<Event>& events,
                                                const QList<OrgMention>& mentions, const QList<DateMention>& dates,
                                                const Gazetteer* gazetteer)
{
    QList<HighlightSpan> out;
    const int n = static_cast<int>(text.size());
    for (const Event& ev : events) {
        for (const Evidence& e : ev.evidence) {
            if (e.reportId != reportId || e.quote.isEmpty())
                continue;
            int start = e.start;
            int end = e.end;
            if (start < 0 || end > n || start >= end || QStringView(text).mid(start, end - start) != e.quote) {
                start = static_cast<int>(text.indexOf(e.quote));
                if (start < 0)
                    continue;
                end = start + static_cast<int>(e.quote.size());
            }
            HighlightSpan s;
            s.kind = HighlightSpan::Evidence;
            s.start = start;
            s.end = end;
            s.eventId = ev.id;
            s.toolTip = tr("Evidence for the event “%1”\n%2, %3").arg(ev.title, categoryLabel(ev.category), formatSpan(ev.date));
            if (ev.rejected)
                s.toolTip += QLatin1Char('\n') + tr("The event was rejected by an analyst.");
            out << s;
        }
    }
    for (const DateMention& d : dates) {
        if (d.start < 0 || d.end > n || d.start >= d.end)
            continue;
        HighlightSpan s;
        s.kind = HighlightSpan::Date;
        s.start = d.start;
        s.end = d.end;
        s.toolTip = tr("Date: %1 (%2 precision)\nRule: %3").arg(formatSpan(d.span), precisionLabel(d.span.precision), dateRuleLabel(d.span.rule));
        out << s;
    }
    for (const OrgMention& m : mentions) {
        if (m.start < 0 || m.end > n || m.start >= m.end)
            continue;
        HighlightSpan s;
        s.kind = HighlightSpan::Organisation;
        s.start = m.start;
        s.end = m.end;
        s.orgKey = m.key;
        const Organisation* org = gazetteer ? gazetteer->byKey(m.key) : nullptr;
        if (org) {
            s.toolTip = tr("Organisation: %1").arg(OrgNames::display(*org));
        } else {
            s.toolTip = tr("Organisation (detected by its name's shape): %1").arg(m.name);
        }
        out << s;
    }
    // Evidence first, then dates, then organisations: later formats win where they overlap.
    std::stable_sort(out.begin(), out.end(), [](const HighlightSpan& a, const HighlightSpan& b) { return a.kind < b.kind; });
    return out;
}

QString ReportHighlighter::linkFor(const HighlightSpan& span)
{
    switch (span.kind) {
    case HighlightSpan::Evidence: return QStringLiteral("lodestone:event/%1").arg(span.eventId);
    case HighlightSpan::Organisation:
        return QStringLiteral("lodestone:org/") + QString::fromLatin1(QUrl::toPercentEncoding(span.orgKey));
    case HighlightSpan::Date:
    case HighlightSpan::Furniture: return {};
    }
    return {};
}

QList<HighlightSpan> ReportHighlighter::furniture(const QString& text, const QString& title)
{
    QList<HighlightSpan> out;
    for (const TextRange& r : PageFurniture::bundled().detect(text, title).furniture) {
        HighlightSpan s;
        s.kind = HighlightSpan::Furniture;
        s.start = r.start;
        s.end = r.end;
        s.toolTip = tr("Page furniture (%1): not read for events or organisations").arg(r.why);
        out.append(s);
    }
    return out;
}

void ReportHighlighter::apply(QTextDocument* document, const QList<HighlightSpan>& spans)
{
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    const int last = document->characterCount() - 1; // the final paragraph separator is not text
    for (const HighlightSpan& s : spans) {
        if (s.start < 0 || s.end > last || s.start >= s.end)
            continue;
        cursor.setPosition(s.start);
        cursor.setPosition(s.end, QTextCursor::KeepAnchor);
        QTextCharFormat f;
        f.setToolTip(s.toolTip);
        const QString link = linkFor(s);
        if (!link.isEmpty()) {
            f.setAnchor(true);
            f.setAnchorHref(link);
        }
        switch (s.kind) {
        case HighlightSpan::Evidence:
            f.setBackground(QColor(255, 236, 153));
            f.setForeground(QColor(33, 33, 33));
            f.setProperty(EventIdProperty, s.eventId);
            break;
        case HighlightSpan::Organisation:
            f.setForeground(QColor(21, 80, 160));
            f.setFontWeight(QFont::DemiBold);
            f.setFontUnderline(true);
            f.setProperty(OrgKeyProperty, s.orgKey);
            break;
        case HighlightSpan::Date:
            f.setForeground(QColor(27, 120, 55));
            f.setUnderlineStyle(QTextCharFormat::DotLine);
            f.setProperty(DateProperty, true);
            break;
        case HighlightSpan::Furniture:
            f.setForeground(QColor(150, 150, 150));
            f.setFontItalic(true);
            break;
        }
        cursor.mergeCharFormat(f);
    }
    cursor.endEditBlock();
}

} // namespace lodestone
