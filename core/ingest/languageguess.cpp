#include "languageguess.h"

namespace lodestone {

QString LanguageGuess::guess(const QString& text)
{
    constexpr qsizetype kSample = 20000;
    qsizetype cjk = 0;
    qsizetype letters = 0;
    const QStringView view = QStringView(text).left(kSample);
    for (QChar c : view) {
        const char16_t u = c.unicode();
        if ((u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0xF900 && u <= 0xFAFF)) {
            ++cjk;
            ++letters;
        } else if (c.isLetter()) {
            ++letters;
        }
    }
    if (letters == 0)
        return QStringLiteral("en");
    // A Chinese character carries about as much as a short English word: weigh it up.
    return cjk * 4 >= letters ? QStringLiteral("zh") : QStringLiteral("en");
}

} // namespace lodestone
