#include "organisationstore.h"

#include "extract/gazetteer.h"
#include "sqlutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <SQLiteCpp/SQLiteCpp.h>
#include <algorithm>

namespace lodestone {

QString OrganisationStore::normalise(const QString& name)
{
    QString s = name.normalized(QString::NormalizationForm_KC).toCaseFolded().simplified();
    s.replace(QChar(0x2019), QLatin1Char('\''));
    return s;
}

void OrganisationStore::addAlias(qint64 orgId, const QString& text, const QString& language, const QString& provenance)
{
    if (text.trimmed().isEmpty())
        return;
    auto st = m_statements.get("INSERT OR IGNORE INTO org_alias (org_id, text, norm, language, provenance) VALUES (?,?,?,?,?)");
    st->bind(1, static_cast<int64_t>(orgId));
    sql::bind(*st, 2, text);
    sql::bind(*st, 3, normalise(text));
    sql::bind(*st, 4, language);
    sql::bind(*st, 5, provenance);
    st->exec();
    if (provenance.startsWith(QStringLiteral("gazetteer:"))) { // a former name the gazetteer learnt since the alias was stored
        auto up = m_statements.get("UPDATE org_alias SET provenance = ? WHERE org_id = ? AND norm = ? AND provenance = 'gazetteer'");
        sql::bind(*up, 1, provenance);
        up->bind(2, static_cast<int64_t>(orgId));
        sql::bind(*up, 3, normalise(text));
        up->exec();
    }
}

void OrganisationStore::syncGazetteer(const Gazetteer& gazetteer)
{
    SQLite::Statement ins(m_db,
                          "INSERT INTO organisation (key, name_en, name_zh, kind, country) VALUES (?,?,?,?,?) "
                          "ON CONFLICT(key) DO UPDATE SET name_en = excluded.name_en, name_zh = excluded.name_zh, "
                          "kind = excluded.kind, country = excluded.country, auto_detected = 0");
    for (const Organisation& o : gazetteer.organisations()) {
        ins.reset();
        sql::bind(ins, 1, o.key);
        sql::bind(ins, 2, o.nameEn);
        sql::bind(ins, 3, o.nameZh);
        sql::bind(ins, 4, o.kind);
        sql::bind(ins, 5, o.country);
        ins.exec();
        const qint64 id = *idForKey(o.key);
        addAlias(id, o.nameEn, QStringLiteral("en"), QStringLiteral("gazetteer"));
        addAlias(id, o.nameZh, QStringLiteral("zh"), QStringLiteral("gazetteer"));
        for (const OrgAlias& a : o.aliases)
            addAlias(id, a.text, a.language, a.provenance.isEmpty() ? QStringLiteral("gazetteer") : a.provenance);
    }
    SQLite::Statement parent(m_db, "UPDATE organisation SET parent_id = (SELECT id FROM organisation WHERE key = ?) WHERE key = ?");
    for (const Organisation& o : gazetteer.organisations()) {
        if (o.parentKey.isEmpty())
            continue;
        parent.reset();
        sql::bind(parent, 1, o.parentKey);
        sql::bind(parent, 2, o.key);
        parent.exec();
    }
}

std::optional<qint64> OrganisationStore::idForKey(const QString& key) const
{
    auto st = m_statements.get("SELECT id FROM organisation WHERE key = ?");
    sql::bind(*st, 1, key);
    if (st->executeStep())
        return st->getColumn(0).getInt64();
    return std::nullopt;
}

qint64 OrganisationStore::idFor(const OrgMention& mention)
{
    if (auto it = m_cache.constFind(mention.key); it != m_cache.cend())
        return *it;
    qint64 id = 0;
    if (auto found = idForKey(mention.key)) {
        id = *found;
    } else {
        auto st = m_statements.get("INSERT INTO organisation (key, name_en, name_zh, auto_detected) VALUES (?,?,?,1)");
        const bool zh = !mention.name.isEmpty() && mention.name.at(0).unicode() >= 0x2E80;
        sql::bind(*st, 1, mention.key);
        sql::bind(*st, 2, zh ? QString() : mention.name);
        sql::bind(*st, 3, zh ? mention.name : QString());
        st->exec();
        id = m_db.getLastInsertRowid();
        addAlias(id, mention.name, zh ? QStringLiteral("zh") : QStringLiteral("en"), QStringLiteral("detected"));
    }
    // Follow merges so that new links land on the surviving organisation.
    for (int guard = 0; guard < 16; ++guard) {
        auto merged = m_statements.get("SELECT merged_into FROM organisation WHERE id = ?");
        merged->bind(1, static_cast<int64_t>(id));
        if (!merged->executeStep() || merged->getColumn(0).isNull())
            break;
        id = merged->getColumn(0).getInt64();
    }
    m_cache.insert(mention.key, id);
    return id;
}

namespace {

constexpr const char* kOrgColumns =
    "SELECT o.id, o.key, o.name_en, o.name_zh, o.kind, o.country, o.parent_id, "
    "(SELECT p.key FROM organisation p WHERE p.id = o.parent_id), o.auto_detected, o.merged_into, "
    "(SELECT COUNT(*) FROM event_org eo JOIN event e ON e.id = eo.event_id WHERE eo.org_id = o.id) "
    "FROM organisation o ";

Organisation readOrg(SQLite::Statement& st)
{
    Organisation o;
    o.id = st.getColumn(0).getInt64();
    o.key = sql::str(st.getColumn(1));
    o.nameEn = sql::str(st.getColumn(2));
    o.nameZh = sql::str(st.getColumn(3));
    o.kind = sql::str(st.getColumn(4));
    o.country = sql::str(st.getColumn(5));
    o.parentId = st.getColumn(6).isNull() ? 0 : st.getColumn(6).getInt64();
    o.parentKey = sql::str(st.getColumn(7));
    o.autoDetected = st.getColumn(8).getInt() != 0;
    o.mergedInto = st.getColumn(9).isNull() ? 0 : st.getColumn(9).getInt64();
    o.eventCount = st.getColumn(10).getInt();
    return o;
}

} // namespace

qint64 OrganisationStore::count() const
{
    return m_db.execAndGet("SELECT COUNT(*) FROM organisation WHERE merged_into IS NULL").getInt64();
}

QList<Organisation> OrganisationStore::list() const
{
    return listPage(-1, 0, nullptr);
}

QList<Organisation> OrganisationStore::listPage(int limit, int offset, const Organisation* after) const
{
    QList<Organisation> out;
    QHash<qint64, qsizetype> index;
    {
        // Keyset paging: a page starts after the last row of the one before, so a long listing never rescans.
        SQLite::Statement st(m_db, std::string(kOrgColumns) +
                                       "WHERE o.merged_into IS NULL AND (?1 IS NULL OR "
                                       "(COALESCE(o.name_en, ''), COALESCE(o.name_zh, ''), o.id) > (?1, ?2, ?3)) "
                                       "ORDER BY COALESCE(o.name_en, ''), COALESCE(o.name_zh, ''), o.id LIMIT ?4 OFFSET ?5");
        if (after) {
            st.bind(1, after->nameEn.toStdString());
            st.bind(2, after->nameZh.toStdString());
            st.bind(3, static_cast<int64_t>(after->id));
        }
        st.bind(4, limit < 0 ? -1 : limit);
        st.bind(5, after ? 0 : std::max(0, offset));
        while (st.executeStep()) {
            index.insert(st.getColumn(0).getInt64(), out.size());
            out << readOrg(st);
        }
    }
    if (out.isEmpty())
        return out;
    QJsonArray ids;
    for (const Organisation& o : out)
        ids.append(o.id);
    SQLite::Statement al(m_db, "SELECT org_id, text, language, provenance FROM org_alias "
                               "WHERE org_id IN (SELECT value FROM json_each(?)) ORDER BY id");
    al.bind(1, QJsonDocument(ids).toJson(QJsonDocument::Compact).toStdString());
    while (al.executeStep()) {
        const auto it = index.constFind(al.getColumn(0).getInt64());
        if (it != index.cend())
            out[*it].aliases << OrgAlias{sql::str(al.getColumn(1)), sql::str(al.getColumn(2)), sql::str(al.getColumn(3))};
    }
    return out;
}

std::optional<Organisation> OrganisationStore::get(qint64 id) const
{
    SQLite::Statement st(m_db, std::string(kOrgColumns) + "WHERE o.id = ?");
    st.bind(1, static_cast<int64_t>(id));
    if (!st.executeStep())
        return std::nullopt;
    Organisation o = readOrg(st);
    SQLite::Statement al(m_db, "SELECT text, language, provenance FROM org_alias WHERE org_id = ? ORDER BY id");
    al.bind(1, static_cast<int64_t>(id));
    while (al.executeStep())
        o.aliases << OrgAlias{sql::str(al.getColumn(0)), sql::str(al.getColumn(1)), sql::str(al.getColumn(2))};
    return o;
}

QList<qint64> OrganisationStore::resolveNames(const QStringList& names) const
{
    QList<qint64> out;
    QSet<qint64> seen;
    SQLite::Statement st(m_db,
                         "SELECT DISTINCT COALESCE(o.merged_into, o.id) FROM org_alias a JOIN organisation o ON o.id = a.org_id "
                         "WHERE a.norm = ?1 OR a.norm LIKE ?2 ESCAPE '\\' OR o.key = ?1");
    for (const QString& name : names) {
        const QString n = normalise(name);
        if (n.isEmpty())
            continue;
        QString like = n;
        like.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('%'), QLatin1String("\\%")).replace(QLatin1Char('_'), QLatin1String("\\_"));
        st.reset();
        sql::bind(st, 1, n);
        sql::bind(st, 2, like + QLatin1Char('%'));
        while (st.executeStep()) {
            const qint64 id = st.getColumn(0).getInt64();
            if (!seen.contains(id)) {
                seen.insert(id);
                out << id;
            }
        }
    }
    return out;
}

