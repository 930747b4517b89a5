#pragma once
// Splits report text into sentences with exact character offsets (English and Chinese rules:
// abbreviations, initials, decimals, quotes, 。！？；, lines and bullets). Pure function, usable from any thread.
#include <QList>
#include <QString>

namespace lodestone {

struct Sentence final {
    int start = 0;        // QString offset of the first character (bullet markers and spaces trimmed)
    int end = 0;          // exclusive
    int paragraph = 0;    // index of the line/paragraph the sentence starts in
    bool bullet = false;  // the line started with a bullet marker ("-", "•", "*", "1.")
    bool heading = false; // a short line without final punctuation ("Highlights")
};

class SentenceSplitter final {
public:
    static QList<Sentence> split(const QString& text);
};

} // namespace lodestone
