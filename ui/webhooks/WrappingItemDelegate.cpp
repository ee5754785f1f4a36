// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/webhooks/WrappingItemDelegate.h"

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
    // A valid rect (the view passes an empty one) with the column's width: the style wraps
    // the text at that width and returns the height of the lines.
    wrapped.rect = QRect(0, 0, qMax(1, width), QWIDGETSIZE_MAX);
    // A little air between rows: wrapped two-line rows otherwise touch their neighbours.
    constexpr int RowPadding = 4;
    return QStyledItemDelegate::sizeHint(wrapped, index) + QSize(0, RowPadding);
}

} // namespace Gui
