#pragma once
// A raw prepared statement for the timeline's million-row scans: SQLiteCpp's Column costs a shared_ptr copy
// per cell, this reads cells straight from sqlite3_column_*. Used on the thread that uses the connection.
#include <QtGlobal>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

namespace lodestone {

class RawScan final {
public:
    RawScan(SQLite::Database& db, const char* sql) : m_db(db.getHandle())
    {
        if (sqlite3_prepare_v2(m_db, sql, -1, &m_st, nullptr) != SQLITE_OK)
            throw SQLite::Exception(m_db, sqlite3_errcode(m_db));
    }
    ~RawScan() { sqlite3_finalize(m_st); }
    RawScan(const RawScan&) = delete;
    RawScan& operator=(const RawScan&) = delete;

    bool step()
    {
        const int rc = sqlite3_step(m_st);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            throw SQLite::Exception(m_db, rc);
        return false;
    }
    qint64 i64(int c) const { return sqlite3_column_int64(m_st, c); }
    int i32(int c) const { return sqlite3_column_int(m_st, c); }
    // Text cell and its length in bytes (no strlen); nullptr for NULL.
    const char* text(int c, int* bytes) const
    {
        const char* t = reinterpret_cast<const char*>(sqlite3_column_text(m_st, c));
        *bytes = sqlite3_column_bytes(m_st, c);
        return t;
    }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_st = nullptr;
};

} // namespace lodestone
