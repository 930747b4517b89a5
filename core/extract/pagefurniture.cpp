#include "pagefurniture.h"

#include "util/log.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace lodestone {

namespace {

constexpr int kMaxPatternLine = 220; // pattern tests are for short lines: a paragraph is content
constexpr int kMaxTailMarker = 60;

bool isHan(QChar c) { return c.unicode() >= 0x3400 && c.unicode() <= 0x9fff; }

bool isTerminal(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u';' || c == u':' || c == QChar(0x3002) || c == QChar(0xff01) ||
           c == QChar(0xff1f) || c == QChar(0xff1b) || c == QChar(0xff1a) || c == QChar(0x2026);
}

bool isCloser(QChar c)
{
    return c == u'"' || c == u'\'' || c == u')' || c == u']' || c == QChar(0x201d) || c == QChar(0x2019) ||
           c == QChar(0xff09) || c == QChar(0x300d) || c == QChar(0x300b);
}

// Lower-case letters, digits and Han characters only: "China's Northern Rare Earth — raises" -> "chinasnorthernrareearthraises".
QString normalised(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s)
        if (c.isLetterOrNumber()) out += c.toLower();
    return out;
}

qsizetype bulletLength(QStringView s)
{
    if (s.isEmpty()) return 0;
    const QChar c = s.at(0);
    if ((c == u'-' || c == u'*' || c == QChar(0x2022) || c == QChar(0x00b7) || c == QChar(0x2013) || c == QChar(0x25aa) ||
         c == QChar(0x25cf)) &&
        s.size() > 1 && s.at(1).isSpace())
        return 2;
    return 0;
}

enum class Kind { Blank, Furniture, Headline, SummaryHeading, Good, Medium, Short };

} // namespace

struct PageFurniture::Line {
    int start = 0;      // first character of the line
    int end = 0;        // the line break (exclusive)
    QStringView content; // trimmed, bullet marker removed
    bool bullet = false;
    double weight = 0;  // Latin words + 0.6 per Han character
    bool sentence = false;
    Kind kind = Kind::Blank;
    QString why;
};

bool TextLayout::isFurniture(int start, int end) const
{
    return std::any_of(furniture.cbegin(), furniture.cend(), [&](const TextRange& r) { return r.start <= start && end <= r.end; });
}

bool TextLayout::isHeadline(int pos) const
{
    return std::any_of(headlines.cbegin(), headlines.cend(), [&](const TextRange& r) { return r.start <= pos && pos < r.end; });
}

bool TextLayout::isSummary(int pos) const
{
    return std::any_of(summaries.cbegin(), summaries.cend(), [&](const TextRange& r) { return r.start <= pos && pos < r.end; });
}

QString TextLayout::masked(const QString& text) const
{
    if (furniture.isEmpty()) return text;
    QString out = text;
    for (const TextRange& r : furniture)
        for (int i = std::max(0, r.start); i < r.end && i < out.size(); ++i)
            if (out.at(i) != u'\n') out[i] = u' ';
    return out;
}

std::shared_ptr<const PageFurniture> PageFurniture::fromJson(const QByteArray& json, QString* error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (!doc.isObject()) {
        if (error) *error = QStringLiteral("furniture: %1").arg(pe.errorString());
        return nullptr;
    }
    const QJsonObject root = doc.object();
    std::shared_ptr<PageFurniture> f(new PageFurniture);
    auto compile = [&](const QString& re, bool caseless, QRegularExpression* out) {
        QRegularExpression::PatternOptions o = QRegularExpression::UseUnicodePropertiesOption;
        if (caseless) o |= QRegularExpression::CaseInsensitiveOption;
        *out = QRegularExpression(re, o);
        if (!out->isValid()) {
            if (error) *error = QStringLiteral("furniture: pattern %1: %2").arg(re, out->errorString());
            return false;
        }
        out->optimize();
        return true;
    };
    for (const char* list : {"line_patterns", "inline"}) {
        const bool lineList = QLatin1String(list) == u"line_patterns";
        for (const QJsonValue& v : root.value(QLatin1String(list)).toArray()) {
            QRegularExpression re;
            if (!compile(v.toObject().value(u"re").toString(), lineList, &re)) return nullptr;
            (lineList ? f->m_linePatterns : f->m_inline).append({re, v.toObject().value(u"why").toString()});
        }
    }
    if (!compile(root.value(u"tail").toString(QStringLiteral("^$")), true, &f->m_tail)) return nullptr;
    if (!compile(root.value(u"summary_heading").toString(QStringLiteral("^$")), true, &f->m_summaryHeading)) return nullptr;
    if (!compile(root.value(u"date_words").toString(QStringLiteral("x^")), true, &f->m_dateWords))
        return nullptr;
    for (const QJsonValue& v : root.value(u"share_words").toArray()) f->m_shareWords << v.toString().toLower();
    for (const QJsonValue& v : root.value(u"language_names").toArray()) f->m_languageNames << v.toString().toLower();
    return f;
}

