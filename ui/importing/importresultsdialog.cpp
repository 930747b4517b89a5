#include "importresultsdialog.h"

#include "util/printable.h"

#include <QBrush>
#include <QColor>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QFrame>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lodestone {

ImportResultsDialog::ImportResultsDialog(const ImportSummary& summary, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Import results"));
    resize(760, 420);
    auto* layout = new QVBoxLayout(this);
    QString head = tr("%n file(s) imported", nullptr, summary.imported) + QStringLiteral(" · ") +
                   tr("%n duplicate(s)", nullptr, summary.duplicates) + QStringLiteral(" · ") +
                   tr("%n failed", nullptr, summary.failed);
    if (!summary.notAttempted.isEmpty())
        head += QStringLiteral(" · ") + tr("%n not attempted", nullptr, static_cast<int>(summary.notAttempted.size()));
    if (summary.cancelled)
        head += QStringLiteral(" · ") + tr("cancelled");
    layout->addWidget(new QLabel(head, this));
    if (summary.stoppedBy.code == ErrorCode::DiskFull) {
        // The batch stopped early: say so above the list, in words, with what to do next.
        auto* banner = new QLabel(this);
        banner->setObjectName(QStringLiteral("stoppedBanner"));
        banner->setWordWrap(true);
        banner->setFrameShape(QFrame::StyledPanel);
        banner->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #611a15; padding: 8px; }"));
        banner->setText(tr("The import stopped because the disk is full. The reports imported before that are kept; "
                           "%n file(s) were not attempted. Free some disk space and import the same files again: "
                           "the reports already stored will be listed as duplicates.",
                           nullptr, static_cast<int>(summary.notAttempted.size())));
        layout->addWidget(banner);
    }
    auto* tree = new QTreeWidget(this);
    tree->setRootIsDecorated(false);
    tree->setHeaderLabels({tr("Status"), tr("File"), tr("Details")});
    for (const ImportFileResult& r : summary.results) {
        auto* item = new QTreeWidgetItem(tree);
        QString status;
        QString details;
        switch (r.status) {
        case ImportStatus::Imported:
            status = tr("Imported");
            details = tr("%n event(s)", nullptr, r.events) + QStringLiteral(", ") + tr("%n organisation(s)", nullptr, r.organisations);
            break;
        case ImportStatus::Duplicate:
            status = tr("Duplicate");
            details = r.similarity < 1.0 ? tr("duplicate of report %1: the same article saved differently (%2% shared)")
                                               .arg(r.duplicateOf).arg(qRound(r.similarity * 100))
                      : r.duplicateOf ? tr("already imported as report %1").arg(r.duplicateOf)
                                      : tr("nothing new: everything it holds is known already");
            break;
        case ImportStatus::Failed:
            status = tr("Failed");
            details = printableLine(r.error.code == ErrorCode::DiskFull ? tr("the disk is full: %1").arg(r.error.detail) : r.error.detail);
            item->setForeground(0, QColor(180, 30, 30));
            break;
        }
        item->setText(0, status);
        // A name with ESC, a newline or a bidi override is shown escaped, as it is on the command line.
        item->setText(1, printableLine(QFileInfo(r.file).fileName()));
        item->setToolTip(1, printableLine(r.file));
        item->setText(2, details);
        item->setToolTip(2, details);
    }
    for (const QString& file : summary.notAttempted) {
        auto* item = new QTreeWidgetItem(tree);
        item->setText(0, tr("Not attempted"));
        item->setForeground(0, QColor(130, 90, 0));
        item->setText(1, printableLine(QFileInfo(file).fileName()));
        item->setToolTip(1, printableLine(file));
        item->setText(2, tr("stopped: disk full"));
    }
    tree->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    tree->resizeColumnToContents(0);
    tree->setColumnWidth(1, 260);
    layout->addWidget(tree);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace lodestone
