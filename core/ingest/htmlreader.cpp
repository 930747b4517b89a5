#include "htmlreader.h"

#include "datetextparser.h"
#include "util/log.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gumbo.h>

#include <algorithm>
#include <vector>

namespace lodestone {

namespace {

constexpr qsizetype kMaxHtmlChars = 16 * 1024 * 1024;
constexpr size_t kMaxNodes = 2'000'000;
constexpr int kMaxDepth = 4000;

struct Meta {
    QString ogTitle, title, h1, siteName, ogUrl, canonical, published, jsonLdDate, jsonLdHeadline,
        jsonLdPublisher, timeDatetime;
};

bool isSkipped(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_NAV: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SVG: case GUMBO_TAG_IFRAME: case GUMBO_TAG_HEAD:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_OBJECT:
        return true;
    default:
        return false;
    }
}

bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_LI: case GUMBO_TAG_H1:
    case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_TR: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_PRE: case GUMBO_TAG_TABLE: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL:
    case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_HR:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_BODY:
        return true;
    default:
        return false;
    }
}

QString attr(const GumboElement& el, const char* name)
{
    const GumboAttribute* a = gumbo_get_attribute(&el.attributes, name);
    return a ? QString::fromUtf8(a->value).trimmed() : QString();
}

QString nodeText(const GumboNode* node)
{
    QString out;
    std::vector<const GumboNode*> stack{node};
    size_t visited = 0;
    while (!stack.empty() && ++visited < kMaxNodes) {
        const GumboNode* n = stack.back();
        stack.pop_back();
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE)
            out += QString::fromUtf8(n->v.text.text);
        else if (n->type == GUMBO_NODE_ELEMENT)
            for (unsigned i = n->v.element.children.length; i > 0; --i)
                stack.push_back(static_cast<const GumboNode*>(n->v.element.children.data[i - 1]));
    }
    return out.simplified();
}

void readJsonLd(const QJsonValue& v, Meta& meta, int depth)
{
    if (depth > 8)
        return;
    if (v.isArray()) {
        for (const QJsonValue& e : v.toArray())
            readJsonLd(e, meta, depth + 1);
        return;
    }
    const QJsonObject o = v.toObject();
    if (meta.jsonLdDate.isEmpty())
        meta.jsonLdDate = o.value(u"datePublished").toString();
    if (meta.jsonLdHeadline.isEmpty())
        meta.jsonLdHeadline = o.value(u"headline").toString();
    if (meta.jsonLdPublisher.isEmpty()) {
        const QJsonValue p = o.value(u"publisher");
        meta.jsonLdPublisher = p.isObject() ? p.toObject().value(u"name").toString() : p.toString();
    }
    if (o.contains(u"@graph"))
        readJsonLd(o.value(u"@graph"), meta, depth + 1);
}

void collectMeta(const GumboNode* n, Meta& meta)
{
    const GumboElement& el = n->v.element;
    switch (el.tag) {
    case GUMBO_TAG_META: {
        const QString prop = (attr(el, "property") + attr(el, "name")).toLower();
        const QString content = attr(el, "content");
        if (prop == u"og:title" && meta.ogTitle.isEmpty())
            meta.ogTitle = content;
        else if (prop == u"og:site_name")
            meta.siteName = content;
        else if (prop == u"og:url")
            meta.ogUrl = content;
        else if ((prop == u"article:published_time" || prop == u"date" || prop == u"pubdate") && meta.published.isEmpty())
            meta.published = content;
        break;
    }
    case GUMBO_TAG_LINK:
        if (attr(el, "rel").toLower() == u"canonical")
            meta.canonical = attr(el, "href");
        break;
    case GUMBO_TAG_TITLE:
        if (meta.title.isEmpty())
            meta.title = nodeText(n);
        break;
    case GUMBO_TAG_H1:
        if (meta.h1.isEmpty())
            meta.h1 = nodeText(n);
        break;
    case GUMBO_TAG_TIME:
        if (meta.timeDatetime.isEmpty())
            meta.timeDatetime = attr(el, "datetime");
        break;
    case GUMBO_TAG_SCRIPT:
        if (attr(el, "type").toLower() == u"application/ld+json") {
            const QJsonDocument d = QJsonDocument::fromJson(nodeText(n).toUtf8());
            readJsonLd(d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object()), meta, 0);
        }
        break;
    default:
        break;
    }
}

