#pragma once
// One tagging action (a single report or a bulk selection) on the session's QUndoStack. redo() writes
// through the Writer; undo() writes the previous values back as new history entries with action "undo",
// a later redo() re-applies them with action "redo": the history only grows. GUI thread; the before/after
// values are captured and read on the writer thread, in submission order.
#include "service/verificationpatch.h"
#include "store/verificationstore.h"

#include <QFuture>
#include <QUndoCommand>
#include <memory>

namespace lodestone {

class Writer;

class TagCommand final : public QUndoCommand {
public:
    TagCommand(Writer& writer, QList<qint64> reportIds, VerificationPatch patch, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    const QList<qint64>& reportIds() const { return m_ids; }
    // The write started by the latest redo()/undo(); finished once it is in the database.
    QFuture<QList<VerificationChange>> lastWrite() const { return m_last; }

private:
    struct State; // values before and after the first write, touched only on the writer thread
    Writer& m_writer;
    QList<qint64> m_ids;
    VerificationPatch m_patch;
    std::shared_ptr<State> m_state;
    QFuture<QList<VerificationChange>> m_last;
    bool m_done = false;
};

} // namespace lodestone
