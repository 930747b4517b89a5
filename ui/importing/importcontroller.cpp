#include "importcontroller.h"

#include "extract/gazetteer.h"
#include "importresultsdialog.h"
#include "service/importer.h"
#include "service/writer.h"
#include "util/printable.h"

#include <QFileInfo>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace lodestone {

ImportController::ImportController(Writer& writer, std::shared_ptr<const Gazetteer> gazetteer, QWidget* dialogParent)
    : QObject(dialogParent), m_writer(writer), m_gazetteer(std::move(gazetteer)), m_dialogParent(dialogParent)
{
}

ImportController::~ImportController()
{
    m_cancel.cancel();
    m_task.waitForFinished();
}

bool ImportController::start(const QStringList& paths)
{
    if (m_running || paths.isEmpty())
        return false;
    m_running = true;
    m_cancel = CancelToken();
    m_progress = new QProgressDialog(tr("Preparing import…"), tr("Cancel"), 0, 0, m_dialogParent);
    m_progress->setWindowTitle(tr("Importing reports"));
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumWidth(480);
    const CancelToken cancel = m_cancel;
    connect(m_progress, &QProgressDialog::canceled, this, [cancel] { cancel.cancel(); });

    QPointer<ImportController> self(this);
    Writer* writer = &m_writer;
    auto gazetteer = m_gazetteer;
    m_task = QtConcurrent::run([self, writer, gazetteer, paths, cancel] {
        Importer importer(*writer, gazetteer);
        auto progress = [self](const ImportProgress& p) {
            QMetaObject::invokeMethod(self, [self, p] {
                if (self)
                    self->onProgress(p.done, p.total, p.current);
            }, Qt::QueuedConnection);
        };
        const ImportSummary summary = importer.run(paths, cancel, progress);
        QMetaObject::invokeMethod(self, [self, summary] {
            if (self)
                self->onFinished(summary);
        }, Qt::QueuedConnection);
    });
    return true;
}

void ImportController::onProgress(int done, int total, const QString& current)
{
    if (!m_progress)
        return;
    m_progress->setMaximum(total);
    m_progress->setValue(done);
    m_progress->setLabelText(tr("Importing %1 of %2\n%3").arg(done + 1).arg(total).arg(printableLine(QFileInfo(current).fileName())));
}

void ImportController::onFinished(const ImportSummary& summary)
{
    m_running = false;
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
    }
    if (m_showResults) {
        auto* dialog = new ImportResultsDialog(summary, m_dialogParent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    }
    emit finished(summary);
}

} // namespace lodestone
