#include "ftstext.h"

#include <QStringList>

namespace lodestone::fts {

bool isCjk(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x3040 && c <= 0x30FF) || (c >= 0xAC00 && c <= 0xD7AF);
}

namespace {

QList<char32_t> toUcs4(const QString& s)
{
    QList<char32_t> out;
    out.reserve(s.size());
    for (auto it = s.cbegin(); it != s.cend(); ++it) {
        char32_t c = it->unicode();
        if (it->isHighSurrogate() && it + 1 != s.cend() && (it + 1)->isLowSurrogate()) {
            c = QChar::surrogateToUcs4(*it, *(it + 1));
            ++it;
        }
        out.push_back(c);
    }
    return out;
}

void appendUcs4(QString& out, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        out += QChar(QChar::highSurrogate(c));
        out += QChar(QChar::lowSurrogate(c));
    } else {
        out += QChar(static_cast<char16_t>(c));
    }
}

// Emits bigrams for one CJK run: "ABCD" -> "AB BC CD"; "A" -> "A".
void emitRun(QString& out, const QList<char32_t>& run)
{
    if (run.isEmpty())
        return;
    out += QLatin1Char(' ');
    if (run.size() == 1) {
        appendUcs4(out, run[0]);
    } else {
        for (qsizetype i = 0; i + 1 < run.size(); ++i) {
            if (i > 0)
                out += QLatin1Char(' ');
            appendUcs4(out, run[i]);
            appendUcs4(out, run[i + 1]);
        }
    }
    out += QLatin1Char(' ');
}

} // namespace

QString segment(const QString& text)
{
    bool any = false;
    for (QChar ch : text) {
        if (isCjk(ch.unicode()) || ch.isSurrogate()) {
            any = true;
            break;
        }
    }
    if (!any)
        return text;
    QString out;
    out.reserve(text.size() * 3);
    QList<char32_t> run;
    for (char32_t c : toUcs4(text)) {
        if (isCjk(c)) {
            run.push_back(c);
            continue;
        }
        emitRun(out, run);
        run.clear();
        appendUcs4(out, c);
    }
    emitRun(out, run);
    return out;
}

QString matchExpression(const QString& userQuery)
{
    QStringList terms;
    QString current;
    auto flush = [&] {
        if (current.isEmpty())
            return;
        QString seg = segment(current).simplified();
        const QList<char32_t> chars = toUcs4(current);
        if (chars.size() == 1 && isCjk(chars[0])) {
            terms << QStringLiteral("\"%1\"*").arg(current);
        } else {
            seg.replace(QLatin1Char('"'), QLatin1String("\"\""));
            terms << QStringLiteral("\"%1\"").arg(seg);
        }
        current.clear();
    };
    for (QChar ch : userQuery) {
        // Keep letters, digits and CJK; everything else separates terms (FTS5 syntax characters included).
        if (ch.isLetterOrNumber() || ch.isSurrogate() || ch == QLatin1Char('\'') || ch == QChar(0x2019))
            current += ch;
        else
            flush();
    }
    flush();
    return terms.join(QLatin1Char(' '));
}

} // namespace lodestone::fts
