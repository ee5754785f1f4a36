// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "app/channex/ChannexClient.h"
#include "app/channex/ConnectionProfile.h"
#include "app/sandbox/SandboxServer.h"
#include "app/session/ConsoleController.h"
#include "app/session/SettingsKeys.h"
#include "ui/common/ElidedLabel.h"
#include "ui/common/ToolBarButtons.h"
#include "ui/compare/CompareConnectionsAction.h"
#include "ui/connections/ConnectionBar.h"
#include "ui/connections/ConnectionsDialog.h"
#include "ui/help/AboutDialog.h"
#include "ui/help/ShortcutsDialog.h"
#include "ui/live/CaptureActions.h"
#include "ui/live/LivePanel.h"
#include "ui/live/detail/CaptureDetailView.h"
#include "ui/preferences/PreferencesDialog.h"
#include "ui/sandbox/DeliveryOrigin.h"
#include "ui/sandbox/SandboxTools.h"
#include "ui/webhooks/WebhookActions.h"
#include "ui/webhooks/WebhookListModel.h"
#include "ui/webhooks/WebhookTransferActions.h"
#include "ui/webhooks/WebhooksPanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTime>
#include <QToolBar>

#include <utility>

using Channex::AccountSession;
namespace SettingsKeys = Session::SettingsKeys;

namespace Gui {

MainWindow::MainWindow(Session::ConsoleController *controller, QWidget *parent)
    : QMainWindow(parent), m_controller(controller), m_model(new Gui::WebhookListModel(this)),
      m_connectionBar(new ConnectionBar(controller, this)),
      m_panel(new WebhooksPanel(m_model, this)), m_tabs(new QTabWidget(this)),
      m_connectionLabel(new ElidedLabel(this)), m_totalLabel(new QLabel(this)),
      m_keychainLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/webhook-console.svg")));
    // The first size before any is remembered; never larger than the screen it opens on.
    resize(QSize(1280, 720).boundedTo(screen()->availableGeometry().size()));

