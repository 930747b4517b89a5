#pragma once
// The event half of an import of Lodestone objects (see InterchangeStore): finds the stored event an incoming one
// is (its STIX id met before; or the id derived from a stored event's content equals the incoming id, or the id
// the incoming event had before its corrections), then merges into it or inserts it with its organisation links,
// evidence and correction history. Runs inside the caller's transaction on the Writer's thread.
#include "interchange/interchangedata.h"

#include <optional>

namespace lodestone {

class InterchangeStore;
struct InterchangeOutcome;

class InterchangeEventStore final {
public:
    explicit InterchangeEventStore(InterchangeStore& store) : m_store(store) {}

    void store(const InterchangeEvent& e, InterchangeOutcome& out);

    // The event as it was extracted, before the corrections it carries (oldest old value of each field; the
    // organisation changes undone in reverse order).
    static InterchangeEvent asExtracted(const InterchangeEvent& e);

private:
    std::optional<qint64> match(const InterchangeEvent& e) const;
    std::optional<qint64> byContent(const InterchangeEvent& e, const QString& id) const;
    qint64 insert(const InterchangeEvent& e, const QList<std::pair<qint64, QString>>& links);
    void merge(qint64 eventId, const InterchangeEvent& e, const QList<std::pair<qint64, QString>>& links, InterchangeOutcome& out);
    int addEvidence(qint64 eventId, const InterchangeEvent& e);
    int addCorrections(qint64 eventId, const InterchangeEvent& e);

    InterchangeStore& m_store;
};

} // namespace lodestone
