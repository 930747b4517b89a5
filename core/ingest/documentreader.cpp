#include "documentreader.h"

#include "charsetdecoder.h"
#include "controlchars.h"
#include "feedreader.h"
#include "filebudget.h"
#include "htmlreader.h"
#include "languageguess.h"
#include "listreader.h"
#include "liststream.h"
#include "markdownreader.h"
#include "mojibakerepairer.h"
#include "pdfreader.h"
#include "stixreader.h"
#include "textreader.h"
#include "util/log.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <dirent.h>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lodestone {

namespace {

constexpr qsizetype kSniffBytes = 8192;

bool isUtf16WithBom(const QByteArray& b) { return b.startsWith("\xFF\xFE") || b.startsWith("\xFE\xFF"); }

// A NUL in the first 8 KB (a binary header) or control characters in more than one byte of 20 over the whole file
// mean a binary file. Stray NULs and control characters further in are removed from the text (ControlChars).
bool looksBinary(const QByteArray& bytes)
{
    if (isUtf16WithBom(bytes))
        return false;
    if (bytes.left(kSniffBytes).contains('\0'))
        return true;
    qsizetype control = 0;
    for (char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B)
            ++control;
    }
    return control * 20 > bytes.size();
}

bool whitespaceOnly(const QByteArray& bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v';
    });
}

// Entries of a folder whose names do not survive decoding (invalid UTF-8), as shown with U+FFFD; hidden ones skipped.
QStringList undecodableNames(const QString& folder)
{
    QStringList out;
    DIR* d = ::opendir(QFile::encodeName(folder).constData());
    if (!d)
        return out;
    while (const dirent* e = ::readdir(d)) {
        const QByteArray raw(e->d_name);
        if (raw.startsWith('.'))
            continue;
        if (QFile::encodeName(QFile::decodeName(raw)) != raw)
            out << QString::fromUtf8(raw);
    }
    ::closedir(d);
    out.sort();
    return out;
}

QString kindForExtension(const QString& ext)
{
    if (ext == u"txt" || ext == u"text")
        return QStringLiteral("text");
    if (ext == u"md" || ext == u"markdown")
        return QStringLiteral("markdown");
    if (ext == u"html" || ext == u"htm" || ext == u"xhtml")
        return QStringLiteral("html");
    if (ext == u"rss" || ext == u"atom")
        return QStringLiteral("feed");
    if (ext == u"pdf")
        return QStringLiteral("pdf");
    if (ext == u"json")
        return QStringLiteral("json");
    if (ext == u"csv")
        return QStringLiteral("csv");
    if (ext == u"xml")
        return QStringLiteral("xml");
    return {};
}

QString sniffKind(const QString& head)
{
    const QString h = head.trimmed().left(4096);
    const QString lower = h.toLower();
    if (h.startsWith(u'<')) {
        if (FeedReader::looksLikeFeed(h))
            return QStringLiteral("feed");
        if (lower.contains(QStringLiteral("<html")) || lower.startsWith(QStringLiteral("<!doctype html"))
            || lower.contains(QStringLiteral("<body")) || lower.contains(QStringLiteral("<p>")))
            return QStringLiteral("html");
        return {};
    }
    if (h.startsWith(u'{') || h.startsWith(u'['))
        return QStringLiteral("json");
    if (h.startsWith(QStringLiteral("---")) || h.startsWith(QStringLiteral("# ")))
        return QStringLiteral("markdown");
    return QStringLiteral("text");
}

} // namespace

QStringList DocumentReader::supportedExtensions()
{
    return {QStringLiteral("txt"),  QStringLiteral("text"), QStringLiteral("md"),   QStringLiteral("markdown"),
            QStringLiteral("html"), QStringLiteral("htm"),  QStringLiteral("xhtml"), QStringLiteral("xml"),
            QStringLiteral("rss"),  QStringLiteral("atom"), QStringLiteral("pdf"),  QStringLiteral("json"),
            QStringLiteral("csv")};
}

