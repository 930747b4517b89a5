#pragma once
// Word lists for shape-based organisation detection (English norms are lower-case canonical tokens,
// see OrgTokenizer). Constant data, usable from any thread.
#include <QString>
#include <QStringView>

namespace lodestone::orgwords {

// Word classes of an English token, looked up once per token by OrgTokenizer.
enum Flag : quint16 {
    Head = 1 << 0,       // organisation head word: "group", "co", "ltd", "ministry", "exchange", ...
    Generic = 1 << 1,    // does not make a name distinctive ("party", "committee", "rare", "national", ...)
    Noise = 1 << 2,      // capitalised, cannot be inside a name: articles, prepositions, months, job titles
    Connector = 1 << 3,  // lower-case joiner inside a name: "of", "and", "for", "the", "de"
    Abbreviation = 1 << 4, // written with a full stop: "Co.", "Ltd.", "Inc."
    LegalSuffix = 1 << 5,  // legal form that may follow a known name: "Co", "Ltd", "Inc", "LLC"
    Document = 1 << 6,     // names a document, not a body: "Measures", "Notice", "Indicators", "Prices", "Promoting"
};

// Canonical form of a lower-case word ("company" -> "co"; unchanged when none) and its flags.
// hash is OrgTokenizer::hashOf(*lowerWord) on entry and is updated with the word.
quint16 classify(QString* lowerWord, quint64* hash);

// Chinese: single characters and words a name never starts with or spans (的, 和, 宣布, 日前, ...).
bool isHanStopChar(QChar c);
// Returns the length of a Chinese stop word ending at text[pos - 1], or 0.
int hanStopWordEndingAt(QStringView text, qsizetype pos);
// Prefixes that make "prefix + suffix" a generic noun, not a name (子公司, 该集团, 稀土协会...).
bool isGenericHanPrefix(QStringView prefix);

} // namespace lodestone::orgwords
