#pragma once
// Future cues: does a sentence speak of something still ahead ("will", "plans to", "is expected to", 将, 计划,
// 预计) or of a rule taking effect ("takes effect on", "comes into force", "from 1 October", 起施行, 生效)?
// Used to keep a date after the report's publication and to mark the event planned / effective-from.
// Pure functions over immutable tables, usable from any thread.
#include "model/eventtiming.h"

#include <QStringView>

namespace lodestone {

class FutureCues final {
public:
    struct Hit final {
        EventTiming timing = EventTiming::Reported; // Reported = no cue
        int start = -1;                             // offsets of the cue in the sentence (UTF-16), end exclusive
        int end = -1;
        explicit operator bool() const { return timing != EventTiming::Reported; }
    };
    // The strongest cue of the sentence: an effective-from cue beats a planned one; the first of a kind wins.
    static Hit find(QStringView sentence);
    // A cue bound to the date at [dateStart, dateEnd) of the sentence: "from|starting|effective|as of <date>",
    // "自|从|于<date>起", "<date>起施行"; or a sentence cue that comes shortly before the date ("will ... on
    // <date>", "将于<date>").
    // sentenceCue: find(sentence) when the caller has it already (saves scanning the sentence again).
    static Hit forDate(QStringView sentence, int dateStart, int dateEnd, const Hit* sentenceCue = nullptr);
};

} // namespace lodestone
