#pragma once
// Picks the date of an event sentence against the report's publication date only: a date after publication is
// kept only with a future cue (and then marks the event planned / effective-from); a partial date or weekday
// bound to a future cue ("will take effect from August 1") moves to its next occurrence after publication; an
// expression that needs a publication date the report lacks leaves the event undated; with no date of its own
// and no publication date the event is undated too — the import date is never used.
// Built per report, immutable afterwards; usable from any thread.
#include "dateresolver.h"
#include "model/eventtiming.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace lodestone {

struct SentenceDate final {
    enum class Kind { None, Dated, Unresolved };
    Kind kind = Kind::None;
    DateSpan date;       // Dated: the span; Unresolved: invalid span, rule says what could not be placed
    EventTiming timing = EventTiming::Reported;
    int mention = -1;    // index into the mentions given to the constructor
};

class SentenceDater final {
public:
    // published: the report's reference date (its publication day, or the last day of a month/year it is
    // dated to); nullopt when the report has no publication date.
    SentenceDater(const QString& text, const QList<DateMention>& mentions, std::optional<QDate> published);

    // The sentence's own date from the mentions (indexes) inside [start, end).
    SentenceDate own(int start, int end, const QList<int>& mentionIndexes) const;
    // One mention of the sentence [start, end) as the date of the event a trigger there states: Unresolved when it
    // needs the publication date the report lacks; None when it lies after publication without a future cue;
    // else Dated (moved to its next occurrence when a future cue is bound to a partial date), with its timing.
    SentenceDate settle(int start, int end, int mentionIndex) const;
    // A second date of the same sentence that lies ahead with a future cue bound to it ("…; the rules take effect
    // on 1 April 2025"), other than the mention `except`; Kind::None when there is none.
    SentenceDate ahead(int start, int end, const QList<int>& mentionIndexes, int except) const;
    // A mention another sentence of the paragraph may lend: resolved and not after publication.
    bool lendable(int mentionIndex) const;
    // The date of an event with no date of its own: the publication year, or undated.
    DateSpan fallback() const;
    // Whether a span is after the publication date (false when there is none).
    bool afterPublication(const DateSpan& span) const;

private:
    const QString& m_text;
    const QList<DateMention>& m_mentions;
    std::optional<QDate> m_published;
};

} // namespace lodestone
