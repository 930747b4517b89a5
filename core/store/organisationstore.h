#pragma once
// SQL for organisations, their aliases and relations. Used on the thread that owns the given connection.
#include "model/event.h"
#include "model/organisation.h"
#include "store/statementcache.h"

#include <QHash>
#include <QList>
#include <optional>

namespace SQLite { class Database; }

namespace lodestone {

class Gazetteer;

class OrganisationStore final {
public:
    explicit OrganisationStore(SQLite::Database& db) : m_db(db), m_statements(db) {}

    // Inserts the gazetteer's organisations that are missing (by key) and their aliases and parents.
    void syncGazetteer(const Gazetteer& gazetteer);
    // Id for a mention's key; an unknown auto-detected key is inserted (auto_detected = 1). Cached.
    qint64 idFor(const OrgMention& mention);
    std::optional<qint64> idForKey(const QString& key) const;
    qint64 count() const; // excluding merged ones
    QList<Organisation> list() const;   // with aliases, parent key and event counts; merged ones excluded
    // One page of list(), in the same order (name, Chinese name, id): at most `limit` rows (-1: all) after `after`
    // (an organisation of the previous page; nullptr: from the start, skipping `offset` rows).
    QList<Organisation> listPage(int limit, int offset, const Organisation* after) const;
    std::optional<Organisation> get(qint64 id) const;
    // Ids of organisations whose name, Chinese name or any alias matches (case-insensitive, exact or prefix).
    QList<qint64> resolveNames(const QStringList& names) const;
    void linkReport(qint64 reportId, const QHash<qint64, int>& mentionCounts);
    // Removes a report's organisation links (reprocessing links them again).
    void unlinkReport(qint64 reportId);
    // Deletes auto-detected organisations nothing refers to any more (no report, event, merge, relation or
    // correction names them), with their aliases. Returns how many.
    int removeUnusedAutoDetected();
    // Organisations a report mentions.
    QList<Organisation> forReport(qint64 reportId) const;

    void clearCache() { m_cache.clear(); }
    static QString normalise(const QString& name);

private:
    void addAlias(qint64 orgId, const QString& text, const QString& language, const QString& provenance);
    SQLite::Database& m_db;
    mutable StatementCache m_statements; // the insert path's statements, prepared once
    QHash<QString, qint64> m_cache;
};

} // namespace lodestone
