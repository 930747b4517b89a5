#pragma once
// Undoes UTF-8 punctuation that was decoded as Thai (cp874/TIS-620), including the lossy form whose C1 bytes
// were dropped ("Chinaโs", "ยฉ 2025"); restores quotes and dashes from context. Only acts on mostly-Latin text.
// Pure functions, usable from any thread.
#include <QString>
#include <QStringList>

namespace lodestone {

class Cp874Repairer final {
public:
    // Returns true when it changed the text; appends entries to repairs.
    static bool repair(QString& text, QStringList& repairs);
    // The guard: mostly Latin letters with Thai characters only in short isolated runs.
    static bool looksLikeThaiMojibake(const QString& text);
};

} // namespace lodestone
