#pragma once
// A sortable table view over one of Lodestone's snapshot models, sorting by RawValueRole and keeping
// the selection in step with DataHub by id. GUI thread.
#include <QWidget>
#include <utility>

class QAbstractItemModel;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace lodestone {

class TablePanel final : public QWidget {
    Q_OBJECT
public:
    TablePanel(QAbstractItemModel* model, const QString& settingsKey, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    // Selects the row with this id (IdRole) without emitting idActivated.
    void selectId(qint64 id);
    QList<qint64> selectedIds() const;
    void saveState() const;
    // The column that takes the spare width (the title, usually).
    void setStretchColumn(int column);
    // A one-line notice above the table (e.g. that a search shows only its best matches); empty hides it. With
    // an action text the notice carries a button that emits noticeActionTriggered (e.g. "Clear Filter").
    void setNotice(const QString& text, const QString& actionText = {});
    QString notice() const;
    // A column that exists only while a search is active and holds its rank order: while it exists the table
    // is sorted by it; when it goes, the sort the analyst had comes back (and is what saveState keeps).
    void setRankColumn(int column);
    // Columns that grow to their widest shown cell after each reload (dates, whose width depends on the language
    // and the date style); they never shrink below the width the analyst gave them.
    void setFitColumns(const QList<int>& columns) { m_fitColumns = columns; }

signals:
    void idSelected(qint64 id);
    void idActivated(qint64 id);
    void selectionChangedIds(const QList<qint64>& ids);
    void noticeActionTriggered();

private:
    void applyRankSort();
    void keepSelection();
    void restoreSelection();
    void fitColumns();

    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QWidget* m_noticeBar;
    QLabel* m_notice;
    QToolButton* m_noticeAction;
    QList<qint64> m_keptSelection; // ids selected when the model was reset, selected again after
    qint64 m_keptCurrent = 0;
    QString m_settingsKey;
    bool m_syncing = false;
    int m_rankColumn = -1;
    QList<int> m_fitColumns;
    bool m_rankSorted = false;
    std::pair<int, Qt::SortOrder> m_savedSort{0, Qt::AscendingOrder};
};

} // namespace lodestone
