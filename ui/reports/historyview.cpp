#include "historyview.h"

#include "common/dateformat.h"

#include "admiralty.h"

#include <QHeaderView>
#include <QLocale>

namespace lodestone {

HistoryView::HistoryView(QWidget* parent)
    : ContentTree({tr("When"), tr("Analyst"), tr("Action"), tr("Change"), tr("Note")}, Change, parent)
{
    setSelectionMode(QAbstractItemView::NoSelection);
    for (Column c : {Analyst, Action, Note})
        setColumnHidden(c, true); // shown inside the Change column
}

void HistoryView::retranslate()
{
    setHeaderLabels({tr("When"), tr("Analyst"), tr("Action"), tr("Change"), tr("Note")});
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
        item->setText(When, DateFormat::dateTime(it->value.at));
        item->setData(When, Qt::UserRole, it->id);
        item->setText(Analyst, it->value.analyst);
        item->setText(Action, Admiralty::actionLabel(it->action));
        const QString change = tr("%1 → %2").arg(describe(it->previous), describe(it->value));
        QString note = it->value.note;
        if (it->previous.note != it->value.note && !it->previous.note.isEmpty())
            note = tr("%1 (was: %2)").arg(it->value.note, it->previous.note);
        item->setText(Note, note);
        //: one line of the verification history: %1 the analyst, %2 the action, %3 "old → new"
        QString shown = tr("%1, %2: %3").arg(it->value.analyst, Admiralty::actionLabel(it->action), change);
        if (!note.isEmpty())
            shown += QLatin1Char('\n') + note;
        item->setText(Change, shown);
        item->setToolTip(Change, tr("Reliability: %1\nCredibility: %2")
                                     .arg(Admiralty::reliabilityLabel(it->value.reliability), Admiralty::credibilityLabel(it->value.credibility)));
        items << item;
    }
    addTopLevelItems(items);
}

} // namespace lodestone
