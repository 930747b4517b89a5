#pragma once
// Reads the objects of a STIX bundle that carry Lodestone's extensions (StixExtensions) back into portable
// records: reports with their full text, metadata, verification and history; organisations with names, aliases,
// parents and merges; events with their links, evidence and corrections. Nothing is re-extracted. Objects
// without Lodestone's extensions are left to StixReader. Pure functions, usable from any thread.
#include "interchange/interchangedata.h"
#include "model/error.h"

#include <QJsonObject>
#include <QList>
#include <QSet>

namespace lodestone {

class StixLodestoneReader final {
public:
    // True when an object carries one of Lodestone's extensions.
    static bool isLodestoneObject(const QJsonObject& o);
    // Reads every Lodestone object among `objects` into `out`; `used` receives their ids. An object that breaks
    // the extension's rules fails the whole bundle: the error names it and says why.
    static Error read(const QList<QJsonObject>& objects, InterchangeData* out, QSet<QString>* used);
};

} // namespace lodestone
