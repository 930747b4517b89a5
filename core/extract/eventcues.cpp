#include "eventcues.h"

#include "util/log.h"

#include <QFile>
#include <algorithm>
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

bool anyMatches(QStringView token, const QStringList& alternatives)
{
    return std::any_of(alternatives.cbegin(), alternatives.cend(), [&](const QString& w) { return wordMatches(token, w); });
}

std::optional<TriggerKind> kindFromKey(const QString& k)
{
    if (k.isEmpty() || k == u"happening") return TriggerKind::Happening;
    if (k == u"report") return TriggerKind::Report;
    if (k == u"effect") return TriggerKind::Effect;
    if (k == u"meeting") return TriggerKind::Meeting;
    return std::nullopt;
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
        QList<QStringList> words;
        if (cue.chinese) {
            words.append(g.trimmed().split(u'|', Qt::SkipEmptyParts));
        } else {
            for (const QString& w : g.simplified().split(u' ', Qt::SkipEmptyParts))
                words.append((t.caseSensitive ? w : w.toLower()).split(u'|', Qt::SkipEmptyParts));
        }
        if (!words.isEmpty() && !words.first().isEmpty()) cue.parts.append(words);
    }
    if (cue.parts.isEmpty() || cue.parts.size() != groups.size()) return;
    const int idx = static_cast<int>(t.cues.size());
    for (const QString& alt : cue.parts.first().first()) {
        if (alt.isEmpty()) return;
        if (cue.chinese) {
            if (!t.byChineseChar.value(alt.at(0)).contains(idx)) t.byChineseChar[alt.at(0)].append(idx);
        } else {
            QString first = alt;
            if (first.endsWith(u'*')) first.chop(1);
            if (first.isEmpty()) return;
            if (!t.byEnglishKey.value(englishKey(first)).contains(idx)) t.byEnglishKey[englishKey(first)].append(idx);
        }
    }
    t.cues.push_back(std::move(cue));
}

