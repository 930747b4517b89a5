#pragma once
// The content hashes a database holds, as a sorted set of their 64-bit prefixes: loaded once per import batch so
// that the preparing threads can skip extracting a report that is already stored (the Writer then confirms the
// duplicate by its full hash; a prefix shared by two different texts only costs that report's extraction on the
// Writer's thread). About 8 bytes per report. Load on the thread that owns the connection; read from any thread.
#include <QString>
#include <cstdint>
#include <vector>

namespace SQLite { class Database; }

namespace lodestone {

class KnownHashes final {
public:
    KnownHashes() = default;
    static KnownHashes load(SQLite::Database& db);

    bool mayContain(const QString& hash) const;
    std::size_t size() const { return m_prefixes.size(); }
    // The first 16 hex digits as a number (0 for a malformed hash).
    static std::uint64_t prefix(const QString& hash);

private:
    std::vector<std::uint64_t> m_prefixes;
};

} // namespace lodestone
