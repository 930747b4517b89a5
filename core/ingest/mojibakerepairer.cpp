#include "mojibakerepairer.h"

#include "codepagetable.h"
#include "cp874repairer.h"
#include "utf8rundecoder.h"

#include <QMap>

#include <algorithm>

namespace lodestone {

namespace {

constexpr int kMaxLayers = 4;

using Table = CodepageTable::Id;
constexpr Table kTables[] = {Table::SloppyCp1252, Table::Cp1251,   Table::Cp1250, Table::Cp1257,
                             Table::Iso8859_2,    Table::MacRoman, Table::Cp437};

bool isNonLatinLetter(char32_t u)
{
    return (u >= 0x0370 && u <= 0x03FF) || (u >= 0x0400 && u <= 0x04FF) || (u >= 0x0590 && u <= 0x06FF);
}

// Two-byte results that ordinary text is made of; IPA, Armenian, Latin Extended-B etc. are left alone.
bool plausibleTwoByte(char32_t u, bool leadIsC2)
{
    if (u >= 0x80 && u <= 0xBF)
        return leadIsC2 && u >= 0xA0;
    if (u >= 0xC0 && u <= 0xFF)
        return u != 0xD7 && u != 0xF7;
    if (u >= 0x0100 && u <= 0x017E)
        return true;
    if (u >= 0x0300 && u <= 0x036F)
        return true; // combining marks
    if (u >= 0x0386 && u <= 0x03CE)
        return true;
    if (u >= 0x0400 && u <= 0x045F)
        return true;
    if (u >= 0x05D0 && u <= 0x05EA)
        return true;
    return u >= 0x0620 && u <= 0x064A;
}

bool plausibleLonger(char32_t u, bool single)
{
    const QChar::Category cat = QChar::category(u);
    if (cat == QChar::Other_NotAssigned || cat == QChar::Other_Control || cat == QChar::Other_PrivateUse
        || cat == QChar::Other_Surrogate || u == 0xFFFE || u == 0xFFFF)
        return false;
    if (!single)
        return true;
    // A lone three-byte run is trusted for punctuation, symbols, emoji and full-width forms only.
    return (u >= 0x2000 && u <= 0x2BFF) || u == 0xFFFD || (u >= 0xFF00 && u <= 0xFFEF) || u >= 0x10000
        || (u >= 0x3000 && u <= 0x303F) || (u >= 0xFB00 && u <= 0xFB06);
}

// Punctuation that legitimately follows a letter; as a continuation byte it needs more evidence.
bool isolatingPunct(QChar c)
{
    static const QString set = QStringLiteral("\u00A0\u2122\u2014\u2013\u2026\u2019\u2018\u201C\u201D\u00AE\u00A9"
                                              "\u00A1\u00BF\u00A3\u00D7");
    return set.contains(c);
}

bool apostropheContext(const QString& t, qsizetype after)
{
    // after: index just past the "’"; true for ’s ’t ’d ’m ’ll ’re ’ve followed by a non-letter.
    auto letterAt = [&](qsizetype i) { return i < t.size() && t.at(i).isLetter(); };
    auto isCh = [&](qsizetype i, char16_t c) { return i < t.size() && t.at(i).toLower().unicode() == c; };
    for (char16_t c : {u's', u't', u'd', u'm'})
        if (isCh(after, c) && !letterAt(after + 1))
            return true;
    if ((isCh(after, u'l') && isCh(after + 1, u'l')) || (isCh(after, u'r') && isCh(after + 1, u'e'))
        || (isCh(after, u'v') && isCh(after + 1, u'e')))
        return !letterAt(after + 2);
    return false;
}

struct PassResult {
    QList<Utf8Candidate> accepted;
    int weight = 0;
};

bool isCjk(char32_t u)
{
    return (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xAC00 && u <= 0xD7AF) || (u >= 0xF900 && u <= 0xFAFF);
}

PassResult evaluate(const QString& text, const CodepageTable& table, Table id, bool allowSpace)
{
    PassResult res;
    const QList<Utf8Candidate> cands = Utf8RunDecoder::scan(text, table, allowSpace);
    if (cands.isEmpty())
        return res;
    // Positions covered by any candidate, to tell chains of candidates from leftovers.
    QList<bool> covered(text.size(), false);
    for (const auto& c : cands)
        for (qsizetype k = c.start; k < c.start + c.length; ++k)
            covered[k] = true;
    int leftovers = 0;
    for (qsizetype k = 0; k < text.size(); ++k) {
        const QChar ch = text.at(k);
        if (covered[k] || ch.unicode() < 0xA0 || ch.isLetter() || ch.isSpace())
            continue;
        const int b = table.byteFor(ch.unicode());
        if (b >= 0x80 && b <= 0xBF)
            ++leftovers;
    }
    const bool single = cands.size() == 1;
    const bool rareTable = id == Table::MacRoman || id == Table::Cp437;
    QList<Utf8Candidate> strong;
    QList<Utf8Candidate> weak; // accepted only when strong evidence exists elsewhere in the text
    for (const auto& c : cands) {
        const qsizetype before = c.start - 1;
        const qsizetype after = c.start + c.length;
        const QChar prev = before >= 0 ? text.at(before) : QChar();
        const QChar next = after < text.size() ? text.at(after) : QChar();
        const bool chained = (before >= 0 && covered[before]) || (after < text.size() && covered[after]);
        const char32_t u = c.replacement.toUcs4().value(0);
        if (c.viaSpace && (!allowSpace || !(QChar::isLetter(u) || u == 0xA0)))
            continue;
        if (c.lossy) {
            if (!chained && !prev.isLetter() && !next.isLetter() && single && c.byteCount == 2)
                continue;
            strong.append(c);
            continue;
        }
        if (c.byteCount >= 3) {
            if (!plausibleLonger(u, single && !chained) || (rareTable && isCjk(u)))
                continue;
            if (single && leftovers > 0 && !(u >= 0x2000 && u <= 0x2BFF))
                continue;
            strong.append(c);
            continue;
        }
        // Two-byte sequences: the riskiest, many legitimate letter pairs look like them.
        const QChar lead = text.at(c.start);
        const QChar cont = text.at(c.start + 1);
        const int leadByte = table.byteFor(lead.unicode());
        const bool strongLead = (id == Table::SloppyCp1252 && (lead == u'\u00C2' || lead == u'\u00C3'))
            || (id == Table::MacRoman && lead == u'\u221A');
        const bool symbolFromC2 = leadByte == 0xC2 && (strongLead || chained);
        const bool modifier = (u >= 0x02D8 && u <= 0x02DD) || u == 0x02C6 || u == 0x02C7;
        const bool combining = u >= 0x0300 && u <= 0x036F;
        if (!plausibleTwoByte(u, symbolFromC2) && !(symbolFromC2 && chained && u >= 0x80 && u < 0xA0) && !modifier)
            continue;
        if ((combining || modifier) && id != Table::SloppyCp1252)
            continue;
        if (cont == u'\u2019' && apostropheContext(text, c.start + 2))
            continue;
        if (isNonLatinLetter(u) && (prev.isDigit() || next.isDigit()))
            continue;
        if (u == 0x017F)
            continue;
        if (strongLead && (cont == u'\u00A0' || (lead == u'\u00C2' && u >= 0xA0 && u <= 0xBF))) {
            strong.append(c);
            continue;
        }
        bool isWeak = combining || modifier;
        if (!chained && !prev.isLetter() && !next.isLetter() && !combining) {
            if (!strongLead)
                continue;
            isWeak = true;
        }
        if (!strongLead && isolatingPunct(cont) && !chained && (!next.isLetter() || cont == u'\u00A0'))
            continue;
        if (QChar::isLetter(u) && prev.isLetter() && next.isLetter() && !chained) {
            const bool lower = QChar::isLower(u);
            if ((lower && prev.isUpper() && next.isUpper()) || (!lower && QChar::isUpper(u) && prev.isLower() && next.isLower()))
                continue;
        }
        if (rareTable && !prev.isLetter() && !chained)
            continue;
        if (!strongLead && lead.isLetter() && cont.isLetter())
            isWeak = true; // "HÅØYA": two real letters; needs company
        (isWeak ? weak : strong).append(c);
    }
    if (strong.isEmpty())
        return res;
    // A lone two-byte repair next to text this code page would also explain is a coin toss: leave it.
    if (strong.size() == 1 && weak.isEmpty() && strong.first().byteCount == 2 && (cands.size() > 1 || leftovers > 0))
        return res;
    res.accepted = strong + weak;
    std::sort(res.accepted.begin(), res.accepted.end(),
              [](const Utf8Candidate& a, const Utf8Candidate& b) { return a.start < b.start; });
    for (const auto& c : res.accepted) {
        res.weight += 2 * int(c.length);
        // Prefer the code page that produced the characters natively (not as raw C1 controls).
        for (qsizetype k = c.start; k < c.start + c.length; ++k) {
            const char16_t ch = text.at(k).unicode();
            if (ch >= 0x80 && ch < 0xA0 && table.charFor(static_cast<unsigned char>(ch)) != ch)
                --res.weight;
        }
    }
    return res;
}

QString apply(const QString& text, const QList<Utf8Candidate>& accepted)
{
    QString out;
    out.reserve(text.size());
    qsizetype pos = 0;
    for (const auto& c : accepted) {
        out.append(QStringView(text).mid(pos, c.start - pos));
        out.append(c.replacement);
        pos = c.start + c.length;
        // "Ã " whose 0xA0 became a space: "à" is a word of its own, keep one space unless there were two.
        if (c.viaSpace && c.replacement == u"\u00E0" && text.mid(pos - 1, 1) == u" "
            && !(pos < text.size() && text.at(pos) == u' '))
            out.append(QLatin1Char(' '));
    }
    out.append(QStringView(text).mid(pos));
    return out;
}

// "voilÃ le": a lone Ã after a lowercase letter, before a space, is "à" whose 0xA0 became a space.
int fixLostNbspAgrave(QString& text)
{
    int count = 0;
    for (qsizetype i = 1; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'\u00C3' && text.at(i + 1) == u' ' && text.at(i - 1).isLower()) {
            text[i] = QChar(0x00E0);
            if (i + 2 < text.size() && text.at(i + 2) == u' ')
                text.remove(i + 1, 1);
            ++count;
        }
    }
    return count;
}

// Stray C1 controls are windows-1252 punctuation read as Latin-1.
int fixC1Controls(QString& text)
{
    const CodepageTable& cp = CodepageTable::get(Table::SloppyCp1252);
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x80 && c < 0xA0) {
            const char16_t r = cp.charFor(static_cast<unsigned char>(c));
            if (r != c) {
                text[i] = QChar(r);
                ++count;
            }
        }
    }
    return count;
}

} // namespace

