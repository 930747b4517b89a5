#pragma once
// Reads a plain-text report: title line (or a title derived from "Highlights" bullets), body, and the
// publisher/year from a copyright line. Pure functions, usable from any thread.
#include "readresult.h"

namespace lodestone {

class TextReader final {
public:
    static ReadResult read(const QString& text);
    // Shortens to at most maxChars at a word boundary (prefers a clause break), without trailing punctuation.
    static QString shortenTitle(const QString& text, qsizetype maxChars = 120);
    // "© 2025 Publisher — tagline", "Copyright 2024 X. All rights reserved." -> publisher and year.
    static bool parseCopyright(const QString& line, QString* publisher, std::optional<int>* year);
};

} // namespace lodestone
