#pragma once
// Cheap language guess for a document ("zh" when CJK characters dominate, else "en").
// Pure function, usable from any thread.
#include <QString>

namespace lodestone {

class LanguageGuess final {
public:
    static QString guess(const QString& text);
};

} // namespace lodestone
