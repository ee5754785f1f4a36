// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Gui {

// Draws a URL that does not fit by shortening the middle of its path, never the host: in a
// column of callback URLs the host is what tells rows apart ("https://pms.example.com/…/channex").
class UrlElideDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UrlElideDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The text drawn for `url` in `width` pixels of `metrics`.
    static QString elide(const QString &url, const QFontMetrics &metrics, int width);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Gui
