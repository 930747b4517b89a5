#include "gazetteer.h"

#include "orgaliasindex.h"
#include "orgshapedetector.h"
#include "orgtokenizer.h"
#include "util/log.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace lodestone {

struct Gazetteer::Index {
    OrgAliasIndex aliases;
    OrgShapeDetector shapes;
};

namespace {

const QSet<QString>& knownKinds()
{
    static const QSet<QString> kinds = {
        QStringLiteral("soe"),        QStringLiteral("company"),   QStringLiteral("ministry"),
        QStringLiteral("regulator"),  QStringLiteral("party_body"), QStringLiteral("association"),
        QStringLiteral("exchange"),   QStringLiteral("agency"),    QStringLiteral("government"),
        QStringLiteral("media"),      QStringLiteral("other"),
    };
    return kinds;
}

bool validKey(const QString& key)
{
    if (key.isEmpty() || key.size() > 80) return false;
    for (QChar c : key) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-')) return false;
    }
    return true;
}

bool setError(QString* error, const QString& text)
{
    if (error) *error = text;
    return false;
}

// Parses one organisation record; returns false with an error text on a missing or malformed field.
bool parseOrg(const QJsonValue& value, int index, Organisation* org, QString* error)
{
    const QString where = QStringLiteral("organisations[%1]").arg(index);
    if (!value.isObject()) return setError(error, where + QStringLiteral(": not an object"));
    const QJsonObject o = value.toObject();
    for (const char* field : {"key", "name_en", "name_zh", "kind", "country", "parent"}) {
        const QJsonValue v = o.value(QLatin1String(field));
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            return setError(error, where + QStringLiteral(": \"%1\" is not a string").arg(QLatin1String(field)));
    }
    org->key = o.value(QLatin1String("key")).toString().trimmed();
    org->nameEn = o.value(QLatin1String("name_en")).toString().simplified();
    org->nameZh = o.value(QLatin1String("name_zh")).toString().simplified();
    org->kind = o.value(QLatin1String("kind")).toString().trimmed();
    org->country = o.value(QLatin1String("country")).toString().trimmed();
    org->parentKey = o.value(QLatin1String("parent")).toString().trimmed();
    if (org->key.isEmpty()) return setError(error, where + QStringLiteral(": missing \"key\""));
    if (!validKey(org->key))
        return setError(error, where + QStringLiteral(": key \"%1\" is not [a-z0-9-]+").arg(org->key));
    if (org->nameEn.isEmpty() && org->nameZh.isEmpty())
        return setError(error, where + QStringLiteral(" (%1): missing \"name_en\" and \"name_zh\"").arg(org->key));
    if (org->kind.isEmpty()) return setError(error, where + QStringLiteral(" (%1): missing \"kind\"").arg(org->key));
    if (!knownKinds().contains(org->kind))
        return setError(error, where + QStringLiteral(" (%1): unknown kind \"%2\"").arg(org->key, org->kind));
    const QJsonValue aliases = o.value(QLatin1String("aliases"));
    if (!aliases.isUndefined() && !aliases.isArray())
        return setError(error, where + QStringLiteral(" (%1): \"aliases\" is not an array").arg(org->key));
    const QJsonArray list = aliases.toArray();
    for (qsizetype a = 0; a < list.size(); ++a) {
        OrgAlias alias;
        alias.provenance = QStringLiteral("gazetteer");
        if (list[a].isString()) {
            alias.text = list[a].toString().simplified();
        } else if (list[a].isObject()) {
            alias.text = list[a].toObject().value(QLatin1String("text")).toString().simplified();
            alias.language = list[a].toObject().value(QLatin1String("lang")).toString();
            // a former name, used until the given year or month ("2015", "2015-08")
            const QString until = list[a].toObject().value(QLatin1String("until")).toString().trimmed();
            if (!until.isEmpty()) {
                if (!OrgAlias::untilDate(until).isValid())
                    return setError(error, where + QStringLiteral(" (%1): alias %2: \"until\" is not a year or year-month").arg(org->key).arg(a));
                alias.provenance = QStringLiteral("gazetteer:former-until:") + until;
            }
        }
        if (alias.text.isEmpty())
            return setError(error, where + QStringLiteral(" (%1): alias %2 has no text").arg(org->key).arg(a));
        org->aliases.append(alias);
    }
    return true;
}

// Chinese legal-form endings that may follow a known short name (北方稀土 + 股份有限公司).
int hanLegalSuffixAt(QStringView text, qsizetype pos)
{
    static const char16_t* const suffixes[] = {u"控股集团股份有限公司", u"控股集团有限公司", u"控股股份有限公司", u"控股有限公司",
                                               u"集团股份有限公司", u"集团有限公司", u"股份有限公司", u"有限责任公司",
                                               u"有限公司", u"控股集团", u"集团公司", u"集团", u"公司"};
    for (const char16_t* s : suffixes) {
        const QStringView sv(s);
        if (text.mid(pos, sv.size()) == sv) return int(sv.size());
    }
    return 0;
}

} // namespace

