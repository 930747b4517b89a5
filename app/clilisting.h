#pragma once
// A listing printed a page at a time, as JSON (one array, element by element) or as a text table (widths set by
// the first page), stopping after --limit rows. Main thread of the CLI.
#include "clioutput.h"
#include "clisession.h"
#include "clitext.h"

#include <QJsonObject>
#include <QStringList>
#include <algorithm>

namespace lodestone::cli {

class Listing final {
public:
    static constexpr int kPageRows = 1000;

    Listing(Session& s, TextTable& table, qint64 limit) : m_json(s.json()), m_table(table), m_left(limit)
    {
        if (m_json)
            beginJsonArray();
    }
    // Rows to ask for next; 0 when the limit is reached.
    int nextPageSize() const { return m_left < 0 ? kPageRows : static_cast<int>(std::min<qint64>(m_left, kPageRows)); }
    void add(const QJsonObject& row)
    {
        writeJsonElement(row, m_first);
        m_first = false;
    }
    void add(const QStringList& cells) { m_table.addRow(cells); }
    // After a page of `rows` rows: prints it; false when the listing is complete.
    bool pageDone(qsizetype rows)
    {
        if (!m_json && (rows > 0 || !m_printed)) {
            writeOut(m_table.takePage());
            m_printed = true;
        }
        const int asked = nextPageSize();
        if (m_left > 0)
            m_left -= rows;
        return rows == asked && m_left != 0;
    }
    void finish()
    {
        if (m_json)
            endJsonArray();
        else if (!m_printed)
            writeOut(m_table.takePage());
    }

private:
    bool m_json;
    TextTable& m_table;
    qint64 m_left;
    bool m_first = true;
    bool m_printed = false;
};

} // namespace lodestone::cli
