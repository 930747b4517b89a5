#include "documentreader.h"

#include "charsetdecoder.h"
#include "feedreader.h"
#include "htmlreader.h"
#include "languageguess.h"
#include "listreader.h"
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

namespace lodestone {

namespace {

constexpr qsizetype kSniffBytes = 8192;

bool isUtf16WithBom(const QByteArray& b) { return b.startsWith("\xFF\xFE") || b.startsWith("\xFE\xFF"); }

// NUL bytes or many control characters in the first 8 KB mean a binary file.
bool looksBinary(const QByteArray& bytes)
{
    if (isUtf16WithBom(bytes))
        return false;
    const QByteArray head = bytes.left(kSniffBytes);
    qsizetype control = 0;
    for (char ch : head) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B)
            ++control;
    }
    return control * 20 > head.size();
}

bool whitespaceOnly(const QByteArray& bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v';
    });
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
    if (info.size() > kMaxFileBytes)
        return {ErrorCode::TooLarge, QStringLiteral("file is %1 bytes, limit %2: %3").arg(info.size()).arg(kMaxFileBytes).arg(path)};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {ErrorCode::Io, QStringLiteral("cannot open %1: %2").arg(path, f.errorString())};
    // Sized from the file, not the limit: reading "up to 50 MB" would allocate 50 MB for every small file.
    *bytes = f.read(qMin<qint64>(info.size(), kMaxFileBytes) + 1);
    if (!f.atEnd() && bytes->size() <= kMaxFileBytes && f.error() == QFileDevice::NoError)
        *bytes += f.read(kMaxFileBytes + 1 - bytes->size()); // it grew, or a special file that reports size 0
    if (f.error() != QFileDevice::NoError)
        return {ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, f.errorString())};
    return Error::none();
}

ReadResult DocumentReader::readFile(const QString& path)
{
    QByteArray bytes;
    if (Error e = readFileBytes(path, &bytes))
        return ReadResult::failure(e.code, e.detail);
    return readFileContent(bytes, path);
}

ReadResult DocumentReader::readFileContent(const QByteArray& bytes, const QString& path)
{
    ReadResult r = readBytes(bytes, path);
    if (r.error)
        r.error.detail += QStringLiteral(" (%1)").arg(path);
    return r;
}

ReadResult DocumentReader::readBytes(const QByteArray& bytes, const QString& fileName)
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
        result.interchange.reset();
        return result;
    }
    for (ParsedDocument& d : result.documents) {
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
        if (d.language.isEmpty())
            d.language = LanguageGuess::guess(d.title + u'\n' + d.text);
        if (d.title.isEmpty())
            d.title = TextReader::shortenTitle(d.text.section(u'\n', 0, 0));
    }
    log::ingest()->debug("read {} document(s) from {} as {} ({})", result.documents.size(), fileName.toStdString(),
                         kind.toStdString(), encoding.toStdString());
    return result;
}

QStringList DocumentReader::collectFiles(const QStringList& pathsOrFolders)
{
    QStringList out;
    const QStringList exts = supportedExtensions();
    for (const QString& p : pathsOrFolders) {
        const QFileInfo info(p);
        if (info.isFile()) {
            out.append(info.absoluteFilePath());
            continue;
        }
        if (!info.isDir())
            continue;
        QStringList dirs{info.absoluteFilePath()};
        // Manual walk so hidden folders are pruned, not just hidden files.
        while (!dirs.isEmpty()) {
            const QDir dir(dirs.takeFirst());
            const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
            for (const QFileInfo& e : entries) {
                if (e.fileName().startsWith(u'.') || e.isHidden())
                    continue;
                if (e.isDir() && !e.isSymLink())
                    dirs.append(e.absoluteFilePath());
                else if (e.isFile() && exts.contains(e.suffix().toLower()))
                    out.append(e.absoluteFilePath());
            }
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace lodestone
