#pragma once
// Writes what an imported bundle carries as it is (see InterchangeData), merging into what the database already
// holds: an organisation by its key (a shared gazetteer's by name too), a report by its content hash, an event by
// its STIX id (met before, or derived from its content now or before the analysts' corrections). Times, analysts
// and histories are kept; nothing is re-extracted. Runs inside the caller's transaction on the thread that owns
// the connection (the Writer's); throws SQLite::Exception like the other stores.
#include "interchange/interchangedata.h"

#include <QHash>
#include <QSet>
#include <memory>
#include <optional>

namespace SQLite { class Statement; }

namespace lodestone {

struct Stores;

struct InterchangeOutcome final {
    QList<qint64> newReports;
    int duplicates = 0;            // reports already stored
    qint64 firstDuplicate = 0;
    QSet<qint64> events;           // created or merged into
    QSet<qint64> organisations;    // created or named
    int changes = 0;               // rows created or changed: 0 when everything was known
};

class InterchangeStore final {
public:
    explicit InterchangeStore(Stores& stores);
    ~InterchangeStore();

    InterchangeOutcome store(const InterchangeData& data);

    // STIX ids met on import ("event", "organisation", "report"), see schema v5.
    std::optional<qint64> aliasTarget(const QString& stixId, const QString& target) const;
    void addAlias(const QString& stixId, const QString& target, qint64 id);

private:
    void organisation(const InterchangeOrganisation& o, InterchangeOutcome& out);
    void parents(const QList<InterchangeOrganisation>& orgs, InterchangeOutcome& out);
    void report(const InterchangeReport& r, InterchangeOutcome& out);
    void mergeVerification(qint64 reportId, const InterchangeReport& r, InterchangeOutcome& out);
    void replayMerges(const QList<InterchangeOrganisation>& orgs, InterchangeOutcome& out);
    qint64 organisationRow(const QString& key);
    qint64 linkTarget(qint64 orgId) const; // follows merges: where new links go

    Stores& m_stores;
    QHash<QString, qint64> m_orgRow;    // organisation key -> row
    QHash<QString, qint64> m_reportRow; // content hash -> row
    mutable std::unique_ptr<SQLite::Statement> m_aliasLookup; // prepared once: asked for every report of a bundle
    friend class InterchangeEventStore;
};

} // namespace lodestone
