#include "clitext.h"


namespace lodestone::cli {

namespace {

constexpr int kGap = 2;

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
           (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
           (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

int charWidth(char32_t c)
{
    if (c == 0 || (c >= 0x0300 && c <= 0x036F) || c == 0x200B || c == 0x200D || c == 0xFEFF)
        return 0;
    return isWide(c) ? 2 : 1;
}

QString clean(QString cell)
{
    cell.replace(QLatin1Char('\t'), QLatin1Char(' '));
    cell.replace(QLatin1Char('\r'), QLatin1Char(' '));
    cell.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return cell;
}

} // namespace

TextTable::TextTable(QStringList headers) : m_headers(std::move(headers)) {}

void TextTable::addRow(QStringList cells)
{
    for (QString& c : cells)
        c = clean(c);
    while (cells.size() < m_headers.size())
        cells << QString();
    m_rows << cells;
}

int TextTable::displayWidth(const QString& text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4())
        width += charWidth(c);
    return width;
}

QString TextTable::elide(const QString& text, int maxWidth)
{
    if (displayWidth(text) <= maxWidth)
        return text;
    QString out;
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        const int w = charWidth(c);
        if (width + w > maxWidth - 1)
            break;
        width += w;
        out += QString::fromUcs4(&c, 1);
    }
    return out + QChar(0x2026);
}

QString TextTable::render() const
{
    const qsizetype columns = m_headers.size();
    QList<int> widths(columns, 0);
    for (qsizetype i = 0; i < columns; ++i)
        widths[i] = displayWidth(m_headers[i]);
    for (const QStringList& row : m_rows)
        for (qsizetype i = 0; i < columns; ++i)
            widths[i] = qMax(widths[i], displayWidth(row.value(i)));
    return renderWith(widths, true);
}

QString TextTable::takePage()
{
    const bool first = m_pageWidths.isEmpty();
    if (first) {
        const TextTable& self = *this;
        const qsizetype columns = m_headers.size();
        m_pageWidths = QList<int>(columns, 0);
        for (qsizetype i = 0; i < columns; ++i)
            m_pageWidths[i] = displayWidth(self.m_headers[i]);
        for (const QStringList& row : self.m_rows)
            for (qsizetype i = 0; i < columns; ++i)
                m_pageWidths[i] = qMax(m_pageWidths[i], displayWidth(row.value(i)));
    }
    const QString out = renderWith(m_pageWidths, first);
    m_rows.clear();
    return out;
}

QString TextTable::renderWith(const QList<int>& widths, bool header) const
{
    const qsizetype columns = m_headers.size();
    QString out;
    auto line = [&](const QStringList& cells) {
        QString text;
        for (qsizetype i = 0; i < columns; ++i) {
            const QString cell = cells.value(i);
            text += cell;
            if (i + 1 < columns)
                text += QString(qMax(1, widths[i] - displayWidth(cell) + kGap), QLatin1Char(' '));
        }
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        out += text + QLatin1Char('\n');
    };
    if (header)
        line(m_headers);
    for (const QStringList& row : m_rows)
        line(row);
    return out;
}

} // namespace lodestone::cli