std::shared_ptr<const Gazetteer> Gazetteer::bundled()
{
    static const std::shared_ptr<const Gazetteer> instance = [] {
        QFile f(QStringLiteral(":/core/gazetteer/organisations.json"));
        QString error;
        std::shared_ptr<const Gazetteer> g;
        if (!f.open(QIODevice::ReadOnly))
            error = QStringLiteral("cannot open bundled gazetteer resource");
        else
            g = fromJson(f.readAll(), &error);
        if (!g) {
            log::extract()->error("gazetteer: bundled data rejected: {}", error.toStdString());
            g = fromJson(QByteArrayLiteral("{\"version\": 1, \"organisations\": []}"));
        } else {
            log::extract()->info("gazetteer: {} organisations, {} aliases", g->m_orgs.size(),
                                 g->m_index->aliases.aliasCount());
        }
        return g;
    }();
    return instance;
}

std::shared_ptr<const Gazetteer> Gazetteer::fromJson(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        setError(error, QStringLiteral("JSON parse error at offset %1: %2")
                            .arg(parseError.offset).arg(parseError.errorString()));
        return nullptr;
    }
    if (!doc.isObject()) {
        setError(error, QStringLiteral("top level is not an object"));
        return nullptr;
    }
    const QJsonObject root = doc.object();
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isUndefined() && version.toInt(-1) != 1) {
        setError(error, QStringLiteral("unsupported version %1").arg(version.toVariant().toString()));
        return nullptr;
    }
    if (!root.value(QLatin1String("organisations")).isArray()) {
        setError(error, QStringLiteral("missing \"organisations\" array"));
        return nullptr;
    }
    const QJsonArray list = root.value(QLatin1String("organisations")).toArray();

    std::shared_ptr<Gazetteer> g(new Gazetteer);
    g->m_index = std::make_shared<Index>();
    g->m_orgs.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        Organisation org;
        if (!parseOrg(list[i], int(i), &org, error)) return nullptr;
        if (g->m_byKey.contains(org.key)) {
            setError(error, QStringLiteral("duplicate key \"%1\"").arg(org.key));
            return nullptr;
        }
        g->m_byKey.insert(org.key, int(g->m_orgs.size()));
        g->m_orgs.append(std::move(org));
    }
    for (const Organisation& org : std::as_const(g->m_orgs)) {
        if (org.parentKey.isEmpty()) continue;
        if (!g->m_byKey.contains(org.parentKey)) {
            setError(error, QStringLiteral("\"%1\": unknown parent \"%2\"").arg(org.key, org.parentKey));
            return nullptr;
        }
        // Walk up: a parent chain longer than the list means a cycle.
        QString cur = org.parentKey;
        for (qsizetype steps = 0; !cur.isEmpty(); ++steps) {
            if (cur == org.key || steps > g->m_orgs.size()) {
                setError(error, QStringLiteral("\"%1\": parent cycle").arg(org.key));
                return nullptr;
            }
            cur = g->m_orgs[g->m_byKey.value(cur)].parentKey;
        }
    }
    for (qsizetype i = 0; i < g->m_orgs.size(); ++i) {
        const Organisation& org = g->m_orgs[i];
        QStringList surfaces{org.nameEn, org.nameZh};
        for (const OrgAlias& a : org.aliases) surfaces.append(a.text);
        for (const QString& s : std::as_const(surfaces)) {
            int other = -1;
            if (!g->m_index->aliases.add(s, int(i), &other)) {
                setError(error, QStringLiteral("alias \"%1\" of \"%2\" already belongs to \"%3\"")
                                    .arg(s, org.key, g->m_orgs[other].key));
                return nullptr;
            }
        }
    }
    return g;
}

const Organisation* Gazetteer::byKey(const QString& key) const
{
    const auto it = m_byKey.constFind(key);
    return it == m_byKey.constEnd() ? nullptr : &m_orgs[it.value()];
}

