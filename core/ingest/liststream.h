#pragma once
// The items of a long list file (CSV rows, JSON objects) kept compactly — the decoded CSV text with the offset of
// each row, or the parsed JSON array — and turned into documents a part at a time, so a file of a million rows
// never holds a million documents at once. Immutable once built and shared: parts may be read on any thread.
#include "model/report.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace lodestone {

class ListStream final {
public:
    // Documents a part holds: the unit the import prepares and stores at a time.
    static constexpr qsizetype kPartItems = 1000;

    // CSV: the decoded text, the lower-cased header and where each non-blank row after it starts.
    static std::shared_ptr<ListStream> fromCsv(QString text, QStringList header, std::vector<qsizetype> rowStarts,
                                               QString sourcePath);
    static std::shared_ptr<ListStream> fromJson(QJsonArray items, QString sourcePath);

    qsizetype size() const;
    // Items [from, from + count) as documents (rows without title and text give none), numbered "#item N" by their
    // place in the file.
    QList<ParsedDocument> read(qsizetype from, qsizetype count) const;

    // What DocumentReader sets on each document it returns (filled in once, before the stream is shared).
    QString encoding;
    QStringList repairs;
    QString fileName;
    bool repairEach = false; // parsed from UTF-8 bytes: each document's mojibake is repaired on its own

private:
    ListStream() = default;
    QString m_format; // "csv" or "json"
    QString m_sourcePath;
    QString m_csvText;
    QStringList m_header;
    std::vector<qsizetype> m_rowStarts;
    QJsonArray m_items;
};

} // namespace lodestone
