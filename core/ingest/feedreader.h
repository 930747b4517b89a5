#pragma once
// Reads RSS 2.0 / RSS 1.0 (RDF) / Atom feeds with QXmlStreamReader: one document per item or entry.
// A truncated or malformed feed fails as a whole (nothing half-imported). Pure functions, usable from any thread.
#include "readresult.h"

namespace lodestone {

class FeedReader final {
public:
    // xml: already decoded text; sourcePath: used for "path#item N".
    static ReadResult read(const QString& xml, const QString& sourcePath);
    static bool looksLikeFeed(const QString& head);
};

} // namespace lodestone
