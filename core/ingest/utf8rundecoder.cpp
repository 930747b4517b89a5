#include "utf8rundecoder.h"

namespace lodestone {

namespace {

struct Decoded {
    bool ok = false;
    char32_t cp = 0;
    qsizetype end = 0;
    bool lossy = false;
    bool viaSpace = false;
};

Decoded decodeAt(const QString& text, qsizetype i, const CodepageTable& table, bool allowSpace)
{
    Decoded d;
    const qsizetype n = text.size();
    const char16_t c = text.at(i).unicode();
    if (c < 0x80 || !table.isLead(c))
        return d;
    const int b = table.byteFor(c);
    if (b < 0xC2 || b > 0xF4)
        return d;
    const int need = b < 0xE0 ? 1 : (b < 0xF0 ? 2 : 3);
    char32_t cp = char32_t(b & (b < 0xE0 ? 0x1F : (b < 0xF0 ? 0x0F : 0x07)));
    qsizetype j = i + 1;
    int prevByte = b;
    for (int k = 1; k <= need; ++k, ++j) {
        if (j >= n)
            return d;
        const char16_t ch = text.at(j).unicode();
        const int cb = ch < 0x80 ? -1 : table.byteFor(ch);
        if (cb >= 0x80 && cb <= 0xBF) {
            cp = (cp << 6) | char32_t(cb & 0x3F);
            prevByte = cb;
        } else if (ch == 0xFFFD) {
            d.lossy = true;
            prevByte = -1;
        } else if (ch == u' ' && allowSpace) {
            cp = (cp << 6) | 0x20;
            d.viaSpace = true;
            prevByte = 0xA0;
        } else if (ch == u'?' && need == 2 && k == 2 && b == 0xE2 && prevByte == 0x80) {
            d.lossy = true;
        } else {
            return d;
        }
    }
    if (!d.lossy) {
        if ((need == 1 && cp < 0x80) || (need == 2 && cp < 0x800) || (need == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
            return d;
    }
    d.ok = true;
    d.cp = cp;
    d.end = j;
    return d;
}

} // namespace

QList<Utf8Candidate> Utf8RunDecoder::scan(const QString& text, const CodepageTable& table, bool allowSpaceAsNbsp)
{
    QList<Utf8Candidate> out;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (text.at(i).unicode() < 0x80)
            continue;
        const Decoded d = decodeAt(text, i, table, allowSpaceAsNbsp);
        if (!d.ok)
            continue;
        Utf8Candidate cand;
        cand.start = i;
        cand.length = d.end - i;
        cand.lossy = d.lossy;
        cand.viaSpace = d.viaSpace;
        cand.byteCount = int(cand.length);
        if (d.lossy) {
            cand.replacement = QString(QChar::ReplacementCharacter);
        } else if (d.cp >= 0xD800 && d.cp <= 0xDBFF) {
            // CESU-8: a high surrogate must be followed by an encoded low surrogate.
            if (d.end >= n)
                continue;
            const Decoded low = decodeAt(text, d.end, table, allowSpaceAsNbsp);
            if (!low.ok || low.lossy || low.cp < 0xDC00 || low.cp > 0xDFFF)
                continue;
            const char32_t full = 0x10000 + ((d.cp - 0xD800) << 10) + (low.cp - 0xDC00);
            cand.replacement = QString::fromUcs4(&full, 1);
            cand.length = low.end - i;
            cand.byteCount = 6;
            cand.viaSpace = d.viaSpace || low.viaSpace;
        } else if (d.cp >= 0xDC00 && d.cp <= 0xDFFF) {
            continue;
        } else {
            const char32_t cp = d.cp;
            cand.replacement = QString::fromUcs4(&cp, 1);
        }
        out.append(cand);
        i = i + cand.length - 1;
    }
    return out;
}

} // namespace lodestone
