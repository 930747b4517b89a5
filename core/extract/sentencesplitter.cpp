#include "sentencesplitter.h"

#include <QSet>

namespace lodestone {

namespace {

bool isLineBreak(QChar c) { return c == u'\n' || c == u'\r' || c == QChar(0x2029) || c == QChar(0x2028); }
bool isCloser(QChar c)
{
    return c == u'"' || c == u'\'' || c == u')' || c == u']' || c == QChar(0x201d) || c == QChar(0x2019) ||
           c == QChar(0x300d) || c == QChar(0x300f) || c == QChar(0xff09) || c == QChar(0x300b) || c == QChar(0x00bb);
}
bool isCjkTerminal(QChar c)
{
    return c == QChar(0x3002) || c == QChar(0xff01) || c == QChar(0xff1f) || c == QChar(0xff1b) || c == QChar(0x2026);
}
bool isCjk(QChar c) { return c.unicode() >= 0x3000 && c.unicode() <= 0x9fff; }
bool isSpaceNoBreak(QChar c) { return c.isSpace() && !isLineBreak(c); }

const QSet<QString>& abbreviations()
{
    static const QSet<QString> s = {
        QStringLiteral("mr"),   QStringLiteral("mrs"),  QStringLiteral("ms"),   QStringLiteral("dr"),
        QStringLiteral("prof"), QStringLiteral("sen"),  QStringLiteral("rep"),  QStringLiteral("gov"),
        QStringLiteral("gen"),  QStringLiteral("lt"),   QStringLiteral("col"),  QStringLiteral("capt"),
        QStringLiteral("st"),   QStringLiteral("jr"),   QStringLiteral("sr"),   QStringLiteral("vs"),
        QStringLiteral("etc"),  QStringLiteral("no"),   QStringLiteral("nos"),  QStringLiteral("fig"),
        QStringLiteral("approx"), QStringLiteral("co"), QStringLiteral("dept"), QStringLiteral("univ"),
        QStringLiteral("ave"),  QStringLiteral("mt"),   QStringLiteral("est"),  QStringLiteral("vol"),
        QStringLiteral("pp"),   QStringLiteral("ca"),   QStringLiteral("cf"),   QStringLiteral("al"),
        QStringLiteral("e.g"),  QStringLiteral("i.e"),  QStringLiteral("op"),   QStringLiteral("hon")};
    return s;
}
const QSet<QString>& monthAbbreviations()
{
    static const QSet<QString> s = {QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                                    QStringLiteral("apr"), QStringLiteral("jun"), QStringLiteral("jul"),
                                    QStringLiteral("aug"), QStringLiteral("sep"), QStringLiteral("sept"),
                                    QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    return s;
}
const QSet<QString>& sentenceStarters()
{
    static const QSet<QString> s = {
        QStringLiteral("The"),  QStringLiteral("This"), QStringLiteral("That"),  QStringLiteral("These"),
        QStringLiteral("Those"), QStringLiteral("It"),  QStringLiteral("Its"),   QStringLiteral("In"),
        QStringLiteral("On"),   QStringLiteral("At"),   QStringLiteral("But"),   QStringLiteral("However"),
        QStringLiteral("A"),    QStringLiteral("An"),   QStringLiteral("He"),    QStringLiteral("She"),
        QStringLiteral("They"), QStringLiteral("We"),   QStringLiteral("Meanwhile"), QStringLiteral("Also"),
        QStringLiteral("And"),  QStringLiteral("Its"),  QStringLiteral("As"),    QStringLiteral("For"),
        QStringLiteral("China"), QStringLiteral("Beijing"), QStringLiteral("Washington")};
    return s;
}

// The word right before position dot (letters and inner dots), e.g. "U.S" or "Nov".
QString tokenBefore(const QString& t, int dot)
{
    int i = dot;
    while (i > 0 && (t.at(i - 1).isLetter() || (t.at(i - 1) == u'.' && i - 1 > 0 && t.at(i - 2).isLetter()))) --i;
    return t.mid(i, dot - i);
}

QString wordAt(const QString& t, int i)
{
    int j = i;
    while (j < t.size() && t.at(j).isLetter()) ++j;
    return t.mid(i, j - i);
}

bool periodIsBoundary(const QString& t, int dot, int after)
{
    // after = first index past the period and its closers
    if (after < t.size() && !t.at(after).isSpace()) return false; // 3.5, U.S, e.g
    int j = after;
    while (j < t.size() && isSpaceNoBreak(t.at(j))) ++j;
    if (j >= t.size() || isLineBreak(t.at(j))) return true;
    const QChar next = t.at(j);
    if (next.isLower()) return false;
    const QString tok = tokenBefore(t, dot);
    const QString low = tok.toLower();
    if (tok.isEmpty()) return true;
    if (monthAbbreviations().contains(low)) return !next.isDigit();
    if (abbreviations().contains(low)) return false;
    const bool initialism = tok.size() == 1 || tok.contains(u'.');
    if (initialism && tok.at(0).isUpper()) return sentenceStarters().contains(wordAt(t, j));
    if (low == u"ltd" || low == u"inc" || low == u"corp" || low == u"plc")
        return sentenceStarters().contains(wordAt(t, j));
    return true;
}

bool isBulletStart(const QString& t, int i, int* skip)
{
    const QChar c = t.at(i);
    auto followedBySpace = [&](int k) { return k < t.size() && isSpaceNoBreak(t.at(k)); };
    if ((c == u'-' || c == u'*' || c == QChar(0x2022) || c == QChar(0x00b7) || c == QChar(0x2013) ||
         c == QChar(0x25aa) || c == QChar(0x25cf)) &&
        followedBySpace(i + 1)) {
        *skip = 1;
        return true;
    }
    int k = i;
    while (k < t.size() && k - i < 3 && t.at(k).isDigit()) ++k;
    if (k > i && k < t.size() && (t.at(k) == u'.' || t.at(k) == u')') && followedBySpace(k + 1)) {
        *skip = k - i + 1;
        return true;
    }
    return false;
}

class Builder final {
public:
    explicit Builder(const QString& t) : m_t(t) {}

    void push(int s, int e, bool lineStart)
    {
        while (s < e && m_t.at(s).isSpace()) ++s;
        bool bullet = false;
        if (lineStart && s < e) {
            int skip = 0;
            if (isBulletStart(m_t, s, &skip)) {
                bullet = true;
                s += skip;
                while (s < e && m_t.at(s).isSpace()) ++s;
            }
        }
        while (e > s && m_t.at(e - 1).isSpace()) --e;
        if (e <= s) return;
        m_out.append(Sentence{s, e, m_paragraph, bullet, false});
        m_lineHasContent = true;
    }
    void lineBreak()
    {
        if (m_lineHasContent) ++m_paragraph;
        m_lineHasContent = false;
    }
    QList<Sentence> m_out;

private:
    const QString& m_t;
    int m_paragraph = 0;
    bool m_lineHasContent = false;
};

// A wrapped line (PDF text): the line does not end a sentence and the next one starts in lower case.
bool isContinuation(const QString& t, int lineBreakPos, int sentStart)
{
    int p = lineBreakPos - 1;
    while (p >= sentStart && t.at(p).isSpace()) --p;
    if (p < sentStart) return false;
    const QChar last = t.at(p);
    if (last == u'.' || last == u'!' || last == u'?' || last == u':' || isCjkTerminal(last) || isCloser(last))
        return false;
    int j = lineBreakPos;
    while (j < t.size() && t.at(j).isSpace()) {
        if (j > lineBreakPos && isLineBreak(t.at(j))) return false; // blank line = paragraph end
        ++j;
    }
    return j < t.size() && t.at(j).isLower();
}

} // namespace

QList<Sentence> SentenceSplitter::split(const QString& t)
{
    Builder b(t);
    const int n = static_cast<int>(t.size());
    int start = -1;
    bool startsLine = true;
    for (int i = 0; i < n; ++i) {
        const QChar c = t.at(i);
        if (isLineBreak(c)) {
            if (start >= 0 && isContinuation(t, i, start)) continue;
            if (start >= 0) b.push(start, i, startsLine);
            b.lineBreak();
            start = -1;
            startsLine = true;
            continue;
        }
        if (start < 0) {
            if (c.isSpace()) continue;
            start = i;
        }
        int end = -1;
        if (isCjkTerminal(c)) {
            end = i + 1;
            while (end < n && (isCjkTerminal(t.at(end)) || isCloser(t.at(end)))) ++end;
        } else if (c == u'!' || c == u'?') {
            end = i + 1;
            while (end < n && (t.at(end) == u'!' || t.at(end) == u'?' || isCloser(t.at(end)))) ++end;
            if (end < n && !t.at(end).isSpace() && !isCjk(t.at(end))) end = -1;
        } else if (c == u'.') {
            int k = i + 1;
            while (k < n && t.at(k) == u'.') ++k; // ellipsis
            int after = k;
            while (after < n && isCloser(t.at(after))) ++after;
            if (periodIsBoundary(t, k - 1, after)) end = after;
            else i = k - 1;
        }
        if (end > 0) {
            b.push(start, end, startsLine);
            startsLine = false;
            start = -1;
            i = end - 1;
        }
    }
    if (start >= 0) b.push(start, n, startsLine);

    // headings: a whole short line without final punctuation
    QList<Sentence>& out = b.m_out;
    for (qsizetype k = 0; k < out.size(); ++k) {
        Sentence& s = out[k];
        const bool aloneOnLine = (k == 0 || out[k - 1].paragraph != s.paragraph) &&
                                 (k + 1 == out.size() || out[k + 1].paragraph != s.paragraph);
        if (!aloneOnLine || s.bullet || s.end - s.start > 80) continue;
        const QChar last = t.at(s.end - 1);
        if (last == u'.' || last == u'!' || last == u'?' || isCjkTerminal(last) || isCloser(last) || last == u',')
            continue;
        const QStringView v = QStringView(t).mid(s.start, s.end - s.start);
        if (v.count(u' ') <= 8) s.heading = true;
    }
    return out;
}

} // namespace lodestone
