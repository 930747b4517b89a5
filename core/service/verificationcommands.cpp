#include "verificationcommands.h"

#include "service/writer.h"
#include "util/log.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <algorithm>

namespace lodestone {

namespace {

QList<qint64> sortedIds(const QHash<qint64, Verification>& values)
{
    QList<qint64> ids = values.keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<VerificationChange> writeValues(Writer* writer, WriteContext& ctx, const QHash<qint64, Verification>& values,
                                      const QString& analyst, const QString& action)
{
    return VerificationCommands::applyNow(writer, ctx, sortedIds(values), [&](qint64 id, const Verification&) {
        Verification v = values.value(id);
        v.analyst = analyst;
        v.at = QDateTime();
        return v;
    }, action);
}

} // namespace

QList<VerificationChange> VerificationCommands::applyNow(Writer* writer, WriteContext& ctx, const QList<qint64>& reportIds,
                                                        const std::function<Verification(qint64, const Verification&)>& change,
                                                        const QString& action)
{
    SQLite::Transaction tx(ctx.db.sql());
    auto changes = ctx.stores.verifications.setMany(reportIds, change, action);
    tx.commit();
    log::service()->info("verification {}: {} report(s)", action.toStdString(), changes.size());
    if (writer && !changes.isEmpty())
        writer->notifyChanged(QStringLiteral("verification"));
    return changes;
}

QFuture<QList<VerificationChange>> VerificationCommands::tag(Writer& writer, const QList<qint64>& reportIds,
                                                             const VerificationPatch& patch, const QString& action)
{
    Writer* w = &writer;
    return writer.submit([w, reportIds, patch, action](WriteContext& ctx) {
        return applyNow(w, ctx, reportIds, [&patch](qint64, const Verification& previous) { return patch.applyTo(previous); }, action);
    });
}

QFuture<QList<VerificationChange>> VerificationCommands::restore(Writer& writer, const QHash<qint64, Verification>& values,
                                                                 const QString& analyst, const QString& action)
{
    Writer* w = &writer;
    return writer.submit([w, values, analyst, action](WriteContext& ctx) { return writeValues(w, ctx, values, analyst, action); });
}

} // namespace lodestone
