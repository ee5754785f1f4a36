// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

namespace Gui {

// Help ▸ Keyboard Shortcuts: every menu command that has a key, read from the menus themselves
// (so the list cannot go stale), plus the keys that work inside a field or dialog.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();

    const QMenuBar *m_menus;
    QTreeWidget *m_list;
};

} // namespace Gui
