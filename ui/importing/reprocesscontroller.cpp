#include "reprocesscontroller.h"

#include "extract/gazetteer.h"
#include "service/writer.h"

#include <QMessageBox>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace lodestone {

ReprocessController::ReprocessController(Writer& writer, std::shared_ptr<const Gazetteer> gazetteer, QWidget* dialogParent)
    : QObject(dialogParent), m_writer(writer), m_gazetteer(std::move(gazetteer)), m_dialogParent(dialogParent)
{
}

bool ReprocessController::start(bool confirm)
{
    if (m_running || !m_gazetteer)
        return false;
    if (confirm &&
        QMessageBox::question(m_dialogParent, tr("Reprocess Reports"),
                              tr("Read every stored report again with the current rules: publication dates, URLs, publishers, "
                                 "organisations and events are worked out again.\n\nCorrections, rejections and verification "
                                 "made by analysts are kept. Go on?")) != QMessageBox::Yes)
        return false;
    m_running = true;
    m_cancel = CancelToken();
    m_progress = new QProgressDialog(tr("Reading the stored reports…"), tr("Cancel"), 0, 0, m_dialogParent);
    m_progress->setWindowTitle(tr("Reprocessing reports"));
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumWidth(420);
    const CancelToken cancel = m_cancel;
    connect(m_progress, &QProgressDialog::canceled, this, [cancel] { cancel.cancel(); });

    QPointer<ReprocessController> self(this);
    Writer* writer = &m_writer;
    auto gazetteer = m_gazetteer;
    static_cast<void>(QtConcurrent::run([self, writer, gazetteer, cancel] {
        Reprocessor reprocessor(*writer, gazetteer);
        const ReprocessSummary summary = reprocessor.run(cancel, [self](const ReprocessProgress& p) {
            QMetaObject::invokeMethod(self, [self, p] {
                if (self)
                    self->onProgress(p.done, p.total);
            }, Qt::QueuedConnection);
        });
        QMetaObject::invokeMethod(self, [self, summary] {
            if (self)
                self->onFinished(summary);
        }, Qt::QueuedConnection);
    }));
    return true;
}

void ReprocessController::onProgress(int done, int total)
{
    if (!m_progress)
        return;
    m_progress->setMaximum(total);
    m_progress->setValue(done);
    m_progress->setLabelText(tr("Reprocessed %1 of %2 reports").arg(done).arg(total));
}

void ReprocessController::onFinished(const ReprocessSummary& summary)
{
    m_running = false;
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
    }
    QString message = tr("%1 reports reprocessed: %2 publication dates changed, events %3 → %4 (%5 corrected or rejected by an analyst kept).")
                          .arg(summary.reports)
                          .arg(summary.datesChanged)
                          .arg(summary.eventsBefore)
                          .arg(summary.eventsAfter)
                          .arg(summary.eventsKept);
    if (summary.cancelled)
        message += QLatin1Char(' ') + tr("Cancelled: the reports not reached are as they were.");
    if (summary.failed > 0)
        message += QLatin1Char(' ') + tr("%1 failed: %2").arg(summary.failed).arg(summary.errors.join(QStringLiteral("; ")));
    emit finished(summary, message);
}

} // namespace lodestone
