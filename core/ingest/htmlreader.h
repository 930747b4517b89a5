#pragma once
// Reads an HTML page with gumbo: main text without navigation/scripts, paragraph breaks kept; title, date,
// publisher and URL from Open Graph, JSON-LD, <time>, <title>/<h1>. Pure functions, usable from any thread.
#include "readresult.h"

namespace lodestone {

class HtmlReader final {
public:
    static ReadResult read(const QString& html);
    // Visible text of an HTML fragment (used for feed descriptions); paragraphs separated by blank lines.
    static QString extractText(const QString& html);
    // "&amp;", "&#233;", "&nbsp;" ... decoded; everything else kept as it is (tags included).
    static QString decodeCharacterReferences(const QString& text);
    // The text without <script> and <style> elements, bodies included (raw HTML in Markdown); an unclosed one runs
    // to the end, as in a browser. Linear.
    static QString withoutScripts(const QString& text);
};

} // namespace lodestone
