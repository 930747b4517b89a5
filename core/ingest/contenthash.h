#pragma once
// Content fingerprint used for de-duplication: the same text imported again (another file name, other
// whitespace, another encoding) hashes the same. Pure function, any thread.
#include <QString>

namespace lodestone {

QString contentHash(const QString& text);

} // namespace lodestone
