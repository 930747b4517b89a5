#pragma once
// Tagging reports through the Writer: one transaction per action (single report or a bulk selection),
// one history entry per report, then Writer::changed("verification"). Call from any thread; the work
// runs on the writer thread and the returned future carries each report's value before and after.
#include "service/verificationpatch.h"
#include "store/verificationstore.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <functional>

namespace lodestone {

class Writer;
struct WriteContext;

class VerificationCommands final {
public:
    // Applies the patch to every report; action is "set" for one report, "bulk" for several (CLI uses "set").
    static QFuture<QList<VerificationChange>> tag(Writer& writer, const QList<qint64>& reportIds,
                                                  const VerificationPatch& patch, const QString& action);
    // Writes the given full values back (undo/redo), as new history entries with this action and analyst.
    static QFuture<QList<VerificationChange>> restore(Writer& writer, const QHash<qint64, Verification>& values,
                                                      const QString& analyst, const QString& action);
    // On the writer thread, inside a submitted job: one transaction applying change to each report, then
    // Writer::changed("verification"). The building block of the functions above and of undo commands.
    static QList<VerificationChange> applyNow(Writer* writer, WriteContext& ctx, const QList<qint64>& reportIds,
                                              const std::function<Verification(qint64, const Verification&)>& change,
                                              const QString& action);
};

} // namespace lodestone
