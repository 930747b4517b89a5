#include "democorpus.h"

#include <QDirIterator>

namespace lodestone {

QStringList demoCorpusFiles()
{
    QStringList files;
    QDirIterator it(QStringLiteral(":/core/demo"), QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!it.fileName().startsWith(QLatin1String("README"), Qt::CaseInsensitive))
            files << path;
    }
    files.sort();
    return files;
}

} // namespace lodestone
