#pragma once
// Text from outside (file names, titles) made safe to print on one line: control characters (ESC, newlines,
// tabs, NUL, DEL, C1) and the bidirectional overrides that reorder what a reader sees are written as escapes
// ("\e", "\n", "\x07", "\u202e"). Pure, any thread.
#include <QString>

namespace lodestone {

// One line: every control character escaped.
QString printableLine(const QString& text);
// Several lines (a report's text): newlines and tabs kept, the other control characters escaped.
QString printableText(const QString& text);

} // namespace lodestone
