#pragma once
// Characters a reader cannot see are not stored: NUL and the other C0/C1 control characters (tab, line breaks and
// form feeds stay), DEL, and terminal escape sequences ("ESC [ 31 m"). Text after a NUL used to be stored and
// searched but cut off when shown. Pure functions, any thread.
#include <QString>

namespace lodestone {

class ControlChars final {
public:
    struct Removed final {
        qsizetype total = 0; // characters removed (an escape sequence counts each character)
        qsizetype nuls = 0;
        Removed& operator+=(const Removed& o)
        {
            total += o.total;
            nuls += o.nuls;
            return *this;
        }
    };
    // Removes them from text in place.
    static Removed strip(QString& text);
    // "control-characters: 3 removed (1 NUL)", for ParsedDocument::repairs; empty when nothing was removed.
    static QString repairNote(const Removed& removed);
};

} // namespace lodestone