// Walks the tree without recursion: collects meta everywhere, text outside skipped elements.
QString walk(const GumboNode* root, Meta* meta)
{
    QString out;
    struct Frame {
        const GumboNode* node;
        bool skip;
        bool closing;
    };
    std::vector<Frame> stack{{root, false, false}};
    size_t visited = 0;
    auto paragraphBreak = [&out]() {
        while (out.endsWith(u' '))
            out.chop(1);
        if (!out.isEmpty() && !out.endsWith(QStringLiteral("\n\n")))
            out += out.endsWith(u'\n') ? QStringLiteral("\n") : QStringLiteral("\n\n");
    };
    while (!stack.empty() && ++visited < kMaxNodes) {
        const Frame f = stack.back();
        stack.pop_back();
        const GumboNode* n = f.node;
        if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_DOCUMENT) {
            const bool isEl = n->type == GUMBO_NODE_ELEMENT;
            const GumboTag tag = isEl ? n->v.element.tag : GUMBO_TAG_UNKNOWN;
            if (f.closing) {
                if (!f.skip && isBlock(tag))
                    paragraphBreak();
                continue;
            }
            if (isEl && meta)
                collectMeta(n, *meta);
            const bool skip = f.skip || (isEl && isSkipped(tag));
            if (!skip && isBlock(tag))
                paragraphBreak();
            if (!skip && tag == GUMBO_TAG_BR) {
                while (out.endsWith(u' '))
                    out.chop(1);
                out += u'\n';
            }
            stack.push_back({n, skip, true});
            const GumboVector& kids = isEl ? n->v.element.children : n->v.document.children;
            for (unsigned i = kids.length; i > 0; --i)
                stack.push_back({static_cast<const GumboNode*>(kids.data[i - 1]), skip, false});
        } else if (!f.skip && (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA
                               || n->type == GUMBO_NODE_WHITESPACE)) {
            const QString t = QString::fromUtf8(n->v.text.text).simplified();
            if (t.isEmpty()) {
                if (!out.isEmpty() && !out.back().isSpace())
                    out += u' ';
                continue;
            }
            const QString raw = QString::fromUtf8(n->v.text.text);
            if (!out.isEmpty() && !out.back().isSpace() && !raw.isEmpty() && raw.front().isSpace())
                out += u' ';
            out += t;
            if (!raw.isEmpty() && raw.back().isSpace())
                out += u' ';
        }
    }
    // Tidy: trim each line, collapse blank runs.
    QStringList lines = out.split(u'\n');
    QStringList kept;
    for (const QString& l : lines) {
        const QString t = l.trimmed();
        if (t.isEmpty() && (kept.isEmpty() || kept.back().isEmpty()))
            continue;
        kept.append(t);
    }
    while (!kept.isEmpty() && kept.back().isEmpty())
        kept.removeLast();
    return kept.join(u'\n');
}

