#include "importresultsdialog.h"

#include <QBrush>
#include <QColor>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
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
    if (summary.cancelled)
        head += QStringLiteral(" · ") + tr("cancelled");
    layout->addWidget(new QLabel(head, this));
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
            details = tr("already imported as report %1").arg(r.duplicateOf);
            break;
        case ImportStatus::Failed:
            status = tr("Failed");
            details = r.error.detail;
            item->setForeground(0, QColor(180, 30, 30));
            break;
        }
        item->setText(0, status);
        item->setText(1, QFileInfo(r.file).fileName());
        item->setToolTip(1, r.file);
        item->setText(2, details);
        item->setToolTip(2, details);
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
