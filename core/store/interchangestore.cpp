#include "interchangestore.h"

#include "correctionstore.h"
#include "interchangeeventstore.h"
#include "sqlutil.h"
#include "stores.h"
#include "util/log.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <SQLiteCpp/SQLiteCpp.h>

namespace lodestone {

namespace {

QString isoTime(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

// What identifies one verification history entry across databases.
QString signature(const VerificationLogEntry& e)
{
    return QStringLiteral("%1\n%2\n%3\n%4\n%5\n%6\n%7")
        .arg(isoTime(e.value.at), e.value.analyst, e.action, statusKey(e.value.status), e.value.reliability)
        .arg(e.value.credibility)
        .arg(e.value.note);
}

} // namespace

InterchangeStore::InterchangeStore(Stores& stores) : m_stores(stores) {}

InterchangeStore::~InterchangeStore() = default;

std::optional<qint64> InterchangeStore::aliasTarget(const QString& stixId, const QString& target) const
{
    if (stixId.isEmpty())
        return std::nullopt;
    if (!m_aliasLookup)
        m_aliasLookup = std::make_unique<SQLite::Statement>(m_stores.db.sql(), "SELECT target_id FROM stix_alias WHERE stix_id = ? AND target = ?");
    SQLite::Statement& st = *m_aliasLookup;
    st.reset();
    sql::bind(st, 1, stixId);
    sql::bind(st, 2, target);
    std::optional<qint64> out;
    if (st.executeStep())
        out = st.getColumn(0).getInt64();
    st.reset(); // no read left open
    return out;
}

void InterchangeStore::addAlias(const QString& stixId, const QString& target, qint64 id)
{
    if (stixId.isEmpty())
        return;
    SQLite::Statement st(m_stores.db.sql(), "INSERT OR IGNORE INTO stix_alias (stix_id, target, target_id) VALUES (?,?,?)");
    sql::bind(st, 1, stixId);
    sql::bind(st, 2, target);
    st.bind(3, static_cast<int64_t>(id));
    st.exec();
}

qint64 InterchangeStore::organisationRow(const QString& key)
{
    if (const auto it = m_orgRow.constFind(key); it != m_orgRow.cend())
        return *it;
    const qint64 id = m_stores.orgs.idForKey(key).value_or(0);
    if (id)
        m_orgRow.insert(key, id);
    return id;
}

qint64 InterchangeStore::linkTarget(qint64 orgId) const
{
    SQLite::Statement st(m_stores.db.sql(), "SELECT merged_into FROM organisation WHERE id = ?");
    for (int guard = 0; guard < 16 && orgId; ++guard) {
        st.reset();
        st.bind(1, static_cast<int64_t>(orgId));
        if (!st.executeStep() || st.getColumn(0).isNull())
            break;
        orgId = st.getColumn(0).getInt64();
    }
    return orgId;
}

void InterchangeStore::organisation(const InterchangeOrganisation& io, InterchangeOutcome& out)
{
    SQLite::Database& db = m_stores.db.sql();
    const Organisation& o = io.org;
    const bool shared = io.shared;
    qint64 id = aliasTarget(io.stixId, QStringLiteral("organisation")).value_or(0);
    if (!id)
        id = organisationRow(o.key);
    if (!id && shared) {
        // A gazetteer from another tool: the organisation may be known under another key by one of its names.
        QSet<qint64> found;
        SQLite::Statement st(db, "SELECT COALESCE(o.merged_into, o.id) FROM org_alias a JOIN organisation o ON o.id = a.org_id WHERE a.norm = ?");
        QStringList names{o.nameEn, o.nameZh};
        for (const OrgAlias& a : o.aliases)
            names << a.text;
        for (const QString& name : std::as_const(names)) {
            if (name.trimmed().isEmpty())
                continue;
            st.reset();
            sql::bind(st, 1, OrganisationStore::normalise(name));
            while (st.executeStep())
                found.insert(st.getColumn(0).getInt64());
        }
        if (found.size() == 1)
            id = *found.begin();
    }
    int changed = 0;
    if (!id) {
        SQLite::Statement ins(db, "INSERT INTO organisation (key, name_en, name_zh, kind, country, auto_detected) VALUES (?,?,?,?,?,?)");
        sql::bind(ins, 1, o.key);
        sql::bind(ins, 2, o.nameEn);
        sql::bind(ins, 3, o.nameZh);
        sql::bind(ins, 4, o.kind);
        sql::bind(ins, 5, o.country);
        ins.bind(6, o.autoDetected ? 1 : 0);
        ins.exec();
        id = db.getLastInsertRowid();
        changed = 1;
    } else {
        SQLite::Statement fill(db, "UPDATE organisation SET name_en = CASE WHEN name_en = '' THEN ?1 ELSE name_en END, "
                                   "name_zh = CASE WHEN name_zh = '' THEN ?2 ELSE name_zh END, "
                                   "kind = CASE WHEN kind = '' THEN ?3 ELSE kind END, "
                                   "country = CASE WHEN country = '' THEN ?4 ELSE country END WHERE id = ?5 "
                                   "AND ((name_en = '' AND ?1 <> '') OR (name_zh = '' AND ?2 <> '') OR (kind = '' AND ?3 <> '') "
                                   "OR (country = '' AND ?4 <> ''))");
        sql::bind(fill, 1, o.nameEn);
        sql::bind(fill, 2, o.nameZh);
        sql::bind(fill, 3, o.kind);
        sql::bind(fill, 4, o.country);
        fill.bind(5, static_cast<int64_t>(id));
        changed += fill.exec();
    }
    m_orgRow.insert(o.key, id);
    QList<OrgAlias> aliases = o.aliases;
    if (shared) { // another tool's names are aliases here, as the gazetteer's are
        aliases.prepend(OrgAlias{o.nameZh, QStringLiteral("zh"), QStringLiteral("import")});
        aliases.prepend(OrgAlias{o.nameEn, QStringLiteral("en"), QStringLiteral("import")});
    }
    SQLite::Statement alias(db, "INSERT OR IGNORE INTO org_alias (org_id, text, norm, language, provenance) VALUES (?,?,?,?,?)");
    for (const OrgAlias& a : std::as_const(aliases)) {
        // Aliases a merge copied come back when the merge is replayed (replayMerges), with this database's ids.
        if (a.text.trimmed().isEmpty() || a.provenance.startsWith(QLatin1String("merge:")))
            continue;
        alias.reset();
        alias.bind(1, static_cast<int64_t>(id));
        sql::bind(alias, 2, a.text);
        sql::bind(alias, 3, OrganisationStore::normalise(a.text));
        sql::bind(alias, 4, a.language);
        sql::bind(alias, 5, a.provenance);
        changed += alias.exec();
    }
    if (shared)
        addAlias(io.stixId, QStringLiteral("organisation"), id);
    out.organisations.insert(id);
    out.changes += changed;
}

void InterchangeStore::parents(const QList<InterchangeOrganisation>& orgs, InterchangeOutcome& out)
{
    SQLite::Statement st(m_stores.db.sql(), "UPDATE organisation SET parent_id = ? WHERE id = ? AND parent_id IS NULL AND id <> ?");
    for (const InterchangeOrganisation& o : orgs) {
        if (o.org.parentKey.isEmpty())
            continue;
        const qint64 parent = organisationRow(o.org.parentKey);
        const qint64 id = organisationRow(o.org.key);
        if (!parent || !id)
            continue;
        st.reset();
        st.bind(1, static_cast<int64_t>(parent));
        st.bind(2, static_cast<int64_t>(id));
        st.bind(3, static_cast<int64_t>(parent));
        out.changes += st.exec();
    }
}

void InterchangeStore::mergeVerification(qint64 reportId, const InterchangeReport& r, InterchangeOutcome& out)
{
    SQLite::Database& db = m_stores.db.sql();
    QSet<QString> known;
    for (const VerificationLogEntry& e : m_stores.verifications.history(reportId))
        known.insert(signature(e));
    SQLite::Statement log(db, "INSERT INTO verification_log (report_id, at, analyst, action, status, reliability, credibility, "
                              "note, prev_status, prev_reliability, prev_credibility, prev_note) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
    for (const VerificationLogEntry& e : r.history) {
        if (known.contains(signature(e)))
            continue;
        log.reset();
        log.bind(1, static_cast<int64_t>(reportId));
        sql::bind(log, 2, isoTime(e.value.at));
        sql::bind(log, 3, e.value.analyst);
        sql::bind(log, 4, e.action.isEmpty() ? QStringLiteral("set") : e.action);
        sql::bind(log, 5, statusKey(e.value.status));
        sql::bind(log, 6, e.value.reliability);
        log.bind(7, e.value.credibility);
        sql::bind(log, 8, e.value.note);
        sql::bind(log, 9, statusKey(e.previous.status));
        sql::bind(log, 10, e.previous.reliability);
        log.bind(11, e.previous.credibility);
        sql::bind(log, 12, e.previous.note);
        log.exec();
        ++out.changes;
    }
    // The current verification is the later of the two; the entries above record how it came about.
    const Verification& v = r.report.verification;
    const std::optional<Verification> local = m_stores.verifications.get(reportId);
    const bool incomingSet = v.at.isValid() || !(v == Verification{});
    if (!incomingSet || (local && local->at.isValid() && (!v.at.isValid() || local->at >= v.at)))
        return;
    SQLite::Statement up(db, "UPDATE verification SET status = ?, reliability = ?, credibility = ?, note = ?, analyst = ?, at = ? "
                             "WHERE report_id = ?");
    sql::bind(up, 1, statusKey(v.status));
    sql::bind(up, 2, v.reliability);
    up.bind(3, v.credibility);
    sql::bind(up, 4, v.note);
    sql::bind(up, 5, v.analyst);
    sql::bind(up, 6, isoTime(v.at));
    up.bind(7, static_cast<int64_t>(reportId));
    out.changes += up.exec();
}

void InterchangeStore::report(const InterchangeReport& r, InterchangeOutcome& out)
{
    const QString& hash = r.report.contentHash;
    qint64 id = 0;
    if (const auto existing = m_stores.reports.findByHash(hash)) {
        id = *existing;
        ++out.duplicates;
        if (!out.firstDuplicate)
            out.firstDuplicate = id;
    } else {
        const QDateTime importedAt = r.report.importedAt.isValid() ? r.report.importedAt : QDateTime::currentDateTimeUtc();
        id = m_stores.reports.insert(r.report.doc, hash, importedAt);
        out.newReports << id;
        ++out.changes;
    }
    m_reportRow.insert(hash, id);
    mergeVerification(id, r, out);
    SQLite::Statement st(m_stores.db.sql(), "INSERT OR IGNORE INTO report_org (report_id, org_id, mentions) VALUES (?,?,?)");
    for (const auto& [key, count] : r.mentions) {
        const qint64 org = organisationRow(key);
        if (!org)
            continue;
        st.reset();
        st.bind(1, static_cast<int64_t>(id));
        st.bind(2, static_cast<int64_t>(linkTarget(org)));
        st.bind(3, count);
        out.changes += st.exec();
    }
}

void InterchangeStore::replayMerges(const QList<InterchangeOrganisation>& orgs, InterchangeOutcome& out)
{
    SQLite::Database& db = m_stores.db.sql();
    CorrectionStore corrections(db);
    SQLite::Statement seen(db, "SELECT 1 FROM correction_log WHERE target = 'organisation' AND target_id = ? AND field = 'merged_into' AND at = ?");
    SQLite::Statement mergedInto(db, "SELECT merged_into FROM organisation WHERE id = ?");
    for (const InterchangeOrganisation& o : orgs) {
        const qint64 id = organisationRow(o.org.key);
        for (const InterchangeOrgChange& c : o.history) {
            const qint64 survivor = organisationRow(c.survivorKey);
            if (!id || !survivor)
                continue;
            seen.reset();
            seen.bind(1, static_cast<int64_t>(id));
            sql::bind(seen, 2, isoTime(c.at));
            if (seen.executeStep())
                continue; // this change is already in the history here
            mergedInto.reset();
            mergedInto.bind(1, static_cast<int64_t>(id));
            const qint64 current = mergedInto.executeStep() && !mergedInto.getColumn(0).isNull() ? mergedInto.getColumn(0).getInt64() : 0;
            mergedInto.reset();
            const CorrectionMeta meta{c.analyst, c.note, c.at};
            Error e;
            if (c.merge && current == 0)
                e = corrections.mergeOrganisation(id, survivor, meta);
            else if (!c.merge && current == survivor)
                e = corrections.unmergeOrganisation(id, meta);
            else
                continue;
            if (e)
                log::db()->warn("import: organisation {} history not replayed: {}", o.org.key.toStdString(), e.detail.toStdString());
            else
                ++out.changes;
        }
    }
}

InterchangeOutcome InterchangeStore::store(const InterchangeData& data)
{
    InterchangeOutcome out;
    for (const InterchangeOrganisation& o : data.organisations)
        organisation(o, out);
    parents(data.organisations, out);
    // Merges first: links this database already has move to the survivor, as the bundle's events name it.
    replayMerges(data.organisations, out);
    m_stores.orgs.clearCache(); // organisations were inserted and merged behind the store's back
    m_stores.events.clearCache();
    for (const InterchangeReport& r : data.reports)
        report(r, out);
    InterchangeEventStore events(*this);
    for (const InterchangeEvent& e : data.events)
        events.store(e, out);
    return out;
}

} // namespace lodestone
