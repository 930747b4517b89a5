#include "orgaliasindex.h"

namespace lodestone {

bool OrgAliasIndex::add(const QString& alias, int org, int* conflictOrg)
{
    QList<OrgToken> toks = OrgTokenizer::tokenize(alias);
    // "the Pentagon" and "Pentagon" are the same alias.
    if (toks.size() > 1 && toks.first().kind == OrgToken::Kind::Latin && toks.first().norm == u"the")
        toks.removeFirst();
    if (toks.isEmpty()) return true;

    Terminal term;
    term.org = org;
    for (const OrgToken& t : toks) {
        const QString orig = alias.mid(t.start, t.end - t.start);
        CaseRule rule = CaseRule::Any;
        if (t.kind == OrgToken::Kind::Latin && !t.isAmpersand) {
            bool innerUpper = false;
            for (qsizetype k = 1; k < orig.size(); ++k)
                innerUpper = innerUpper || orig[k].isUpper();
            if (innerUpper || (orig.size() == 1 && orig[0].isUpper()))
                rule = CaseRule::Exact;
            else if (t.upperFirst)
                rule = CaseRule::UpperFirst;
        }
        term.rules.append(rule);
        term.exact.append(rule == CaseRule::Exact ? orig : QString());
    }

    int node = 0;
    for (const OrgToken& t : toks) {
        const QString label = OrgTokenizer::keyText(alias, t);
        const int existing = child(node, t.hash, label);
        if (existing >= 0) {
            node = existing;
            continue;
        }
        quint64 key = edgeKey(node, t.hash);
        while (m_edges.count(key)) ++key;
        const int created = int(m_nodes.size());
        m_nodes.push_back(Node{node, label, {}});
        m_edges.emplace(key, created);
        node = created;
    }
    auto& terms = m_nodes[size_t(node)].terms;
    for (const Terminal& existing : terms) {
        if (existing.org != org) {
            if (conflictOrg) *conflictOrg = existing.org;
            return false;
        }
    }
    for (const Terminal& existing : terms)
        if (existing.rules == term.rules && existing.exact == term.exact) return true; // duplicate
    terms.append(std::move(term));
    ++m_aliasCount;
    return true;
}

int OrgAliasIndex::child(int node, quint64 tokenHash, QStringView token) const
{
    for (quint64 key = edgeKey(node, tokenHash);; ++key) {
        const auto it = m_edges.find(key);
        if (it == m_edges.end()) return -1;
        const Node& c = m_nodes[size_t(it->second)];
        if (c.parent == node && c.token == token) return it->second;
    }
}

bool OrgAliasIndex::terminalAccepts(const Terminal& t, QStringView text, const QList<OrgToken>& tokens,
                                    int first) const
{
    for (qsizetype k = 0; k < t.rules.size(); ++k) {
        const OrgToken& tok = tokens[first + k];
        switch (t.rules[k]) {
        case CaseRule::Any:
            break;
        case CaseRule::UpperFirst:
            if (!tok.upperFirst) return false;
            break;
        case CaseRule::Exact:
            if (text.mid(tok.start, tok.end - tok.start) != t.exact[k]) return false;
            break;
        }
    }
    return true;
}

OrgAliasHit OrgAliasIndex::longestAt(QStringView text, const QList<OrgToken>& tokens, int i) const
{
    OrgAliasHit best;
    int node = 0;
    for (int j = i; j < tokens.size(); ++j) {
        if (j > i && !OrgTokenizer::gapJoins(text, tokens[j - 1], tokens[j], OrgTokenizer::GapMode::Alias))
            break;
        const OrgToken& tok = tokens[j];
        const int next = child(node, tok.hash,
                               tok.kind == OrgToken::Kind::Han ? text.mid(tok.start, 1) : QStringView(tok.norm));
        if (next < 0) break;
        node = next;
        for (const Terminal& t : m_nodes[size_t(node)].terms) {
            if (terminalAccepts(t, text, tokens, i)) {
                best.firstToken = i;
                best.lastToken = j;
                best.org = t.org;
                break;
            }
        }
    }
    return best;
}

} // namespace lodestone
