#pragma once
// Prepared statements of one connection, prepared once and reused (SQLite has no statement cache of its own):
// the import stores each report with ~30 statements, and preparing them anew costs more than running them.
// Lives on the thread that owns the connection; destroy it before the connection.
#include <memory>
#include <string_view>
#include <unordered_map>

namespace SQLite { class Database; class Statement; }

namespace lodestone {

class StatementCache final {
public:
    // A borrowed statement, reset and with its bindings cleared; reset again when the handle goes away,
    // so that an unfinished SELECT never keeps a read transaction open. Use one handle per SQL text at a time.
    class Handle final {
    public:
        explicit Handle(SQLite::Statement& st);
        ~Handle();
        Handle(const Handle&) = delete;
        Handle& operator=(const Handle&) = delete;
        SQLite::Statement& operator*() const { return m_st; }
        SQLite::Statement* operator->() const { return &m_st; }

    private:
        SQLite::Statement& m_st;
    };

    explicit StatementCache(SQLite::Database& db);
    ~StatementCache();
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    // `sql` must outlive the cache (a string literal): it is the key.
    Handle get(std::string_view sql);

private:
    SQLite::Database& m_db;
    std::unordered_map<std::string_view, std::unique_ptr<SQLite::Statement>> m_statements;
};

} // namespace lodestone
