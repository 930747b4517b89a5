#include "reportmetadataeditor.h"

#include "analystname.h"
#include "common/deliver.h"
#include "reportmetadatadialog.h"
#include "service/correctioncommands.h"
#include "service/queryservice.h"

namespace lodestone {

ReportMetadataEditor::ReportMetadataEditor(Writer& writer, QueryService& queries, QWidget* dialogParent)
    : QObject(dialogParent), m_writer(writer), m_queries(queries), m_parent(dialogParent)
{
}

ReportMetadataDialog* ReportMetadataEditor::openDialog() const
{
    return m_dialog;
}

void ReportMetadataEditor::edit(qint64 reportId)
{
    if (reportId <= 0 || m_dialog)
        return;
    deliver(this, m_queries.run([reportId](ReadContext& ctx) { return ctx.stores.reports.get(reportId); }),
            [this, reportId](const std::optional<Report>& report) {
        if (!report) {
            emit finished(false, tr("Report %1 is not in the database.").arg(reportId));
            return;
        }
        const QString analyst = AnalystName::current(m_parent);
        m_dialog = new ReportMetadataDialog(*report, analyst, m_parent);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &QDialog::accepted, this, [this, analyst] {
            const ReportCorrection c = m_dialog->correction();
            if (c.isEmpty())
                return;
            const CorrectionMeta meta{analyst, m_dialog->note(), {}};
            deliver(this, CorrectionCommands::correctReport(m_writer, c, meta), [this, c](const Error& e) {
                if (e)
                    emit finished(false, tr("Could not correct report %1: %2").arg(c.reportId).arg(e.detail));
                else
                    emit finished(true, tr("Report %1 corrected; its events were resolved again.").arg(c.reportId));
            },
                    [this](const std::exception& e) { emit finished(false, QString::fromUtf8(e.what())); });
        });
        m_dialog->open();
    },
            [this](const std::exception& e) { emit finished(false, QString::fromUtf8(e.what())); });
}

} // namespace lodestone
