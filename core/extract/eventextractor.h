#pragma once
// Turns report text into dated, categorised events with organisations, people and the evidence sentence
// (sentence-level cues + dates + organisations, merged within the report). Pure function, usable from any thread.
#include "gazetteer.h"
#include "model/event.h"

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
};

} // namespace lodestone
