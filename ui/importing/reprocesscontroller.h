#pragma once
// Runs `reprocess` from the GUI (File › Reprocess Reports…): the Reprocessor works on a worker thread (storing
// through the Writer in groups), a progress dialog shows how many reports are done and can cancel between groups;
// at the end a message says what changed. Lives on the GUI thread.
#include "service/canceltoken.h"
#include "service/reprocessor.h"

#include <QObject>
#include <QPointer>
#include <memory>

class QProgressDialog;
class QWidget;

namespace lodestone {

class Gazetteer;
class Writer;

class ReprocessController final : public QObject {
    Q_OBJECT
public:
    ReprocessController(Writer& writer, std::shared_ptr<const Gazetteer> gazetteer, QWidget* dialogParent);

    bool isRunning() const { return m_running; }
    // Asks for confirmation (unless confirm is false), then starts; ignored while a run is going.
    bool start(bool confirm = true);
    void cancel() const { m_cancel.cancel(); }

signals:
    void finished(const lodestone::ReprocessSummary& summary, const QString& message);

private:
    void onProgress(int done, int total);
    void onFinished(const ReprocessSummary& summary);

    Writer& m_writer;
    std::shared_ptr<const Gazetteer> m_gazetteer;
    QWidget* m_dialogParent;
    QPointer<QProgressDialog> m_progress;
    CancelToken m_cancel;
    bool m_running = false;
};

} // namespace lodestone
