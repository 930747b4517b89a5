#pragma once
// Results of importing files: per file and for a whole batch. Plain values, any thread.
#include "model/error.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace lodestone {

enum class ImportStatus { Imported, Duplicate, Failed };

struct ImportFileResult final {
    QString file;
    ImportStatus status = ImportStatus::Failed;
    QList<qint64> reportIds;   // new reports (a feed gives several)
    qint64 duplicateOf = 0;    // the existing report when status is Duplicate
    double similarity = 1.0;   // with duplicateOf: 1 for the same text, less for a near-duplicate (other bytes or cut)
    int duplicates = 0;        // documents of this file already in the database
    int events = 0;            // events created or backed by this file's reports
    int organisations = 0;     // distinct organisations named
    Error error;
};

struct ImportSummary final {
    int imported = 0;
    int duplicates = 0;
    int failed = 0;
    bool cancelled = false;
    // Set when the batch stopped early because storing became impossible (today: the disk is full). The
    // file that hit it is the last failed result; the files after it were not attempted.
    Error stoppedBy;
    QStringList notAttempted;
    QList<ImportFileResult> results;
};

QString importStatusKey(ImportStatus s);

} // namespace lodestone
