#include "verificationstore.h"

#include "sqlutil.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <algorithm>

namespace lodestone {

std::optional<Verification> VerificationStore::get(qint64 reportId) const
{
    SQLite::Statement st(m_db, "SELECT status, reliability, credibility, note, analyst, at FROM verification WHERE report_id = ?");
    st.bind(1, static_cast<int64_t>(reportId));
    if (!st.executeStep())
        return std::nullopt;
    Verification v;
    v.status = statusFromKey(sql::str(st.getColumn(0))).value_or(VerificationStatus::Unverified);
    v.reliability = sql::str(st.getColumn(1));
    v.credibility = st.getColumn(2).getInt();
    v.note = sql::str(st.getColumn(3));
    v.analyst = sql::str(st.getColumn(4));
    v.at = QDateTime::fromString(sql::str(st.getColumn(5)), Qt::ISODate);
    return v;
}

std::optional<Verification> VerificationStore::set(qint64 reportId, const Verification& value, const QString& action)
{
    const auto previous = get(reportId);
    if (!previous)
        return std::nullopt;
    const QString at = (value.at.isValid() ? value.at : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODate);
    SQLite::Statement up(m_db, "UPDATE verification SET status = ?, reliability = ?, credibility = ?, note = ?, analyst = ?, "
                               "at = ? WHERE report_id = ?");
    sql::bind(up, 1, statusKey(value.status));
    sql::bind(up, 2, value.reliability);
    up.bind(3, value.credibility);
    sql::bind(up, 4, value.note);
    sql::bind(up, 5, value.analyst);
    sql::bind(up, 6, at);
    up.bind(7, static_cast<int64_t>(reportId));
    up.exec();
    SQLite::Statement log(m_db, "INSERT INTO verification_log (report_id, at, analyst, action, status, reliability, credibility, "
                                "note, prev_status, prev_reliability, prev_credibility, prev_note) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
    log.bind(1, static_cast<int64_t>(reportId));
    sql::bind(log, 2, at);
    sql::bind(log, 3, value.analyst);
    sql::bind(log, 4, action);
    sql::bind(log, 5, statusKey(value.status));
    sql::bind(log, 6, value.reliability);
    log.bind(7, value.credibility);
    sql::bind(log, 8, value.note);
    sql::bind(log, 9, statusKey(previous->status));
    sql::bind(log, 10, previous->reliability);
    log.bind(11, previous->credibility);
    sql::bind(log, 12, previous->note);
    log.exec();
    return previous;
}

QList<VerificationLogEntry> VerificationStore::history(qint64 reportId) const
{
    return historyPage(reportId, 0, -1, 0);
}

QList<VerificationLogEntry> VerificationStore::historyPage(qint64 reportId, qint64 afterId, int limit, int offset) const
{
    QList<VerificationLogEntry> out;
    SQLite::Statement st(m_db, "SELECT id, at, analyst, action, status, reliability, credibility, note, prev_status, "
                               "prev_reliability, prev_credibility, prev_note FROM verification_log "
                               "WHERE report_id = ? AND id > ? ORDER BY id LIMIT ? OFFSET ?");
    st.bind(1, static_cast<int64_t>(reportId));
    st.bind(2, static_cast<int64_t>(afterId));
    st.bind(3, limit < 0 ? -1 : limit);
    st.bind(4, std::max(0, offset));
    while (st.executeStep()) {
        VerificationLogEntry e;
        e.id = st.getColumn(0).getInt64();
        e.reportId = reportId;
        e.value.at = QDateTime::fromString(sql::str(st.getColumn(1)), Qt::ISODate);
        e.value.analyst = sql::str(st.getColumn(2));
        e.action = sql::str(st.getColumn(3));
        e.value.status = statusFromKey(sql::str(st.getColumn(4))).value_or(VerificationStatus::Unverified);
        e.value.reliability = sql::str(st.getColumn(5));
        e.value.credibility = st.getColumn(6).getInt();
        e.value.note = sql::str(st.getColumn(7));
        e.previous.status = statusFromKey(sql::str(st.getColumn(8))).value_or(VerificationStatus::Unverified);
        e.previous.reliability = sql::str(st.getColumn(9));
        e.previous.credibility = st.getColumn(10).getInt();
        e.previous.note = sql::str(st.getColumn(11));
        out << e;
    }
    return out;
}

QList<VerificationChange> VerificationStore::setMany(const QList<qint64>& reportIds,
                                                    const std::function<Verification(qint64, const Verification&)>& change,
                                                    const QString& action)
{
    QList<VerificationChange> out;
    out.reserve(reportIds.size());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const std::string actionText = action.toStdString();
    SQLite::Statement get(m_db, "SELECT status, reliability, credibility, note, analyst, at FROM verification WHERE report_id = ?");
    SQLite::Statement up(m_db, "UPDATE verification SET status = ?, reliability = ?, credibility = ?, note = ?, analyst = ?, "
                               "at = ? WHERE report_id = ?");
    SQLite::Statement log(m_db, "INSERT INTO verification_log (report_id, at, analyst, action, status, reliability, credibility, "
                                "note, prev_status, prev_reliability, prev_credibility, prev_note) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
    for (qint64 reportId : reportIds) {
        get.reset();
        get.bind(1, static_cast<int64_t>(reportId));
        if (!get.executeStep())
            continue;
        VerificationChange c;
        c.reportId = reportId;
        c.previous.status = statusFromKey(sql::str(get.getColumn(0))).value_or(VerificationStatus::Unverified);
        c.previous.reliability = sql::str(get.getColumn(1));
        c.previous.credibility = get.getColumn(2).getInt();
        c.previous.note = sql::str(get.getColumn(3));
        c.previous.analyst = sql::str(get.getColumn(4));
        c.previous.at = QDateTime::fromString(sql::str(get.getColumn(5)), Qt::ISODate);
        c.value = change(reportId, c.previous);
        if (!c.value.at.isValid())
            c.value.at = now;
        const std::string at = c.value.at.toUTC().toString(Qt::ISODate).toStdString();
        const std::string status = statusKey(c.value.status).toStdString();
        const std::string reliability = c.value.reliability.toStdString();
        const std::string note = c.value.note.toStdString();
        const std::string analyst = c.value.analyst.toStdString();
        up.reset();
        up.bind(1, status);
        up.bind(2, reliability);
        up.bind(3, c.value.credibility);
        up.bind(4, note);
        up.bind(5, analyst);
        up.bind(6, at);
        up.bind(7, static_cast<int64_t>(reportId));
        up.exec();
        log.reset();
        log.bind(1, static_cast<int64_t>(reportId));
        log.bind(2, at);
        log.bind(3, analyst);
        log.bind(4, actionText);
        log.bind(5, status);
        log.bind(6, reliability);
        log.bind(7, c.value.credibility);
        log.bind(8, note);
        sql::bind(log, 9, statusKey(c.previous.status));
        sql::bind(log, 10, c.previous.reliability);
        log.bind(11, c.previous.credibility);
        sql::bind(log, 12, c.previous.note);
        log.exec();
        out << c;
    }
    return out;
}

} // namespace lodestone
