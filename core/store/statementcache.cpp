#include "statementcache.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <string>

namespace lodestone {

StatementCache::Handle::Handle(SQLite::Statement& st) : m_st(st)
{
    m_st.tryReset();
    m_st.clearBindings();
}

StatementCache::Handle::~Handle()
{
    m_st.tryReset();
}

StatementCache::StatementCache(SQLite::Database& db) : m_db(db) {}

StatementCache::~StatementCache() = default;

StatementCache::Handle StatementCache::get(std::string_view sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.emplace(sql, std::make_unique<SQLite::Statement>(m_db, std::string(sql))).first;
    return Handle(*it->second);
}

} // namespace lodestone
