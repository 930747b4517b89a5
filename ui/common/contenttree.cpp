#include "contenttree.h"

#include <QHeaderView>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTimer>
#include <algorithm>

namespace lodestone {

namespace {

// Row heights for wrapped text: QTreeView asks its delegate for a size without the column's width, so a
// wrapping cell would stay one line high. This delegate measures at the column's current width.
class WrappingDelegate final : public QStyledItemDelegate {
public:
    explicit WrappingDelegate(QTreeView* view) : QStyledItemDelegate(view), m_view(view) {}

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const int width = m_view->header()->sectionSize(index.column());
        if (width <= 0 || opt.text.isEmpty())
            return QStyledItemDelegate::sizeHint(option, index);
        const int margin = m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, &opt, m_view) + 1;
        const QRect text = opt.fontMetrics.boundingRect(QRect(0, 0, std::max(1, width - 2 * margin - 2), 100000),
                                                        Qt::TextWordWrap | Qt::TextWrapAnywhere, opt.text);
        const QSize base = QStyledItemDelegate::sizeHint(option, index);
        return {base.width(), std::max(base.height(), text.height() + 4)};
    }

private:
    QTreeView* m_view;
};

} // namespace

ContentTree::ContentTree(const QStringList& headers, int stretchColumn, QWidget* parent)
    : QTreeWidget(parent), m_stretch(stretchColumn)
{
    setColumnCount(static_cast<int>(headers.size()));
    setHeaderLabels(headers);
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setWordWrap(true);
    setUniformRowHeights(false);
    setTextElideMode(Qt::ElideNone);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustIgnored);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setItemDelegate(new WrappingDelegate(this));
    header()->setStretchLastSection(false);
    for (int c = 0; c < columnCount(); ++c)
        header()->setSectionResizeMode(c, c == m_stretch ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    // A column's new width changes the wrapped rows' heights: lay the rows out again, then measure.
    connect(header(), &QHeaderView::sectionResized, this, [this] {
        scheduleDelayedItemsLayout();
        if (!m_fitQueued) {
            m_fitQueued = true;
            QTimer::singleShot(0, this, &ContentTree::fit);
        }
    });
    connect(model(), &QAbstractItemModel::rowsInserted, this, &ContentTree::fit);
    connect(model(), &QAbstractItemModel::rowsRemoved, this, &ContentTree::fit);
    connect(model(), &QAbstractItemModel::modelReset, this, &ContentTree::fit);
    connect(model(), &QAbstractItemModel::dataChanged, this, &ContentTree::fit);
}

ContentTree::~ContentTree()
{
    // QTreeWidget's destructor resets its model after this part is gone: no measuring then.
    disconnect(model(), nullptr, this, nullptr);
}

int ContentTree::contentHeight() const
{
    int h = header()->isHidden() ? 0 : header()->sizeHint().height();
    for (int i = 0; i < topLevelItemCount(); ++i) {
        // indexRowSizeHint wraps each cell at its column's current width.
        h += std::max(indexRowSizeHint(indexFromItem(topLevelItem(i))), fontMetrics().height() + 4);
    }
    if (topLevelItemCount() == 0)
        h += fontMetrics().height() + 6; // room for one row, so an empty list still reads as a list
    return h + 2 * frameWidth() + 2;
}

QSize ContentTree::sizeHint() const
{
    return {QTreeWidget::sizeHint().width(), contentHeight()};
}

QSize ContentTree::minimumSizeHint() const
{
    return {80, contentHeight()};
}

void ContentTree::fit()
{
    m_fitQueued = false;
    const int h = contentHeight();
    if (h != height() || minimumHeight() != h) {
        setFixedHeight(h);
        updateGeometry();
    }
}

void ContentTree::setShareColumn(int column, double share)
{
    if (column < 0 || column >= columnCount() || column == m_stretch)
        return;
    m_shareColumn = column;
    m_share = std::clamp(share, 0.05, 0.9);
    header()->setSectionResizeMode(column, QHeaderView::Fixed);
    applyShare();
}

void ContentTree::applyShare()
{
    if (m_shareColumn >= 0)
        header()->resizeSection(m_shareColumn, std::max(40, int(viewport()->width() * m_share)));
}

void ContentTree::resizeEvent(QResizeEvent* event)
{
    QTreeWidget::resizeEvent(event);
    applyShare();
    // The stretch column's width changed, and with it the wrapped rows' heights: measure after the header did.
    if (!m_fitQueued) {
        m_fitQueued = true;
        QTimer::singleShot(0, this, &ContentTree::fit);
    }
}

} // namespace lodestone
