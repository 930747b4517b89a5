#include "printable.h"

namespace lodestone {

namespace {

bool needsEscape(char16_t u, bool keepLines)
{
    if (keepLines && (u == u'\n' || u == u'\t'))
        return false;
    if (u < 0x20 || u == 0x7F || (u >= 0x80 && u <= 0x9F))
        return true;
    return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069); // bidi embeddings, overrides, isolates
}

QString escaped(const QString& text, bool keepLines)
{
    qsizetype i = 0;
    while (i < text.size() && !needsEscape(text.at(i).unicode(), keepLines))
        ++i;
    if (i == text.size())
        return text; // the common case: shown as it is
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!needsEscape(u, keepLines)) {
            out += c;
            continue;
        }
        switch (u) {
        case u'\n': out += QLatin1String("\\n"); break;
        case u'\r': out += QLatin1String("\\r"); break;
        case u'\t': out += QLatin1String("\\t"); break;
        case 0x1B: out += QLatin1String("\\e"); break;
        default:
            out += u < 0x100 ? QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'))
                             : QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        }
    }
    return out;
}

} // namespace

QString printableLine(const QString& text)
{
    return escaped(text, false);
}

QString printableText(const QString& text)
{
    return escaped(text, true);
}

} // namespace lodestone
