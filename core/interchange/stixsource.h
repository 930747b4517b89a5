#pragma once
// Loads what a STIX export needs besides the events: the linked organisations (with aliases) and the
// backing reports (with text and verification). Runs on the thread that owns the stores' connection.
#include "interchange/stixbundle.h"

namespace lodestone {

struct Stores;

class StixSource final {
public:
    static StixBundle::Input gather(const Stores& stores, const QList<Event>& events, const QDateTime& exportedAt);
};

} // namespace lodestone
