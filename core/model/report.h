#pragma once
// A report as read from a file (ParsedDocument) and as stored (Report).
// Plain value types, usable from any thread.
#include "datespan.h"
#include "verification.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace lodestone {

struct ParsedDocument final {
    QString title;
    QString publisher;
    QString url;
    QString publisherRule;       // where the publisher came from, e.g. "meta:og:site_name", "known-host:news.metal.com"
    QString urlRule;             // where the URL came from, e.g. "meta:og:url", "text:url-line"
    QString language;            // "en", "zh", ... (best guess)
    std::optional<DateSpan> published; // with precision and the rule that set it
    QString text;                // repaired plain text
    QString sourceEncoding;      // encoding of the original bytes, e.g. "UTF-8", "GB18030"
    QStringList repairs;         // human-readable technical list, e.g. "cp874-mojibake: 14 sequences"
    QString sourcePath;          // file path (plus "#item N" for feeds)
    QString sourceId;            // the id the source gives it (a STIX object id), empty when none
    QString format;              // "text", "html", "markdown", "rss", "atom", "pdf", "json", "csv", "stix"
    std::optional<int> copyrightYear; // year from a "© 2025 Publisher" line, when the reader found one
    QString bodyStartHint;       // first words of the body proper (after title/highlights), for extraction
};

struct Report final {
    qint64 id = 0;
    ParsedDocument doc;
    QString contentHash;
    QDateTime importedAt;
    Verification verification;
    int eventCount = 0;
};

} // namespace lodestone
