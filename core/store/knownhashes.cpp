#include "knownhashes.h"

#include "sqlutil.h"

#include <QCryptographicHash>
#include <QDateTime>
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
    SQLite::Statement files(db, "SELECT sha256, reports, first_report FROM imported_file");
    while (files.executeStep())
        out.m_files.insert(QByteArray(files.getColumn(0).getText()),
                           KnownFile{files.getColumn(1).getInt(), files.getColumn(2).isNull() ? 0 : files.getColumn(2).getInt64()});
    return out;
}

void KnownHashes::recordFile(SQLite::Database& db, const QByteArray& sha256, int reports, qint64 firstReport)
{
    if (sha256.isEmpty())
        return;
    SQLite::Statement st(db, "INSERT OR REPLACE INTO imported_file (sha256, reports, first_report, at) VALUES (?,?,?,?)");
    st.bind(1, sha256.toStdString());
    st.bind(2, reports);
    if (firstReport)
        st.bind(3, static_cast<int64_t>(firstReport));
    else
        st.bind(3);
    sql::bind(st, 4, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    st.exec();
}

QByteArray KnownHashes::fileHash(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

std::optional<KnownFile> KnownHashes::file(const QByteArray& sha256) const
{
    const auto it = m_files.constFind(sha256);
    if (it == m_files.cend())
        return std::nullopt;
    return *it;
}

bool KnownHashes::mayContain(const QString& hash) const
{
    return std::binary_search(m_prefixes.begin(), m_prefixes.end(), prefix(hash));
}

} // namespace lodestone
