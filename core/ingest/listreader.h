#pragma once
// Reads lists of reports from JSON (array of objects, or {"items"|"documents"|"reports": [...]}) and CSV
// (header row, RFC 4180 quoting, multi-line fields). Columns: title, text|body|content, url, publisher,
// published, language. Pure functions, usable from any thread.
#include "readresult.h"

namespace lodestone {

class ListReader final {
public:
    // A list longer than ListStream::kPartItems comes back with its first part in `documents` and the rest in
    // ReadResult::more. More items than the file budget allows (FileBudget::items) fail with OverBudget.
    static ReadResult readJson(const QByteArray& utf8, const QString& sourcePath);
    static ReadResult readCsv(const QString& text, const QString& sourcePath);
    // RFC 4180 records; *complete is false when a quoted field is left open at the end.
    static QList<QStringList> parseCsv(const QString& text, bool* complete);
    // One record starting at `pos` (its fields appended to *fields unless null); returns where the next one starts.
    // *open is true when the text ends inside a quoted field.
    static qsizetype parseCsvRecord(const QString& text, qsizetype pos, QStringList* fields, bool* open = nullptr);
};

} // namespace lodestone
