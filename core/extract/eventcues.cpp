#include "eventcues.h"

#include "util/log.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lodestone {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u'/' || c == u'\'' || c == QChar(0x2019);
}
bool isHan(QChar c) { return c.unicode() >= 0x3400 && c.unicode() <= 0x9fff; }

bool wordMatches(QStringView token, const QString& cueWord)
{
    if (cueWord.endsWith(u'*')) return token.startsWith(QStringView(cueWord).chopped(1));
    return token == cueWord;
}

quint64 englishKey(QStringView word)
{
    quint64 k = 0;
    for (qsizetype i = 0; i < 3 && i < word.size(); ++i) k = (k << 16) | word[i].unicode();
    return k | (quint64(std::min<qsizetype>(word.size(), 3)) << 48);
}

} // namespace

QList<EventCues::Tok> EventCues::tokenize(QStringView s)
{
    QList<Tok> out;
    const int n = static_cast<int>(s.size());
    int i = 0;
    while (i < n) {
        while (i < n && !(s[i].isLetterOrNumber() && !isHan(s[i]))) ++i;
        if (i >= n) break;
        int j = i;
        while (j < n && isWordChar(s[j]) && !isHan(s[j])) ++j;
        // trailing apostrophes/dashes are not part of the word
        int e = j;
        while (e > i + 1 && !s[e - 1].isLetterOrNumber()) --e;
        out.append({i, e});
        i = j;
    }
    return out;
}

void EventCues::addCue(Table& t, Cue cue)
{
    const QStringList groups = cue.text.split(QStringLiteral("..."), Qt::SkipEmptyParts);
    for (const QString& g : groups) {
        if (cue.chinese) cue.parts.append(QStringList{g.trimmed()});
        else cue.parts.append(g.simplified().split(u' ', Qt::SkipEmptyParts));
    }
    if (cue.parts.isEmpty() || cue.parts.first().isEmpty() || cue.parts.first().first().isEmpty()) return;
    const int idx = static_cast<int>(t.cues.size());
    if (cue.chinese) t.byChineseChar[cue.parts.first().first().at(0)].append(idx);
    else {
        if (!t.caseSensitive)
            for (QStringList& words : cue.parts)
                for (QString& w : words) w = w.toLower();
        QString first = cue.parts.first().first();
        if (first.endsWith(u'*')) first.chop(1);
        t.byEnglishKey[englishKey(first)].append(idx);
    }
    t.cues.push_back(std::move(cue));
}

std::shared_ptr<const EventCues> EventCues::fromJson(const QByteArray& json, QString* error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (!doc.isObject()) {
        if (error) *error = QStringLiteral("event cues: %1").arg(pe.errorString());
        return nullptr;
    }
    std::shared_ptr<EventCues> c(new EventCues);
    const QJsonObject root = doc.object();
    const QJsonObject cats = root.value(u"categories").toObject();
    for (auto it = cats.begin(); it != cats.end(); ++it) {
        const std::optional<Category> cat = categoryFromKey(it.key());
        if (!cat) {
            if (error) *error = QStringLiteral("event cues: unknown category %1").arg(it.key());
            return nullptr;
        }
        const QJsonObject o = it.value().toObject();
        c->m_titleEn.insert(static_cast<int>(*cat), o.value(u"title_en").toString());
        c->m_titleZh.insert(static_cast<int>(*cat), o.value(u"title_zh").toString());
        for (const char* lang : {"en", "zh"}) {
            for (const QJsonValue& v : o.value(QLatin1String(lang)).toArray()) {
                const QJsonObject e = v.toObject();
                Cue cue;
                cue.category = *cat;
                cue.text = e.value(u"cue").toString();
                cue.weight = e.value(u"weight").toDouble(0.5);
                cue.verb = e.value(u"verb").toString();
                cue.objectInside = e.value(u"object").toString() == u"inside";
                cue.chinese = QLatin1String(lang) == u"zh";
                addCue(c->m_cues, std::move(cue));
            }
        }
    }
    c->m_commentary.caseSensitive = true;
    for (const QJsonValue& v : root.value(u"commentary").toArray()) {
        Cue cue;
        cue.text = v.toString();
        cue.chinese = !cue.text.isEmpty() && isHan(cue.text.at(0));
        addCue(c->m_commentary, std::move(cue));
    }
    for (const QJsonValue& v : root.value(u"boilerplate").toArray()) {
        const QString b = v.toString();
        if (b.startsWith(u'^'))
            c->m_boilerplateRx.append(QRegularExpression(b, QRegularExpression::CaseInsensitiveOption));
        else if (!b.isEmpty()) {
            Cue cue;
            cue.text = b.toLower();
            cue.chinese = isHan(cue.text.at(0));
            if (cue.text != u"\u00a9") addCue(c->m_boilerplate, std::move(cue)); // '©' is tested directly
        }
    }
    const QJsonObject verbs = root.value(u"verbs_en").toObject();
    for (auto it = verbs.begin(); it != verbs.end(); ++it) c->m_verbs.insert(it.key(), it.value().toString());
    return c;
}

