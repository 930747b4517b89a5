#pragma once
// The content hashes a database holds, as a sorted set of their 64-bit prefixes, and the files it imported whole:
// loaded once per import batch so that the preparing threads skip a file imported before without reading what is
// in it, and skip extracting a report that is already stored (the Writer then confirms the duplicate by its full
// hash; a prefix shared by two different texts only costs that report's extraction on the Writer's thread). About
// 8 bytes per report. Load and record on the thread that owns the connection; read from any thread.
#include <QByteArray>
#include <QHash>
#include <QString>
#include <cstdint>
#include <optional>
#include <vector>

namespace SQLite { class Database; }

namespace lodestone {

// A file imported whole before: how many reports it held and the first of them.
struct KnownFile final {
    int reports = 0;
    qint64 firstReport = 0;
};

class KnownHashes final {
public:
    KnownHashes() = default;
    static KnownHashes load(SQLite::Database& db);
    // Remembers a file that was imported whole (its reports stored or found stored). Inside the caller's transaction.
    static void recordFile(SQLite::Database& db, const QByteArray& sha256, int reports, qint64 firstReport);
    static QByteArray fileHash(const QByteArray& bytes); // hex SHA-256

    bool mayContain(const QString& hash) const;
    std::optional<KnownFile> file(const QByteArray& sha256) const;
    std::size_t size() const { return m_prefixes.size(); }
    // The first 16 hex digits as a number (0 for a malformed hash).
    static std::uint64_t prefix(const QString& hash);

private:
    std::vector<std::uint64_t> m_prefixes;
    QHash<QByteArray, KnownFile> m_files;
};

} // namespace lodestone