    auto *connectionToolBar = addToolBar(QString());
    m_connectionToolBar = connectionToolBar;
    connectionToolBar->setObjectName(QStringLiteral("connectionToolBar"));
    connectionToolBar->setMovable(false);
    connectionToolBar->addWidget(m_connectionBar);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_panel, QString());
    // Tab reaches the tab bar itself; the tab widget would hand focus to it even while it is
    // hidden, and Tab in the table would then go nowhere.
    m_tabs->setFocusPolicy(Qt::NoFocus);
    setCentralWidget(m_tabs);
    m_panel->setContentsMargins(8, 4, 8, 0);

    m_connectionLabel->setObjectName(QStringLiteral("connectionStatusLabel"));
    // Not selectable: its text may be cut ("…"); the tooltip shows all of it.
    statusBar()->addWidget(m_connectionLabel, 1);
    m_keychainLabel->setObjectName(QStringLiteral("keychainNoticeLabel"));
    statusBar()->addWidget(m_keychainLabel); // whole; the connection's line gives way
    m_keychainLabel->setVisible(false);
    m_totalLabel->setObjectName(QStringLiteral("webhookTotalLabel"));
    statusBar()->addPermanentWidget(m_totalLabel);

    m_actions = new WebhookActions(m_panel, statusBar(), this);
    m_transfer = new WebhookTransferActions(m_actions, statusBar(), this);
    createActions();
    addToolBarAction(connectionToolBar, m_refreshAction);
    auto *webhookToolBar = addToolBar(QString());
    m_webhookToolBar = webhookToolBar;
    webhookToolBar->setObjectName(QStringLiteral("webhookToolBar"));
    webhookToolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QAction *action :
         {m_actions->newAction(), m_actions->editAction(), m_actions->testAction(),
          m_actions->enableAction(), m_actions->disableAction(), m_actions->deleteAction()})
        addToolBarAction(webhookToolBar, action);
    m_sandboxTools = new SandboxTools(m_controller->sandbox(), this);
    m_sandboxTools->install(m_tabs, m_webhookMenu, webhookToolBar);
    // The webhook actions act on the webhooks table: on the Live tab, where a capture is
    // selected, a toolbar "Delete…" would delete a webhook. They stay in the Webhook menu.
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this] { m_webhookToolBar->setVisible(m_tabs->currentWidget() == m_panel); });

    connect(m_connectionBar, &ConnectionBar::manageRequested, this, &MainWindow::manageConnections);
    connect(m_panel, &WebhooksPanel::retryRequested, this, &MainWindow::refresh);
    connect(m_panel, &WebhooksPanel::visibleCountChanged, this, &MainWindow::updateStatus);
    // The proxy removes its rows while the source's are about to go: the total is counted again
    // once the source has them gone too.
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);

    // The window shows the controller's current connection and nothing else.
    connect(m_controller, &Session::ConsoleController::sessionChanged, this,
            &MainWindow::onSessionChanged);
    connect(m_controller, &Session::ConsoleController::noticeChanged, this,
            &MainWindow::onNoticeChanged);
    connect(m_controller, &Session::ConsoleController::currentConnectionChanged, this,
            &MainWindow::updateWindowTitle);
    connect(m_controller, &Session::ConsoleController::currentConnectionChanged, this,
            &MainWindow::updateSandboxTools);
    connect(m_controller, &Session::ConsoleController::keychainNoticeChanged, this,
            [this](const QString &text) {
                setKeychainNotice(text);
                showKeychainNotice();
            });
    // A status message hides the bar's other texts while it lasts: the keychain notice must not
    // be drawn under it when it arrives meanwhile, and comes back after it.
    connect(statusBar(), &QStatusBar::messageChanged, this, &MainWindow::showKeychainNotice);

    restoreSettings();
    retranslate();
    onSessionChanged(m_controller->session());
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    retranslate();
    showSessionState();
}

