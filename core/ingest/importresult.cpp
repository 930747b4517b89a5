#include "importresult.h"

namespace lodestone {

QString importStatusKey(ImportStatus s)
{
    switch (s) {
    case ImportStatus::Imported: return QStringLiteral("imported");
    case ImportStatus::Duplicate: return QStringLiteral("duplicate");
    case ImportStatus::Failed: return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}

} // namespace lodestone