QList<OrgMention> Gazetteer::findMentions(const QString& text) const
{
    QList<OrgMention> result;
    if (text.isEmpty() || !m_index) return result;
    const QList<OrgToken> tokens = OrgTokenizer::tokenize(text);
    const int n = int(tokens.size());

    // 1. The longest alias at every token; then keep the longest ones that do not overlap.
    QList<OrgAliasHit> hits;
    for (int i = 0; i < n; ++i) {
        const OrgAliasHit h = m_index->aliases.longestAt(text, tokens, i);
        if (h.org >= 0) hits.append(h);
    }
    auto charLen = [&](const OrgAliasHit& h) { return tokens[h.lastToken].end - tokens[h.firstToken].start; };
    std::stable_sort(hits.begin(), hits.end(), [&](const OrgAliasHit& a, const OrgAliasHit& b) {
        return charLen(a) != charLen(b) ? charLen(a) > charLen(b) : a.firstToken < b.firstToken;
    });
    std::vector<bool> taken(size_t(n), false);
    QList<OrgAliasHit> chosen;
    for (const OrgAliasHit& h : std::as_const(hits)) {
        bool free = true;
        for (int t = h.firstToken; t <= h.lastToken && free; ++t) free = !taken[size_t(t)];
        if (!free) continue;
        for (int t = h.firstToken; t <= h.lastToken; ++t) taken[size_t(t)] = true;
        chosen.append(h);
    }
    std::sort(chosen.begin(), chosen.end(),
              [](const OrgAliasHit& a, const OrgAliasHit& b) { return a.firstToken < b.firstToken; });

    // 2. Spans, grown over a legal-form ending the alias lacks ("Shenghe Resources Holding Co., Ltd.").
    QList<OrgSpan> spans;
    for (qsizetype c = 0; c < chosen.size(); ++c) {
        OrgAliasHit& h = chosen[c];
        const int nextFirst = c + 1 < chosen.size() ? chosen[c + 1].firstToken : n;
        const OrgToken& lastTok = tokens[h.lastToken];
        if (lastTok.kind == OrgToken::Kind::Latin) {
            int grown = 0;
            while (grown < 3 && h.lastToken + 1 < nextFirst) {
                const OrgToken& nt = tokens[h.lastToken + 1];
                bool ok = nt.kind == OrgToken::Kind::Latin && nt.upperFirst && OrgTokenizer::isLegalSuffix(nt)
                          && OrgTokenizer::gapJoins(text, tokens[h.lastToken], nt, OrgTokenizer::GapMode::Shape);
                if (!ok) break;
                ++h.lastToken;
                ++grown;
            }
        }
        OrgSpan s{tokens[h.firstToken].start, tokens[h.lastToken].end, h.firstToken, h.lastToken};
        const OrgToken& endTok = tokens[h.lastToken];
        if (endTok.kind == OrgToken::Kind::Han) {
            const int limit = nextFirst < n ? tokens[nextFirst].start : int(text.size());
            const int extra = hanLegalSuffixAt(text, s.end);
            if (extra > 0 && s.end + extra <= limit) {
                s.end += extra;
                while (h.lastToken + 1 < n && tokens[h.lastToken + 1].end <= s.end) ++h.lastToken;
                s.lastToken = h.lastToken;
            }
        } else if (OrgTokenizer::isAbbreviation(endTok) && endTok.norm.size() > 1 && s.end < text.size()
                   && text[s.end] == u'.') {
            ++s.end;
        }
        // "China Mobile (Inner Mongolia)": close a bracket the name opened.
        const QStringView body = QStringView(text).mid(s.start, s.end - s.start);
        const qsizetype opened = body.count(u'(') + body.count(u'\uFF08');
        const qsizetype closed = body.count(u')') + body.count(u'\uFF09');
        if (opened > closed && s.end < text.size() && (text[s.end] == u')' || text[s.end] == u'\uFF09'))
            ++s.end;
        spans.append(s);
    }

    // 3. Organisation-shaped names the gazetteer does not know.
    const QList<OrgShapeMatch> shapes = m_index->shapes.detect(text, tokens, spans);
    std::vector<bool> dropped(size_t(spans.size()), false);
    for (const OrgShapeMatch& m : shapes)
        for (int r : m.replaces) dropped[size_t(r)] = true;

    // "China-EU dialogues", "US-China talks": a short acronym joined to another word names a relation, not a party
    auto inCompound = [&](int start, int end) {
        const QStringView name = QStringView(text).mid(start, end - start);
        if (name.size() > 4 || name.isEmpty()) return false;
        for (QChar ch : name)
            if (!(ch.isUpper() || ch == u'.')) return false;
        const bool before = start >= 2 && text[start - 1] == u'-' && text[start - 2].isLetter();
        const bool after = end + 1 < text.size() && text[end] == u'-' && text[end + 1].isLetter();
        return before || after;
    };
    for (qsizetype c = 0; c < chosen.size(); ++c) {
        if (dropped[size_t(c)] || inCompound(spans[c].start, spans[c].end)) continue;
        OrgMention m;
        m.key = m_orgs[chosen[c].org].key;
        m.start = spans[c].start;
        m.end = spans[c].end;
        m.name = text.mid(m.start, m.end - m.start);
        result.append(std::move(m));
    }
    for (const OrgShapeMatch& s : shapes) {
        const bool overlaps = std::any_of(result.cbegin(), result.cend(), [&](const OrgMention& m) {
            return m.start < s.end && s.start < m.end;
        });
        if (overlaps) continue;
        OrgMention m;
        m.key = s.key;
        m.name = s.name;
        m.start = s.start;
        m.end = s.end;
        m.autoDetected = true;
        result.append(std::move(m));
    }
    std::sort(result.begin(), result.end(),
              [](const OrgMention& a, const OrgMention& b) { return a.start < b.start; });
    return result;
}

} // namespace lodestone
