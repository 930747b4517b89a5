#include "orgtokenizer.h"

#include <QHash>
#include <QSet>

namespace lodestone {

namespace {

QString canonical(const QString& lower)
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("company"), QStringLiteral("co")},
        {QStringLiteral("limited"), QStringLiteral("ltd")},
        {QStringLiteral("corporation"), QStringLiteral("corp")},
        {QStringLiteral("incorporated"), QStringLiteral("inc")},
        {QStringLiteral("centre"), QStringLiteral("center")},
        {QStringLiteral("hi"), QStringLiteral("high")},
        {QStringLiteral("aluminium"), QStringLiteral("aluminum")},
        {QStringLiteral("defence"), QStringLiteral("defense")},
        {QStringLiteral("organisation"), QStringLiteral("organization")},
    };
    const auto it = map.constFind(lower);
    return it == map.constEnd() ? lower : it.value();
}

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
            t.norm = canonical(text.mid(i, j - i).toString().toLower());
            tokens.append(std::move(t));
            i = j;
        } else if (isHan(c)) {
            OrgToken t;
            t.start = int(i);
            t.end = int(i + 1);
            t.kind = OrgToken::Kind::Han;
            t.norm = QString(c);
            tokens.append(std::move(t));
            ++i;
        } else if (c == u'&' || c == u'\uFF06') {
            OrgToken t;
            t.start = int(i);
            t.end = int(i + 1);
            t.norm = QStringLiteral("and");
            t.isAmpersand = true;
            tokens.append(std::move(t));
            ++i;
        } else {
            ++i;
        }
    }
    return tokens;
}

bool OrgTokenizer::isAbbreviation(const QString& norm)
{
    static const QSet<QString> abbr = {
        QStringLiteral("co"), QStringLiteral("corp"), QStringLiteral("inc"), QStringLiteral("ltd"),
        QStringLiteral("no"), QStringLiteral("st"), QStringLiteral("dept"), QStringLiteral("govt"),
        QStringLiteral("intl"), QStringLiteral("bros"), QStringLiteral("mt"), QStringLiteral("jr"),
        QStringLiteral("plc"), QStringLiteral("llc"), QStringLiteral("sa"), QStringLiteral("ag"),
        QStringLiteral("nv"), QStringLiteral("pty"), QStringLiteral("jsc"),
    };
    return norm.size() == 1 || abbr.contains(norm);
}

bool OrgTokenizer::isLegalSuffix(const QString& norm)
{
    static const QSet<QString> legal = {
        QStringLiteral("co"), QStringLiteral("ltd"), QStringLiteral("inc"), QStringLiteral("llc"),
        QStringLiteral("plc"), QStringLiteral("corp"), QStringLiteral("sa"), QStringLiteral("ag"),
        QStringLiteral("nv"), QStringLiteral("jsc"), QStringLiteral("pty"),
    };
    return legal.contains(norm);
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
            if (!isAbbreviation(prev.norm)) return false;
        } else if (c == u',') {
            if (mode == GapMode::Shape && !isLegalSuffix(next.norm)) return false;
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
