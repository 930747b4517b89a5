#pragma once
// Entry point for reading reports: picks the reader by extension and content sniffing, decodes the charset,
// repairs mojibake and fills the shared fields (language, encoding, repairs, format, source path).
// Pure functions, usable from any thread.
#include "liststream.h"
#include "readresult.h"

#include <QByteArray>
#include <QStringList>

namespace lodestone {

class DocumentReader final {
public:
    static constexpr qint64 kMaxFileBytes = 50LL * 1024 * 1024;

    // All: every document of the file. Parts: a long list (CSV, JSON) gives its first part and ReadResult::more;
    // the rest are read with readPart, a part at a time (the import does, to keep a million-row file in bounded
    // memory). Special files (FIFOs, devices) are refused without blocking. The current FileBudgetScope applies.
    enum class ReadMode { All, Parts };
    static ReadResult readFile(const QString& path, ReadMode mode = ReadMode::All);
    // readFile in two steps: the file's bytes (errors name the file; special files refused), then what they hold
    // (as readBytes, with the path added to an error), so that a caller can look at the bytes in between.
    static Error readFileBytes(const QString& path, QByteArray* bytes);
    static ReadResult readFileContent(const QByteArray& bytes, const QString& path, ReadMode mode = ReadMode::All);
    static ReadResult readBytes(const QByteArray& bytes, const QString& fileName, ReadMode mode = ReadMode::All);
    // Documents [from, from + count) of a long list, finished like readFile's.
    static ReadResult readPart(const ListStream& list, qsizetype from, qsizetype count);
    static QStringList supportedExtensions();
    // An entry of a folder that is not read, and why (ErrorCode::Refused or NotFound).
    struct RefusedFile final {
        QString path;
        Error error;
    };
    // Files under the given paths (folders walked recursively), sorted, hidden files and folders skipped,
    // only supported extensions taken from folders (explicit file paths are kept as given). Inside a folder,
    // symlinks that lead out of it, broken symlinks, special files and names that are not valid UTF-8 are not
    // taken: they are listed in `refused` when given.
    static QStringList collectFiles(const QStringList& pathsOrFolders, QList<RefusedFile>* refused = nullptr);
    // "text", "markdown", "html", "feed", "pdf", "json", "csv", or empty when nothing fits.
    static QString detectKind(const QByteArray& bytes, const QString& fileName);

private:
    // Fills what every reader leaves to this class (source path, encoding, repairs, language, title), removes
    // control characters (repairEach: repairs each document's mojibake too); OverBudget when a document's text is longer than the budget allows.
    static Error finish(QList<ParsedDocument>& documents, const QString& kind, const QString& encoding,
                        const QStringList& repairs, const QString& fileName, bool repairEach = false);
};

} // namespace lodestone
