#pragma once
// Two read-only views of one database file that see the same commit: the caller's connection and a second
// read-only connection, so two scans can run on two cores. Created, used and destroyed on the caller's
// thread (a QueryService pool thread); run() lends the second connection to one helper thread until it
// returns. Without SQLITE_ENABLE_SNAPSHOT the match is checked with PRAGMA data_version (see begin()).
#include <QString>
#include <functional>
#include <memory>

namespace SQLite { class Database; }

namespace lodestone {

class ParallelScan final {
public:
    using Work = std::function<void(SQLite::Database&)>;

    // The second connection to the caller's database file, or nullptr when there is none to be had: an
    // in-memory or temporary database, a connection inside a transaction, or a file that cannot be opened.
    static std::unique_ptr<ParallelScan> open(SQLite::Database& primary);
    ~ParallelScan(); // ends open read transactions, closes the second connection
    ParallelScan(const ParallelScan&) = delete;
    ParallelScan& operator=(const ParallelScan&) = delete;

    // Begins read transactions on both connections that see the same commit. A commit that lands between
    // the two begins is detected and both are begun again, at most `attempts` times; false if every attempt
    // saw one (nothing is then open). `betweenBegins` runs after the caller's connection began (tests use it
    // to commit a write at the worst moment).
    bool begin(int attempts = 3, const std::function<void()>& betweenBegins = {});
    // Runs `side` on the second connection on a helper thread and `here` on the caller's connection on
    // this thread; returns when both are done and rethrows the first exception either raised.
    void run(const Work& side, const Work& here);
    // Ends both read transactions.
    void end();
    // Begins that were repeated because a commit landed in between.
    int retries() const { return m_retries; }

private:
    ParallelScan(SQLite::Database& primary, std::unique_ptr<SQLite::Database> secondary);
    SQLite::Database& m_primary;
    std::unique_ptr<SQLite::Database> m_secondary;
    bool m_open = false;
    int m_retries = 0;
};

} // namespace lodestone