bool isVoidOrImplicit(QStringView name)
{
    static const char* const names[] = {"p",     "li",   "td",   "tr",   "th",    "option", "dt",    "dd",
                                        "br",    "img",  "meta", "link", "input", "hr",     "area",  "base",
                                        "col",   "embed", "source", "track", "wbr", "param"};
    for (const char* n : names)
        if (name.compare(QLatin1String(n), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// Rough open-element depth; gumbo's tree building slows down badly on pathological nesting. One pass over the
// text. "<div/>" opens a div in HTML (the slash only closes void elements and, inside <svg> or <math>, foreign ones).
int estimatedDepth(const QString& html)
{
    int depth = 0;
    int maxDepth = 0;
    int foreign = 0; // inside <svg> or <math>
    const qsizetype n = html.size();
    qsizetype i = html.indexOf(u'<');
    while (i >= 0 && i + 1 < n) {
        const QChar c = html.at(i + 1);
        qsizetype j = i + 1;
        const bool closing = c == u'/';
        if (closing)
            ++j;
        const qsizetype nameStart = j;
        while (j < n && j - nameStart < 12 && html.at(j).isLetterOrNumber())
            ++j;
        const QStringView name = QStringView(html).mid(nameStart, j - nameStart);
        // the tag's end: never looked for past the next '<', so the whole scan stays linear
        qsizetype k = j;
        while (k < n && html.at(k) != u'>' && html.at(k) != u'<')
            ++k;
        const bool selfClosing = k < n && html.at(k) == u'>' && html.at(k - 1) == u'/';
        const bool isForeignRoot = name.compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0
            || name.compare(QLatin1String("math"), Qt::CaseInsensitive) == 0;
        if (closing) {
            if (isForeignRoot && foreign > 0)
                --foreign;
            if (!name.isEmpty() && !isVoidOrImplicit(name))
                depth = std::max(0, depth - 1);
        } else if (!name.isEmpty() && c.isLetter() && !isVoidOrImplicit(name) && !(selfClosing && foreign > 0)) {
            if (isForeignRoot && !selfClosing)
                ++foreign;
            maxDepth = std::max(maxDepth, ++depth);
        }
        i = k < n && html.at(k) == u'<' ? k : html.indexOf(u'<', k);
    }
    return maxDepth;
}

// Text of markup too deep for the tree builder: comments and the bodies of script, style and the like dropped,
// tags removed, character references decoded (by gumbo, on what is left: no tags, so no depth).
QString flatText(const QString& html)
{
    QString out;
    out.reserve(html.size());
    const qsizetype n = html.size();
    qsizetype i = 0;
    while (i < n) {
        const qsizetype lt = html.indexOf(u'<', i);
        if (lt < 0) {
            out += QStringView(html).mid(i);
            break;
        }
        out += QStringView(html).mid(i, lt - i);
        if (QStringView(html).mid(lt, 4) == QLatin1String("<!--")) {
            const qsizetype end = html.indexOf(QLatin1String("-->"), lt + 4);
            i = end < 0 ? n : end + 3;
            continue;
        }
        qsizetype j = lt + 1;
        while (j < n && j - lt < 12 && html.at(j).isLetterOrNumber())
            ++j;
        const QString name = html.mid(lt + 1, j - lt - 1).toLower();
        qsizetype gt = j;
        while (gt < n && html.at(gt) != u'>' && html.at(gt) != u'<')
            ++gt;
        if (gt >= n || html.at(gt) == u'<') { // a lone '<': text
            out += u' ';
            i = gt;
            continue;
        }
        i = gt + 1;
        out += u' ';
        static const QStringList raw = {QStringLiteral("script"), QStringLiteral("style"), QStringLiteral("noscript"),
                                        QStringLiteral("template"), QStringLiteral("textarea"), QStringLiteral("title")};
        if (raw.contains(name) && html.at(gt - 1) != u'/') {
            // Its body up to the closing tag (or the end, as a browser reads an unclosed script) is not text.
            const qsizetype close = html.indexOf(QStringLiteral("</") + name, i, Qt::CaseInsensitive);
            const qsizetype closeEnd = close < 0 ? -1 : html.indexOf(u'>', close);
            i = closeEnd < 0 ? n : closeEnd + 1;
        }
    }
    return HtmlReader::decodeCharacterReferences(out).simplified();
}

QString parseAndWalk(const QString& html, Meta* meta)
{
    if (estimatedDepth(html) > kMaxDepth) {
        log::ingest()->warn("html nesting deeper than {}: text taken without markup parsing", kMaxDepth);
        return flatText(html);
    }
    const QByteArray utf8 = html.left(kMaxHtmlChars).toUtf8();
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 100;
    GumboOutput* output = gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size()));
    if (!output)
        return {};
    QString text = walk(output->document, meta);
    gumbo_destroy_output(&options, output);
    return text;
}

} // namespace

