#include "reprocessor.h"

#include "db/sqliteerror.h"
#include "extract/gazetteer.h"
#include "ingest/reprocesspipeline.h"
#include "service/writer.h"
#include "store/correctionstore.h"
#include "util/log.h"

#include <QElapsedTimer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <SQLiteCpp/SQLiteCpp.h>

namespace lodestone {

namespace {

struct Prepared final {
    qint64 id = 0;
    PreparedReport report;
};

struct GroupOutcome final {
    QList<ReprocessResult> results;
    QStringList errors;
    int failed = 0;
};

QList<ReprocessInput> loadGroup(WriteContext& ctx, const QList<qint64>& ids)
{
    QList<ReprocessInput> out;
    const QHash<qint64, QSet<QString>> corrected = CorrectionStore(ctx.db.sql()).correctedReportFields(ids);
    for (qint64 id : ids) {
        auto r = ctx.stores.reports.get(id);
        if (!r)
            continue; // deleted meanwhile
        out.append(ReprocessInput{std::move(*r), corrected.value(id)});
    }
    return out;
}

GroupOutcome applyGroup(WriteContext& ctx, const QList<Prepared>& group, const QString& path)
{
    GroupOutcome out;
    try {
        SQLite::Transaction tx(ctx.db.sql());
        for (const Prepared& p : group)
            out.results.append(ReprocessPipeline::apply(ctx, p.id, p.report));
        tx.commit();
        return out;
    } catch (const SQLite::Exception& e) {
        ctx.stores.orgs.clearCache();
        ctx.stores.events.clearCache();
        log::service()->warn("reprocessing a group of {} reports failed ({}); one by one", group.size(), e.what());
        out.results.clear();
    }
    for (const Prepared& p : group) {
        try {
            SQLite::Transaction tx(ctx.db.sql());
            out.results.append(ReprocessPipeline::apply(ctx, p.id, p.report));
            tx.commit();
        } catch (const SQLite::Exception& e) {
            ctx.stores.orgs.clearCache();
            ctx.stores.events.clearCache();
            ++out.failed;
            out.errors << QStringLiteral("report %1: %2").arg(p.id).arg(errorFromSqlite(e, path).detail);
            log::service()->error("reprocessing report {} failed: {}", p.id, e.what());
        }
    }
    return out;
}

} // namespace

Reprocessor::Reprocessor(Writer& writer, std::shared_ptr<const Gazetteer> gazetteer)
    : m_writer(writer), m_gazetteer(std::move(gazetteer))
{
}

ReprocessSummary Reprocessor::run(const CancelToken& cancel, const ProgressFn& progress)
{
    ReprocessSummary summary;
    QElapsedTimer timer;
    timer.start();
    const QList<qint64> ids = m_writer.submit([](WriteContext& ctx) { return ctx.stores.reports.ids(); }).result();
    const int total = static_cast<int>(ids.size());
    if (progress)
        progress({0, total});
    QThreadPool pool;
    pool.setMaxThreadCount(qMax(1, QThread::idealThreadCount()));
    const std::shared_ptr<const Gazetteer> gaz = m_gazetteer;
    const QDate today = QDate::currentDate();
    const QString path = m_writer.path();
    auto groupIds = [&](qsizetype at) { return ids.mid(at, kGroup); };
    auto load = [this](const QList<qint64>& group) {
        return m_writer.submit([group](WriteContext& ctx) { return loadGroup(ctx, group); });
    };
    auto collect = [&](QFuture<GroupOutcome>& f) {
        const GroupOutcome o = f.result();
        for (const ReprocessResult& r : o.results) {
            ++summary.reports;
            summary.eventsBefore += r.eventsBefore;
            summary.eventsAfter += r.eventsAfter;
            summary.eventsKept += r.eventsKept;
            summary.datesChanged += r.dateChanged ? 1 : 0;
        }
        summary.failed += o.failed;
        summary.errors << o.errors;
    };

    // group k is prepared on the pool while the Writer stores group k-1 and reads group k+1
    QFuture<QList<ReprocessInput>> loading = load(groupIds(0));
    std::optional<QFuture<GroupOutcome>> storing;
    qsizetype at = 0;
    while (at < ids.size()) {
        if (cancel.isCancelled()) {
            summary.cancelled = true;
            break;
        }
        const QList<ReprocessInput> inputs = loading.result();
        at += kGroup;
        if (at < ids.size())
            loading = load(groupIds(at));
        QList<Prepared> prepared = QtConcurrent::blockingMapped<QList<Prepared>>(
            &pool, inputs, [gaz, today](const ReprocessInput& in) {
                return Prepared{in.report.id, ReprocessPipeline::prepare(in, *gaz, today)};
            });
        if (storing)
            collect(*storing);
        storing = m_writer.submit([group = std::move(prepared), path](WriteContext& ctx) { return applyGroup(ctx, group, path); });
        if (progress)
            progress({static_cast<int>(std::min<qsizetype>(at, ids.size())), total});
    }
    if (storing)
        collect(*storing);
    if (summary.cancelled && at < ids.size())
        loading.waitForFinished(); // a read queued before the cancel
    // organisations that only the old extraction named
    summary.organisationsRemoved = m_writer.submit([](WriteContext& ctx) {
        SQLite::Transaction tx(ctx.db.sql());
        const int n = ctx.stores.orgs.removeUnusedAutoDetected();
        tx.commit();
        return n;
    }).result();
    summary.seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    if (progress)
        progress({summary.reports + summary.failed, total});
    if (summary.reports > 0)
        m_writer.notifyChanged(QStringLiteral("reprocess"));
    log::service()->info("reprocess: {} reports, {} failed, {} dates changed, events {} -> {} ({} kept){} in {:.1f} s",
                         summary.reports, summary.failed, summary.datesChanged, summary.eventsBefore, summary.eventsAfter,
                         summary.eventsKept, summary.cancelled ? " (cancelled)" : "", summary.seconds);
    return summary;
}

} // namespace lodestone
