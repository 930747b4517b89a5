#pragma once
// Reads a STIX 2.1 bundle ({"type": "bundle", "objects": [...]}): objects with Lodestone's extensions come back
// as they are (StixLodestoneReader, ReadResult::interchange); every other `report` object becomes a report to
// extract (name, description plus the notes and old-style Lodestone event quotes that refer to it, published,
// URL, publisher); a bundle of identities only becomes organisations (StixIdentityReader); otherwise a bundle
// without reports becomes one report summarising its described objects and notes.
// Pure functions, usable from any thread.
#include "readresult.h"

#include <QByteArray>
#include <QString>

namespace lodestone {

class StixReader final {
public:
    // True when the text is a JSON object that says it is STIX: "type": "bundle", or a "spec_version" of 2.x
    // (a lone STIX object, which read() refuses as not a bundle). A cheap textual check, the keys may come
    // anywhere; malformed JSON that claims to be STIX counts too, so the failure names STIX.
    static bool looksLikeStix(const QString& text);
    static bool looksLikeStix(const QByteArray& utf8); // the same check on UTF-8 bytes, without decoding them
    // True when the text names one of Lodestone's extension definitions (a cheap textual check).
    static bool mentionsLodestoneExtensions(const QByteArray& utf8);
    static ReadResult read(const QByteArray& utf8, const QString& sourcePath);
};

} // namespace lodestone
