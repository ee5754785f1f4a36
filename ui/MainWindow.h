#pragma once

#include "channex/AccountSession.h"
#include "channex/ConnectionProfile.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;

namespace Channex {
class WebhookListModel;
}
namespace Sandbox {
class SandboxServer;
}

namespace Gui {

class ConnectionBar;
class WebhookActions;
class WebhooksPanel;

// Where the console starts: a profile and, for the real ones, the API key.
struct StartupConnection
{
    Channex::ConnectionProfile profile;
    QString apiKey;
};

// The console's window: connection bar on top, the webhooks table, totals in the status bar.
// It wires widgets to an AccountSession and holds no API logic of its own.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // `sandbox` is started on first use; it is not owned.
    MainWindow(Sandbox::SandboxServer *sandbox, const StartupConnection &startup,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    Channex::AccountSession *session() const { return m_session; }
    WebhooksPanel *webhooksPanel() const { return m_panel; }
    ConnectionBar *connectionBar() const { return m_connectionBar; }
    WebhookActions *webhookActions() const { return m_actions; }

public slots:
    void connectTo(const Channex::ConnectionProfile &profile, const QString &apiKey);
    void refresh();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void onSessionStateChanged(Channex::AccountSession::State state);
    void updateStatus();
    void updateConnectionLabel();
    QString serverText() const;
    void restoreSettings();
    void saveSettings() const;

    Sandbox::SandboxServer *m_sandbox;
    Channex::WebhookListModel *m_model;
    ConnectionBar *m_connectionBar;
    WebhooksPanel *m_panel;
    WebhookActions *m_actions = nullptr;
    QLabel *m_connectionLabel;
    QLabel *m_totalLabel;
    QAction *m_refreshAction = nullptr;
    QPointer<Channex::AccountSession> m_session;
    Channex::ConnectionProfile m_profile;
};

} // namespace Gui