QString DocumentReader::detectKind(const QByteArray& bytes, const QString& fileName)
{
    if (bytes.startsWith("%PDF-"))
        return QStringLiteral("pdf");
    QString kind = kindForExtension(QFileInfo(fileName).suffix().toLower());
    if (kind == u"pdf")
        return kind; // wrong magic: PdfReader names the damage
    if (kind.isEmpty() || kind == u"xml") {
        const QString head = CharsetDecoder::decode(bytes.left(kSniffBytes)).text;
        const QString sniffed = sniffKind(head);
        if (kind == u"xml")
            return sniffed == u"feed" || sniffed == u"html" ? sniffed : QString();
        return sniffed;
    }
    return kind;
}

Error DocumentReader::readFileBytes(const QString& path, QByteArray* bytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {ErrorCode::Io, QStringLiteral("no such file: %1").arg(path)};
    if (info.isDir())
        return {ErrorCode::Io, QStringLiteral("is a directory: %1").arg(path)};
    if (path.startsWith(u':')) { // a Qt resource (the bundled demo corpus): compiled in, never a special file
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {ErrorCode::Io, QStringLiteral("cannot open %1: %2").arg(path, f.errorString())};
        if (f.size() > kMaxFileBytes)
            return {ErrorCode::TooLarge, QStringLiteral("file is %1 bytes, limit %2: %3").arg(f.size()).arg(kMaxFileBytes).arg(path)};
        *bytes = f.readAll();
        return Error::none();
    }
    // Opened without blocking and checked on the open descriptor: a FIFO would wait for a writer forever, a device
    // never ends; only regular files are read.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return {ErrorCode::Io, QStringLiteral("cannot open %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)))};
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return {ErrorCode::Refused, QStringLiteral("not a regular file (a device, FIFO or socket): not read: %1").arg(path)};
    }
    if (st.st_size > kMaxFileBytes) {
        ::close(fd);
        return {ErrorCode::TooLarge, QStringLiteral("file is %1 bytes, limit %2: %3").arg(qint64(st.st_size)).arg(kMaxFileBytes).arg(path)};
    }
    QFile f;
    if (!f.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return {ErrorCode::Io, QStringLiteral("cannot open %1: %2").arg(path, f.errorString())};
    }
    // Sized from the file, not the limit: reading "up to 50 MB" would allocate 50 MB for every small file.
    *bytes = f.read(qMin<qint64>(st.st_size, kMaxFileBytes) + 1);
    if (!f.atEnd() && bytes->size() <= kMaxFileBytes && f.error() == QFileDevice::NoError)
        *bytes += f.read(kMaxFileBytes + 1 - bytes->size()); // it grew, or a special file that reports size 0
    if (f.error() != QFileDevice::NoError)
        return {ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, f.errorString())};
    return Error::none();
}

ReadResult DocumentReader::readFile(const QString& path, ReadMode mode)
{
    QByteArray bytes;
    if (Error e = readFileBytes(path, &bytes))
        return ReadResult::failure(e.code, e.detail);
    return readFileContent(bytes, path, mode);
}

ReadResult DocumentReader::readFileContent(const QByteArray& bytes, const QString& path, ReadMode mode)
{
    ReadResult r = readBytes(bytes, path, mode);
    if (r.error)
        r.error.detail += QStringLiteral(" (%1)").arg(path);
    return r;
}

