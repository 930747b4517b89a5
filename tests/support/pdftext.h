#pragma once
// The text layer of a PDF, per page, as `pdftotext -layout` reads it (poppler-utils), for tests that check
// what an exported PDF says. Test helper, main thread.
#include <QProcess>
#include <QStandardPaths>
#include <QString>

namespace lodestone::test {

inline QString pdftotextPath()
{
    return QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
}

// Text of pages first..last (1-based; 0, 0 = all); empty on failure.
inline QString pdfText(const QString& path, int first = 0, int last = 0)
{
    QStringList args;
    if (first > 0)
        args << QStringLiteral("-f") << QString::number(first);
    if (last > 0)
        args << QStringLiteral("-l") << QString::number(last);
    args << QStringLiteral("-enc") << QStringLiteral("UTF-8") << path << QStringLiteral("-");
    QProcess p;
    p.start(pdftotextPath(), args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The text with every run of white space made one space (words wrapped over lines join up again), in NFKC:
// the PDF's text layer may give a ligature ("ﬁ") or a CJK radical (⼟ for 土) where the glyph is shared.
inline QString flat(const QString& text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

} // namespace lodestone::test
