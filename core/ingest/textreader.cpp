#include "textreader.h"

#include <QRegularExpression>

namespace lodestone {

namespace {

constexpr qsizetype kMaxTitleLine = 200;

bool isSummaryHeading(const QString& line)
{
    QString l = line.trimmed().toLower();
    if (l.endsWith(u':'))
        l.chop(1);
    return l == u"highlights" || l == u"key points" || l == u"summary" || l == u"key takeaways"
        || l == u"in brief" || l == u"at a glance" || l == u"tl;dr";
}

bool isBullet(const QString& line)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*(?:[-*\x{2022}\x{2013}\x{2014}\x{25AA}]|\d{1,2}[.)])\s+)"));
    return re.match(line).hasMatch();
}

QString stripBullet(const QString& line)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*(?:[-*\x{2022}\x{2013}\x{2014}\x{25AA}]|\d{1,2}[.)])\s+)"));
    return line.trimmed().remove(re).trimmed();
}

QString firstSentence(const QString& text)
{
    static const QRegularExpression end(QStringLiteral(R"([.!?\x{3002}\x{FF01}\x{FF1F}](?=\s|$))"));
    const auto m = end.match(text);
    return m.hasMatch() ? text.left(m.capturedStart() + 1).trimmed() : text.trimmed();
}

bool looksLikeTitle(const QString& line)
{
    const QString t = line.trimmed();
    if (t.isEmpty() || t.size() > kMaxTitleLine)
        return false;
    // A sentence-ending period after several words makes it a paragraph, not a headline.
    return !(t.endsWith(u'.') && t.count(u' ') > 12);
}

} // namespace

QString TextReader::shortenTitle(const QString& input, qsizetype maxChars)
{
    QString t = input.simplified();
    if (t.size() <= maxChars)
        return t;
    QString cut = t.left(maxChars + 1);
    // Prefer a clause break in the second half, else the last space.
    qsizetype pos = -1;
    for (const QChar sep : {u',', u';', u':', u'\x2014'}) {
        const qsizetype p = cut.lastIndexOf(sep);
        if (p > maxChars / 2 && p > pos)
            pos = p;
    }
    if (pos < 0)
        pos = cut.lastIndexOf(u' ');
    if (pos <= 0)
        pos = maxChars;
    cut = cut.left(pos).trimmed();
    while (!cut.isEmpty() && (cut.back().isPunct() || cut.back().isSpace()) && cut.back() != u')')
        cut.chop(1);
    return cut;
}

bool TextReader::parseCopyright(const QString& line, QString* publisher, std::optional<int>* year)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*(?:\x{00A9}|\(c\)|copyright)\s*(?:\x{00A9}|\(c\))?\s*((?:19|20)\d{2})?(?:\s*[-\x{2013}]\s*(?:19|20)\d{2})?[,\s]*(.*)$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(line);
    if (!m.hasMatch())
        return false;
    QString name = m.captured(2);
    // Cut a tagline after a dash, a trailing "All rights reserved", and trademark signs.
    static const QRegularExpression tagline(QStringLiteral(R"(\s+[\x{2014}\x{2013}|-]\s+.*$)"));
    static const QRegularExpression rights(QStringLiteral(R"([.,]?\s*all rights reserved.*$)"), QRegularExpression::CaseInsensitiveOption);
    name.remove(tagline);
    name.remove(rights);
    name.remove(QChar(0x2122)).remove(QChar(0x00AE));
    name = name.trimmed();
    while (name.endsWith(u'.') || name.endsWith(u','))
        name.chop(1);
    if (name.isEmpty() && m.captured(1).isEmpty())
        return false;
    if (name.size() > 120)
        name = shortenTitle(name, 120);
    if (publisher)
        *publisher = name;
    if (year && !m.captured(1).isEmpty())
        *year = m.captured(1).toInt();
    return true;
}

ReadResult TextReader::read(const QString& input)
{
    QString text = input;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    QStringList lines = text.split(u'\n');
    while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return ReadResult::failure(ErrorCode::EmptyInput, QStringLiteral("text has no content"));

    ParsedDocument doc;
    doc.format = QStringLiteral("text");
    qsizetype bodyStart = 0;
    if (isSummaryHeading(lines.first())) {
        qsizetype i = 1;
        QString firstBullet;
        while (i < lines.size() && (isBullet(lines.at(i)) || lines.at(i).trimmed().isEmpty())) {
            if (firstBullet.isEmpty() && isBullet(lines.at(i)))
                firstBullet = stripBullet(lines.at(i));
            ++i;
        }
        const QString source = !firstBullet.isEmpty() ? firstBullet : (i < lines.size() ? lines.at(i) : QString());
        doc.title = shortenTitle(firstSentence(source));
        if (i < lines.size())
            doc.bodyStartHint = lines.at(i).trimmed().left(80);
        bodyStart = 0; // the highlights are content too
    } else if (lines.size() > 1 && looksLikeTitle(lines.first())) {
        doc.title = lines.first().trimmed();
        bodyStart = 1;
        for (qsizetype i = 1; i < lines.size(); ++i)
            if (!lines.at(i).trimmed().isEmpty()) {
                doc.bodyStartHint = lines.at(i).trimmed().left(80);
                break;
            }
    } else {
        doc.title = shortenTitle(firstSentence(lines.first()));
        doc.bodyStartHint = lines.first().trimmed().left(80);
    }

    // Copyright line near the end.
    for (qsizetype i = lines.size() - 1; i >= 0 && i >= lines.size() - 12; --i) {
        QString publisher;
        std::optional<int> year;
        if (lines.at(i).size() < 400 && parseCopyright(lines.at(i), &publisher, &year)) {
            doc.publisher = publisher;
            if (!publisher.isEmpty())
                doc.publisherRule = QStringLiteral("text:copyright-line");
            doc.copyrightYear = year;
            break;
        }
    }
    QStringList body = lines.mid(bodyStart);
    while (!body.isEmpty() && body.first().trimmed().isEmpty())
        body.removeFirst();
    doc.text = body.join(u'\n');
    return {{doc}, Error::none()};
}

} // namespace lodestone
