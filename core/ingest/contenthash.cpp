#include "contenthash.h"

#include <QCryptographicHash>

namespace lodestone {

QString contentHash(const QString& text)
{
    // NFKC folds full-width forms and compatibility characters; simplified() folds all whitespace runs.
    const QString normal = text.normalized(QString::NormalizationForm_KC).simplified();
    return QString::fromLatin1(QCryptographicHash::hash(normal.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace lodestone
