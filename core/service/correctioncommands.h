#pragma once
// Analysts' corrections through the Writer: each call is one transaction that changes the data and
// appends to correction_log, then emits Writer::changed("corrections"). Call from any thread; the work
// runs on the writer thread.
#include "model/error.h"
#include "store/correctionstore.h"

#include <QFuture>

namespace lodestone {

class Writer;

class CorrectionCommands final {
public:
    static QFuture<Error> correctEvent(Writer& writer, const EventCorrection& correction, const CorrectionMeta& meta);
    // A report's publication date, URL or publisher; when the date changes, the report is reprocessed in the same
    // transaction so its events are resolved against the new date (analyst-edited events stay as they are).
    static QFuture<Error> correctReport(Writer& writer, const ReportCorrection& correction, const CorrectionMeta& meta);
    static QFuture<Error> setEventRejected(Writer& writer, qint64 eventId, bool rejected, const CorrectionMeta& meta);
    static QFuture<Error> mergeOrganisation(Writer& writer, qint64 mergedId, qint64 survivorId, const CorrectionMeta& meta);
    static QFuture<Error> unmergeOrganisation(Writer& writer, qint64 mergedId, const CorrectionMeta& meta);
};

} // namespace lodestone
