#pragma once
// Entry point for reading reports: picks the reader by extension and content sniffing, decodes the charset,
// repairs mojibake and fills the shared fields (language, encoding, repairs, format, source path).
// Pure functions, usable from any thread.
#include "readresult.h"

#include <QByteArray>
#include <QStringList>

namespace lodestone {

class DocumentReader final {
public:
    static constexpr qint64 kMaxFileBytes = 50LL * 1024 * 1024;

    static ReadResult readFile(const QString& path);
    // readFile in two steps: the file's bytes (errors name the file), then what they hold (as readBytes, with
    // the path added to an error), so that a caller can look at the bytes in between.
    static Error readFileBytes(const QString& path, QByteArray* bytes);
    static ReadResult readFileContent(const QByteArray& bytes, const QString& path);
    static ReadResult readBytes(const QByteArray& bytes, const QString& fileName);
    static QStringList supportedExtensions();
    // Files under the given paths (folders walked recursively), sorted, hidden files and folders skipped,
    // only supported extensions taken from folders (explicit file paths are kept as given).
    static QStringList collectFiles(const QStringList& pathsOrFolders);
    // "text", "markdown", "html", "feed", "pdf", "json", "csv", or empty when nothing fits.
    static QString detectKind(const QByteArray& bytes, const QString& fileName);
};

} // namespace lodestone
