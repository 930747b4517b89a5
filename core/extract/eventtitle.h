#pragma once
// Builds a short headline for an extracted event ("Baogang Group and China Mobile Inner Mongolia pledge to
// expand cooperation in ...", "包钢集团与…签署战略合作协议") from subject names, the strongest cue and the
// evidence sentence. Pure function, usable from any thread.
#include "eventcues.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace lodestone {

struct TitleInput final {
    QStringView sentence;            // the sentence holding the cue
    CueHit cue;                      // offsets relative to sentence; cue.cue may be null
    Category category = Category::Other;
    QStringList subjects;            // display names of actor organisations (1-2)
    QStringList surfaces;            // organisation names as written in the sentence
    QList<QPair<int, int>> cutRanges; // spans in the sentence to drop (dates), relative offsets
    bool chinese = false;
    QStringList amounts;             // figures of the event ("4%", "$400 million"): one is shown when the object has none
};

class EventTitle final {
public:
    static QString build(const TitleInput& in, const EventCues& cues);
    static constexpr int kMaxEnglish = 110;
    static constexpr int kMaxChinese = 40;
};

} // namespace lodestone
