#pragma once
// Finds people named with a role ("Party Secretary and Chair Meng Fanying", "Ma Xianfeng, Chairman of X",
// "董事长孟凡英") and links the role to a nearby organisation mention. Pure function, usable from any thread.
#include "model/event.h"

#include <QList>
#include <QString>

namespace lodestone {

struct PersonFound final {
    PersonMention person;
    int start = 0; // offsets of the name in the text
    int end = 0;
};

class PersonFinder final {
public:
    // orgs: organisation mentions of the same text (sorted by start), used for PersonMention::orgKey.
    static QList<PersonFound> find(const QString& text, const QList<OrgMention>& orgs);
};

} // namespace lodestone
