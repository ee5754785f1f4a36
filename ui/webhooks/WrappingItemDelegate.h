// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace Gui {

// Word-wrapped rows for a QTreeView. The view asks its delegate for row heights without a
// column width (QTreeView::indexRowSizeHint sets it to -1), so wrapped text would get one line;
// this delegate passes the column's real width and lays the rows out again when a column or
// the view is resized.
class WrappingItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrappingItemDelegate)

public:
    explicit WrappingItemDelegate(QTreeView *view);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QTreeView *m_view;
};

} // namespace Gui
