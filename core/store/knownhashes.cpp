#include "knownhashes.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>

namespace lodestone {

std::uint64_t KnownHashes::prefix(const QString& hash)
{
    bool ok = false;
    const std::uint64_t v = hash.left(16).toULongLong(&ok, 16);
    return ok ? v : 0;
}

KnownHashes KnownHashes::load(SQLite::Database& db)
{
    KnownHashes out;
    out.m_prefixes.reserve(static_cast<std::size_t>(db.execAndGet("SELECT COUNT(*) FROM report").getInt64()));
    // Read from the content_hash index (covering): no report row is visited.
    SQLite::Statement st(db, "SELECT substr(content_hash, 1, 16) FROM report");
    while (st.executeStep()) {
        bool ok = false;
        const std::uint64_t v = QString::fromLatin1(st.getColumn(0).getText()).toULongLong(&ok, 16);
        if (ok)
            out.m_prefixes.push_back(v);
    }
    std::sort(out.m_prefixes.begin(), out.m_prefixes.end());
    return out;
}

bool KnownHashes::mayContain(const QString& hash) const
{
    return std::binary_search(m_prefixes.begin(), m_prefixes.end(), prefix(hash));
}

} // namespace lodestone
