#pragma once
// Turns raw bytes into text: BOM, then a declared charset, then valid UTF-8, then uchardet, then windows-1252.
// Pure functions, usable from any thread.
#include <QByteArray>
#include <QString>

namespace lodestone {

struct DecodedText final {
    QString text;
    QString encoding; // canonical name, e.g. "UTF-8", "GB18030", "windows-1252"
};

class CharsetDecoder final {
public:
    // declared: a charset named by the caller (HTTP header, feed); when empty the bytes' own declaration is used.
    static DecodedText decode(const QByteArray& bytes, const QString& declared = {});
    // Charset named inside the first bytes: XML encoding="...", HTML <meta charset> or http-equiv content.
    static QString sniffDeclared(const QByteArray& head);
    // Canonical, decodable name for a charset label (GB2312/GBK -> GB18030, latin1 -> ISO-8859-1 ...);
    // empty when Qt/ICU cannot decode it.
    static QString canonicalName(const QString& label);
    static bool isValidUtf8(const QByteArray& bytes);
};

} // namespace lodestone
