#pragma once
// Reads the header of a plain-text or Markdown report the way an analyst saves articles: a URL line near the top
// and a dateline in the first lines — a date standing on its own line or with only a time, a label ("Published:",
// "Updated", "发布时间：", "日期:"), a source ("来源：…", "(chinadaily.com.cn)") or a byline around it
// ("07.15.25 | 7 min read | Text by …"), never a date inside a sentence. A line labelled as the publication date
// ("Published: …", "Post time: …", "发布时间：…") counts anywhere in the first few thousand characters.
// Pure functions, usable from any thread.
#include "model/datespan.h"

#include <QList>
#include <QString>

namespace lodestone {

struct Dateline final {
    enum class Kind { Published, Plain, Updated }; // labelled as published/posted/dated; unlabelled; updated/modified
    Kind kind = Kind::Plain;
    DateSpan span;   // rule "text:dateline", "text:dateline-published", "text:dateline-updated"
    int line = 0;    // 0-based line index in the text
    QString surface; // the line as written (trimmed)
};

class DatelineFinder final {
public:
    // Every dateline of the text's header, in line order. today bounds plausible dates.
    static QList<Dateline> find(const QString& text, QDate today);
    // The preferred one: published-labelled, else unlabelled, else updated; finer precision first.
    static std::optional<Dateline> best(const QList<Dateline>& datelines);
    // The URL standing alone on one of the first lines ("https://…", "URL: https://…", "原文链接：https://…").
    static QString urlLine(const QString& text);
    // Whether one line (trimmed) is a dateline; with the date it carries.
    static std::optional<Dateline> parseLine(const QString& line, QDate today, bool headerLine);
};

} // namespace lodestone
