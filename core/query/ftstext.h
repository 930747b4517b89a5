#pragma once
// Text preparation for the FTS5 index: Han/Kana/Hangul runs become overlapping character bigrams so that
// two-character Chinese queries (包钢, 稀土) match; Latin text passes through. Pure functions, any thread.
#include <QString>

namespace lodestone::fts {

bool isCjk(char32_t c);
// Text as stored in the index: CJK runs replaced by space-separated bigrams (a lone character stays).
QString segment(const QString& text);
// A user's query turned into an FTS5 MATCH expression: terms AND-ed, each quoted; CJK terms become
// bigram phrases; a single CJK character becomes a prefix query. Empty when nothing searchable remains.
QString matchExpression(const QString& userQuery);

} // namespace lodestone::fts
