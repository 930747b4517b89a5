#pragma once
// Word lists for shape-based organisation detection (English norms are lower-case canonical tokens,
// see OrgTokenizer). Constant data, usable from any thread.
#include <QString>
#include <QStringView>

namespace lodestone::orgwords {

// Organisation head words: "group", "co", "ltd", "ministry", "exchange", ...
bool isHead(const QString& norm);
// Words that do not make a name distinctive on their own ("party", "committee", "rare", "national", ...).
bool isGeneric(const QString& norm);
// Capitalised words that cannot be inside a name: articles, prepositions, pronouns, months, job titles.
bool isNoise(const QString& norm);
// Lower-case words that may join the parts of a name ("of", "and", "for", "the").
bool isConnector(const QString& norm);

// Chinese: single characters and words a name never starts with or spans (的, 和, 宣布, 日前, ...).
bool isHanStopChar(QChar c);
// Returns the length of a Chinese stop word ending at text[pos - 1], or 0.
int hanStopWordEndingAt(QStringView text, qsizetype pos);
// Prefixes that make "prefix + suffix" a generic noun, not a name (子公司, 该集团, 稀土协会...).
bool isGenericHanPrefix(QStringView prefix);

} // namespace lodestone::orgwords