ReadResult DocumentReader::readBytes(const QByteArray& bytes, const QString& fileName, ReadMode mode)
{
    if (bytes.size() > kMaxFileBytes)
        return ReadResult::failure(ErrorCode::TooLarge, QStringLiteral("input is %1 bytes, limit %2").arg(bytes.size()).arg(kMaxFileBytes));
    if (bytes.isEmpty() || whitespaceOnly(bytes))
        return ReadResult::failure(ErrorCode::EmptyInput, QStringLiteral("input is empty or whitespace only"));
    const QString kind = detectKind(bytes, fileName);
    if (kind != u"pdf" && looksBinary(bytes))
        return ReadResult::failure(ErrorCode::BinaryInput, QStringLiteral("input holds NUL bytes or control characters"));
    if (kind.isEmpty())
        return ReadResult::failure(ErrorCode::Unsupported, QStringLiteral("unsupported format: %1").arg(QFileInfo(fileName).fileName()));

    ReadResult result;
    QString encoding;
    QStringList repairs;
    bool repairEach = false; // repair each document's title and text (JSON parsed from its bytes)
    if (kind == u"pdf") {
        result = PdfReader::read(bytes);
        encoding = QStringLiteral("binary");
        for (ParsedDocument& d : result.documents) {
            RepairResult t = MojibakeRepairer::repair(d.text);
            d.text = t.text;
            d.title = MojibakeRepairer::repair(d.title).text;
            d.repairs = t.repairs;
        }
    } else if (kind == u"json" && CharsetDecoder::isValidUtf8(bytes)) {
        // JSON in UTF-8 (as RFC 8259 wants it) is parsed from its bytes: decoding, repairing and encoding again a
        // whole bundle or report list costs more than reading its reports. Mojibake is repaired in each document
        // instead; a Lodestone bundle's texts come back as they are (repaired when they were first imported: a
        // second repair could only change them, and with them their content hash).
        encoding = QStringLiteral("UTF-8");
        const QByteArray utf8 = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
        if (StixReader::looksLikeStix(utf8)) {
            result = StixReader::read(utf8, fileName);
            repairEach = !StixReader::mentionsLodestoneExtensions(utf8);
        } else {
            result = ListReader::readJson(utf8, fileName);
            repairEach = true;
        }
    } else {
        const DecodedText decoded = CharsetDecoder::decode(bytes);
        encoding = decoded.encoding;
        RepairResult repaired = MojibakeRepairer::repair(decoded.text);
        repairs = repaired.repairs;
        if (repaired.text.trimmed().isEmpty())
            return ReadResult::failure(ErrorCode::EmptyInput, QStringLiteral("input is empty after decoding"));
        if (kind == u"text")
            result = TextReader::read(repaired.text);
        else if (kind == u"markdown")
            result = MarkdownReader::read(repaired.text);
        else if (kind == u"html")
            result = HtmlReader::read(repaired.text);
        else if (kind == u"feed")
            result = FeedReader::read(repaired.text, fileName);
        else if (kind == u"json")
            result = StixReader::looksLikeStix(repaired.text) ? StixReader::read(repaired.text.toUtf8(), fileName)
                                                                : ListReader::readJson(repaired.text.toUtf8(), fileName);
        else if (kind == u"csv")
            result = ListReader::readCsv(repaired.text, fileName);
    }
    if (result.error) {
        result.documents.clear();
        result.more.reset();
        result.interchange.reset();
        return result;
    }
    // Readers that cannot be interrupted (poppler, gumbo, the JSON and XML parsers) are checked once they return.
    if (Error e = FileBudgetScope::checkTime(QStringLiteral("reading the %1 file").arg(kind)))
        return {{}, e};
    if (result.more) {
        result.more->encoding = encoding;
        result.more->repairs = repairs;
        result.more->fileName = fileName;
        result.more->repairEach = repairEach;
    }
    if (Error e = finish(result.documents, kind, encoding, repairs, fileName, repairEach)) {
        result.documents.clear();
        result.more.reset();
        result.interchange.reset();
        result.error = e;
        return result;
    }
    if (result.more && mode == ReadMode::All) { // every part now: the caller wants all documents
        for (qsizetype from = ListStream::kPartItems; from < result.more->size(); from += ListStream::kPartItems) {
            ReadResult part = readPart(*result.more, from, ListStream::kPartItems);
            if (part.error)
                return part;
            result.documents += part.documents;
        }
        result.more.reset();
        if (result.isEmpty())
            return ReadResult::failure(ErrorCode::EmptyInput, QStringLiteral("the list holds no item with title or text"));
    }
    log::ingest()->debug("read {} document(s) from {} as {} ({})", result.documents.size(), fileName.toStdString(),
                         kind.toStdString(), encoding.toStdString());
    return result;
}

ReadResult DocumentReader::readPart(const ListStream& list, qsizetype from, qsizetype count)
{
    ReadResult part;
    part.documents = list.read(from, count);
    part.error = finish(part.documents, QStringLiteral("list"), list.encoding, list.repairs, list.fileName, list.repairEach);
    if (part.error)
        part.documents.clear();
    return part;
}

