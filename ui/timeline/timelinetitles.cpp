#include "timelinetitles.h"

#include "common/deliver.h"
#include "service/queryservice.h"
#include "store/timelinestore.h"
#include "util/log.h"

#include <QTimer>

namespace lodestone {

namespace {
constexpr int kBatch = 4000; // ids per read
}

TimelineTitles::TimelineTitles(QueryService* queries, QObject* parent) : QObject(parent), m_queries(queries) {}

QString TimelineTitles::title(qint64 eventId)
{
    const auto it = m_titles.constFind(eventId);
    if (it != m_titles.cend())
        return it.value();
    if (m_queries && !m_missing.contains(eventId)) {
        m_wanted.insert(eventId);
        if (!m_scheduled) {
            m_scheduled = true;
            QTimer::singleShot(0, this, &TimelineTitles::fetch); // after the paint: one read for the whole frame
        }
    }
    return {};
}

void TimelineTitles::insert(const QList<Event>& events)
{
    if (m_titles.size() + events.size() > kMaxCached)
        m_titles.clear();
    for (const Event& e : events)
        m_titles.insert(e.id, e.title);
}

void TimelineTitles::clear()
{
    m_gen.next(); // a read under way answers for the old events
    m_titles.clear();
    m_missing.clear();
    m_wanted.clear();
    m_inFlight = false;
}

void TimelineTitles::fetch()
{
    m_scheduled = false;
    if (m_wanted.isEmpty() || m_inFlight || !m_queries)
        return;
    std::vector<qint64> ids;
    ids.reserve(static_cast<size_t>(std::min<qsizetype>(m_wanted.size(), kBatch)));
    for (auto it = m_wanted.begin(); it != m_wanted.end() && ids.size() < size_t(kBatch);) {
        ids.push_back(*it);
        it = m_wanted.erase(it);
    }
    m_inFlight = true;
    const quint64 gen = m_gen.next();
    deliver(this, m_queries->run([ids](ReadContext& ctx) { return TimelineStore(ctx.db.sql()).titles(ids); }),
        [this, gen, ids](const QHash<qint64, QString>& titles) {
        if (!m_gen.isCurrent(gen))
            return;
        m_inFlight = false;
        if (m_titles.size() + titles.size() > kMaxCached)
            m_titles.clear();
        for (qint64 id : ids) {
            const auto it = titles.constFind(id);
            if (it == titles.cend())
                m_missing.insert(id);
            else
                m_titles.insert(id, it.value());
        }
        if (!m_wanted.isEmpty())
            fetch();
        emit loaded();
    },
        [this, gen](const std::exception& e) {
        if (m_gen.isCurrent(gen))
            m_inFlight = false;
        log::get("ui.timeline")->warn("reading event titles for labels failed: {}", e.what());
    });
}

} // namespace lodestone
