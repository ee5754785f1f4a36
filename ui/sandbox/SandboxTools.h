// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QTabWidget;
class QToolBar;
class QWidget;

namespace Channex {
class AccountSession;
}
namespace Sandbox {
class SandboxServer;
}

namespace Gui {

class DeliveriesPanel;
class FireEventDialog;

// What the window offers only on the built-in sandbox connection: Fire Event… in the Webhook menu
// and on the webhook toolbar, the Deliveries tab, and clearing the delivery log. Shown
// while the sandbox is the connection in use, hidden otherwise; the window only installs it and
// tells it the session.
class SandboxTools final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxTools)

public:
    // The sandbox is not owned and must outlive the tools; `window` parents the dialog.
    SandboxTools(Sandbox::SandboxServer *sandbox, QWidget *window);
    ~SandboxTools() override;

    // Adds Fire Event… and Show Deliveries to the end of `webhookMenu`, and Fire Event… to
    // `toolBar`. The Deliveries tab (and its Clear after Show Deliveries) is made when a sandbox
    // session first arrives: a Qt Charts view is costly, and a real account never needs it.
    void install(QTabWidget *tabs, QMenu *webhookMenu, QToolBar *toolBar);
    // The session in use when it is the sandbox's; null hides everything.
    void setSession(Channex::AccountSession *session);
    bool isShown() const { return m_session; }

    QAction *fireAction() const { return m_fireAction; }
    QAction *showDeliveriesAction() const { return m_showDeliveriesAction; }
    // Null until the first sandbox session.
    DeliveriesPanel *deliveriesPanel() const { return m_panel; }
    // The open Fire Event dialog, if any.
    FireEventDialog *fireDialog() const;

    void retranslate();

public slots:
    // Opens the Fire Event dialog, or brings the open one to the front.
    void openFireDialog();
    void showDeliveries();

private:
    void makeDeliveriesPanel();

    Sandbox::SandboxServer *m_sandbox;
    QWidget *m_window;
    QPointer<Channex::AccountSession> m_session;
    DeliveriesPanel *m_panel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QMenu *m_webhookMenu = nullptr;
    QAction *m_menuSeparator = nullptr;
    QAction *m_fireAction;
    QAction *m_showDeliveriesAction;
    QPointer<FireEventDialog> m_dialog;
};

} // namespace Gui
