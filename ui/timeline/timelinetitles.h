#pragma once
// Event titles for the timeline's labels: answers from memory during a paint, and collects the ids it did not
// know into one batched read on QueryService's pool; when the titles arrive it emits loaded() so the view
// repaints. Seeded with the events the tables already hold; cleared when the database changes. GUI thread.
#include "model/event.h"
#include "service/generation.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <vector>

namespace lodestone {

class QueryService;

class TimelineTitles final : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxCached = 200000; // past this many titles the cache starts again

    explicit TimelineTitles(QueryService* queries, QObject* parent = nullptr);

    // The title, or an empty string while it is being read (it is requested then).
    QString title(qint64 eventId);
    void insert(const QList<Event>& events);
    void clear(); // the events may have changed
    int size() const { return static_cast<int>(m_titles.size()); }
    bool pending() const { return !m_wanted.isEmpty() || m_inFlight; }

signals:
    void loaded();

private:
    void fetch();

    QueryService* m_queries;
    QHash<qint64, QString> m_titles;
    QSet<qint64> m_wanted;    // asked for during paints, not yet requested
    QSet<qint64> m_missing;   // requested and not in the database: not asked again
    bool m_scheduled = false;
    bool m_inFlight = false;
    Generation m_gen;
};

} // namespace lodestone
