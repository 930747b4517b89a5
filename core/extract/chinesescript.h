#pragma once
// Traditional Chinese text as Simplified, character for character (ICU's Traditional-Simplified
// transliterator), so the Simplified vocabulary — gazetteer names, triggers, topics — reads Traditional
// reports too while every offset stays that of the original. Pure functions, usable from any thread.
#include <QString>

namespace lodestone {

class ChineseScript final {
public:
    // Whether the text is written in Traditional characters (several characters only Traditional uses).
    static bool looksTraditional(QStringView text);
    // The text with each Traditional character replaced by its Simplified form; the same length as text.
    static QString toSimplified(const QString& text);
};

} // namespace lodestone
