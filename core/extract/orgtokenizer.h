#pragma once
// Splits text into the word tokens the organisation matcher works on: Latin words (lower-cased and
// canonicalised, e.g. "Company" -> "co") and single Han characters, with rules for which gaps may join
// tokens inside one name. Pure functions and value types, usable from any thread.
#include <QList>
#include <QString>
#include <QStringView>

namespace lodestone {

struct OrgToken final {
    enum class Kind : quint8 { Latin, Han };
    int start = 0;    // UTF-16 offset of the first character
    int end = 0;      // exclusive
    QString norm;     // lower-case canonical form ("co", "ltd", "and" for "&"); empty for Han
    quint64 hash = 0; // of norm (Latin) or of the character (Han); see OrgTokenizer::hashOf
    Kind kind = Kind::Latin;
    bool upperFirst = false; // first character is an upper-case letter
    bool isAmpersand = false;
    quint16 flags = 0; // orgwords::Flag bits of the canonical word
};

class OrgTokenizer final {
public:
    enum class GapMode { Alias, Shape };

    static QList<OrgToken> tokenize(QStringView text);
    // True when the characters between two adjacent tokens may sit inside one organisation name.
    static bool gapJoins(QStringView text, const OrgToken& prev, const OrgToken& next, GapMode mode);
    // Abbreviations that are written with a full stop ("Co.", "Ltd.", "Inc.", single letters).
    static bool isAbbreviation(const OrgToken& t);
    // Legal-form tokens that may follow a known name ("Co", "Ltd", "Inc", "LLC", ...).
    static bool isLegalSuffix(const OrgToken& t);
    static bool isLatinWordChar(QChar c);
    // FNV-1a over UTF-16 units; Han tokens hash their single character.
    static quint64 hashOf(QStringView s);
    // The token's text as the matcher sees it (norm, or the Han character).
    static QString keyText(QStringView text, const OrgToken& t);
    static bool isHan(QChar c);
    // "auto:" keys: lower case, straight apostrophes, no commas/full stops/brackets, single spaces.
    static QString normaliseName(QStringView surface);
};

} // namespace lodestone
