// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/session/SavedConnection.h"
#include "app/session/SecretStore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

namespace Channex {
class AccountSession;
}
namespace Sandbox {
class SandboxServer;
}

namespace Session {

class ConnectionStore;
class ConnectionTester;

// What the command line and the environment ask of the first connection.
struct StartupRequest
{
    bool sandbox = false; // --sandbox
    QUrl serverRoot; // --api-url, normalized; empty when not given
    QString environmentKey; // CHANNEX_API_KEY: the key for this run only, never saved
};

// The app-level controller a window talks to: the saved connections, their keys, the
// in-window sandbox (started on first use) and the AccountSession of the connection in use.
// There is exactly one current connection, and whatever the window shows (title, table, status)
// comes from it: switching takes effect at once, so F5 can never reload a server other than the
// one shown. Widgets-free.
class ConsoleController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleController)

public:
    // Takes ownership of `secrets`.
    explicit ConsoleController(SecretStore *secrets, QObject *parent = nullptr);
    ~ConsoleController() override;

    ConnectionStore *connections() const { return m_store; }
    SecretStore *secrets() const { return m_secrets; }
    // Configure it (demo data, faults) before the first switch to the sandbox starts it.
    Sandbox::SandboxServer *sandbox() const { return m_sandbox; }

    // Opens the connection the command line asks for, or the one used last.
    void start(const StartupRequest &request);
    // Makes `connectionId` the connection in use; false for an unknown id.
    bool switchTo(const QString &connectionId);
    const SavedConnection &currentConnection() const { return m_current; }
    // Null while there is none: before start(), while the key is being read, or when notice()
    // says why (API key needed, sandbox could not start).
    Channex::AccountSession *session() const;
    // Why there is no session, in words for the window; both empty when there is no problem.
    QString noticeTitle() const { return m_noticeTitle; }
    QString noticeText() const { return m_noticeText; }
    // True when the current connection cannot open for want of an API key.
    bool needsApiKey() const { return m_needsApiKey; }
    // A plain sentence while keys cannot be saved in a keychain; empty otherwise.
    QString keychainNotice() const;

    // Loads the current session again, or retries what stopped it (sandbox start, reading key).
    void refresh();

    // Editing, for the Manage connections dialog. Changes to the connection in use apply at once.
    std::optional<SavedConnection> addConnection(const QString &name,
                                                 const Channex::ConnectionProfile &profile);
    bool updateConnection(const SavedConnection &connection);
    // Removes the connection and its stored key; removing the one in use opens the sandbox.
    bool removeConnection(const QString &connectionId);
    // Saves the key in the keychain (removes it when empty). If the keychain refuses, the key is
    // still used for this run and `done` gets the keychain's sentence.
    void setApiKey(const QString &connectionId, const QString &key, QObject *context,
                   SecretStore::WriteDone done);
    // The key the connection would use: one given for this run, else the stored one.
    // Whether the key readApiKey() gives for this connection is CHANNEX_API_KEY's, for this run
    // only (Manage connections says so: the keychain may hold another, or none).
    bool keyIsFromEnvironment(const QString &connectionId) const
    {
        return connectionId == m_environmentKeyConnection && m_runKeys.contains(connectionId);
    }
    void readApiKey(const QString &connectionId, QObject *context, SecretStore::ReadDone done);
    // Where a saved connection's account is and the key that opens it, for a second view of an
    // account beside the one in use (Compare Connections), without switching: the sandbox is
    // started if needed; a key given for this run, else the stored one. `done` runs later, while
    // `context` lives, with the server root and key, or with `problem` set to what the window
    // would say instead (the sandbox could not start, the key is missing or unreadable).
    struct AccountAccess
    {
        QUrl serverRoot;
        QString apiKey;
        QString problem; // a sentence; empty when the account can be opened
        bool needsApiKey = false; // the problem is a missing key
    };
    void accountAccess(const QString &connectionId, QObject *context,
                       std::function<void(const AccountAccess &access)> done);
    // Runs "Test connection" for `profile` with `apiKey` (ignored for the sandbox, which is
    // started if needed). False with a sentence in *problem when no test could start.
    bool testConnection(const Channex::ConnectionProfile &profile, const QString &apiKey,
                        ConnectionTester *tester, QString *problem);

signals:
    void connectionsChanged();
    void currentConnectionChanged(const Session::SavedConnection &connection);
    // The session in use changed (null: none, see noticeTitle()). The old one is already gone.
    void sessionChanged(Channex::AccountSession *session);
    // Emitted whenever the notice (and needsApiKey()) changes; empty title = no notice.
    void noticeChanged(const QString &title, const QString &text);
    void keychainNoticeChanged(const QString &text);

private:
    void openCurrent();
    void openSession(const QUrl &root, const QString &key);
    void closeSession();
    void setNotice(const QString &title, const QString &text, bool needsApiKey = false);
    bool ensureSandbox(QString *problem);
    QString connectionIdForStartup(const StartupRequest &request);

    ConnectionStore *m_store;
    SecretStore *m_secrets;
    Sandbox::SandboxServer *m_sandbox;
    SavedConnection m_current;
    QPointer<Channex::AccountSession> m_session;
    QHash<QString, QString> m_runKeys; // keys for this run only (CHANNEX_API_KEY, refused saves)
    QString m_environmentKeyConnection; // whose run key came from CHANNEX_API_KEY
    quint64 m_generation = 0; // a key read for an earlier switch is ignored
    QString m_noticeTitle;
    QString m_noticeText;
    bool m_needsApiKey = false;
};

} // namespace Session
