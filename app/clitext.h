#pragma once
// Aligned plain-text table for the command line: columns padded by display width (CJK characters
// count as two), the last column left unpadded. Plain value class, usable from any thread.
#include <QList>
#include <QString>
#include <QStringList>

namespace lodestone::cli {

class TextTable final {
public:
    explicit TextTable(QStringList headers);

    void addRow(QStringList cells);
    bool isEmpty() const { return m_rows.isEmpty(); }
    // The table with a header line, one line per row, every line ending in '\n'.
    QString render() const;
    // A listing printed page by page: the rows added since the last call (with the header the first time), then
    // forgotten. Column widths are set by the first page, so later pages line up with it.
    QString takePage();

    // Terminal columns the text occupies (East Asian wide characters take two).
    static int displayWidth(const QString& text);
    // Cuts text to at most maxWidth columns, ending with an ellipsis when cut.
    static QString elide(const QString& text, int maxWidth);

private:
    QString renderWith(const QList<int>& widths, bool header) const;
    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<int> m_pageWidths; // set by the first takePage()
};

} // namespace lodestone::cli
