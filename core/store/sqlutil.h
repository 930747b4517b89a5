#pragma once
// Small helpers shared by the stores: QString/QDate <-> SQLite columns. Any thread.
#include "model/datespan.h"

#include <QDate>
#include <QString>
#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

namespace lodestone::sql {

// With the stored length: text holding a NUL (an older database, another program's write) is read back whole, so
// what is shown is what was stored, searched and extracted from.
inline QString str(const SQLite::Column& c)
{
    if (c.isNull())
        return {};
    const char* text = c.getText(); // text first, then its length in bytes (SQLite's documented order)
    return QString::fromUtf8(text, c.getBytes());
}
inline void bind(SQLite::Statement& st, int index, const QString& value)
{
    st.bind(index, value.toStdString());
}
inline void bind(SQLite::Statement& st, const char* name, const QString& value)
{
    st.bind(name, value.toStdString());
}
inline QDate day(const SQLite::Column& c)
{
    return c.isNull() ? QDate() : QDate::fromJulianDay(c.getInt64());
}
inline QString placeholders(qsizetype n)
{
    QString s;
    for (qsizetype i = 0; i < n; ++i)
        s += i ? QStringLiteral(",?") : QStringLiteral("?");
    return s;
}

} // namespace lodestone::sql