void OrganisationStore::linkReport(qint64 reportId, const QHash<qint64, int>& mentionCounts)
{
    for (auto it = mentionCounts.cbegin(); it != mentionCounts.cend(); ++it) {
        auto st = m_statements.get("INSERT INTO report_org (report_id, org_id, mentions) VALUES (?,?,?)");
        st->bind(1, static_cast<int64_t>(reportId));
        st->bind(2, static_cast<int64_t>(it.key()));
        st->bind(3, it.value());
        st->exec();
    }
}

void OrganisationStore::unlinkReport(qint64 reportId)
{
    auto st = m_statements.get("DELETE FROM report_org WHERE report_id = ?");
    st->bind(1, static_cast<int64_t>(reportId));
    st->exec();
}

int OrganisationStore::removeUnusedAutoDetected()
{
    static constexpr const char* kUnused =
        "SELECT o.id FROM organisation o WHERE o.auto_detected = 1 AND o.merged_into IS NULL "
        "AND NOT EXISTS (SELECT 1 FROM report_org r WHERE r.org_id = o.id) "
        "AND NOT EXISTS (SELECT 1 FROM event_org e WHERE e.org_id = o.id) "
        "AND NOT EXISTS (SELECT 1 FROM organisation m WHERE m.merged_into = o.id OR m.parent_id = o.id) "
        "AND NOT EXISTS (SELECT 1 FROM org_relation x WHERE x.from_id = o.id OR x.to_id = o.id) "
        "AND NOT EXISTS (SELECT 1 FROM correction_log c WHERE c.target = 'organisation' AND c.target_id = o.id)";
    QList<qint64> ids;
    {
        SQLite::Statement st(m_db, kUnused);
        while (st.executeStep())
            ids << st.getColumn(0).getInt64();
    }
    SQLite::Statement aliases(m_db, "DELETE FROM org_alias WHERE org_id = ?");
    SQLite::Statement org(m_db, "DELETE FROM organisation WHERE id = ?");
    for (qint64 id : ids) {
        aliases.reset();
        aliases.bind(1, static_cast<int64_t>(id));
        aliases.exec();
        org.reset();
        org.bind(1, static_cast<int64_t>(id));
        org.exec();
    }
    if (!ids.isEmpty())
        m_cache.clear();
    return static_cast<int>(ids.size());
}

QList<Organisation> OrganisationStore::forReport(qint64 reportId) const
{
    QList<Organisation> out;
    SQLite::Statement st(m_db, std::string(kOrgColumns) +
                                   "WHERE o.id IN (SELECT org_id FROM report_org WHERE report_id = ?) ORDER BY o.name_en");
    st.bind(1, static_cast<int64_t>(reportId));
    while (st.executeStep())
        out << readOrg(st);
    // former names, so a report can name an organisation as it was called then
    SQLite::Statement al(m_db, "SELECT org_id, text, language, provenance FROM org_alias WHERE provenance LIKE '%former-until:%' "
                               "AND org_id IN (SELECT org_id FROM report_org WHERE report_id = ?)");
    al.bind(1, static_cast<int64_t>(reportId));
    while (al.executeStep()) {
        const qint64 id = al.getColumn(0).getInt64();
        for (Organisation& o : out)
            if (o.id == id) o.aliases << OrgAlias{sql::str(al.getColumn(1)), sql::str(al.getColumn(2)), sql::str(al.getColumn(3))};
    }
    return out;
}

} // namespace lodestone
