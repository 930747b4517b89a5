#include "orgshapedetector.h"

#include "orgwordlists.h"

#include <algorithm>

namespace lodestone {

namespace {

bool has(const OrgToken& t, orgwords::Flag f) { return (t.flags & f) != 0; }

constexpr int kMaxNameTokens = 14;

bool isLatin(const OrgToken& t) { return t.kind == OrgToken::Kind::Latin; }

bool isLowerConnector(const OrgToken& t) { return isLatin(t) && !t.upperFirst && has(t, orgwords::Connector); }

bool startsWithDigit(QStringView text, const OrgToken& t) { return text[t.start].isDigit(); }

// Capitalised tokens that end a name or must be cut off its front.
bool isNoiseToken(const OrgToken& t) { return t.upperFirst && has(t, orgwords::Noise); }

bool isHeadAt(const QList<OrgToken>& tokens, int i)
{
    const OrgToken& t = tokens[i];
    if (!t.upperFirst || !has(t, orgwords::Head)) return false;
    if (t.norm == u"earth" || t.norm == u"earths") return i > 0 && tokens[i - 1].norm == u"rare";
    return true;
}

bool isDistinctive(QStringView text, const OrgToken& t)
{
    if (!isLatin(t) || t.isAmpersand || !t.upperFirst) return false;
    if (t.norm.size() < 2 || startsWithDigit(text, t)) return false;
    return !has(t, orgwords::Generic) && !has(t, orgwords::Noise);
}

} // namespace

QList<OrgShapeMatch> OrgShapeDetector::detect(QStringView text, const QList<OrgToken>& tokens,
                                              const QList<OrgSpan>& known) const
{
    QList<OrgShapeMatch> out = detectLatin(text, tokens, known);
    out.append(detectHan(text, known));
    return out;
}

QList<OrgShapeMatch> OrgShapeDetector::detectLatin(QStringView text, const QList<OrgToken>& tokens,
                                                   const QList<OrgSpan>& known) const
{
    QList<OrgShapeMatch> out;
    const int n = int(tokens.size());
    QList<int> knownAt(n, -1);
    for (qsizetype k = 0; k < known.size(); ++k)
        for (int t = known[k].firstToken; t >= 0 && t <= known[k].lastToken && t < n; ++t)
            knownAt[t] = int(k);

    auto member = [&](int k) {
        const OrgToken& t = tokens[k];
        if (!isLatin(t)) return false;
        if (t.isAmpersand) return true;
        if (t.upperFirst) return true;
        if (startsWithDigit(text, t)) return true;
        if (t.norm == u"the") return k > 0 && (tokens[k - 1].norm == u"of" || tokens[k - 1].norm == u"for");
        if (t.norm == u"s") return k > 0 && tokens[k - 1].norm == u"people"; // People's Bank
        return has(t, orgwords::Connector);
    };

    auto emitName = [&](int first, int last) {
        // Trim: a name starts after the last noise word before its head and never with a connector.
        int lastHead = -1;
        for (int k = last; k >= first; --k)
            if (isHeadAt(tokens, k)) { lastHead = k; break; }
        if (lastHead < 0) return;
        for (int k = first; k < lastHead; ++k)
            if (isNoiseToken(tokens[k])) first = k + 1;
        while (first <= last && (isLowerConnector(tokens[first]) || tokens[first].isAmpersand
                                 || startsWithDigit(text, tokens[first]) || tokens[first].norm == u"s"))
            ++first;
        // "Chairman of the Party Committee of X Group": drop a generic or head-less front before "of".
        for (int k = first + 1; k < last; ++k) {
            if (tokens[k].norm != u"of" || tokens[k].upperFirst) continue;
            bool prefixHead = false, prefixGeneric = true, restHead = false, restDistinct = false;
            for (int p = first; p < k; ++p) {
                prefixHead = prefixHead || isHeadAt(tokens, p);
                prefixGeneric = prefixGeneric && !isDistinctive(text, tokens[p]);
            }
            for (int p = k + 1; p <= last; ++p) {
                restHead = restHead || isHeadAt(tokens, p);
                restDistinct = restDistinct || knownAt[p] >= 0 || isDistinctive(text, tokens[p]);
            }
            if (restHead && restDistinct && (!prefixHead || prefixGeneric)) {
                first = k + 1;
                while (first <= last && isLowerConnector(tokens[first])) ++first;
                k = first;
            }
        }
        if (first > last || last - first + 1 > kMaxNameTokens) return;
        for (int k = first; k <= last; ++k) // a document or heading title ("Interim Measures for ...")
            if (tokens[k].upperFirst && has(tokens[k], orgwords::Document) && knownAt[k] < 0) return;
        bool hasHead = false, distinct = false;
        QList<int> absorbed;
        for (int k = first; k <= last; ++k) {
            hasHead = hasHead || isHeadAt(tokens, k);
            if (knownAt[k] >= 0) {
                const OrgSpan& ks = known[knownAt[k]];
                if (ks.firstToken < first || ks.lastToken > last) return; // would split a known name
                if (!absorbed.contains(knownAt[k])) absorbed.append(knownAt[k]);
            } else if (isDistinctive(text, tokens[k])) {
                distinct = true;
            }
        }
        if (!hasHead || !distinct) return;
        OrgShapeMatch m;
        m.start = tokens[first].start;
        m.end = tokens[last].end;
        if (OrgTokenizer::isAbbreviation(tokens[last]) && m.end < text.size() && text[m.end] == u'.')
            ++m.end;
        m.name = text.mid(m.start, m.end - m.start).toString();
        if (m.name.count(u'(') != m.name.count(u')')) return; // a fragment cut inside "(Group) Hi-Tech"
        m.key = QStringLiteral("auto:") + OrgTokenizer::normaliseName(m.name);
        m.replaces = absorbed;
        out.append(std::move(m));
    };

    auto processRun = [&](int a, int b) {
        int segStart = a;
        for (int k = a; k <= b + 1; ++k) {
            const bool split = k > b
                || (tokens[k].norm == u"and" && !tokens[k].upperFirst && k > segStart && isHeadAt(tokens, k - 1));
            if (!split) continue;
            int last = k - 1;
            while (last >= segStart && isLowerConnector(tokens[last])) --last;
            if (last >= segStart) {
                // End at the last head word, or run on through "Ministry of ...".
                int head = -1;
                for (int p = last; p >= segStart; --p)
                    if (isHeadAt(tokens, p)) { head = p; break; }
                if (head >= 0) {
                    int end = head;
                    if (head + 1 <= last && tokens[head + 1].norm == u"of") {
                        end = last;
                        for (int p = head + 1; p <= last; ++p)
                            if (isNoiseToken(tokens[p])) { end = p - 1; break; }
                        while (end > head && isLowerConnector(tokens[end])) --end;
                    }
                    emitName(segStart, end);
                }
            }
            segStart = k + 1;
        }
    };

    int i = 0;
    while (i < n) {
        const OrgToken& t = tokens[i];
        if (!isLatin(t) || !t.upperFirst) {
            ++i;
            continue;
        }
        int j = i;
        while (j + 1 < n && member(j + 1)
               && OrgTokenizer::gapJoins(text, tokens[j], tokens[j + 1], OrgTokenizer::GapMode::Shape))
            ++j;
        processRun(i, j);
        i = j + 1;
    }
    return out;
}

} // namespace lodestone
