#pragma once
// Repairs mojibake: UTF-8 read as windows-1252/1251/1250/1257/ISO-8859-2/MacRoman/cp437 (also layered twice),
// Thai cp874 renderings of UTF-8 punctuation with lost C1 bytes, and stray C1 controls.
// Pure functions, usable from any thread.
#include <QString>
#include <QStringList>

namespace lodestone {

struct RepairResult final {
    QString text;
    QStringList repairs; // e.g. "utf8-as-windows-1252-mojibake: 4 sequences", "cp874-c1-lost: 23 sequences"
};

class MojibakeRepairer final {
public:
    static RepairResult repair(const QString& text);
};

} // namespace lodestone
