// OrgShapeDetector, part 2: Chinese names ending in 集团/有限公司/委员会/... (see orgshapedetector.h).
#include "orgshapedetector.h"

#include "orgwordlists.h"

#include <climits>
#include <vector>

namespace lodestone {

namespace {

struct Suffix {
    const char16_t* text;
    bool companyType;
};

// Longest first, so "股份有限公司" wins over "有限公司" and "公司".
constexpr Suffix kSuffixes[] = {
    {u"股份有限公司", true}, {u"有限责任公司", true}, {u"集团有限公司", true}, {u"有限公司", true},
    {u"研究院", false},      {u"委员会", false},      {u"交易所", false},      {u"集团", true},
    {u"公司", true},         {u"协会", false},        {u"中心", false},        {u"局", false},
    {u"部", false},
};

bool isParen(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'(' || u == u')' || u == u'\uFF08' || u == u'\uFF09';
}

bool isNumeral(QChar c)
{
    return c.isDigit() || QStringView(u"〇零一二三四五六七八九十百两").contains(c);
}

// Length of the suffix at text[p], or 0; companyType tells whether more legal-form pieces may follow.
int suffixAt(QStringView text, qsizetype p, bool* companyType)
{
    for (const Suffix& s : kSuffixes) {
        const QStringView sv(s.text);
        if (text.mid(p, sv.size()) != sv) continue;
        const QChar prev = p > 0 ? text[p - 1] : QChar();
        const qsizetype after = p + sv.size();
        const QChar next = after < text.size() ? text[after] : QChar();
        if (sv == u"部") {
            if (QStringView(u"长分门署队件位落").contains(next)) return 0;
            if (QStringView(u"东西南北中内外全局总大干俱本首").contains(prev)) return 0;
        } else if (sv == u"局") {
            if (QStringView(u"长面势限").contains(next)) return 0;
            if (QStringView(u"格布结当时政大全变残开").contains(prev)) return 0;
        } else if (sv == u"中心") {
            if (QStringView(u"重核为").contains(prev)) return 0;
        }
        *companyType = s.companyType;
        return int(sv.size());
    }
    return 0;
}

struct Occurrence {
    int suffixStart;
    int end;
    bool companyType;
};

} // namespace

QList<OrgShapeMatch> OrgShapeDetector::detectHan(QStringView text, const QList<OrgSpan>& known) const
{
    QList<OrgShapeMatch> out;
    std::vector<bool> blocked(size_t(text.size()), false);
    for (const OrgSpan& k : known)
        for (int c = k.start; c < k.end && c < text.size(); ++c) blocked[size_t(c)] = true;

    std::vector<Occurrence> occs;
    for (qsizetype p = 0; p < text.size();) {
        if (!OrgTokenizer::isHan(text[p]) || blocked[size_t(p)]) {
            ++p;
            continue;
        }
        bool company = false;
        const int len = suffixAt(text, p, &company);
        if (len == 0) {
            ++p;
            continue;
        }
        qsizetype end = p + len;
        // "集团有限公司", "（集团）有限责任公司": further legal-form pieces belong to the same name.
        while (company) {
            qsizetype q = end;
            if (q < text.size() && isParen(text[q])) ++q;
            bool more = false;
            const int extra = q < text.size() ? suffixAt(text, q, &more) : 0;
            if (extra == 0 || !more) break;
            end = q + extra;
        }
        bool anyBlocked = false;
        for (qsizetype c = p; c < end; ++c) anyBlocked = anyBlocked || blocked[size_t(c)];
        if (!anyBlocked) occs.push_back({int(p), int(end), company});
        p = end;
    }

    int limit = INT_MAX;
    for (auto it = occs.rbegin(); it != occs.rend(); ++it) {
        if (it->end > limit) continue;
        const int maxPrefix = it->companyType ? 14 : 10;
        int k = it->suffixStart;
        int han = 0;
        while (k > 0) {
            const QChar c = text[k - 1];
            if (blocked[size_t(k - 1)]) break;
            if (isParen(c)) {
                --k;
                continue;
            }
            if (!OrgTokenizer::isHan(c) || orgwords::isHanStopChar(c) || han >= maxPrefix) break;
            if (QStringView(u"年月日号").contains(c) && k >= 2 && isNumeral(text[k - 2])) break;
            --k;
            ++han;
        }
        // Cut after the stop word closest to the suffix ("日前", "宣布", "旗下" ...).
        for (int pos = it->suffixStart; pos > k; --pos) {
            const int w = orgwords::hanStopWordEndingAt(text, pos);
            if (w > 0 && pos - w >= k) {
                k = pos;
                break;
            }
        }
        while (k < it->suffixStart && isParen(text[k])) ++k;
        QString prefix;
        for (int c = k; c < it->suffixStart; ++c)
            if (!isParen(text[c])) prefix.append(text[c]);
        if (prefix.size() < 2 || orgwords::isGenericHanPrefix(prefix)) continue;
        OrgShapeMatch m;
        m.start = k;
        m.end = it->end;
        m.name = text.mid(m.start, m.end - m.start).toString();
        // "宣传部(统战部", "冶炼分公司(华美公司": a bracket opened and never closed is two names run together
        if (m.name.count(u'(') + m.name.count(u'\uFF08') != m.name.count(u')') + m.name.count(u'\uFF09')) continue;
        m.key = QStringLiteral("auto:") + OrgTokenizer::normaliseName(m.name);
        limit = m.start;
        out.append(std::move(m));
    }
    return out;
}

} // namespace lodestone
