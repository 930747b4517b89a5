#include "tablepanel.h"

#include "roles.h"

#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QSet>
#include <QSettings>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace lodestone {

TablePanel::TablePanel(QAbstractItemModel* model, const QString& settingsKey, QWidget* parent)
    : QWidget(parent), m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this)), m_noticeBar(new QWidget(this)),
      m_notice(new QLabel(m_noticeBar)), m_noticeAction(new QToolButton(m_noticeBar)), m_settingsKey(settingsKey)
{
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(RawValueRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_notice->setObjectName(QStringLiteral("tableNotice"));
    m_notice->setWordWrap(true);
    m_notice->setContentsMargins(6, 3, 6, 3);
    m_noticeBar->setAutoFillBackground(true);
    m_noticeBar->setBackgroundRole(QPalette::ToolTipBase);
    m_notice->setForegroundRole(QPalette::ToolTipText);
    m_noticeAction->setObjectName(QStringLiteral("tableNoticeAction"));
    auto* bar = new QHBoxLayout(m_noticeBar);
    bar->setContentsMargins(0, 0, 6, 0);
    bar->addWidget(m_notice, 1);
    bar->addWidget(m_noticeAction);
    m_noticeBar->hide();
    m_noticeAction->hide();
    connect(m_noticeAction, &QToolButton::clicked, this, &TablePanel::noticeActionTriggered);
    layout->addWidget(m_noticeBar);
    layout->addWidget(m_view);

    const QByteArray state = QSettings().value(m_settingsKey).toByteArray();
    if (!state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_syncing)
            return;
        const QList<qint64> ids = selectedIds();
        emit selectionChangedIds(ids);
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            emit idSelected(current.data(IdRole).toLongLong());
    });
    // A rank column (setRankColumn) that appears with a search sorts the table by it until it goes again.
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, &TablePanel::keepSelection);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TablePanel::restoreSelection);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TablePanel::fitColumns);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &TablePanel::fitColumns);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TablePanel::applyRankSort);
    connect(m_proxy, &QAbstractItemModel::columnsInserted, this, &TablePanel::applyRankSort);
    connect(m_proxy, &QAbstractItemModel::columnsRemoved, this, &TablePanel::applyRankSort);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        emit idActivated(index.data(IdRole).toLongLong());
    });
}

void TablePanel::setNotice(const QString& text, const QString& actionText)
{
    m_notice->setText(text);
    m_noticeAction->setText(actionText);
    m_noticeAction->setVisible(!actionText.isEmpty());
    m_notice->setVisible(!text.isEmpty());
    m_noticeBar->setVisible(!text.isEmpty());
}

QString TablePanel::notice() const
{
    return m_noticeBar->isVisibleTo(this) ? m_notice->text() : QString();
}

void TablePanel::keepSelection()
{
    m_keptSelection = selectedIds();
    const QModelIndex current = m_view->currentIndex();
    m_keptCurrent = current.isValid() ? current.data(IdRole).toLongLong() : 0;
}

void TablePanel::restoreSelection()
{
    // A reload (after tagging, say) resets the model: the same reports stay selected, quietly.
    if (m_keptSelection.isEmpty() && m_keptCurrent == 0)
        return;
    const QSet<qint64> wanted(m_keptSelection.cbegin(), m_keptSelection.cend());
    QItemSelection selection;
    QModelIndex current;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        const qint64 id = index.data(IdRole).toLongLong();
        if (wanted.contains(id))
            selection.select(index, m_proxy->index(row, m_proxy->columnCount() - 1));
        if (id == m_keptCurrent)
            current = index;
    }
    m_syncing = true;
    if (current.isValid())
        m_view->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_syncing = false;
    const QList<qint64> now = selectedIds();
    if (QSet<qint64>(now.cbegin(), now.cend()) != wanted)
        emit selectionChangedIds(now); // some rows went (filtered out): say what is selected now
    m_keptSelection.clear();
    m_keptCurrent = 0;
}

void TablePanel::selectId(qint64 id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(IdRole).toLongLong() == id) {
            m_syncing = true;
            m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_view->scrollTo(index);
            m_syncing = false;
            return;
        }
    }
}

QList<qint64> TablePanel::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        ids << index.data(IdRole).toLongLong();
    return ids;
}

void TablePanel::fitColumns()
{
    QHeaderView* header = m_view->horizontalHeader();
    for (int c : m_fitColumns) {
        if (c < 0 || c >= m_proxy->columnCount() || header->sectionResizeMode(c) != QHeaderView::Interactive)
            continue;
        // QTableView hides it; QAbstractItemView offers it: the widest of the rows shown.
        const int wanted = std::max(static_cast<QAbstractItemView*>(m_view)->sizeHintForColumn(c), header->sectionSizeHint(c));
        if (header->sectionSize(c) < wanted)
            header->resizeSection(c, wanted);
    }
}

void TablePanel::setStretchColumn(int column)
{
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
}

void TablePanel::setRankColumn(int column)
{
    m_rankColumn = column;
    applyRankSort();
}

void TablePanel::applyRankSort()
{
    if (m_rankColumn < 0)
        return;
    const bool ranked = m_proxy->columnCount() > m_rankColumn;
    if (ranked == m_rankSorted)
        return;
    QHeaderView* header = m_view->horizontalHeader();
    if (ranked) {
        m_savedSort = {header->sortIndicatorSection(), header->sortIndicatorOrder()};
        m_view->sortByColumn(m_rankColumn, Qt::AscendingOrder);
    } else {
        m_view->sortByColumn(m_savedSort.first, m_savedSort.second);
    }
    m_rankSorted = ranked;
}

void TablePanel::saveState() const
{
    QHeaderView* header = m_view->horizontalHeader();
    if (!m_rankSorted) {
        QSettings().setValue(m_settingsKey, header->saveState());
        return;
    }
    // The rank column exists only during a search: remember the analyst's own sort, not the search's.
    const QSignalBlocker block(header);
    const int section = header->sortIndicatorSection();
    const Qt::SortOrder order = header->sortIndicatorOrder();
    header->setSortIndicator(m_savedSort.first, m_savedSort.second);
    QSettings().setValue(m_settingsKey, header->saveState());
    header->setSortIndicator(section, order);
}

} // namespace lodestone
