#include "wraplabel.h"

#include <QEvent>
#include <QTextLayout>

namespace lodestone {

WrapLabel::WrapLabel(int maxLines, QWidget* parent) : QLabel(parent), m_maxLines(maxLines)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false); // the lines are made here
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    QSizePolicy policy = sizePolicy();
    policy.setHeightForWidth(maxLines != 1);
    policy.setHorizontalPolicy(QSizePolicy::Ignored); // never asks for more width than it gets
    setSizePolicy(policy);
}

void WrapLabel::setFullText(const QString& text)
{
    m_text = text;
    relayout();
    updateGeometry();
}

QStringList WrapLabel::lines(int width, bool* elided) const
{
    QStringList out;
    if (elided)
        *elided = false;
    if (m_text.isEmpty())
        return out;
    const int w = std::max(16, width - contentsMargins().left() - contentsMargins().right());
    const QFontMetricsF fm(font());
    const QStringList paragraphs = m_text.split(QLatin1Char('\n'));
    for (qsizetype p = 0; p < paragraphs.size(); ++p) {
        const QString& paragraph = paragraphs[p];
        QTextLayout layout(paragraph, font());
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        bool any = false;
        for (;;) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            any = true;
            line.setLineWidth(w);
            if (m_maxLines > 0 && out.size() == m_maxLines - 1) {
                const QString rest = paragraph.mid(line.textStart()).simplified();
                const bool more = p + 1 < paragraphs.size();
                // More text than fits: the last line says so with an ellipsis.
                QString last = fm.elidedText(more ? rest + QStringLiteral(" …") : rest, Qt::ElideRight, w);
                if (more && !last.endsWith(QChar(0x2026)))
                    last = fm.elidedText(rest + QString(QChar(0x2026)), Qt::ElideRight, w);
                if (elided)
                    *elided = last != rest;
                out << last;
                layout.endLayout();
                return out;
            }
            out << paragraph.mid(line.textStart(), line.textLength()).trimmed();
        }
        layout.endLayout();
        if (!any)
            out << QString();
    }
    return out;
}

int WrapLabel::heightForWidth(int width) const
{
    const int n = std::max<int>(1, static_cast<int>(lines(width).size()));
    return n * fontMetrics().lineSpacing() + contentsMargins().top() + contentsMargins().bottom() + 2;
}

QSize WrapLabel::sizeHint() const
{
    const int w = width() > 0 ? width() : 240;
    return {w, heightForWidth(w)};
}

QSize WrapLabel::minimumSizeHint() const
{
    return {16, heightForWidth(width() > 0 ? width() : 240)};
}

void WrapLabel::relayout()
{
    bool elided = false;
    const QStringList l = lines(width() > 0 ? width() : 240, &elided);
    m_elided = elided;
    QLabel::setText(l.join(QLatin1Char('\n')));
    setToolTip(elided ? m_text : QString());
}

void WrapLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    relayout();
}

void WrapLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        relayout();
        updateGeometry();
    }
}

} // namespace lodestone