QString HtmlReader::decodeCharacterReferences(const QString& text)
{
    if (!text.contains(u'&'))
        return text;
    // gumbo decodes them; with every '<' escaped it sees one flat run of text, however the input was nested.
    QString escaped = text.left(kMaxHtmlChars);
    escaped.replace(u'<', QStringLiteral("&lt;"));
    const QByteArray utf8 = escaped.toUtf8();
    GumboOutput* parsed = gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size()));
    if (!parsed)
        return text;
    QString out;
    out.reserve(text.size());
    std::vector<const GumboNode*> stack{parsed->document};
    while (!stack.empty()) {
        const GumboNode* n = stack.back();
        stack.pop_back();
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
            out += QString::fromUtf8(n->v.text.text);
        } else if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_DOCUMENT) {
            const GumboVector& kids = n->type == GUMBO_NODE_ELEMENT ? n->v.element.children : n->v.document.children;
            for (unsigned i = kids.length; i > 0; --i)
                stack.push_back(static_cast<const GumboNode*>(kids.data[i - 1]));
        }
    }
    gumbo_destroy_output(&kGumboDefaultOptions, parsed);
    return out;
}

QString HtmlReader::withoutScripts(const QString& text)
{
    static const QStringList raw = {QStringLiteral("script"), QStringLiteral("style")};
    QString out;
    qsizetype i = 0;
    // The next occurrence of each, looked up again only once passed: each search covers new text (linear).
    qsizetype next[2] = {-2, -2};
    for (;;) {
        qsizetype at = -1;
        QString name;
        for (int r = 0; r < 2; ++r) {
            if (next[r] == -2 || (next[r] >= 0 && next[r] < i))
                next[r] = text.indexOf(u'<' + raw[r], i, Qt::CaseInsensitive);
            if (next[r] >= 0 && (at < 0 || next[r] < at)) {
                at = next[r];
                name = raw[r];
            }
        }
        if (at < 0)
            break;
        const qsizetype after = at + 1 + name.size();
        if (after < text.size() && text.at(after).isLetterOrNumber()) { // "<scripts", "<styled": not the element
            out += QStringView(text).mid(i, after - i);
            i = after;
            continue;
        }
        out += QStringView(text).mid(i, at - i);
        const qsizetype close = text.indexOf(QStringLiteral("</") + name, after, Qt::CaseInsensitive);
        const qsizetype closeEnd = close < 0 ? -1 : text.indexOf(u'>', close);
        i = closeEnd < 0 ? text.size() : closeEnd + 1;
    }
    if (i == 0)
        return text;
    out += QStringView(text).mid(i);
    return out;
}

QString HtmlReader::extractText(const QString& html)
{
    if (!html.contains(u'<') && !html.contains(u'&'))
        return html.trimmed();
    return parseAndWalk(html, nullptr);
}

ReadResult HtmlReader::read(const QString& html)
{
    Meta meta;
    ParsedDocument doc;
    doc.format = QStringLiteral("html");
    doc.text = parseAndWalk(html, &meta);
    if (doc.text.trimmed().isEmpty())
        return ReadResult::failure(ErrorCode::EmptyInput, QStringLiteral("html has no visible text"));
    for (const QString& t : {meta.ogTitle, meta.jsonLdHeadline, meta.title, meta.h1})
        if (!t.isEmpty()) {
            doc.title = t.simplified();
            break;
        }
    doc.publisher = !meta.siteName.isEmpty() ? meta.siteName : meta.jsonLdPublisher;
    if (!doc.publisher.isEmpty())
        doc.publisherRule = !meta.siteName.isEmpty() ? QStringLiteral("meta:og:site_name") : QStringLiteral("meta:json-ld:publisher");
    doc.url = !meta.ogUrl.isEmpty() ? meta.ogUrl : meta.canonical;
    if (!doc.url.isEmpty())
        doc.urlRule = !meta.ogUrl.isEmpty() ? QStringLiteral("meta:og:url") : QStringLiteral("meta:canonical");
    const std::pair<QString, const char*> dates[] = {{meta.published, "article:published_time"},
                                                     {meta.jsonLdDate, "json-ld:datePublished"},
                                                     {meta.timeDatetime, "time-datetime"}};
    for (const auto& [value, source] : dates) {
        if (auto span = DateTextParser::parseSpan(value, QString::fromLatin1(source))) {
            doc.published = span;
            break;
        }
    }
    return {{doc}, Error::none()};
}

} // namespace lodestone
