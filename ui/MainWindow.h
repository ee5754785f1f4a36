// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/channex/AccountSession.h"

#include <QMainWindow>
#include <QPointer>
#include <QTime>

#include <optional>

class QAction;
class QLabel;
class QMenu;
class QTabWidget;
class QToolBar;

namespace Capture {
class CaptureStore;
}
namespace Receiver {
class ReceiverController;
}

namespace Session {
class ConsoleController;
}

namespace Gui {

class CompareConnectionsAction;
class ElidedLabel;
class WebhookListModel;
class ConnectionBar;
class LivePanel;
class SandboxTools;
class WebhookActions;
class WebhookTransferActions;
class WebhooksPanel;

// The console's window: connection bar on top, the tabs "Webhooks" (the table), "Live" (the
// receiver's captures, once attachLive() gave it a store) and, on the sandbox connection,
// "Deliveries" (SandboxTools), totals in the status bar.
// It composes panels: which connection is in use, its session and its notices come from the
// ConsoleController; the window holds no connection or API logic of its own.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // `controller` is not owned; call its start() after constructing the window.
    explicit MainWindow(Session::ConsoleController *controller, QWidget *parent = nullptr);
    ~MainWindow() override;

    Channex::AccountSession *session() const { return m_session; }
    WebhooksPanel *webhooksPanel() const { return m_panel; }
    ConnectionBar *connectionBar() const { return m_connectionBar; }
    WebhookActions *webhookActions() const { return m_actions; }
    WebhookTransferActions *transferActions() const { return m_transfer; }
    LivePanel *livePanel() const { return m_livePanel; }
    // Fire Event… (Webhook menu, toolbar) and the Deliveries tab, shown on the sandbox connection.
    SandboxTools *sandboxTools() const { return m_sandboxTools; }
    QTabWidget *tabs() const { return m_tabs; }

    // Adds the Live tab for this store and receiver, neither owned; both must outlive the
    // window. Once only.
    void attachLive(Capture::CaptureStore *store, Receiver::ReceiverController *receiver);
    void showLiveTab();
    // A one-time notice in the status bar (files made private, say), shown long enough to read.
    void showNotice(const QString &text);
    // While a shared capture history opens (its server may keep it waiting): the status bar
    // says so until storeOpeningEnded().
    void showStoreOpening(const QString &storeName);
    void storeOpeningEnded();

public slots:
    void refresh();
    void manageConnections();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void retranslate();
    void updateWindowTitle();
    void showSessionState();
    void onSessionChanged(Channex::AccountSession *session);
    void onNoticeChanged(const QString &title, const QString &text);
    void onSessionStateChanged(Channex::AccountSession::State state);
    void updateStatus();
    void updateConnectionLabel();
    void showKeychainNotice();
    void setKeychainNotice(const QString &fullText);
    void updateSandboxTools();
    void updateTabBar();
    QString serverText() const;
    void restoreSettings();
    void saveSettings() const;

    Session::ConsoleController *m_controller;
    WebhookListModel *m_model;
    ConnectionBar *m_connectionBar;
    WebhooksPanel *m_panel;
    QTabWidget *m_tabs;
    LivePanel *m_livePanel = nullptr;
    SandboxTools *m_sandboxTools = nullptr;
    WebhookActions *m_actions = nullptr;
    WebhookTransferActions *m_transfer = nullptr;
    CompareConnectionsAction *m_compare = nullptr;
    ElidedLabel *m_connectionLabel;
    bool m_sandboxNoticeShown = false; // that its changes last until the console quits
    // The server stopped answering after the list loaded (a later call was refused, timed out…):
    // the status bar says so, with when, until a call gets an answer again.
    std::optional<Channex::ApiError> m_unreachable;
    QTime m_unreachableSince;
    QLabel *m_totalLabel;
    QLabel *m_keychainLabel;
    ElidedLabel *m_storeOpeningLabel = nullptr;
    QString m_openingStoreName; // while a shared store opens
    QAction *m_refreshAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_webhookMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_captureMenu = nullptr;
    QToolBar *m_connectionToolBar = nullptr;
    QToolBar *m_webhookToolBar = nullptr;
    QPointer<Channex::AccountSession> m_session;
};

} // namespace Gui
