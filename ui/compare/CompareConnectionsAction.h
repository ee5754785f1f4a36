// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace Session {
class ConsoleController;
}

namespace Gui {

class CompareConnectionsDialog;

// Webhook ▸ Compare Connections…: opens the one Compare Connections window of the main window
// (again, raised and read anew, when it is open already), on the two connections it showed last,
// else the connection in use and the next saved one. The window calls retranslate() with its own.
class CompareConnectionsAction final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareConnectionsAction)

public:
    CompareConnectionsAction(Session::ConsoleController *controller, QWidget *window);

    QAction *action() const { return m_action; }
    // The window, once opened.
    CompareConnectionsDialog *dialog() const;

    void retranslate();

public slots:
    void open();

private:
    Session::ConsoleController *m_controller;
    QWidget *m_window;
    QAction *m_action;
    QPointer<CompareConnectionsDialog> m_dialog;
};

} // namespace Gui
