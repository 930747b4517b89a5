#pragma once
// Finds runs of characters whose bytes in a single-byte code page form one UTF-8 (or CESU-8) encoded character:
// the raw material for mojibake repair. Pure functions, usable from any thread.
#include "codepagetable.h"

#include <QList>
#include <QString>

namespace lodestone {

struct Utf8Candidate final {
    qsizetype start = 0;
    qsizetype length = 0;   // characters of the input covered
    QString replacement;    // the decoded character (U+FFFD when bytes were lost)
    int byteCount = 0;      // 2, 3, 4 (6 for a CESU-8 surrogate pair)
    bool lossy = false;     // a byte was lost (U+FFFD or '?' stood in for it)
    bool viaSpace = false;  // a space stood in for a lost 0xA0 byte
};

class Utf8RunDecoder final {
public:
    static QList<Utf8Candidate> scan(const QString& text, const CodepageTable& table, bool allowSpaceAsNbsp);
};

} // namespace lodestone