RepairResult MojibakeRepairer::repair(const QString& input)
{
    RepairResult result;
    result.text = input;
    bool hasHigh = false;
    for (QChar c : input)
        if (c.unicode() >= 0x80) {
            hasHigh = true;
            break;
        }
    if (!hasHigh)
        return result;

    Cp874Repairer::repair(result.text, result.repairs);

    QMap<QString, int> counts;
    for (int layer = 0; layer < kMaxLayers; ++layer) {
        PassResult best;
        Table bestId = Table::SloppyCp1252;
        for (Table id : kTables) {
            const CodepageTable& table = CodepageTable::get(id);
            PassResult r = evaluate(result.text, table, id, false);
            if (r.accepted.size() >= 2) {
                PassResult withSpace = evaluate(result.text, table, id, true);
                if (withSpace.weight > r.weight)
                    r = withSpace;
            }
            if (r.weight > best.weight) {
                best = r;
                bestId = id;
            }
        }
        if (best.accepted.isEmpty())
            break;
        result.text = apply(result.text, best.accepted);
        counts[QStringLiteral("utf8-as-") + CodepageTable::get(bestId).name()] += int(best.accepted.size());
    }
    const int agrave = fixLostNbspAgrave(result.text);
    if (agrave > 0)
        counts[QStringLiteral("lost-nbsp-a-grave")] += agrave;
    const int c1 = fixC1Controls(result.text);
    if (c1 > 0)
        counts[QStringLiteral("c1-as-windows-1252")] += c1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        result.repairs.append(QStringLiteral("%1-mojibake: %2 sequences").arg(it.key()).arg(it.value()));
    return result;
}

} // namespace lodestone