const PageFurniture& PageFurniture::bundled()
{
    static const std::shared_ptr<const PageFurniture> instance = [] {
        QFile file(QStringLiteral(":/core/extract/furniture.json"));
        QString err;
        std::shared_ptr<const PageFurniture> f;
        if (file.open(QIODevice::ReadOnly)) f = fromJson(file.readAll(), &err);
        else err = QStringLiteral("cannot open %1").arg(file.fileName());
        if (!f) {
            log::extract()->error("page furniture patterns not loaded: {}", err.toStdString());
            f = std::shared_ptr<const PageFurniture>(new PageFurniture);
        }
        return f;
    }();
    return *instance;
}

bool PageFurniture::isTailMarker(QStringView line) const
{
    return line.size() <= kMaxTailMarker && m_tail.isValid() && m_tail.match(line).hasMatch();
}

// Why a line is furniture by its own content ("" when it is not).
QString PageFurniture::lineVerdict(const Line& line) const
{
    const QStringView c = line.content;
    if (c.size() > kMaxPatternLine) return {};
    for (const auto& [re, why] : m_linePatterns)
        if (re.match(c).hasMatch()) return why;
    // a share bar: only share words ("WhatsApp Telegram Facebook Twitter Email LinkedIn")
    const QString lower = c.toString().toLower();
    const QStringList words = lower.split(QRegularExpression(QStringLiteral("[\\s|·•/,;]+")), Qt::SkipEmptyParts);
    if (!words.isEmpty() && words.size() <= 12 &&
        std::all_of(words.cbegin(), words.cend(), [&](const QString& w) { return m_shareWords.contains(w); }))
        return QStringLiteral("share bar");
    // a language menu: three or more language names in a short line
    if (c.size() <= 300) {
        int languages = 0;
        for (const QString& l : m_languageNames)
            if (lower.contains(l)) ++languages;
        if (languages >= 3) return QStringLiteral("language menu");
    }
    // a date-and-time line: nothing left once dates, times and their words are gone
    if (c.size() <= 60 && m_dateWords.isValid()) {
        QString rest = lower;
        rest.remove(m_dateWords);
        int letters = 0;
        for (QChar ch : rest)
            if (ch.isLetter()) ++letters;
        bool digits = std::any_of(c.begin(), c.end(), [](QChar ch) { return ch.isDigit(); });
        if (letters == 0 && digits) return QStringLiteral("date line");
    }
    return {};
}

