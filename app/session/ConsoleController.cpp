// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/ConsoleController.h"

#include "app/channex/AccountSession.h"
#include "app/sandbox/SandboxServer.h"
#include "app/session/ConnectionStore.h"
#include "app/session/ConnectionTester.h"

using Channex::ConnectionProfile;

namespace Session {

namespace {

ConnectionProfile profileForRoot(const QUrl &root)
{
    if (root == ConnectionProfile::stagingRoot())
        return {ConnectionProfile::Kind::Staging, {}};
    if (root == ConnectionProfile::productionRoot())
        return {ConnectionProfile::Kind::Production, {}};
    return {ConnectionProfile::Kind::Custom, root};
}

} // namespace

ConsoleController::ConsoleController(SecretStore *secrets, QObject *parent)
    : QObject(parent), m_store(new ConnectionStore(this)), m_secrets(secrets),
      m_sandbox(new Sandbox::SandboxServer(this))
{
    m_secrets->setParent(this);
    m_current = *m_store->find(ConnectionStore::sandboxId());
    connect(m_store, &ConnectionStore::changed, this, &ConsoleController::connectionsChanged);
    connect(m_secrets, &SecretStore::persistenceChanged, this,
            [this] { emit keychainNoticeChanged(keychainNotice()); });
}

ConsoleController::~ConsoleController()
{
    // The session's client aborts its calls; it must go before the sandbox it may talk to.
    delete m_session;
}

Channex::AccountSession *ConsoleController::session() const
{
    return m_session;
}

QString ConsoleController::keychainNotice() const
{
    if (m_secrets->persistence() == SecretStore::Persistence::Keychain)
        return {};
    return tr("Your system has no keychain available, so API keys are kept only until you quit "
              "and must be entered again next time.");
}

void ConsoleController::start(const StartupRequest &request)
{
    const QString id = connectionIdForStartup(request);
    if (!request.environmentKey.isEmpty() && id != ConnectionStore::sandboxId()) {
        m_runKeys.insert(id, request.environmentKey);
        m_environmentKeyConnection = id;
    }
    switchTo(id);
}

QString ConsoleController::connectionIdForStartup(const StartupRequest &request)
{
    if (request.sandbox)
        return ConnectionStore::sandboxId();
    // --api-url opens the saved connection to that server, saving one (never its key) if needed,
    // so the connection list always shows the server in use.
    QUrl root = request.serverRoot;
    if (root.isEmpty()) {
        const QString last = m_store->lastUsedId();
        if (request.environmentKey.isEmpty() || last != ConnectionStore::sandboxId())
            return last;
        // A key in the environment is for a real account: the first one saved, else Staging.
        const QList<SavedConnection> all = m_store->connections();
        for (const SavedConnection &connection : all) {
            if (!connection.isSandbox())
                return connection.id;
        }
        root = ConnectionProfile::stagingRoot();
    }
    if (const std::optional<SavedConnection> saved = m_store->findByServerRoot(root))
        return saved->id;
    const std::optional<SavedConnection> added = m_store->add({}, profileForRoot(root));
    return added ? added->id : ConnectionStore::sandboxId();
}

bool ConsoleController::switchTo(const QString &connectionId)
{
    const std::optional<SavedConnection> connection = m_store->find(connectionId);
    if (!connection)
        return false;
    m_current = *connection;
    m_store->setLastUsedId(connectionId);
    emit currentConnectionChanged(m_current);
    openCurrent();
    return true;
}

void ConsoleController::refresh()
{
    if (m_session)
        m_session->refresh();
    else
        openCurrent();
}

void ConsoleController::openCurrent()
{
    const quint64 generation = ++m_generation;
    closeSession();
    setNotice({}, {});
    if (m_current.isSandbox()) {
        QString problem;
        if (!ensureSandbox(&problem)) {
            setNotice(tr("The sandbox could not start"),
                      tr("%1 Try again with Refresh (F5), or switch to another connection.")
                          .arg(problem));
            emit sessionChanged(nullptr);
            return;
        }
        openSession(m_sandbox->rootUrl(), m_sandbox->apiKey());
        return;
    }
    const QUrl root = m_current.profile.serverRoot();
    if (const QString key = m_runKeys.value(m_current.id); !key.isEmpty()) {
        openSession(root, key);
        return;
    }
    // The window clears at once: from here on it shows this connection, waiting for its key.
    emit sessionChanged(nullptr);
    m_secrets->readKey(m_current.id, this,
                       [this, generation, root](const SecretStore::ReadResult &result) {
                           if (generation != m_generation)
                               return;
                           if (!result.key.isEmpty()) {
                               openSession(root, result.key);
                               return;
                           }
                           QString text = tr("Enter the API key of your %1 account above, or "
                                             "start the console with the key in the "
                                             "CHANNEX_API_KEY environment variable.")
                                              .arg(m_current.name);
                           if (!result.error.isEmpty())
                               text = result.error + u' ' + text;
                           setNotice(tr("API key needed"), text, true);
                       });
}

void ConsoleController::openSession(const QUrl &root, const QString &key)
{
    m_session = new Channex::AccountSession(root, key, this);
    emit sessionChanged(m_session);
    m_session->refresh();
}

void ConsoleController::closeSession()
{
    // Deleted now, not later: answers already queued for the old session must not reach the
    // window (its client aborts every call without running callbacks when destroyed).
    delete m_session;
}

void ConsoleController::setNotice(const QString &title, const QString &text, bool needsApiKey)
{
    if (m_noticeTitle == title && m_noticeText == text && m_needsApiKey == needsApiKey)
        return;
    m_noticeTitle = title;
    m_noticeText = text;
    m_needsApiKey = needsApiKey;
    emit noticeChanged(title, text);
}

bool ConsoleController::ensureSandbox(QString *problem)
{
    if (m_sandbox->isRunning() || m_sandbox->start())
        return true;
    *problem = m_sandbox->errorString();
    return false;
}

std::optional<SavedConnection> ConsoleController::addConnection(const QString &name,
                                                                const ConnectionProfile &profile)
{
    return m_store->add(name, profile);
}

bool ConsoleController::updateConnection(const SavedConnection &connection)
{
    if (!m_store->update(connection))
        return false;
    if (connection.id != m_current.id)
        return true;
    const SavedConnection before = m_current;
    m_current = *m_store->find(connection.id);
    if (m_current == before)
        return true;
    emit currentConnectionChanged(m_current);
    if (m_current.profile != before.profile)
        openCurrent();
    return true;
}

bool ConsoleController::removeConnection(const QString &connectionId)
{
    if (!m_store->remove(connectionId))
        return false;
    m_runKeys.remove(connectionId);
    m_secrets->removeKey(connectionId, this, {});
    if (connectionId == m_current.id)
        switchTo(ConnectionStore::sandboxId());
    return true;
}

void ConsoleController::setApiKey(const QString &connectionId, const QString &key, QObject *context,
                                  SecretStore::WriteDone done)
{
    const QString trimmed = key.trimmed();
    const auto stored = [this, connectionId, trimmed, guard = QPointer<QObject>(context),
                         guarded = context != nullptr, done](const QString &error) {
        // A key the keychain refused still serves this run; a stored one replaces a run key.
        if (error.isEmpty() || trimmed.isEmpty())
            m_runKeys.remove(connectionId);
        else
            m_runKeys.insert(connectionId, trimmed);
        if (connectionId == m_environmentKeyConnection) // a key typed in replaces it
            m_environmentKeyConnection.clear();
        if (connectionId == m_current.id)
            openCurrent();
        if (done && (!guarded || guard))
            done(error);
    };
    if (trimmed.isEmpty())
        m_secrets->removeKey(connectionId, this, stored);
    else
        m_secrets->writeKey(connectionId, trimmed, this, stored);
}

void ConsoleController::readApiKey(const QString &connectionId, QObject *context,
                                   SecretStore::ReadDone done)
{
    if (const QString key = m_runKeys.value(connectionId); !key.isEmpty()) {
        QMetaObject::invokeMethod(
            context ? context : this,
            [done, key] {
                done({key, {}});
            },
            Qt::QueuedConnection);
        return;
    }
    m_secrets->readKey(connectionId, context, std::move(done));
}

void ConsoleController::accountAccess(const QString &connectionId, QObject *context,
                                      std::function<void(const AccountAccess &access)> done)
{
    const auto answer = [this, context, done](const AccountAccess &access) {
        QMetaObject::invokeMethod(
            context ? context : this, [done, access] { done(access); }, Qt::QueuedConnection);
    };
    const std::optional<SavedConnection> connection = m_store->find(connectionId);
    if (!connection) {
        answer({{}, {}, tr("This connection is no longer saved."), false});
        return;
    }
    if (connection->isSandbox()) {
        QString problem;
        if (!ensureSandbox(&problem))
            answer({{}, {}, tr("The sandbox could not start: %1").arg(problem), false});
        else
            answer({m_sandbox->rootUrl(), m_sandbox->apiKey(), {}, false});
        return;
    }
    const QUrl root = connection->profile.serverRoot();
    const QString name = connection->name;
    readApiKey(connectionId, context, [root, name, done](const SecretStore::ReadResult &result) {
        if (!result.key.isEmpty()) {
            done({root, result.key, {}, false});
            return;
        }
        QString text = tr("No API key is stored for %1: enter it in the main window "
                          "(Manage connections…), then reload.")
                           .arg(name);
        if (!result.error.isEmpty())
            text = result.error + u' ' + text;
        done({root, {}, text, true});
    });
}

bool ConsoleController::testConnection(const ConnectionProfile &profile, const QString &apiKey,
                                       ConnectionTester *tester, QString *problem)
{
    if (profile.kind == ConnectionProfile::Kind::Sandbox) {
        if (!ensureSandbox(problem))
            return false;
        tester->test(m_sandbox->rootUrl(), m_sandbox->apiKey());
        return true;
    }
    if (apiKey.trimmed().isEmpty()) {
        *problem = tr("Enter the API key to test the connection.");
        return false;
    }
    tester->test(profile.serverRoot(), apiKey.trimmed());
    return true;
}

} // namespace Session
