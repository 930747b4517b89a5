#include "datelinefinder.h"

#include "extract/dateresolver.h"

#include <QRegularExpression>
#include <algorithm>

namespace lodestone {

namespace {

constexpr int kMaxLine = 180;           // longer lines are paragraphs
constexpr int kHeaderLines = 14;        // non-empty lines that make the header
constexpr qsizetype kHeaderChars = 2500;
constexpr qsizetype kLabelledChars = 6000; // a labelled dateline may sit below the first paragraphs
constexpr int kMaxResidueWords = 4;
constexpr int kMaxResidueHan = 14;
constexpr int kMaxOtherSegmentWords = 8;

const QRegularExpression& labels()
{
    // publication labels, then update labels (group 2)
    static const QRegularExpression re(
        QStringLiteral("(?:(published(?:\\s+(?:on|at|date|time))?|first published|posted(?:\\s+(?:on|at|date))?|post(?:ed)?\\s*time|"
                       "release(?:d)?(?:\\s+(?:on|date|time))?|created|date(?:line)?|发布时间|发布日期|发表时间|发表日期|发稿时间|"
                       "发布于|发布|日期|时间|時間|發布時間|發佈時間|發表時間|日期)|(updated(?:\\s+(?:on|at|date))?|last updated|"
                       "modified(?:\\s+date)?|last modified|更新时间|更新於|更新日期|修改时间))\\s*[:：]?"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& segmentBreaks()
{
    static const QRegularExpression re(QStringLiteral("\\s*[|｜·•\\t]\\s*|\\s{2,}|\\s+[—–-]{1,2}\\s+|\\s*&nbsp;\\s*"));
    return re;
}

const QRegularExpression& timesAndZones()
{
    static const QRegularExpression re(
        QStringLiteral("\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?|\\b(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT|IST|JST|HKT|SGT|"
                       "AEST|AEDT|AWST|MYT|Beijing\\s+time|Beijing)\\b|[+-]\\d{2}:?\\d{2}\\b|北京时间|北京時間|\\([^()]{0,12}UTC[^()]{0,8}\\)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

int wordCount(QStringView s)
{
    int words = 0;
    bool in = false;
    for (QChar c : s) {
        const bool wordChar = (c.isLetterOrNumber() && !(c.unicode() >= 0x3000)) || c == u'\'' || c == u'.' || c == u'@';
        if (wordChar && !in) ++words;
        in = wordChar;
    }
    return words;
}

int hanCount(QStringView s)
{
    int n = 0;
    for (QChar c : s)
        if (c.unicode() >= 0x3400 && c.unicode() <= 0x9fff) ++n;
    return n;
}

bool sentenceLike(QStringView segment)
{
    const QStringView t = segment.trimmed();
    if (t.isEmpty()) return false;
    const QChar last = t.back();
    return (last == u'.' || last == u'。' || last == u'!' || last == u'?' || last == u'！' || last == u'？') && wordCount(t) > 3;
}

struct LineDate {
    DateSpan span;
    int start = 0;
    int end = 0;
};

// Absolute dates of one short line (weekdays fold into the date after them: "Mon, 02 Oct 2023").
QList<LineDate> datesOf(const QString& line, QDate today)
{
    QList<LineDate> out;
    static const QRegularExpression yearMonth(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})$"));
    static const QRegularExpression yearAlone(QStringLiteral("^(\\d{4})\\s*(?:年)?$"));
    if (const auto m = yearMonth.match(line); m.hasMatch()) {
        const int y = m.captured(1).toInt(), mo = m.captured(2).toInt();
        if (y >= 1990 && mo >= 1 && mo <= 12)
            out.append({DateSpan::month(y, mo, QStringLiteral("text:dateline")), 0, static_cast<int>(line.size())});
        return out;
    }
    if (const auto m = yearAlone.match(line); m.hasMatch()) {
        const int y = m.captured(1).toInt();
        if (y >= 1990 && y <= today.year())
            out.append({DateSpan::year(y, QStringLiteral("text:dateline")), 0, static_cast<int>(line.size())});
        return out;
    }
    for (const DateMention& m : DateResolver::findLoose(line, today)) {
        if (m.unresolved || DateResolver::needsReference(m.span.rule) || m.span.rule == u"copyright") continue;
        if (!m.span.isValid() || m.span.start.year() < 1990 || m.span.start > today.addDays(1)) continue;
        // a bare year inside a line ("in 2024") is no dateline; a day or a month is
        if (m.span.precision == Precision::Year || m.span.precision == Precision::Quarter) continue;
        out.append({m.span, m.start, m.end});
    }
    return out;
}

} // namespace

std::optional<Dateline> DatelineFinder::parseLine(const QString& rawLine, QDate today, bool headerLine)
{
    const QString line = rawLine.trimmed();
    if (line.isEmpty() || line.size() > kMaxLine) return std::nullopt;
    // a URL line is the report's address, not its dateline (its date is the URL's: UrlDate)
    if (line.contains(QLatin1String("://")) || line.startsWith(QLatin1String("www."), Qt::CaseInsensitive)) return std::nullopt;
    const QList<LineDate> dates = datesOf(line, today);
    if (dates.isEmpty()) return std::nullopt;
    // segments: "07.15.25 | 7 min read | Text by …", "Reuters | Updated: 28-01-2022 16:00 IST"
    struct Segment {
        int start;
        int end;
    };
    QList<Segment> segments;
    int at = 0;
    auto it = segmentBreaks().globalMatch(line);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedStart() > at) segments.append({at, static_cast<int>(m.capturedStart())});
        at = static_cast<int>(m.capturedEnd());
    }
    if (at < line.size()) segments.append({at, static_cast<int>(line.size())});

    std::optional<Dateline> found;
    for (const LineDate& d : dates) {
        // the segment holding the date (a date may span a break: "Sept 21, 2023 — 04:05")
        const Segment* seg = nullptr;
        for (const Segment& s : segments)
            if (d.start >= s.start && d.start < s.end) seg = &s;
        if (!seg) continue;
        const int segEnd = std::max(seg->end, d.end);
        // what the date's segment holds besides the date: a label, a time, a zone, a source or a name
        QString residue = line.mid(seg->start, d.start - seg->start) + u' ' + line.mid(d.end, segEnd - d.end);
        Dateline::Kind kind = Dateline::Kind::Plain;
        // the nearest label before the date on the line
        const QString head = line.left(d.start);
        auto labelIt = labels().globalMatch(head);
        QRegularExpressionMatch lastLabel;
        while (labelIt.hasNext()) lastLabel = labelIt.next();
        if (lastLabel.hasMatch()) {
            kind = lastLabel.capturedLength(2) > 0 ? Dateline::Kind::Updated : Dateline::Kind::Published;
            // "Time" or "Date" inside a word is no label ("Runtime"), but "MENGCIDate:" is (glued by the page)
            const QString word = lastLabel.captured(0).trimmed();
            const bool colon = word.endsWith(u':') || word.endsWith(u'：');
            const bool wordStart = lastLabel.capturedStart() == 0 || !head.at(lastLabel.capturedStart() - 1).isLetter();
            if (!colon && !wordStart) kind = Dateline::Kind::Plain;
        }
        residue.remove(labels());
        residue.remove(timesAndZones());
        // "on"/"in" right before the date make it part of a sentence, unless a label ("Posted on") says otherwise
        static const QRegularExpression prep(QStringLiteral("\\b(?:on|in|at|since|by|until|from|of|to|before|after)\\s*$"),
                                             QRegularExpression::CaseInsensitiveOption);
        if (kind == Dateline::Kind::Plain && prep.match(line.mid(seg->start, d.start - seg->start)).hasMatch()) continue;
        if (wordCount(residue) > kMaxResidueWords || hanCount(residue) > kMaxResidueHan) continue;
        if (sentenceLike(line.mid(seg->start, segEnd - seg->start)) && wordCount(residue) >= 2) continue;
        // the other segments: short (a byline, a source, a reading time), none a sentence
        bool othersShort = true;
        for (const Segment& s : segments) {
            if (&s == seg || (s.start >= seg->start && s.end <= segEnd)) continue;
            const QStringView v = QStringView(line).mid(s.start, s.end - s.start);
            if (wordCount(v) > kMaxOtherSegmentWords || hanCount(v) > 2 * kMaxResidueHan || sentenceLike(v)) othersShort = false;
        }
        if (!othersShort) continue;
        if (!headerLine && kind != Dateline::Kind::Published) continue;
        Dateline dl;
        dl.kind = kind;
        dl.span = d.span;
        dl.span.rule = kind == Dateline::Kind::Published ? QStringLiteral("text:dateline-published")
                       : kind == Dateline::Kind::Updated ? QStringLiteral("text:dateline-updated")
                                                         : QStringLiteral("text:dateline");
        dl.surface = line;
        // several dates on one line ("Updated: … | Created: …"): the published one, else the first
        if (!found || (found->kind != Dateline::Kind::Published && kind == Dateline::Kind::Published)) found = dl;
    }
    return found;
}

QList<Dateline> DatelineFinder::find(const QString& text, QDate today)
{
    QList<Dateline> out;
    if (!today.isValid()) today = QDate::currentDate();
    qsizetype offset = 0;
    int nonEmpty = 0;
    bool pastHeader = false;
    int index = 0;
    for (qsizetype pos = 0; pos <= text.size() && offset < kLabelledChars; ++index) {
        qsizetype nl = text.indexOf(u'\n', pos);
        if (nl < 0) nl = text.size();
        const QString line = text.mid(pos, nl - pos);
        offset = pos;
        pos = nl + 1;
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            if (nl >= text.size()) break;
            continue;
        }
        ++nonEmpty;
        if (nonEmpty > kHeaderLines || offset > kHeaderChars) pastHeader = true;
        // cheap tests first: a dateline has digits; below the header only a labelled one counts
        const bool digits = std::any_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.isDigit(); });
        const bool worthParsing = digits && trimmed.size() <= kMaxLine && (!pastHeader || labels().match(trimmed).hasMatch());
        if (!worthParsing) {
            if (nl >= text.size()) break;
            continue;
        }
        if (std::optional<Dateline> d = parseLine(trimmed, today, !pastHeader)) {
            // a lone year counts only at the very top (line 3 of a saved article: "2022")
            if (d->span.precision != Precision::Year || nonEmpty <= 3) {
                d->line = index;
                out.append(*d);
            }
        }
        if (nl >= text.size()) break;
    }
    return out;
}

std::optional<Dateline> DatelineFinder::best(const QList<Dateline>& datelines)
{
    const Dateline* best = nullptr;
    auto rank = [](const Dateline& d) {
        const int kind = d.kind == Dateline::Kind::Published ? 0 : d.kind == Dateline::Kind::Plain ? 1 : 2;
        return kind * 10 + static_cast<int>(d.span.precision);
    };
    for (const Dateline& d : datelines)
        if (!best || rank(d) < rank(*best)) best = &d;
    if (!best) return std::nullopt;
    return *best;
}

QString DatelineFinder::urlLine(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(?:(?:url|link|source|original|原文链接|原文地址|原文|链接|網址|网址)\\s*[:：]\\s*)?(https?://[^\\s<>\"]{4,2000})\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    int nonEmpty = 0;
    for (qsizetype pos = 0; pos < text.size() && nonEmpty < 6;) {
        qsizetype nl = text.indexOf(u'\n', pos);
        if (nl < 0) nl = text.size();
        const QStringView line = QStringView(text).mid(pos, nl - pos);
        pos = nl + 1;
        if (line.trimmed().isEmpty()) continue;
        ++nonEmpty;
        if (line.size() > 2100) continue;
        if (const auto m = re.match(line); m.hasMatch()) return m.captured(1);
    }
    return {};
}

} // namespace lodestone