TextLayout PageFurniture::detect(const QString& text, const QString& title) const
{
    TextLayout out;
    QList<Line> lines;
    const int n = static_cast<int>(text.size());
    for (int s = 0; s <= n;) {
        int e = static_cast<int>(text.indexOf(u'\n', s));
        if (e < 0) e = n;
        Line l;
        l.start = s;
        l.end = e;
        QStringView v = QStringView(text).mid(s, e - s).trimmed();
        const qsizetype bl = bulletLength(v);
        l.bullet = bl > 0;
        l.content = v.mid(bl).trimmed();
        if (!l.content.isEmpty()) {
            int words = 0, han = 0;
            bool inWord = false;
            for (QChar c : l.content) {
                if (isHan(c)) {
                    ++han;
                    inWord = false;
                } else if (c.isLetterOrNumber()) {
                    if (!inWord) ++words;
                    inWord = true;
                } else if (c != u'\'' && c != QChar(0x2019) && c != u'-') {
                    inWord = false;
                }
            }
            l.weight = words + 0.6 * han;
            qsizetype k = l.content.size() - 1;
            while (k > 0 && isCloser(l.content.at(k))) --k;
            l.sentence = isTerminal(l.content.at(k));
            l.kind = Kind::Short;
        }
        lines.append(l);
        s = e + 1;
    }

    // 1. verdicts from the line alone; the headline
    const QString titleNorm = normalised(title);
    bool headlineSeen = false;
    QHash<QString, int> shortCounts;
    for (Line& l : lines) {
        if (l.kind == Kind::Blank) continue;
        const QString norm = normalised(l.content);
        const bool headline = !titleNorm.isEmpty() && !norm.isEmpty() &&
                              (norm == titleNorm || (norm.size() >= 20 && titleNorm.startsWith(norm)) ||
                               (titleNorm.size() >= 20 && norm.startsWith(titleNorm) && norm.size() <= titleNorm.size() + 12));
        if (headline) {
            l.kind = headlineSeen ? Kind::Furniture : Kind::Headline;
            l.why = QStringLiteral("repeated headline");
            headlineSeen = true;
            continue;
        }
        if (l.content.size() <= 40 && m_summaryHeading.match(l.content).hasMatch()) {
            l.kind = Kind::SummaryHeading;
            continue;
        }
        const QString why = lineVerdict(l);
        if (!why.isEmpty()) {
            l.kind = Kind::Furniture;
            l.why = why;
            continue;
        }
        l.kind = l.weight >= 20 || (l.sentence && l.weight >= 12) ? Kind::Good
                 : (l.sentence && l.weight >= 4) || l.weight >= 12 ? Kind::Medium
                                                                   : Kind::Short;
        if (l.kind != Kind::Good && l.content.size() <= 100) ++shortCounts[norm];
    }
    // 2. short lines that come back ("Advertisement", a repeated caption) are furniture everywhere
    for (Line& l : lines)
        if ((l.kind == Kind::Short || l.kind == Kind::Medium) && shortCounts.value(normalised(l.content)) > 1) {
            l.kind = Kind::Furniture;
            l.why = QStringLiteral("repeated line");
        }
    const bool anyGood = std::any_of(lines.cbegin(), lines.cend(), [](const Line& l) { return l.kind == Kind::Good; });
    if (!anyGood) // a page of short sentences: its medium lines are its content
        for (Line& l : lines)
            if (l.kind == Kind::Medium) l.kind = Kind::Good;
    // 3. the related-articles tail
    bool bodySeen = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        Line& l = lines[i];
        if (l.kind == Kind::Good) bodySeen = true;
        if (!bodySeen || l.kind == Kind::Blank || !isTailMarker(l.content)) continue;
        for (qsizetype j = i; j < lines.size(); ++j)
            if (lines[j].kind != Kind::Blank) {
                lines[j].kind = Kind::Furniture;
                lines[j].why = QStringLiteral("related tail");
            }
        break;
    }
    // 4. short and medium lines by their neighbours: a heading between paragraphs stays, a line amid
    //    furniture or at the page's edge goes; a medium line next to a paragraph stays.
    auto anchor = [&](qsizetype i, int step) {
        for (qsizetype j = i + step; j >= 0 && j < lines.size(); j += step) {
            const Kind k = lines[j].kind;
            if (k == Kind::SummaryHeading) return Kind::Good;
            if (k == Kind::Good || k == Kind::Furniture || k == Kind::Headline) return k;
        }
        return Kind::Blank; // the page's edge
    };
    QList<Kind> verdict(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        verdict[i] = lines[i].kind;
        if (lines[i].kind != Kind::Short && lines[i].kind != Kind::Medium) continue;
        const Kind prev = anchor(i, -1), next = anchor(i, 1);
        const bool keep = lines[i].kind == Kind::Medium ? prev == Kind::Good || next == Kind::Good
                                                        : prev == Kind::Good && next == Kind::Good;
        if (!keep) {
            verdict[i] = Kind::Furniture;
            lines[i].why = lines[i].kind == Kind::Medium ? QStringLiteral("isolated line") : QStringLiteral("short line");
        }
    }
    // 5. ranges; inline furniture inside the lines kept
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line& l = lines[i];
        if (verdict[i] == Kind::Blank) continue;
        if (verdict[i] == Kind::Furniture) {
            if (!out.furniture.isEmpty() && out.furniture.last().why == l.why && out.furniture.last().end + 1 >= l.start)
                out.furniture.last().end = l.end;
            else
                out.furniture.append({l.start, l.end, l.why});
            continue;
        }
        if (verdict[i] == Kind::Headline) {
            out.headlines.append({l.start, l.end, QStringLiteral("headline")});
            continue;
        }
        if (verdict[i] == Kind::SummaryHeading) { // its bullets summarise the body
            out.furniture.append({l.start, l.end, QStringLiteral("summary heading")});
            for (qsizetype j = i + 1; j < lines.size(); ++j) {
                if (lines[j].kind == Kind::Blank) continue;
                if (!lines[j].bullet || verdict[j] == Kind::Furniture) break;
                out.summaries.append({lines[j].start, lines[j].end, QStringLiteral("highlight")});
            }
            continue;
        }
        // inline furniture: a run of prefixes (" date 2023-12-20 BEIJING, Dec 20 (Reuters) - ") one after the
        // other, then anything else the patterns find inside the line
        int offset = static_cast<int>(l.content.data() - text.constData());
        QStringView rest = l.content;
        for (bool again = true; again;) {
            again = false;
            for (const auto& [re, why] : m_inline) {
                if (!re.pattern().startsWith(u'^') && !re.pattern().startsWith(QStringLiteral("(?i)^"))) continue;
                const auto m = re.match(rest);
                if (m.hasMatch() && m.capturedStart() == 0 && m.capturedLength() > 0) {
                    out.furniture.append({offset, offset + static_cast<int>(m.capturedEnd()), why});
                    offset += static_cast<int>(m.capturedEnd());
                    rest = rest.mid(m.capturedEnd());
                    again = true;
                }
            }
        }
        for (const auto& [re, why] : m_inline) {
            if (re.pattern().startsWith(u'^')) continue;
            auto it = re.globalMatch(rest);
            while (it.hasNext()) {
                const auto m = it.next();
                if (m.capturedLength() > 0)
                    out.furniture.append({offset + static_cast<int>(m.capturedStart()), offset + static_cast<int>(m.capturedEnd()), why});
            }
        }
    }
    std::sort(out.furniture.begin(), out.furniture.end(), [](const TextRange& a, const TextRange& b) { return a.start < b.start; });
    // a standfirst the body repeats (a long line that a later line starts with) summarises the body; a standfirst
    // stands among the first lines of text and is repeated soon after, so only those are compared (linear time)
    constexpr int kStandfirstLines = 12;
    constexpr int kRepeatWithin = 80;
    QHash<qsizetype, QString> norms;
    auto normOf = [&](qsizetype k) -> const QString& {
        auto it = norms.find(k);
        if (it == norms.end()) it = norms.insert(k, normalised(lines[k].content));
        return *it;
    };
    int textLines = 0;
    for (qsizetype i = 0; i < lines.size() && textLines < kStandfirstLines; ++i) {
        if (verdict[i] != Kind::Good && verdict[i] != Kind::Medium) continue;
        ++textLines;
        const QString norm = normOf(i);
        if (norm.size() < 40) continue;
        for (qsizetype j = i + 1; j < lines.size() && j <= i + kRepeatWithin; ++j) {
            if (verdict[j] != Kind::Good && verdict[j] != Kind::Medium) continue;
            if (normOf(j).contains(norm)) {
                out.summaries.append({lines[i].start, lines[i].end, QStringLiteral("standfirst")});
                break;
            }
        }
    }
    return out;
}

} // namespace lodestone
