#include "tagcommand.h"

#include "admiralty.h"
#include "service/verificationcommands.h"
#include "service/writer.h"

#include <QCoreApplication>
#include <QHash>

namespace lodestone {

struct TagCommand::State final {
    QHash<qint64, Verification> before;
    QHash<qint64, Verification> after;
    QList<qint64> changed; // ids the first write found, in order
};

TagCommand::TagCommand(Writer& writer, QList<qint64> reportIds, VerificationPatch patch, QUndoCommand* parent)
    : QUndoCommand(parent), m_writer(writer), m_ids(std::move(reportIds)), m_patch(std::move(patch)),
      m_state(std::make_shared<State>())
{
    const QString what = m_patch.status ? Admiralty::statusLabel(*m_patch.status) : QCoreApplication::translate("lodestone::TagCommand", "graded");
    const int count = static_cast<int>(m_ids.size()); // a plain variable: lupdate does not parse casts in tr() arguments
    setText(QCoreApplication::translate("lodestone::TagCommand", "Mark %n report(s) %1", nullptr, count).arg(what.toLower()));
}

void TagCommand::redo()
{
    Writer* w = &m_writer;
    auto state = m_state;
    if (!m_done) {
        m_done = true;
        const QList<qint64> ids = m_ids;
        const VerificationPatch patch = m_patch;
        const QString action = ids.size() > 1 ? QStringLiteral("bulk") : QStringLiteral("set");
        m_last = m_writer.submit([w, state, ids, patch, action](WriteContext& ctx) {
            auto changes = VerificationCommands::applyNow(
                w, ctx, ids, [&patch](qint64, const Verification& prev) { return patch.applyTo(prev); }, action);
            for (const auto& c : changes) {
                state->before.insert(c.reportId, c.previous);
                state->after.insert(c.reportId, c.value);
                state->changed << c.reportId;
            }
            return changes;
        });
        return;
    }
    const QString analyst = m_patch.analyst;
    m_last = m_writer.submit([w, state, analyst](WriteContext& ctx) {
        return VerificationCommands::applyNow(w, ctx, state->changed, [&](qint64 id, const Verification&) {
            Verification v = state->after.value(id);
            v.analyst = analyst;
            v.at = QDateTime();
            return v;
        }, QStringLiteral("redo"));
    });
}

void TagCommand::undo()
{
    Writer* w = &m_writer;
    auto state = m_state;
    const QString analyst = m_patch.analyst;
    m_last = m_writer.submit([w, state, analyst](WriteContext& ctx) {
        return VerificationCommands::applyNow(w, ctx, state->changed, [&](qint64 id, const Verification&) {
            Verification v = state->before.value(id);
            v.analyst = analyst;
            v.at = QDateTime();
            return v;
        }, QStringLiteral("undo"));
    });
}

} // namespace lodestone
