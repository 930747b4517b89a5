#include "cp874repairer.h"

#include "codepagetable.h"
#include "utf8rundecoder.h"

namespace lodestone {

namespace {

constexpr char16_t kThaiO = 0x0E42;     // "โ" = byte 0xE2, lead of U+2000..U+2FFF
constexpr char16_t kThaiYoYak = 0x0E22; // "ย" = byte 0xC2, lead of U+0080..U+00BF

bool isThai(QChar c) { return c.unicode() >= 0x0E00 && c.unicode() <= 0x0E7F; }
bool isLatinLetter(QChar c) { return c.isLetter() && c.unicode() < 0x0250; }

bool isSuffixAfterApostrophe(const QString& t, qsizetype i)
{
    auto lowerAt = [&](qsizetype k) { return k < t.size() ? t.at(k).toLower().unicode() : char16_t(0); };
    auto endsWordAt = [&](qsizetype k) { return k >= t.size() || !t.at(k).isLetter(); };
    const char16_t a = lowerAt(i);
    if ((a == u's' || a == u't' || a == u'd' || a == u'm') && endsWordAt(i + 1))
        return true;
    const char16_t b = lowerAt(i + 1);
    return ((a == u'l' && b == u'l') || (a == u'r' && b == u'e') || (a == u'v' && b == u'e')) && endsWordAt(i + 2);
}

bool isClosingContext(QChar c)
{
    return c.isNull() || c.isSpace() || c == u',' || c == u'.' || c == u';' || c == u':' || c == u')'
        || c == u'!' || c == u'?' || c == u']';
}

// The character a bare "โ" stood for (U+2018/2019/201C/201D/2013/2014 all share E2 80 and lost 80 + 9x).
// The character a lossy sequence at i stood for, from its neighbours; `width` is how many characters the
// sequence left behind ("โ" alone, or "โ€" when the 0x80 byte survived as €).
QString guessPunctuation(const QString& t, qsizetype i, qsizetype width = 1)
{
    const QChar prev = i > 0 ? t.at(i - 1) : QChar();
    const QChar next = i + width < t.size() ? t.at(i + width) : QChar();
    if (prev.isLetter() && next.isLetter() && isSuffixAfterApostrophe(t, i + width))
        return QStringLiteral("\u2019");
    if (prev.isSpace() && next.isSpace())
        return QStringLiteral("\u2014");
    if (prev.isLetterOrNumber() && next.isLetterOrNumber())
        return QStringLiteral("\u2014");
    if ((prev.isNull() || prev.isSpace() || prev == u'(' || prev == u'[') && (next.isLetterOrNumber() || next == u'\''))
        return QStringLiteral("\u201C");
    if ((prev.isLetterOrNumber() || prev.isPunct()) && isClosingContext(next))
        return QStringLiteral("\u201D");
    return QStringLiteral("\u2019");
}

} // namespace

bool Cp874Repairer::looksLikeThaiMojibake(const QString& text)
{
    qsizetype latin = 0;
    qsizetype thai = 0;
    qsizetype run = 0;
    for (QChar c : text) {
        if (isThai(c)) {
            ++thai;
            if (++run > 3)
                return false;
        } else {
            run = 0;
            if (isLatinLetter(c))
                ++latin;
        }
    }
    return thai > 0 && latin >= 5 * thai;
}

bool Cp874Repairer::repair(QString& text, QStringList& repairs)
{
    if (!looksLikeThaiMojibake(text))
        return false;
    bool changed = false;

    // 1. Complete sequences (C1 bytes kept as raw controls or as windows-1252 glyphs, e.g. "โ€™", "ยฉ").
    const CodepageTable& table = CodepageTable::get(CodepageTable::Id::Cp874Mixed);
    const QList<Utf8Candidate> cands = Utf8RunDecoder::scan(text, table, false);
    int complete = 0;
    if (!cands.isEmpty()) {
        QString out;
        qsizetype pos = 0;
        for (const auto& c : cands) {
            if (c.lossy || !isThai(text.at(c.start)))
                continue;
            out.append(QStringView(text).mid(pos, c.start - pos));
            out.append(c.replacement);
            pos = c.start + c.length;
            ++complete;
        }
        if (complete > 0) {
            out.append(QStringView(text).mid(pos));
            text = out;
            changed = true;
            repairs.append(QStringLiteral("cp874-mojibake: %1 sequences").arg(complete));
        }
    }

    // 2. Lossy sequences: the C1 bytes are gone, only the lead (and a trailing 0xA0..0xBF byte) remain.
    int lost = 0;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        const QChar prev = i > 0 ? text.at(i - 1) : QChar();
        if (c.unicode() == kThaiO && next.unicode() == 0x20AC) {
            // E2 80 xx with xx undefined in cp874: "โ€" is left (the 0x80 byte decoded as €)
            out.append(guessPunctuation(text, i, 2));
            ++i;
            ++lost;
        } else if (c.unicode() == kThaiO && !isThai(next)) {
            out.append(guessPunctuation(text, i));
            ++lost;
        } else if (c.unicode() == kThaiO && next.unicode() == 0x0E02) { // E2 84 A2 ™ or E2 80 A2 •
            out.append(prev.isLetterOrNumber() ? QStringLiteral("\u2122") : QStringLiteral("\u2022"));
            ++i;
            ++lost;
        } else if (c.unicode() == kThaiO && next.unicode() == 0x0E06) { // E2 80 A6 …
            out.append(QStringLiteral("\u2026"));
            ++i;
            ++lost;
        } else if (c.unicode() == kThaiO && next.unicode() == 0x0E0C) { // E2 82 AC €
            out.append(QStringLiteral("\u20AC"));
            ++i;
            ++lost;
        } else if (c.unicode() == kThaiYoYak && next.unicode() == 0x00A0) { // C2 A0 no-break space
            out.append(QChar(0x00A0));
            ++i;
            ++lost;
        } else {
            out.append(c);
        }
    }
    if (lost > 0) {
        text = out;
        changed = true;
        repairs.append(QStringLiteral("cp874-c1-lost: %1 sequences").arg(lost));
    }
    return changed;
}

} // namespace lodestone
