#pragma once
// Reverse tables of single-byte code pages (character -> byte) used to undo mojibake.
// Immutable after construction; usable from any thread.
#include <QHash>
#include <QString>
#include <array>
#include <bitset>

namespace lodestone {

class CodepageTable final {
public:
    enum class Id { SloppyCp1252, Cp1251, Cp1250, Cp1257, MacRoman, Cp437, Iso8859_2, Cp874Mixed };

    static const CodepageTable& get(Id id);
    // The byte for a character, or -1 when the code page cannot produce it. ASCII maps to itself.
    int byteFor(char16_t c) const
    {
        if (c < 0x80)
            return c;
        const auto it = m_reverse.constFind(c);
        return it == m_reverse.constEnd() ? -1 : it.value();
    }
    char16_t charFor(unsigned char b) const { return m_forward[b]; }
    // Fast test: can this character stand for a UTF-8 lead byte (0xC2..0xF4)?
    bool isLead(char16_t c) const { return m_lead.test(c); }
    const QString& name() const { return m_name; }

private:
    CodepageTable(Id id);
    QString m_name;
    QHash<char16_t, unsigned char> m_reverse;
    std::array<char16_t, 256> m_forward{};
    std::bitset<65536> m_lead;
};

} // namespace lodestone