// The texts set here; the panels and dialogs retranslate themselves on LanguageChange.
void MainWindow::retranslate()
{
    m_connectionToolBar->setWindowTitle(tr("Connection"));
    m_webhookToolBar->setWindowTitle(tr("Webhooks"));
    m_fileMenu->setTitle(tr("&File"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_quitAction->setText(tr("&Quit"));
    m_webhookMenu->setTitle(tr("&Webhook"));
    m_viewMenu->setTitle(tr("&View"));
    m_refreshAction->setText(tr("&Refresh"));
    m_refreshAction->setToolTip(
        tr("Load the webhooks again (%1)")
            .arg(QKeySequence(Qt::Key_F5).toString(QKeySequence::NativeText)));
    m_findAction->setText(tr("&Find…"));
    m_helpMenu->setTitle(tr("&Help"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_aboutAction->setText(tr("&About Webhook Console"));
    m_actions->retranslate();
    m_transfer->retranslate();
    m_compare->retranslate();
    m_sandboxTools->retranslate();
    m_tabs->setTabText(m_tabs->indexOf(m_panel), tr("Webhooks"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_panel), tr("The webhooks of the connection in use"));
    if (m_livePanel) {
        m_captureMenu->setTitle(tr("Captu&res"));
        m_tabs->setTabText(m_tabs->indexOf(m_livePanel), tr("Live"));
        m_tabs->setTabToolTip(m_tabs->indexOf(m_livePanel),
                              tr("Requests received by the live receiver"));
    }
    m_tabs->tabBar()->setAccessibleName(tr("Views"));
    setKeychainNotice(m_controller->keychainNotice());
    if (!m_openingStoreName.isEmpty())
        showStoreOpening(m_openingStoreName);
    updateWindowTitle();
}

void MainWindow::attachLive(Capture::CaptureStore *store, Receiver::ReceiverController *receiver)
{
    if (m_livePanel)
        return;
    m_livePanel = new LivePanel(store, receiver, m_tabs);
    // Before the sandbox's Deliveries tab: Webhooks, Live, Deliveries.
    m_tabs->insertTab(m_tabs->indexOf(m_panel) + 1, m_livePanel, QString());
    updateTabBar();
    m_livePanel->setPropertyDirectory(m_session ? m_session->properties() : nullptr);
    m_livePanel->restoreState(QSettings().value(SettingsKeys::LivePanelState).toByteArray());
    m_actions->setLiveReceiver(receiver);
    // A capture the built-in sandbox delivered says which attempt it is.
    if (Sandbox::SandboxServer *sandbox = m_controller->sandbox())
        m_livePanel->detailView()->setOriginOf([sandbox](const Capture::CaptureRecord &record) {
            return deliveryOrigin(*sandbox->deliveryLog(), record.rawBytes, record.receivedAt);
        });
    // A test's capture, from its result: the Live tab, with it selected.
    connect(m_actions, &WebhookActions::showCaptureRequested, this, [this](qint64 id) {
        showLiveTab();
        m_livePanel->showCapture(id);
        activateWindow();
    });
    connect(m_livePanel->actions(), &CaptureActions::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    // The capture actions in a menu of their own, so the menus (and Help's list of shortcuts)
    // show them; placed before Help.
    m_captureMenu = new QMenu(this);
    m_captureMenu->setObjectName(QStringLiteral("captureMenu"));
    m_captureMenu->addActions(m_livePanel->actions()->rowActions());
    m_captureMenu->addSeparator();
    m_captureMenu->addActions({m_livePanel->followAction(), m_livePanel->pauseAction()});
    menuBar()->insertMenu(m_helpMenu->menuAction(), m_captureMenu);
    if (QSettings().value(SettingsKeys::MainTab).toString() == QLatin1StringView("live"))
        showLiveTab();
    retranslate();
}

void MainWindow::showLiveTab()
{
    if (m_livePanel)
        m_tabs->setCurrentWidget(m_livePanel);
}

void MainWindow::showNotice(const QString &text)
{
    statusBar()->showMessage(text, 30'000);
}

void MainWindow::updateWindowTitle()
{
    setWindowTitle(tr("%1 — Webhook Console").arg(m_controller->currentConnection().name));
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    // Texts in retranslate().
    m_fileMenu = menuBar()->addMenu(QString());
    m_preferencesAction = m_fileMenu->addAction(QString(), this, [this] {
        auto *dialog = new PreferencesDialog(this, m_controller->secrets());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &PreferencesDialog::resetColumnsRequested, m_panel,
                &WebhooksPanel::resetHeaderState);
        dialog->open();
    });
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_webhookMenu = menuBar()->addMenu(QString());
    QMenu *webhookMenu = m_webhookMenu;
    webhookMenu->addAction(m_actions->newAction());
    webhookMenu->addAction(m_actions->editAction());
    webhookMenu->addAction(m_actions->duplicateAction());
    webhookMenu->addAction(m_actions->testAction());
    webhookMenu->addAction(m_actions->useLiveReceiverAction());
    webhookMenu->addSeparator();
    webhookMenu->addAction(m_actions->enableAction());
    webhookMenu->addAction(m_actions->disableAction());
    webhookMenu->addSeparator();
    webhookMenu->addAction(m_actions->deleteAction());
    webhookMenu->addSeparator();
    webhookMenu->addAction(m_transfer->exportAction());
    webhookMenu->addAction(m_transfer->importAction());
    m_compare = new CompareConnectionsAction(m_controller, this);
    webhookMenu->addAction(m_compare->action());

    m_viewMenu = menuBar()->addMenu(QString());
    m_refreshAction = m_viewMenu->addAction(QIcon(QStringLiteral(":/icons/refresh.svg")), QString(),
                                            this, &MainWindow::refresh);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    // F5 everywhere (the shortcut list promises it), plus the platform's own refresh key where it
    // differs.
    QList<QKeySequence> refreshKeys {QKeySequence(Qt::Key_F5)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Refresh)) {
        if (!refreshKeys.contains(key))
            refreshKeys << key;
    }
    m_refreshAction->setShortcuts(refreshKeys);

    // Find searches the tab in view.
    m_findAction = m_viewMenu->addAction(QString(), this, [this] {
        if (m_livePanel && m_tabs->currentWidget() == m_livePanel)
            m_livePanel->focusFilter();
        else
            m_panel->focusFilter();
    });
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);

    m_helpMenu = menuBar()->addMenu(QString());
    m_shortcutsAction = m_helpMenu->addAction(QString(), this, [this] {
        auto *dialog = new ShortcutsDialog(menuBar(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    m_shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    m_helpMenu->addSeparator();
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        auto *dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::onSessionChanged(AccountSession *session)
{
    // The controller has deleted the previous session already.
    m_session = session;
    m_model->setCollection(m_session ? m_session->collection() : nullptr);
    m_model->setProductionServer(
        m_session
        && Channex::ConnectionProfile::isProductionServer(m_session->client()->serverRoot()));
    m_actions->setSession(m_session);
    m_transfer->setSession(m_session, m_controller->currentConnection().name);
    if (m_livePanel)
        m_livePanel->setPropertyDirectory(m_session ? m_session->properties() : nullptr);
    m_unreachable.reset();
    if (m_session) {
        connect(m_session, &AccountSession::stateChanged, this, &MainWindow::onSessionStateChanged);
        connect(m_session->client()->transport(), &Channex::ChannexTransport::reachabilityChanged,
                this, [this](bool reachable, const Channex::ApiError &error) {
                    if (reachable) {
                        m_unreachable.reset();
                    } else {
                        m_unreachable = error;
                        m_unreachableSince = QTime::currentTime();
                    }
                    updateConnectionLabel();
                });
    }
    updateSandboxTools();
    showSessionState();
}

void MainWindow::updateSandboxTools()
{
    m_sandboxTools->setSession(m_controller->currentConnection().isSandbox() ? m_session.data()
                                                                             : nullptr);
    updateTabBar();
}

// The tab bar only when there is more than one tab to choose from.
void MainWindow::updateTabBar()
{
    int visible = 0;
    for (int i = 0; i < m_tabs->count(); ++i)
        visible += m_tabs->isTabVisible(i) ? 1 : 0;
    m_tabs->tabBar()->setVisible(visible > 1);
}

void MainWindow::onNoticeChanged(const QString &title, const QString &text)
{
    if (m_session || title.isEmpty())
        return;
    m_panel->showNotice(title, text);
    updateConnectionLabel();
}

void MainWindow::refresh()
{
    m_controller->refresh();
}

void MainWindow::manageConnections()
{
    // Window-modal, like every other dialog of the window: open(), not a nested event loop.
    if (auto *open = findChild<ConnectionsDialog *>(); open && open->isVisible()) {
        open->activateWindow();
        return;
    }
    auto *dialog = new ConnectionsDialog(m_controller, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(SettingsKeys::WindowGeometry).toByteArray());
    restoreState(settings.value(SettingsKeys::WindowState).toByteArray());
    m_panel->restoreHeaderState(settings.value(SettingsKeys::WebhooksTableHeader).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(SettingsKeys::WindowGeometry, saveGeometry());
    settings.setValue(SettingsKeys::WindowState, saveState());
    settings.setValue(SettingsKeys::WebhooksTableHeader, m_panel->saveHeaderState());
    if (m_livePanel) {
        settings.setValue(SettingsKeys::LivePanelState, m_livePanel->saveState());
        settings.setValue(SettingsKeys::MainTab,
                          m_tabs->currentWidget() == m_livePanel ? QStringLiteral("live")
                                                                 : QStringLiteral("webhooks"));
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_actions->confirmQuit()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

} // namespace Gui
