#include "charsetdecoder.h"

#include "util/log.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <uchardet/uchardet.h>

namespace lodestone {

namespace {

constexpr qsizetype kSniffBytes = 4096;
constexpr qsizetype kDetectBytes = 256 * 1024;

QString decodeWith(const QString& name, QByteArrayView bytes)
{
    // WHATWG: ISO-8859-1 content with C1 bytes is windows-1252 in practice.
    const QString effective = name == u"ISO-8859-1" ? QStringLiteral("windows-1252") : name;
    QStringDecoder dec(effective.toLatin1().constData());
    if (!dec.isValid())
        return {};
    QString out = dec.decode(bytes);
    return out;
}

} // namespace

bool CharsetDecoder::isValidUtf8(const QByteArray& bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned int cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + len > n)
            return false;
        for (int k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))
            || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += len;
    }
    return true;
}

QString CharsetDecoder::canonicalName(const QString& label)
{
    const QString l = label.trimmed().toLower().remove(QLatin1Char('"')).remove(QLatin1Char('\''));
    if (l.isEmpty())
        return {};
    if (l == u"utf-8" || l == u"utf8" || l == u"unicode-1-1-utf-8")
        return QStringLiteral("UTF-8");
    if (l == u"gb2312" || l == u"gbk" || l == u"gb18030" || l == u"x-gbk" || l == u"cp936" || l == u"euc-cn"
        || l == u"csgb2312" || l == u"gb_2312-80")
        return QStringLiteral("GB18030");
    if (l == u"big5" || l == u"big5-hkscs" || l == u"x-x-big5" || l == u"cp950")
        return QStringLiteral("Big5");
    // WHATWG: latin1 and us-ascii labels mean windows-1252.
    if (l == u"us-ascii" || l == u"ascii" || l == u"windows-1252" || l == u"cp1252" || l == u"x-cp1252")
        return QStringLiteral("windows-1252");
    if (l == u"iso-8859-1" || l == u"latin1" || l == u"latin-1" || l == u"iso8859-1" || l == u"l1")
        return QStringLiteral("ISO-8859-1");
    if (l == u"tis-620" || l == u"windows-874" || l == u"cp874" || l == u"iso-8859-11")
        return QStringLiteral("windows-874");
    if (l == u"utf-16" || l == u"utf-16le")
        return QStringLiteral("UTF-16LE");
    if (l == u"utf-16be")
        return QStringLiteral("UTF-16BE");
    QStringDecoder probe(l.toLatin1().constData());
    if (!probe.isValid())
        return {};
    return label.trimmed();
}

QString CharsetDecoder::sniffDeclared(const QByteArray& head)
{
    const QString h = QString::fromLatin1(head.left(kSniffBytes));
    static const QRegularExpression xmlDecl(
        QStringLiteral(R"(^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["'])"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression metaCharset(
        QStringLiteral(R"(<meta[^>]*\bcharset\s*=\s*["']?([A-Za-z0-9._:-]+))"),
        QRegularExpression::CaseInsensitiveOption);
    auto m = xmlDecl.match(h);
    if (m.hasMatch())
        return m.captured(1);
    m = metaCharset.match(h);
    if (m.hasMatch())
        return m.captured(1);
    return {};
}

DecodedText CharsetDecoder::decode(const QByteArray& bytes, const QString& declared)
{
    // 1. Byte order marks.
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return {QString::fromUtf8(QByteArrayView(bytes).sliced(3)), QStringLiteral("UTF-8")};
    if (bytes.startsWith("\xFF\xFE")) {
        QStringDecoder d(QStringDecoder::Utf16LE);
        return {d.decode(QByteArrayView(bytes).sliced(2)), QStringLiteral("UTF-16LE")};
    }
    if (bytes.startsWith("\xFE\xFF")) {
        QStringDecoder d(QStringDecoder::Utf16BE);
        return {d.decode(QByteArrayView(bytes).sliced(2)), QStringLiteral("UTF-16BE")};
    }
    const bool utf8 = isValidUtf8(bytes);

    // 2. Declared charset (caller's, else the document's own).
    QString label = declared.isEmpty() ? sniffDeclared(bytes) : declared;
    QString name = canonicalName(label);
    // A document saying "ascii"/"latin1" but holding valid UTF-8 multibyte text is UTF-8 in practice;
    // a UTF-16 declaration in a byte-oriented file without BOM is a lie too.
    if (!name.isEmpty() && utf8 && (name == u"windows-1252" || name == u"ISO-8859-1" || name.startsWith(u"UTF-16")))
        name = QStringLiteral("UTF-8");
    if (!name.isEmpty() && name.startsWith(u"UTF-16"))
        name.clear();
    if (!name.isEmpty()) {
        if (name == u"UTF-8" && utf8)
            return {QString::fromUtf8(bytes), name};
        if (name == u"UTF-8")
            name.clear(); // declared UTF-8 but not UTF-8: let detection decide
    }
    if (!name.isEmpty()) {
        const QString text = decodeWith(name, bytes);
        if (!text.isNull() || bytes.isEmpty())
            return {text, name};
        log::ingest()->warn("declared charset '{}' not decodable", label.toStdString());
    }

    // 3. Valid UTF-8.
    if (utf8)
        return {QString::fromUtf8(bytes), QStringLiteral("UTF-8")};

    // 4. uchardet.
    if (uchardet_t ud = uchardet_new()) {
        const QByteArray sample = bytes.left(kDetectBytes);
        QString guess;
        if (uchardet_handle_data(ud, sample.constData(), size_t(sample.size())) == 0) {
            uchardet_data_end(ud);
            guess = QString::fromLatin1(uchardet_get_charset(ud));
        }
        uchardet_delete(ud);
        const QString g = canonicalName(guess);
        if (!g.isEmpty() && g != u"UTF-8" && !g.startsWith(u"UTF-16") && !g.startsWith(u"UTF-32")) {
            const QString text = decodeWith(g, bytes);
            if (!text.isNull())
                return {text, g};
        }
    }

    // 5. Fallback: windows-1252 never fails.
    return {decodeWith(QStringLiteral("windows-1252"), bytes), QStringLiteral("windows-1252")};
}

} // namespace lodestone
