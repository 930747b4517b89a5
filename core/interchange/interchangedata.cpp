#include "interchangedata.h"

namespace lodestone {

QStringList InterchangeEvent::organisationKeys() const
{
    QStringList keys;
    keys.reserve(organisations.size());
    for (const EventOrgRole& o : organisations)
        keys << o.key;
    return keys;
}

} // namespace lodestone
