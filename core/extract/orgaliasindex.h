#pragma once
// Token trie over every gazetteer alias: finds the longest known alias starting at each token in one
// pass (a hash lookup per token), honouring case rules (acronyms exact, capitalised words capitalised).
// Built once, then read-only: usable from any thread.
#include "orgtokenizer.h"

#include <QHash>
#include <QList>
#include <QString>
#include <unordered_map>
#include <vector>

namespace lodestone {

struct OrgAliasHit final {
    int firstToken = 0;
    int lastToken = 0; // inclusive
    int org = -1;      // index into the gazetteer's organisation list
};

class OrgAliasIndex final {
public:
    // Adds one alias for organisation org. Returns false and sets conflictOrg when the same normalised
    // alias already belongs to another organisation; returns true (and adds nothing) for empty aliases.
    bool add(const QString& alias, int org, int* conflictOrg = nullptr);
    int aliasCount() const { return m_aliasCount; }

    // Longest alias match starting at token i, or an invalid hit (org == -1).
    OrgAliasHit longestAt(QStringView text, const QList<OrgToken>& tokens, int i) const;

private:
    enum class CaseRule : quint8 { Any, UpperFirst, Exact };
    struct Terminal {
        int org = -1;
        QList<CaseRule> rules;
        QList<QString> exact;
    };
    struct Node {
        int parent = -1;
        QString token; // the edge label from the parent (a canonical word or one Han character)
        QList<Terminal> terms;
    };
    struct IdentityHash {
        size_t operator()(quint64 k) const { return size_t(k); }
    };
    static quint64 edgeKey(int node, quint64 tokenHash) { return tokenHash ^ (quint64(node) * 0x9E3779B97F4A7C15ULL); }
    // Child of node along a token (probing past the rare 64-bit collisions), or -1.
    int child(int node, quint64 tokenHash, QStringView token) const;
    bool terminalAccepts(const Terminal& t, QStringView text, const QList<OrgToken>& tokens, int first) const;

    std::vector<Node> m_nodes{Node{}};
    std::unordered_map<quint64, int, IdentityHash> m_edges;
    int m_aliasCount = 0;
};

} // namespace lodestone
