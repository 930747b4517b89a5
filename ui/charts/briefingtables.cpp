#include "briefingtables.h"

#include "charts/chartbuilder.h"
#include "charts/exportframe.h"
#include "common/categorylabels.h"
#include "common/categorypalette.h"
#include "common/displaytext.h"
#include "common/orgnames.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QTextLayout>
#include <memory>

namespace lodestone {

namespace {

const QColor kInk(0x1f, 0x29, 0x33);
const QColor kMuted(0x5f, 0x6b, 0x7a);
const QColor kStripe(0xf4, 0xf6, 0xf8);
const QColor kHeader(0xe3, 0xe8, 0xee);

QString tr(const char* text)
{
    // The context lupdate files these strings under (tr() calls here sit in BriefingTables members); tst_translations checks.
    return QCoreApplication::translate("lodestone::BriefingTables", text);
}

constexpr int kCols = 5;
constexpr qreal kColFractions[kCols] = {0.10, 0.15, 0.42, 0.20, 0.13};

struct Row {
    QStringList cells; // kCols cells
    QList<QStringList> lines; // per cell, wrapped (and elided on the last line when longer)
    int category = -1;
    bool verified = false;
    qreal height = 0;
};

// Lines of `text` wrapped into `width` (at word boundaries, else anywhere), at most maxLines; when the text
// needs more, the last line ends with an ellipsis. A cell is never cut without a sign.
QStringList wrapLines(const QFont& font, const QString& text, qreal width, int maxLines)
{
    QStringList lines;
    if (text.isEmpty() || width <= 1)
        return lines;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            // The last line allowed: the rest of the text, elided when it does not fit.
            const QString rest = text.mid(line.textStart()).simplified();
            lines << QFontMetricsF(font).elidedText(rest, Qt::ElideRight, width);
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

constexpr int kMaxCellLines = 4;

QString gradeOf(const Verification& v)
{
    return v.reliability + (v.credibility > 0 ? QString::number(v.credibility) : QString());
}

} // namespace

QHash<qint64, int> BriefingTables::sourceNumbers(const BriefingSource& src)
{
    QHash<qint64, int> out;
    for (int i = 0; i < src.reports.size(); ++i)
        out.insert(src.reports[i].id, i + 1);
    return out;
}

QList<BriefingTables::PagePainter> BriefingTables::eventPages(const BriefingSource& src, const QSizeF& content, qreal px)
{
    const QFont font = ExportFrame::font(px);
    const QFont bold = ExportFrame::font(px, QFont::DemiBold);
    const QFontMetricsF fm(font);
    const qreal pad = px * 0.35;
    qreal widths[kCols];
    for (int c = 0; c < kCols; ++c)
        widths[c] = content.width() * kColFractions[c];
    const QHash<qint64, int> numbers = sourceNumbers(src);

    auto rows = std::make_shared<QList<Row>>();
    for (const Event& e : src.events) {
        Row r;
        QStringList orgs;
        for (const EventOrgLink& o : e.organisations)
            orgs << OrgNames::display(o.name, o.nameZh);
        QStringList refs;
        for (const EventReportLink& l : e.reports)
            if (numbers.contains(l.reportId))
                refs << QString::number(numbers.value(l.reportId));
        const QString status = e.rejected ? statusLabel(VerificationStatus::Rejected)
                                          : statusLabel(e.verified() ? VerificationStatus::Verified : VerificationStatus::Unverified);
        r.cells = {formatSpan(e.date), categoryLabel(e.category), e.title, orgs.join(QLatin1String("; ")),
                   refs.isEmpty() ? status : QStringLiteral("%1 [%2]").arg(status, refs.join(QLatin1String(", ")))};
        r.category = static_cast<int>(e.category);
        r.verified = e.verified();
        int lines = 1;
        for (int c = 0; c < kCols; ++c) {
            r.lines << wrapLines(font, r.cells[c], widths[c] - 2 * pad - (c == 1 ? px : 0), kMaxCellLines);
            lines = std::max(lines, int(r.lines.back().size()));
        }
        r.height = lines * fm.lineSpacing() + 2 * pad;
        rows->append(r);
    }
    if (src.eventsTruncated) {
        Row more;
        more.cells = QStringList{QString(), QString(), tr("… more events match the filter; export CSV for the full list"), QString(), QString()};
        for (int c = 0; c < kCols; ++c)
            more.lines << wrapLines(font, more.cells[c], widths[c] - 2 * pad, kMaxCellLines);
        int lines = 1;
        for (const QStringList& l : more.lines)
            lines = std::max(lines, int(l.size()));
        more.height = lines * fm.lineSpacing() + 2 * pad;
        rows->append(more);
    }
    // Header words wrap too (a narrow column, a long translation), never cut.
    QList<QStringList> headerLines;
    int headerLineCount = 1;
    for (const QString& h : {tr("Date"), tr("Category"), tr("Event"), tr("Organisations"), tr("Verification [sources]")}) {
        headerLines << wrapLines(bold, h, widths[headerLines.size()] - 2 * pad, 2);
        headerLineCount = std::max(headerLineCount, int(headerLines.back().size()));
    }
    const qreal headerHeight = headerLineCount * QFontMetricsF(bold).lineSpacing() + 2 * pad;
    QList<PagePainter> pages;
    qsizetype begin = 0;
    do {
        qreal used = headerHeight;
        qsizetype end = begin;
        while (end < rows->size() && (end == begin || used + (*rows)[end].height <= content.height())) {
            used += (*rows)[end].height;
            ++end;
        }
        pages << [rows, begin, end, font, bold, pad, px, colWidths = std::vector<qreal>(widths, widths + kCols), headerHeight,
                  headerLines, lineH = fm.lineSpacing(), ascent = fm.ascent()](QPainter& p, const QRectF& r) {
            p.fillRect(QRectF(r.left(), r.top(), r.width(), headerHeight), kHeader);
            p.setFont(bold);
            p.setPen(kInk);
            const QFontMetricsF bfm(bold);
            qreal x = r.left();
            for (int c = 0; c < kCols; ++c) {
                for (int l = 0; l < headerLines[c].size(); ++l)
                    p.drawText(QPointF(x + pad, r.top() + pad + l * bfm.lineSpacing() + bfm.ascent()), headerLines[c][l]);
                x += colWidths[size_t(c)];
            }
            qreal y = r.top() + headerHeight;
            for (qsizetype i = begin; i < end; ++i) {
                const Row& row = (*rows)[i];
                if ((i - begin) % 2 == 1)
                    p.fillRect(QRectF(r.left(), y, r.width(), row.height), kStripe);
                x = r.left();
                p.setFont(font);
                for (int c = 0; c < kCols; ++c) {
                    QRectF cell(x + pad, y + pad, colWidths[size_t(c)] - 2 * pad, row.height - 2 * pad);
                    if (c == 1 && row.category >= 0) {
                        p.fillRect(QRectF(cell.left(), cell.top() + px * 0.2, px * 0.7, px * 0.7), CategoryPalette::color(row.category));
                        cell.setLeft(cell.left() + px);
                    }
                    p.setPen(c == 4 && !row.verified ? kMuted : kInk);
                    const QStringList& lines = row.lines[c];
                    // On the baseline of the row's font: a line with Chinese (a taller fallback font) stays on the
                    // same baselines as its neighbours and is not clipped by a box of the Latin font's height.
                    for (int l = 0; l < lines.size(); ++l)
                        p.drawText(QPointF(cell.left(), cell.top() + l * lineH + ascent), lines[l]);
                    x += colWidths[size_t(c)];
                }
                y += row.height;
            }
        };
        begin = end;
    } while (begin < rows->size());
    return pages;
}

QList<BriefingTables::PagePainter> BriefingTables::sourcePages(const BriefingSource& src, const QSizeF& content, qreal px)
{
    const QFont font = ExportFrame::font(px);
    const QFont bold = ExportFrame::font(px, QFont::DemiBold);
    const QFontMetricsF fm(font);
    const qreal numberWidth = QFontMetricsF(bold).horizontalAdvance(QStringLiteral("[999]")) + px * 0.6;
    const qreal textWidth = content.width() - numberWidth;
    struct Entry {
        QStringList title;  // wrapped lines, the last elided when longer
        QStringList detail;
        qreal height = 0;
    };
    auto entries = std::make_shared<QList<Entry>>();
    for (const Report& r : src.reports) {
        Entry e;
        const QString title = r.doc.title.isEmpty() ? tr("(untitled report)") : r.doc.title;
        QStringList parts;
        if (!r.doc.publisher.isEmpty())
            parts << r.doc.publisher;
        if (r.doc.published && r.doc.published->isValid())
            parts << formatSpan(*r.doc.published);
        QString status = statusLabel(r.verification.status);
        if (!gradeOf(r.verification).isEmpty())
            status += QLatin1Char(' ') + gradeOf(r.verification);
        parts << status;
        if (!r.doc.url.isEmpty())
            parts << r.doc.url;
        e.title = wrapLines(bold, title, textWidth, 2);
        e.detail = wrapLines(font, parts.join(QStringLiteral(" · ")), textWidth, 3);
        e.height = e.title.size() * QFontMetricsF(bold).lineSpacing() + e.detail.size() * fm.lineSpacing() + px * 0.8;
        entries->append(e);
    }
    QList<PagePainter> pages;
    qsizetype begin = 0;
    do {
        qreal used = 0;
        qsizetype end = begin;
        while (end < entries->size() && (end == begin || used + (*entries)[end].height <= content.height())) {
            used += (*entries)[end].height;
            ++end;
        }
        pages << [entries, begin, end, font, bold, px, numberWidth, textWidth](QPainter& p, const QRectF& r) {
            qreal y = r.top();
            if (entries->isEmpty()) {
                p.setFont(font);
                p.setPen(kMuted);
                p.drawText(r, Qt::AlignLeft | Qt::AlignTop, tr("No reports back the events of this filter."));
                return;
            }
            for (qsizetype i = begin; i < end; ++i) {
                const Entry& e = (*entries)[i];
                p.setFont(bold);
                p.setPen(kInk);
                p.drawText(QRectF(r.left(), y, numberWidth, px * 2), Qt::AlignLeft | Qt::AlignTop, QStringLiteral("[%1]").arg(i + 1));
                qreal ly = y;
                const qreal titleLine = QFontMetricsF(bold).lineSpacing();
                // Baselines of the Latin font, so lines with Chinese are neither shifted nor clipped.
                const qreal titleAscent = QFontMetricsF(bold).ascent();
                for (const QString& line : e.title) {
                    p.drawText(QPointF(r.left() + numberWidth, ly + titleAscent), line);
                    ly += titleLine;
                }
                p.setFont(font);
                p.setPen(kMuted);
                const qreal detailLine = QFontMetricsF(font).lineSpacing();
                const qreal detailAscent = QFontMetricsF(font).ascent();
                for (const QString& line : e.detail) {
                    p.drawText(QPointF(r.left() + numberWidth, ly + detailAscent), line);
                    ly += detailLine;
                }
                y += e.height;
            }
        };
        begin = end;
    } while (begin < entries->size());
    return pages;
}

} // namespace lodestone
