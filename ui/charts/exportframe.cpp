#include "exportframe.h"

#include "common/dateformat.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QTextLayout>

namespace lodestone {

namespace {

const QColor kInk(0x1f, 0x29, 0x33);
const QColor kMuted(0x5f, 0x6b, 0x7a);
const QColor kAmber(0xb3, 0x5c, 0x00);
const QColor kRule(0xd5, 0xda, 0xe1);
const QColor kClassification(0xa1, 0x1d, 0x2e);

struct Metrics {
    qreal margin;
    qreal title;
    qreal subtitle;
    qreal small;
};

Metrics metrics(const QRectF& page)
{
    const qreal base = std::min(page.width(), page.height() * 16.0 / 9.0);
    return {ExportFrame::margin(page), std::max(14.0, base * 0.030), std::max(9.0, base * 0.016), std::max(8.0, base * 0.013)};
}

// Height of text wrapped into `width` with at most `lines` lines.
qreal wrappedHeight(const QFont& f, const QString& text, qreal width, int lines)
{
    if (text.isEmpty())
        return 0;
    // The first `lines` lines as QPainter lays them out: a line with Chinese is taller than the Latin font's
    // line spacing (the fallback font's), so counting lines of that spacing would clip the last one.
    QTextLayout layout(text, f);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    const qreal leading = std::max(0.0, QFontMetricsF(f).leading()); // QPainter adds it before each line
    layout.beginLayout();
    qreal height = 0;
    for (int n = 0; n < lines; ++n) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        height += leading + line.height();
    }
    layout.endLayout();
    return height;
}

} // namespace

QSizeF ExportOptions::logicalSize() const
{
    const qreal s = scale > 0 ? scale : 1.0;
    return QSizeF(size.width() / s, size.height() / s);
}

QString exportFormatKey(ExportFormat f)
{
    switch (f) {
    case ExportFormat::Png: return QStringLiteral("png");
    case ExportFormat::Svg: return QStringLiteral("svg");
    case ExportFormat::Pdf: return QStringLiteral("pdf");
    }
    return {};
}

std::optional<ExportFormat> exportFormatFromKey(const QString& key)
{
    for (ExportFormat f : {ExportFormat::Png, ExportFormat::Svg, ExportFormat::Pdf})
        if (key.compare(exportFormatKey(f), Qt::CaseInsensitive) == 0)
            return f;
    return std::nullopt;
}

std::optional<ExportFormat> exportFormatFromPath(const QString& path)
{
    return exportFormatFromKey(QFileInfo(path).suffix());
}

QFont ExportFrame::font(qreal pixelSize, QFont::Weight weight)
{
    QFont f;
    f.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans")});
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(std::max(1, qRound(pixelSize)));
    f.setWeight(weight);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

qreal ExportFrame::margin(const QRectF& page)
{
    return std::max(12.0, std::min(page.width(), page.height() * 16.0 / 9.0) * 0.035);
}

QRectF ExportFrame::contentRect(const QRectF& page, const ExportOptions& o)
{
    if (!o.frame)
        return page;
    const Metrics m = metrics(page);
    const qreal width = page.width() - 2 * m.margin;
    qreal top = page.top() + m.margin;
    if (!o.classification.isEmpty())
        top += QFontMetricsF(font(m.small, QFont::Bold)).lineSpacing() + m.small * 0.6;
    if (!o.title.isEmpty())
        top += wrappedHeight(font(m.title, QFont::Bold), o.title, width, 2) + m.subtitle * 0.3;
    if (!o.subtitle.isEmpty())
        top += wrappedHeight(font(m.subtitle), o.subtitle, width, 2);
    top += m.subtitle * 0.9;
    qreal bottom = page.bottom() - m.margin;
    const qreal smallLine = QFontMetricsF(font(m.small)).lineSpacing();
    bottom -= smallLine; // sources + date
    if (!o.note.isEmpty())
        bottom -= smallLine * 1.2;
    if (!o.classification.isEmpty())
        bottom -= smallLine + m.small * 0.6;
    bottom -= m.small * 0.9;
    return QRectF(page.left() + m.margin, top, width, std::max(10.0, bottom - top));
}

void ExportFrame::paint(QPainter& p, const QRectF& page, const ExportOptions& o)
{
    p.save();
    p.fillRect(page, Qt::white);
    if (!o.frame) {
        p.restore();
        return;
    }
    const Metrics m = metrics(page);
    const qreal width = page.width() - 2 * m.margin;
    const qreal left = page.left() + m.margin;
    qreal y = page.top() + m.margin;

    const QFont cls = font(m.small, QFont::Bold);
    const qreal clsLine = QFontMetricsF(cls).lineSpacing();
    if (!o.classification.isEmpty()) {
        p.setFont(cls);
        p.setPen(kClassification);
        p.drawText(QRectF(left, y, width, clsLine), Qt::AlignHCenter | Qt::AlignVCenter, o.classification.toUpper());
        y += clsLine + m.small * 0.6;
    }
    if (!o.title.isEmpty()) {
        const QFont f = font(m.title, QFont::Bold);
        const qreal h = wrappedHeight(f, o.title, width, 2);
        p.setFont(f);
        p.setPen(kInk);
        p.drawText(QRectF(left, y, width, h), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, o.title);
        y += h + m.subtitle * 0.3;
    }
    if (!o.subtitle.isEmpty()) {
        const QFont f = font(m.subtitle);
        const qreal h = wrappedHeight(f, o.subtitle, width, 2);
        p.setFont(f);
        p.setPen(kMuted);
        p.drawText(QRectF(left, y, width, h), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, o.subtitle);
        y += h;
    }
    const QRectF content = contentRect(page, o);
    p.setPen(QPen(kRule, std::max(0.5, m.small / 12.0)));
    p.drawLine(QPointF(left, content.top() - m.subtitle * 0.45), QPointF(left + width, content.top() - m.subtitle * 0.45));

    const QFont small = font(m.small);
    const qreal line = QFontMetricsF(small).lineSpacing();
    qreal fy = content.bottom() + m.small * 0.9;
    p.drawLine(QPointF(left, fy - m.small * 0.45), QPointF(left + width, fy - m.small * 0.45));
    if (!o.note.isEmpty()) {
        p.setFont(font(m.small, QFont::DemiBold));
        p.setPen(kAmber);
        p.drawText(QRectF(left, fy, width, line), Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("\u26A0 ") + o.note);
        fy += line * 1.2;
    }
    p.setFont(small);
    p.setPen(kMuted);
    QString date = QCoreApplication::translate("ExportFrame", "Exported %1 · Lodestone")
                       .arg(DateFormat::day(o.exportedAt.date()));
    if (!o.pageLabel.isEmpty())
        date += QStringLiteral(" · ") + o.pageLabel;
    const qreal dateWidth = QFontMetricsF(small).horizontalAdvance(date) + m.small;
    p.drawText(QRectF(left + width - dateWidth, fy, dateWidth, line), Qt::AlignRight | Qt::AlignVCenter, date);
    const QString sources = QFontMetricsF(small).elidedText(o.sources, Qt::ElideRight, width - dateWidth - m.small);
    p.drawText(QRectF(left, fy, width - dateWidth, line), Qt::AlignLeft | Qt::AlignVCenter, sources);
    fy += line;
    if (!o.classification.isEmpty()) {
        fy += m.small * 0.6;
        p.setFont(cls);
        p.setPen(kClassification);
        p.drawText(QRectF(left, fy, width, clsLine), Qt::AlignHCenter | Qt::AlignVCenter, o.classification.toUpper());
    }
    p.restore();
}

} // namespace lodestone
