#include "correctioncommands.h"

#include "db/sqliteerror.h"
#include "extract/gazetteer.h"
#include "ingest/reprocesspipeline.h"
#include "service/writer.h"
#include "util/log.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace lodestone {

namespace {

// Runs fn(store) in one transaction; commits only when it returns no error.
template <class F>
QFuture<Error> runCorrection(Writer& writer, const char* what, F fn)
{
    Writer* w = &writer;
    return writer.submit([w, what, fn = std::move(fn)](WriteContext& ctx) -> Error {
        try {
            SQLite::Transaction tx(ctx.db.sql());
            CorrectionStore store(ctx.db.sql());
            const Error error = fn(store);
            if (error) {
                log::service()->warn("correction {} refused: {}", what, error.detail.toStdString());
                return error; // the transaction rolls back
            }
            tx.commit();
            ctx.stores.orgs.clearCache(); // merges change which id a key resolves to
            ctx.stores.events.clearCache();
            log::service()->info("correction {} applied", what);
            w->notifyChanged(QStringLiteral("corrections"));
            return Error::none();
        } catch (const SQLite::Exception& e) {
            log::service()->error("correction {} failed: {}", what, e.what());
            return errorFromSqlite(e, w->path());
        }
    });
}

} // namespace

QFuture<Error> CorrectionCommands::correctEvent(Writer& writer, const EventCorrection& correction, const CorrectionMeta& meta)
{
    return runCorrection(writer, "event", [correction, meta](CorrectionStore& s) { return s.correctEvent(correction, meta); });
}

QFuture<Error> CorrectionCommands::correctReport(Writer& writer, const ReportCorrection& correction, const CorrectionMeta& meta)
{
    Writer* w = &writer;
    return writer.submit([w, correction, meta](WriteContext& ctx) -> Error {
        try {
            SQLite::Transaction tx(ctx.db.sql());
            CorrectionStore store(ctx.db.sql());
            int changed = 0;
            if (const Error error = store.correctReport(correction, meta, &changed)) {
                log::service()->warn("report correction refused: {}", error.detail.toStdString());
                return error;
            }
            if (changed > 0 && (correction.published || correction.url) && ctx.gazetteer) {
                // events resolved against the old date are resolved again against the new one
                ReprocessInput input;
                input.report = *ctx.stores.reports.get(correction.reportId);
                input.correctedFields = store.correctedReportFields({correction.reportId}).value(correction.reportId);
                const PreparedReport prepared = ReprocessPipeline::prepare(input, *ctx.gazetteer, QDate::currentDate());
                const ReprocessResult r = ReprocessPipeline::apply(ctx, correction.reportId, prepared);
                log::service()->info("report {} re-resolved against its corrected date: {} events before, {} after ({} kept)",
                                     correction.reportId, r.eventsBefore, r.eventsAfter, r.eventsKept);
            }
            tx.commit();
            if (changed > 0)
                w->notifyChanged(QStringLiteral("corrections"));
            return Error::none();
        } catch (const SQLite::Exception& e) {
            ctx.stores.orgs.clearCache();
            ctx.stores.events.clearCache();
            log::service()->error("report correction failed: {}", e.what());
            return errorFromSqlite(e, w->path());
        }
    });
}

QFuture<Error> CorrectionCommands::setEventRejected(Writer& writer, qint64 eventId, bool rejected, const CorrectionMeta& meta)
{
    return runCorrection(writer, "reject", [eventId, rejected, meta](CorrectionStore& s) {
        return s.setEventRejected(eventId, rejected, meta);
    });
}

QFuture<Error> CorrectionCommands::mergeOrganisation(Writer& writer, qint64 mergedId, qint64 survivorId, const CorrectionMeta& meta)
{
    return runCorrection(writer, "merge", [mergedId, survivorId, meta](CorrectionStore& s) {
        return s.mergeOrganisation(mergedId, survivorId, meta);
    });
}

QFuture<Error> CorrectionCommands::unmergeOrganisation(Writer& writer, qint64 mergedId, const CorrectionMeta& meta)
{
    return runCorrection(writer, "unmerge", [mergedId, meta](CorrectionStore& s) { return s.unmergeOrganisation(mergedId, meta); });
}

} // namespace lodestone
