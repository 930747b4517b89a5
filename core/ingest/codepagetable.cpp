#include "codepagetable.h"

#include <QStringDecoder>

namespace lodestone {

namespace {

// windows-1252 0x80-0x9F; the five undefined bytes map to the C1 control of the same value ("sloppy").
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

const char* icuName(CodepageTable::Id id)
{
    switch (id) {
    case CodepageTable::Id::SloppyCp1252: return "windows-1252";
    case CodepageTable::Id::Cp1251: return "windows-1251";
    case CodepageTable::Id::Cp1250: return "windows-1250";
    case CodepageTable::Id::Cp1257: return "windows-1257";
    case CodepageTable::Id::MacRoman: return "macintosh";
    case CodepageTable::Id::Cp437: return "IBM437";
    case CodepageTable::Id::Iso8859_2: return "ISO-8859-2";
    case CodepageTable::Id::Cp874Mixed: return "windows-874";
    }
    return "windows-1252";
}

} // namespace

CodepageTable::CodepageTable(Id id)
    : m_name(QString::fromLatin1(icuName(id)))
{
    for (int b = 0; b < 256; ++b) {
        char16_t c = char16_t(b);
        if (b >= 0x80) {
            QStringDecoder dec(icuName(id));
            const char byte = char(b);
            const QString s = dec.isValid() ? QString(dec.decode(QByteArrayView(&byte, 1))) : QString();
            c = s.size() == 1 && s.at(0) != QChar::ReplacementCharacter ? s.at(0).unicode() : char16_t(b);
            if (id == Id::SloppyCp1252)
                c = b < 0xA0 ? kCp1252High[b - 0x80] : char16_t(b);
        }
        m_forward[size_t(b)] = c;
        if (b >= 0x80)
            m_reverse.insert(c, static_cast<unsigned char>(b));
    }
    if (id == Id::Cp874Mixed) {
        // Thai-decoded UTF-8 where the C1 bytes were rendered through windows-1252 (e.g. "โ€™").
        for (int b = 0x80; b < 0xA0; ++b) {
            m_reverse.insert(kCp1252High[b - 0x80], static_cast<unsigned char>(b));
            m_reverse.insert(char16_t(b), static_cast<unsigned char>(b));
        }
    }
    if (id == Id::SloppyCp1252 || id == Id::Cp1250 || id == Id::Cp1251 || id == Id::Cp1257) {
        // Raw C1 controls left in text stand for their own byte (Latin-1 decoding of the same bytes).
        for (int b = 0x80; b < 0xA0; ++b)
            if (!m_reverse.contains(char16_t(b)))
                m_reverse.insert(char16_t(b), static_cast<unsigned char>(b));
    }
    for (auto it = m_reverse.cbegin(); it != m_reverse.cend(); ++it)
        if (it.value() >= 0xC2 && it.value() <= 0xF4)
            m_lead.set(it.key());
}

const CodepageTable& CodepageTable::get(Id id)
{
    static const std::array<CodepageTable, 8> tables = {
        CodepageTable(Id::SloppyCp1252), CodepageTable(Id::Cp1251),  CodepageTable(Id::Cp1250),
        CodepageTable(Id::Cp1257),       CodepageTable(Id::MacRoman), CodepageTable(Id::Cp437),
        CodepageTable(Id::Iso8859_2),    CodepageTable(Id::Cp874Mixed)};
    return tables[size_t(id)];
}

} // namespace lodestone
