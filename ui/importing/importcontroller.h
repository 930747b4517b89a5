#pragma once
// Runs a batch import from the GUI: the Importer works on a worker thread, a progress dialog shows
// count, current file and a Cancel button, and a result dialog lists imported/duplicate/failed files.
// Lives on the GUI thread.
#include "ingest/importresult.h"
#include "service/canceltoken.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <memory>

class QProgressDialog;
class QWidget;

namespace lodestone {

class Gazetteer;
class Writer;

class ImportController final : public QObject {
    Q_OBJECT
public:
    ImportController(Writer& writer, std::shared_ptr<const Gazetteer> gazetteer, QWidget* dialogParent);
    // Cancels a running import and waits for its thread to stop using the Writer (the window closing, or
    // the session switching databases, shuts the Writer down next).
    ~ImportController() override;

    bool isRunning() const { return m_running; }
    // Starts importing; ignored (returns false) while another import runs.
    bool start(const QStringList& paths);
    // When false, no result dialog is shown at the end (tests, or the demo loader).
    void setShowResults(bool show) { m_showResults = show; }

signals:
    void finished(const lodestone::ImportSummary& summary);

private:
    void onProgress(int done, int total, const QString& current);
    void onFinished(const ImportSummary& summary);

    Writer& m_writer;
    std::shared_ptr<const Gazetteer> m_gazetteer;
    QWidget* m_dialogParent;
    QPointer<QProgressDialog> m_progress;
    CancelToken m_cancel;
    QFuture<void> m_task;
    bool m_running = false;
    bool m_showResults = true;
};

} // namespace lodestone
