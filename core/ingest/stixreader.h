#pragma once
// Reads a STIX 2.1 bundle ({"type": "bundle", "objects": [...]}) into reports: one per `report` object
// (name, description plus the notes and Lodestone event quotes that refer to it, published, URL, publisher),
// or, when the bundle holds no report, one report summarising its described objects and notes.
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
    static ReadResult read(const QByteArray& utf8, const QString& sourcePath);
};

} // namespace lodestone