bool EventCues::loadTriggers(const QByteArray& json, QString* error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (!doc.isObject()) {
        if (error) *error = QStringLiteral("triggers: %1").arg(pe.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    m_triggers.englishGap = 8;
    for (const QJsonValue& v : root.value(u"triggers").toArray()) {
        const QJsonObject e = v.toObject();
        Cue proto;
        proto.trigger = true;
        proto.rule = e.value(u"rule").toString();
        const QString cat = e.value(u"category").toString();
        proto.topical = cat.isEmpty() || cat == u"topic";
        if (!proto.topical) {
            const std::optional<Category> c = categoryFromKey(cat);
            if (!c) {
                if (error) *error = QStringLiteral("triggers: %1: unknown category %2").arg(proto.rule, cat);
                return false;
            }
            proto.category = *c;
        } else if (const QString fb = e.value(u"fallback").toString(); !fb.isEmpty()) {
            const std::optional<Category> c = categoryFromKey(fb);
            if (!c) {
                if (error) *error = QStringLiteral("triggers: %1: unknown fallback %2").arg(proto.rule, fb);
                return false;
            }
            proto.category = *c;
            proto.hasFallback = true;
        }
        const std::optional<TriggerKind> kind = kindFromKey(e.value(u"kind").toString());
        if (!kind) {
            if (error) *error = QStringLiteral("triggers: %1: unknown kind %2").arg(proto.rule, e.value(u"kind").toString());
            return false;
        }
        proto.kind = *kind;
        proto.weight = e.value(u"weight").toDouble(0.8);
        proto.specific = e.value(u"specific").toBool(false);
        proto.futureOk = e.value(u"future").toBool(proto.kind == TriggerKind::Effect);
        proto.verb = e.value(u"verb").toString();
        proto.verbZh = e.value(u"verb_zh").toString();
        proto.objectInside = e.value(u"object").toString() == u"inside";
        for (const char* lang : {"en", "zh", "en_clause", "zh_clause"}) {
            for (const QJsonValue& p : e.value(QLatin1String(lang)).toArray()) {
                Cue cue = proto;
                cue.text = p.toString();
                // "partner|partnered with => partner with": this pattern's own headline verb
                if (const qsizetype arrow = cue.text.indexOf(QStringLiteral(" => ")); arrow > 0) {
                    (QLatin1String(lang).startsWith(u"zh") ? cue.verbZh : cue.verb) = cue.text.mid(arrow + 4).trimmed();
                    cue.text.truncate(arrow);
                }
                cue.chinese = QLatin1String(lang).startsWith(u"zh");
                cue.clauseTitle = QLatin1String(lang).endsWith(u"_clause");
                addCue(m_triggers, std::move(cue));
            }
        }
    }
    auto compile = [&](const char* key, QRegularExpression* out) {
        const QString re = root.value(QLatin1String(key)).toString();
        if (re.isEmpty()) return true;
        *out = QRegularExpression(re, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        if (!out->isValid()) {
            if (error) *error = QStringLiteral("triggers: %1: %2").arg(QLatin1String(key), out->errorString());
            return false;
        }
        out->optimize();
        return true;
    };
    return compile("hedge", &m_hedge) && compile("comparison", &m_comparison);
}

std::shared_ptr<const EventCues> EventCues::fromJson(const QByteArray& json, const QByteArray& triggers, QString* error)
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
    if (!triggers.isEmpty() && !c->loadTriggers(triggers, error)) return nullptr;
    return c;
}

const EventCues& EventCues::bundled()
{
    static const std::shared_ptr<const EventCues> cues = [] {
        QFile f(QStringLiteral(":/core/extract/event_cues.json"));
        QFile t(QStringLiteral(":/core/extract/triggers.json"));
        QString err;
        std::shared_ptr<const EventCues> c;
        if (f.open(QIODevice::ReadOnly) && t.open(QIODevice::ReadOnly)) c = fromJson(f.readAll(), t.readAll(), &err);
        else err = QStringLiteral("cannot open %1 or %2").arg(f.fileName(), t.fileName());
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
                int firstGroupEnd = toks[i].end;
                bool ok = true;
                for (qsizetype g = 0; g < cue.parts.size() && ok; ++g) {
                    const QList<QStringList>& words = cue.parts[g];
                    const int maxStart = g == 0 ? pos : std::min(nt - 1, pos + t.englishGap);
                    bool groupOk = false;
                    for (int st = pos; st <= maxStart && !groupOk; ++st) {
                        if (st + words.size() > nt) break;
                        bool all = true;
                        for (qsizetype w = 0; w < words.size() && all; ++w) {
                            const Tok& tk = toks[st + static_cast<int>(w)];
                            all = anyMatches(s.mid(tk.start, tk.end - tk.start), words[w]);
                        }
                        if (all) {
                            groupOk = true;
                            lastTok = st + static_cast<int>(words.size()) - 1;
                            pos = lastTok + 1;
                            if (g == 0) firstGroupEnd = toks[lastTok].end;
                        }
                    }
                    ok = groupOk;
                }
                if (ok && lastTok >= 0)
                    hits.append(CueHit{&cue, toks[i].start, toks[lastTok].end, firstGroupEnd});
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
                    const QStringList& alternatives = cue.parts[g].first();
                    if (g == 0) {
                        ok = false;
                        for (const QString& part : alternatives) {
                            if (s.mid(pos).startsWith(part)) {
                                pos += static_cast<int>(part.size());
                                ok = true;
                                break;
                            }
                        }
                        firstEnd = pos;
                    } else {
                        qsizetype best = -1;
                        qsizetype bestLen = 0;
                        // a gap of up to 24 characters that does not cross a clause break
                        qsizetype reach = 0;
                        bool broken = false;
                        while (reach < 24 && pos + reach < s.size()) {
                            if (QStringView(u"\uff0c\u3002\uff1b\uff1a\uff01\uff1f,;:!?").contains(s.at(pos + reach))) {
                                broken = true;
                                break;
                            }
                            ++reach;
                        }
                        for (const QString& part : alternatives) {
                            const qsizetype at = s.mid(pos, broken ? reach : reach + part.size()).indexOf(part);
                            if (at >= 0 && (best < 0 || at < best)) {
                                best = at;
                                bestLen = part.size();
                            }
                        }
                        ok = best >= 0;
                        if (ok) pos += static_cast<int>(best + bestLen);
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
    QList<CueHit> trig = matchTable(m_triggers, low, toks);
    // a trigger with a negative weight is an idiom ("成立以来", "since its founding"): triggers inside it do not count
    // a lower-case trigger does not match a capitalised word inside a sentence ("the United States")
    auto properNoun = [&](const CueHit& h) {
        if (!sentence.at(h.start).isUpper() || h.cue->text.isEmpty() || !h.cue->text.at(0).isLower()) return false;
        for (int k = 0; k < h.start; ++k)
            if (sentence.at(k).isLetterOrNumber()) return true;
        return false;
    };
    for (const CueHit& h : std::as_const(trig)) {
        if (h.cue->weight < 0 || properNoun(h)) continue;
        const bool inIdiom = std::any_of(trig.cbegin(), trig.cend(), [&h](const CueHit& n) {
            return n.cue->weight < 0 && n.start <= h.start && h.end <= n.end;
        });
        if (!inIdiom) out.triggers.append(h);
    }
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

bool EventCues::isHedged(QStringView before) const
{
    return m_hedge.isValid() && !m_hedge.pattern().isEmpty() && m_hedge.match(before).hasMatch();
}

bool EventCues::isComparisonLead(QStringView before) const
{
    return m_comparison.isValid() && !m_comparison.pattern().isEmpty() && m_comparison.match(before).hasMatch();
}

QString EventCues::titleTemplate(Category c, bool chinese) const
{
    return (chinese ? m_titleZh : m_titleEn).value(static_cast<int>(c));
}

} // namespace lodestone
