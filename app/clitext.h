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

    // Terminal columns the text occupies (East Asian wide characters take two).
    static int displayWidth(const QString& text);
    // Cuts text to at most maxWidth columns, ending with an ellipsis when cut.
    static QString elide(const QString& text, int maxWidth);

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

} // namespace lodestone::cli
