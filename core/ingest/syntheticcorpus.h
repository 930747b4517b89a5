#pragma once
// Deterministic generator of clearly labelled synthetic reports and events for benchmarks and load tests.
// Stateless static functions, usable from any thread (each call owns its own random state).
#include "model/event.h"
#include "model/report.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace lodestone {

class SyntheticCorpus final {
public:
    SyntheticCorpus() = delete;

    // Title prefix and publisher carried by every generated report, so synthetic data is never mistaken for real.
    static QString titlePrefix();   // "[Synthetic] "
    static QString publisherName(); // "Lodestone synthetic corpus"

    // `count` English reports of roughly 4 KB each (3.6-4.6 KB), each with 5-10 dated event sentences that name
    // real organisations from a fixed list next to category cues ("signed", "raised its list price", ...).
    // Report i depends only on (i, seed): reports(10, s)[3] == report(3, s).
    static QList<ParsedDocument> reports(int count, quint32 seed);
    static ParsedDocument report(int index, quint32 seed);

    // Generates `count` events directly (no text, no extraction): category, date span of mixed precision within
    // 2005-2025, 1-3 organisation keys from organisationKeys(), title, summary and an evidence quote whose offsets
    // cover the quote itself (reportId left 0). Events come in groups of 5-10 per synthetic report; reportIndex
    // counts those groups from 0. Deterministic for a seed.
    static void forEachEvent(qint64 count, quint32 seed,
                             const std::function<void(const ExtractedEvent&, int reportIndex)>& fn);

    // The organisation keys forEachEvent() uses (about 60, gazetteer-style kebab case), and their English names.
    static QStringList organisationKeys();
    static QString organisationName(const QString& key);
};

} // namespace lodestone
