#pragma once
// What the event extractor knows about one report while it works: per-sentence facts and the event
// candidates found from triggers, before they are merged into the report's events. Plain value types used
// inside one extraction call (any thread).
#include "dateresolver.h"
#include "eventclassifier.h"
#include "eventcues.h"
#include "gazetteer.h"
#include "pagefurniture.h"
#include "personfinder.h"
#include "sentencesplitter.h"

#include <QDate>
#include <QList>
#include <QString>
#include <array>

namespace lodestone {

enum class DateSource {
    Own,      // a date the sentence gives its trigger
    Report,   // the date of the sentence's reporting clause ("..., the ministry said on Friday")
    Previous, // an undated mention joined to the report's previous event of its kind
    Related,  // the date of a dated event of the same organisations (a specific, undated happening)
    None,
};

struct SentenceFacts final {
    Sentence s;
    Classification topic;      // what the sentence is about (topic cues)
    QList<CueHit> triggers;    // what happened (offsets relative to the sentence)
    QList<int> dates;          // indexes into the date mentions
    QList<int> orgs;           // indexes into the organisation mentions
    bool skip = false;         // a heading or boilerplate
    bool summary = false;      // headline, standfirst or highlight: summarises body events
    bool chinese = false;
    bool quoteOpenAtStart = false; // a quotation opened in an earlier sentence of the paragraph is still open
};

struct EventCandidate final {
    int sentence = 0;
    Category category = Category::Other;
    CueHit trigger;            // offsets relative to the sentence
    QString categoryFrom;      // "trigger", "topic", "fallback"
    double weight = 0.0;       // trigger weight x topic strength
    DateSpan date;
    DateSource dateSource = DateSource::None;
    QString dateSurface;       // the date as the text writes it
    QList<EventOrgRole> orgs;
    QList<PersonMention> people;
    QStringList amounts;
    bool summary = false;
    bool fromFallback = false; // category from the trigger's fallback (a meeting with no topic)
    bool clauseActor = false;  // an organisation acts in the trigger's own clause ("DoD will invest ...")
    int titleSentence = -1;    // the mention that names the event, when not the dated one (-1: sentence)
    CueHit titleTrigger;
    double confidence = 0.0;
};

// Everything one extraction call shares between its steps.
struct ExtractionContext final {
    const QString& text;       // the text with page furniture blanked (offsets are those of the stored text)
    QDate reference;
    const Gazetteer& gazetteer;
    const EventCues& cues;
    const TextLayout& layout;
    QList<SentenceFacts> sentences;
    QList<DateMention> dates;
    QList<OrgMention> orgs;
    QList<PersonFound> people;
    QString mainOrg;           // the report's most named organisation (named twice or more), or empty
    QList<std::array<double, kCategoryCount>> paragraphTopic; // per paragraph: noisy-or of its sentences' topic scores
    std::array<double, kCategoryCount> reportTopic{};          // sum of the body sentences' topic scores
};

// Adds an organisation to an event's list, keeping the strongest role (host > actor > regulator > partner >
// subject > mentioned) when it is already there.
void addOrgRole(QList<EventOrgRole>& list, const QString& key, const QString& role);

} // namespace lodestone