Error DocumentReader::finish(QList<ParsedDocument>& documents, const QString& kind, const QString& encoding,
                             const QStringList& repairs, const QString& fileName, bool repairEach)
{
    const qsizetype maxText = FileBudgetScope::current().textChars;
    for (ParsedDocument& d : documents) {
        if (d.text.size() > maxText)
            return FileBudgetScope::tooMuchText(d.text.size());
        if (d.sourcePath.isEmpty())
            d.sourcePath = fileName;
        d.sourceEncoding = encoding;
        if (repairEach) {
            RepairResult t = MojibakeRepairer::repair(d.text);
            d.text = std::move(t.text);
            d.title = MojibakeRepairer::repair(d.title).text;
            d.repairs = std::move(t.repairs);
        } else if (kind != u"pdf") {
            d.repairs = repairs;
        }
        // What is stored is what is shown: no NULs or terminal controls in the text, the title or the metadata.
        ControlChars::Removed removed = ControlChars::strip(d.text);
        for (QString* field : {&d.title, &d.publisher, &d.url, &d.language, &d.bodyStartHint})
            removed += ControlChars::strip(*field);
        if (removed.total > 0)
            d.repairs << ControlChars::repairNote(removed);
        if (d.language.isEmpty())
            d.language = LanguageGuess::guess(d.title + u'\n' + d.text);
        if (d.title.isEmpty())
            d.title = TextReader::shortenTitle(d.text.section(u'\n', 0, 0));
    }
    return {};
}

QStringList DocumentReader::collectFiles(const QStringList& pathsOrFolders, QList<RefusedFile>* refused)
{
    QStringList out;
    const QStringList exts = supportedExtensions();
    auto refuse = [refused](const QString& path, ErrorCode code, const QString& why) {
        log::ingest()->warn("not imported: {}: {}", path.toStdString(), why.toStdString());
        if (refused)
            refused->append({path, Error{code, QStringLiteral("%1: %2").arg(path, why)}});
    };
    for (const QString& p : pathsOrFolders) {
        const QFileInfo info(p);
        if (info.isFile()) {
            out.append(info.absoluteFilePath());
            continue;
        }
        if (!info.isDir())
            continue;
        // The folder the user chose, symlinks resolved: nothing outside it is read.
        const QString root = info.canonicalFilePath();
        QStringList dirs{info.absoluteFilePath()};
        // Manual walk so hidden folders are pruned, not just hidden files.
        while (!dirs.isEmpty()) {
            const QDir dir(dirs.takeFirst());
            // Qt leaves out names that are not valid UTF-8 (they cannot be opened through a QString): said, not dropped.
            for (const QString& name : undecodableNames(dir.path()))
                refuse(dir.path() + u'/' + name, ErrorCode::Refused,
                       QStringLiteral("the file name is not valid UTF-8 (shown with U+FFFD); rename it to import it"));
            const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::System, QDir::Name);
            for (const QFileInfo& e : entries) {
                if (e.fileName().startsWith(u'.') || e.isHidden())
                    continue;
                const bool supported = exts.contains(e.suffix().toLower());
                if (e.isSymLink()) {
                    const QString target = e.canonicalFilePath(); // empty when the link is broken
                    if (target.isEmpty()) {
                        if (supported)
                            refuse(e.absoluteFilePath(), ErrorCode::NotFound,
                                   QStringLiteral("symbolic link to %1, which does not exist").arg(e.symLinkTarget()));
                        continue;
                    }
                    if (target != root && !target.startsWith(root + u'/')) {
                        if (supported || e.isDir())
                            refuse(e.absoluteFilePath(), ErrorCode::Refused,
                                   QStringLiteral("symbolic link to %1, outside the imported folder: not followed").arg(target));
                        continue;
                    }
                    if (e.isDir())
                        continue; // inside the folder: its files are reached where they are
                }
                if (e.isDir())
                    dirs.append(e.absoluteFilePath());
                else if (!supported)
                    continue;
                else if (e.isFile())
                    out.append(e.absoluteFilePath());
                else
                    refuse(e.absoluteFilePath(), ErrorCode::Refused, QStringLiteral("not a regular file (a device, FIFO or socket): not read"));
            }
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace lodestone
