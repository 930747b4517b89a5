#pragma once
// Token trie over every gazetteer alias: finds the longest known alias starting at each token in one
// pass (a hash lookup per token), honouring case rules (acronyms exact, capitalised words capitalised).
// Built once, then read-only: usable from any thread.
#include "orgtokenizer.h"

#include <QHash>
#include <QList>
#include <QString>
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
        QHash<QString, int> next;
        QList<Terminal> terms;
    };
    bool terminalAccepts(const Terminal& t, QStringView text, const QList<OrgToken>& tokens, int first) const;

    std::vector<Node> m_nodes{Node{}};
    int m_aliasCount = 0;
};

} // namespace lodestone
