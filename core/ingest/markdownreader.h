#pragma once
// Reads Markdown: optional YAML front matter (title/date/url/publisher), title from the first "# " heading,
// markup stripped to plain paragraphs. Pure functions, usable from any thread.
#include "readresult.h"

namespace lodestone {

class MarkdownReader final {
public:
    static ReadResult read(const QString& markdown);
    static QString stripInline(const QString& line);
};

} // namespace lodestone
