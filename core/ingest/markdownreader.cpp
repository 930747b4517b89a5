#include "markdownreader.h"

#include "datetextparser.h"
#include "htmlreader.h"
#include "textreader.h"

#include <QRegularExpression>

namespace lodestone {

namespace {

QString unquote(QString v)
{
    v = v.trimmed();
    if (v.size() >= 2 && ((v.front() == u'"' && v.back() == u'"') || (v.front() == u'\'' && v.back() == u'\'')))
        v = v.mid(1, v.size() - 2);
    return v.trimmed();
}

} // namespace

QString MarkdownReader::stripInline(const QString& line)
{
    QString s = line;
    static const QRegularExpression image(QStringLiteral(R"(!\[([^\]]*)\]\([^)]*\))"));
    static const QRegularExpression link(QStringLiteral(R"(\[([^\]]*)\]\([^)]*\))"));
    static const QRegularExpression refLink(QStringLiteral(R"(\[([^\]]*)\]\[[^\]]*\])"));
    static const QRegularExpression code(QStringLiteral(R"(`+([^`]*)`+)"));
    static const QRegularExpression strong(QStringLiteral(R"((\*\*|__)(.+?)\1)"));
    static const QRegularExpression em(QStringLiteral(R"((?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*]))"));
    static const QRegularExpression strike(QStringLiteral(R"(~~(.+?)~~)"));
    static const QRegularExpression tag(QStringLiteral(R"(</?[A-Za-z][^>]{0,200}>)"));
    s.replace(image, QStringLiteral("\\1"));
    s.replace(link, QStringLiteral("\\1"));
    s.replace(refLink, QStringLiteral("\\1"));
    s.replace(code, QStringLiteral("\\1"));
    s.replace(strong, QStringLiteral("\\2"));
    s.replace(em, QStringLiteral("\\2"));
    s.replace(strike, QStringLiteral("\\1"));
    s.remove(tag);
    return s;
}

ReadResult MarkdownReader::read(const QString& input)
{
    // Raw HTML is allowed in Markdown: script and style bodies are code, not text.
    QString text = HtmlReader::withoutScripts(input);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QStringList lines = text.split(u'\n');
    ParsedDocument doc;
    doc.format = QStringLiteral("markdown");
    qsizetype i = 0;
    QString fmDate;
    // YAML front matter: simple "key: value" pairs between --- lines.
    if (!lines.isEmpty() && lines.first().trimmed() == u"---") {
        for (qsizetype k = 1; k < lines.size() && k < 200; ++k) {
            if (lines.at(k).trimmed() == u"---" || lines.at(k).trimmed() == u"...") {
                for (qsizetype j = 1; j < k; ++j) {
                    const QString& l = lines.at(j);
                    const qsizetype colon = l.indexOf(u':');
                    if (colon <= 0)
                        continue;
                    const QString key = l.left(colon).trimmed().toLower();
                    const QString value = unquote(l.mid(colon + 1));
                    if (key == u"title")
                        doc.title = value;
                    else if (key == u"date" || key == u"published")
                        fmDate = value;
                    else if (key == u"url" || key == u"link" || key == u"source_url") {
                        doc.url = value;
                        doc.urlRule = QStringLiteral("meta:front-matter");
                    } else if (key == u"publisher" || key == u"source") {
                        doc.publisher = value;
                        doc.publisherRule = QStringLiteral("meta:front-matter");
                    }
                    else if (key == u"language" || key == u"lang")
                        doc.language = value;
                }
                i = k + 1;
                break;
            }
        }
    }
    static const QRegularExpression heading(QStringLiteral(R"(^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$)"));
    static const QRegularExpression bullet(QStringLiteral(R"(^\s*(?:[-*+]|\d{1,3}[.)])\s+)"));
    static const QRegularExpression rule(QStringLiteral(R"(^\s{0,3}([-*_])(\s*\1){2,}\s*$)"));
    QStringList out;
    bool inFence = false;
    for (; i < lines.size(); ++i) {
        QString l = lines.at(i);
        if (l.trimmed().startsWith(QStringLiteral("```")) || l.trimmed().startsWith(QStringLiteral("~~~"))) {
            inFence = !inFence;
            continue;
        }
        if (inFence) {
            out.append(l);
            continue;
        }
        if (rule.match(l).hasMatch()) {
            out.append(QString());
            continue;
        }
        const auto h = heading.match(l);
        if (h.hasMatch()) {
            const QString t = stripInline(h.captured(2)).trimmed();
            if (doc.title.isEmpty() && h.captured(1).size() == 1) {
                doc.title = t;
                continue;
            }
            out.append(QString());
            out.append(t);
            out.append(QString());
            continue;
        }
        // Setext heading underline.
        if (!out.isEmpty() && !out.back().isEmpty() && QRegularExpression(QStringLiteral("^=+\\s*$")).match(l).hasMatch()) {
            if (doc.title.isEmpty())
                doc.title = out.takeLast();
            continue;
        }
        l = l.trimmed();
        while (l.startsWith(u'>'))
            l = l.mid(1).trimmed();
        l.remove(bullet);
        out.append(stripInline(l));
    }
    // Collapse blank runs; keep paragraphs.
    QStringList kept;
    for (const QString& l : out) {
        if (l.trimmed().isEmpty() && (kept.isEmpty() || kept.back().isEmpty()))
            continue;
        kept.append(l.trimmed().isEmpty() ? QString() : l);
    }
    while (!kept.isEmpty() && kept.back().isEmpty())
        kept.removeLast();
    doc.text = HtmlReader::decodeCharacterReferences(kept.join(u'\n')); // "&amp;" as "&", as a renderer shows it
    doc.title = HtmlReader::decodeCharacterReferences(doc.title);
    if (doc.text.trimmed().isEmpty() && doc.title.isEmpty())
        return ReadResult::failure(ErrorCode::EmptyInput, QStringLiteral("markdown has no content"));
    if (doc.title.isEmpty() && !kept.isEmpty())
        doc.title = TextReader::shortenTitle(kept.first());
    if (!fmDate.isEmpty())
        doc.published = DateTextParser::parseSpan(fmDate, QStringLiteral("front-matter"));
    for (qsizetype k = kept.size() - 1; k >= 0 && k >= kept.size() - 8; --k) {
        QString publisher;
        std::optional<int> year;
        if (kept.at(k).size() < 400 && TextReader::parseCopyright(kept.at(k), &publisher, &year)) {
            if (doc.publisher.isEmpty() && !publisher.isEmpty()) {
                doc.publisher = publisher;
                doc.publisherRule = QStringLiteral("text:copyright-line");
            }
            doc.copyrightYear = year;
            break;
        }
    }
    return {{doc}, Error::none()};
}

} // namespace lodestone
