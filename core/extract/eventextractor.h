#pragma once
// Turns report text into dated, categorised events with organisations, people, amounts and the evidence
// sentence: page furniture is masked, each sentence's happening triggers become candidates (CandidateFinder),
// which merge into the report's events (EventMerger) and get analyst titles (EventTitle). Pure function,
// usable from any thread.
#include "gazetteer.h"
#include "model/event.h"
#include "pagefurniture.h"

#include <QDate>
#include <QList>
#include <QString>

namespace lodestone {

class EventExtractor final {
public:
    // reference: the report's published date (today when invalid); language: "en", "zh" or empty (per sentence).
    static QList<ExtractedEvent> extract(const QString& text, QDate reference, const Gazetteer& gazetteer,
                                         const QString& language = {});
    // The same with the organisation mentions already found (gazetteer.findMentions(text)), so that the
    // import pipeline, which stores the mentions too, scans the text for organisations only once.
    static QList<ExtractedEvent> extract(const QString& text, QDate reference, const Gazetteer& gazetteer,
                                         const QString& language, const QList<OrgMention>& mentions);
    // The same with the page furniture already found (the import finds it with the report's title). Offsets of
    // the evidence are those of text; furniture is never evidence and names no organisation of an event.
    // analysis, when given, is what the rules read instead of text (the same length: a Traditional Chinese
    // report written in Simplified characters); quotes still come from text.
    static QList<ExtractedEvent> extract(const QString& text, QDate reference, const Gazetteer& gazetteer,
                                         const QString& language, const QList<OrgMention>& mentions,
                                         const TextLayout& layout, const QString& analysis = {});
};

} // namespace lodestone
