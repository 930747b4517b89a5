#include "controlchars.h"

namespace lodestone {

namespace {

bool isInvisibleControl(char16_t u)
{
    if (u < 0x20)
        return u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f' && u != u'\v';
    return u == 0x7F || (u >= 0x80 && u <= 0x9F);
}

} // namespace

ControlChars::Removed ControlChars::strip(QString& text)
{
    Removed removed;
    const qsizetype n = text.size();
    qsizetype first = 0;
    while (first < n && !isInvisibleControl(text.at(first).unicode()))
        ++first;
    if (first == n)
        return removed; // the common case: nothing to do, no copy
    QString out;
    out.reserve(n);
    out.append(QStringView(text).left(first));
    for (qsizetype i = first; i < n; ++i) {
        const char16_t u = text.at(i).unicode();
        if (!isInvisibleControl(u)) {
            out.append(QChar(u));
            continue;
        }
        ++removed.total;
        if (u == 0)
            ++removed.nuls;
        // ESC [ parameters intermediates final: a terminal control sequence, removed whole
        if (u == 0x1B && i + 1 < n && text.at(i + 1) == u'[') {
            qsizetype j = i + 2;
            while (j < n && j - i < 32 && text.at(j).unicode() >= 0x20 && text.at(j).unicode() <= 0x3F)
                ++j;
            if (j < n && text.at(j).unicode() >= 0x40 && text.at(j).unicode() <= 0x7E) {
                removed.total += j - i;
                i = j;
            }
        }
    }
    text = std::move(out);
    return removed;
}

QString ControlChars::repairNote(const Removed& removed)
{
    if (removed.total == 0)
        return {};
    return removed.nuls > 0 ? QStringLiteral("control-characters: %1 removed (%2 NUL)").arg(removed.total).arg(removed.nuls)
                            : QStringLiteral("control-characters: %1 removed").arg(removed.total);
}

} // namespace lodestone