const EventCues& EventCues::bundled()
{
    static const std::shared_ptr<const EventCues> cues = [] {
        QFile f(QStringLiteral(":/core/extract/event_cues.json"));
        QString err;
        std::shared_ptr<const EventCues> c;
        if (f.open(QIODevice::ReadOnly)) c = fromJson(f.readAll(), &err);
        else err = QStringLiteral("cannot open %1").arg(f.fileName());
        if (!c) {
            log::extract()->error("event cues not loaded: {}", err.toStdString());
            c = std::shared_ptr<const EventCues>(new EventCues);
        }
        return c;
    }();
    return *cues;
}

QList<CueHit> EventCues::matchTable(const Table& t, QStringView s, const QList<Tok>& toks)
{
    QList<CueHit> hits;
    if (t.cues.empty()) return hits;
    // English
    if (!t.byEnglishKey.isEmpty()) {
        const int nt = static_cast<int>(toks.size());
        for (int i = 0; i < nt; ++i) {
            const QStringView word = s.mid(toks[i].start, toks[i].end - toks[i].start);
            const auto found = t.byEnglishKey.constFind(englishKey(word));
            if (found == t.byEnglishKey.constEnd()) continue;
            for (int idx : *found) {
                const Cue& cue = t.cues[static_cast<size_t>(idx)];
                int pos = i;
                int lastTok = -1;
                bool ok = true;
                for (qsizetype g = 0; g < cue.parts.size() && ok; ++g) {
                    const QStringList& words = cue.parts[g];
                    const int maxStart = g == 0 ? pos : std::min(nt - 1, pos + 6);
                    bool groupOk = false;
                    for (int st = pos; st <= maxStart && !groupOk; ++st) {
                        if (st + words.size() > nt) break;
                        bool all = true;
                        for (qsizetype w = 0; w < words.size() && all; ++w) {
                            const Tok& tk = toks[st + static_cast<int>(w)];
                            all = wordMatches(s.mid(tk.start, tk.end - tk.start), words[w]);
                        }
                        if (all) {
                            groupOk = true;
                            lastTok = st + static_cast<int>(words.size()) - 1;
                            pos = lastTok + 1;
                        }
                    }
                    ok = groupOk;
                }
                if (ok && lastTok >= 0)
                    hits.append(CueHit{&cue, toks[i].start, toks[lastTok].end, toks[i].end});
            }
        }
    }
    // Chinese
    if (!t.byChineseChar.isEmpty()) {
        const int n = static_cast<int>(s.size());
        for (int i = 0; i < n; ++i) {
            if (!isHan(s[i])) continue;
            const auto found = t.byChineseChar.constFind(s[i]);
            if (found == t.byChineseChar.constEnd()) continue;
            for (int idx : *found) {
                const Cue& cue = t.cues[static_cast<size_t>(idx)];
                int pos = i;
                bool ok = true;
                int firstEnd = i;
                for (qsizetype g = 0; g < cue.parts.size() && ok; ++g) {
                    const QString& part = cue.parts[g].first();
                    if (g == 0) {
                        ok = s.mid(pos).startsWith(part);
                        pos += static_cast<int>(part.size());
                        firstEnd = pos;
                    } else {
                        const qsizetype at = s.mid(pos, 12 + part.size()).indexOf(part);
                        ok = at >= 0;
                        if (ok) pos += static_cast<int>(at + part.size());
                    }
                }
                if (ok) hits.append(CueHit{&cue, i, pos, firstEnd});
            }
        }
    }
    return hits;
}

CueScan EventCues::scan(QStringView sentence) const
{
    CueScan out;
    const QList<Tok> toks = tokenize(sentence);
    // case-insensitive tables compare against a lower-cased copy (same length for the scripts we handle)
    const QString lowered = sentence.toString().toLower();
    const QStringView low = lowered.size() == sentence.size() ? QStringView(lowered) : sentence;
    out.hits = matchTable(m_cues, low, toks);
    out.commentary = static_cast<int>(matchTable(m_commentary, sentence, toks).size());
    if (sentence.size() <= 400) { // boilerplate lines are short
        out.boilerplate = sentence.contains(QChar(0x00a9)) || !matchTable(m_boilerplate, low, toks).isEmpty();
        if (!out.boilerplate && sentence.size() < 60)
            for (const QRegularExpression& re : m_boilerplateRx)
                if (re.match(sentence).hasMatch()) out.boilerplate = true;
    }
    return out;
}

QList<CueHit> EventCues::match(QStringView sentence) const { return scan(sentence).hits; }
int EventCues::commentaryCount(QStringView sentence) const { return scan(sentence).commentary; }
bool EventCues::isBoilerplate(QStringView sentence) const { return scan(sentence).boilerplate; }

QString EventCues::titleTemplate(Category c, bool chinese) const
{
    return (chinese ? m_titleZh : m_titleEn).value(static_cast<int>(c));
}

} // namespace lodestone
