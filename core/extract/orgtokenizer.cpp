#include "orgtokenizer.h"

#include "orgwordlists.h"


namespace lodestone {

namespace {

bool isApostrophe(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'\'' || u == u'\u2019' || u == u'\u2018' || u == u'\u02BC' || u == u'`';
}

bool isParen(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'(' || u == u')' || u == u'\uFF08' || u == u'\uFF09';
}

bool isHyphen(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'-' || u == u'\u2010' || u == u'\u2011';
}

} // namespace

bool OrgTokenizer::isLatinWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    if (!c.isLetterOrNumber()) return false;
    return c.script() == QChar::Script_Latin || c.isDigit();
}

bool OrgTokenizer::isHan(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x2E80) return false;
    if (u == 0x3007) return true; // 〇
    return c.script() == QChar::Script_Han;
}

QList<OrgToken> OrgTokenizer::tokenize(QStringView text)
{
    QList<OrgToken> tokens;
    tokens.reserve(text.size() / 5 + 4);
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (isLatinWordChar(c)) {
            qsizetype j = i + 1;
            while (j < n && isLatinWordChar(text[j])) ++j;
            OrgToken t;
            t.start = int(i);
            t.end = int(j);
            t.kind = OrgToken::Kind::Latin;
            t.upperFirst = c.isUpper();
            t.norm = QString(j - i, Qt::Uninitialized);
            QChar* out = t.norm.data();
            for (qsizetype k = i; k < j; ++k) {
                const char16_t u = text[k].unicode();
                *out++ = u < 0x80 ? QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u) : text[k].toLower();
            }
            t.hash = hashOf(t.norm);
            t.flags = orgwords::classify(&t.norm, &t.hash);
            tokens.append(std::move(t));
            i = j;
        } else if (isHan(c)) {
            OrgToken t;
            t.start = int(i);
            t.end = int(i + 1);
            t.kind = OrgToken::Kind::Han;
            t.hash = hashOf(text.mid(i, 1));
            tokens.append(std::move(t));
            ++i;
        } else if (c == u'&' || c == u'\uFF06') {
            OrgToken t;
            t.start = int(i);
            t.end = int(i + 1);
            t.norm = QStringLiteral("and");
            t.isAmpersand = true;
            t.hash = hashOf(t.norm);
            t.flags = orgwords::Connector;
            tokens.append(std::move(t));
            ++i;
        } else {
            ++i;
        }
    }
    return tokens;
}

quint64 OrgTokenizer::hashOf(QStringView s)
{
    quint64 h = 14695981039346656037ULL;
    for (QChar c : s) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return h;
}

QString OrgTokenizer::keyText(QStringView text, const OrgToken& t)
{
    return t.kind == OrgToken::Kind::Han ? text.mid(t.start, 1).toString() : t.norm;
}

bool OrgTokenizer::isAbbreviation(const OrgToken& t)
{
    return t.kind == OrgToken::Kind::Latin && (t.flags & orgwords::Abbreviation);
}

bool OrgTokenizer::isLegalSuffix(const OrgToken& t)
{
    return t.kind == OrgToken::Kind::Latin && (t.flags & orgwords::LegalSuffix);
}

bool OrgTokenizer::gapJoins(QStringView text, const OrgToken& prev, const OrgToken& next, GapMode mode)
{
    const QStringView gap = text.mid(prev.end, next.start - prev.end);
    const bool bothHan = prev.kind == OrgToken::Kind::Han && next.kind == OrgToken::Kind::Han;
    if (bothHan) {
        for (QChar c : gap)
            if (!isParen(c)) return false;
        return gap.size() <= 2;
    }
    if (gap.isEmpty()) return prev.isAmpersand || next.isAmpersand || prev.kind != next.kind;
    if (gap.size() > 6) return false;
    int newlines = 0;
    for (QChar c : gap) {
        if (c == u'\n') {
            if (++newlines > (mode == GapMode::Alias ? 1 : 0)) return false;
        } else if (c.isSpace() || isParen(c) || isHyphen(c)) {
            continue;
        } else if (c == u'.') {
            // "Fang.com", "Metal.com": a site's name with its domain, the dot alone between the words
            static const QStringList domains = {QStringLiteral("com"), QStringLiteral("cn"), QStringLiteral("net"), QStringLiteral("org")};
            const bool siteName = mode == GapMode::Alias && gap.size() == 1 && domains.contains(next.norm.toLower());
            if (!isAbbreviation(prev) && !siteName) return false;
        } else if (c == u',') {
            if (mode == GapMode::Shape && !isLegalSuffix(next)) return false;
        } else if (isApostrophe(c)) {
            if (next.norm != u"s") return false;
        } else {
            return false;
        }
    }
    return true;
}

QString OrgTokenizer::normaliseName(QStringView surface)
{
    QString out;
    out.reserve(surface.size());
    bool space = false;
    for (QChar c : surface) {
        if (c.isSpace()) {
            space = !out.isEmpty();
            continue;
        }
        if (c == u'.' || c == u',' || isParen(c)) continue;
        if (space) {
            out.append(u' ');
            space = false;
        }
        out.append(isApostrophe(c) ? QChar(u'\'') : c.toLower());
    }
    return out;
}

} // namespace lodestone
