#include "historyview.h"

#include "admiralty.h"

#include <QHeaderView>
#include <QLocale>

namespace lodestone {

HistoryView::HistoryView(QWidget* parent) : QTreeWidget(parent)
{
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("When"), tr("Analyst"), tr("Action"), tr("Change"), tr("Note")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

QString HistoryView::describe(const Verification& v)
{
    QString grade = v.reliability;
    if (v.credibility > 0)
        grade += QString::number(v.credibility);
    return grade.isEmpty() ? Admiralty::statusLabel(v.status) : tr("%1 · %2").arg(Admiralty::statusLabel(v.status), grade);
}

void HistoryView::setEntries(const QList<VerificationLogEntry>& entries)
{
    clear();
    QList<QTreeWidgetItem*> items;
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        auto* item = new QTreeWidgetItem;
        item->setText(When, QLocale().toString(it->value.at.toLocalTime(), QLocale::ShortFormat));
        item->setData(When, Qt::UserRole, it->id);
        item->setText(Analyst, it->value.analyst);
        item->setText(Action, Admiralty::actionLabel(it->action));
        item->setText(Change, tr("%1 → %2").arg(describe(it->previous), describe(it->value)));
        QString note = it->value.note;
        if (it->previous.note != it->value.note && !it->previous.note.isEmpty())
            note = tr("%1 (was: %2)").arg(it->value.note, it->previous.note);
        item->setText(Note, note);
        item->setToolTip(Change, tr("Reliability: %1\nCredibility: %2")
                                     .arg(Admiralty::reliabilityLabel(it->value.reliability), Admiralty::credibilityLabel(it->value.credibility)));
        items << item;
    }
    addTopLevelItems(items);
}

} // namespace lodestone
