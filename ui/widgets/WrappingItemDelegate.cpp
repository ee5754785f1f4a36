#include "ui/widgets/WrappingItemDelegate.h"

#include <QHeaderView>
#include <QTreeView>

namespace Gui {

WrappingItemDelegate::WrappingItemDelegate(QTreeView *view)
    : QStyledItemDelegate(view), m_view(view)
{
    view->setWordWrap(true);
    view->setUniformRowHeights(false);
    connect(view->header(), &QHeaderView::sectionResized, view, [view] { view->doItemsLayout(); });
}

QSize WrappingItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QStyleOptionViewItem wrapped(option);
    int width = m_view->columnWidth(index.column());
    if (index.column() == 0) {
        // The first column also holds the branch indentation.
        int depth = 0;
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            ++depth;
        width -= m_view->indentation() * (depth + (m_view->rootIsDecorated() ? 1 : 0));
    }
    wrapped.rect.setWidth(qMax(1, width));
    return QStyledItemDelegate::sizeHint(wrapped, index);
}

} // namespace Gui
