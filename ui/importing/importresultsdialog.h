#pragma once
// Lists the outcome of an import batch: one row per file with status and reason, and a banner when the batch
// stopped early (disk full) with the files not attempted. GUI thread.
#include "ingest/importresult.h"

#include <QDialog>

namespace lodestone {

class ImportResultsDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ImportResultsDialog(const ImportSummary& summary, QWidget* parent = nullptr);
};

} // namespace lodestone
