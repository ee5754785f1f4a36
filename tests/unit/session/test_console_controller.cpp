// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The console controller with the real sandbox and keys in memory: the connection in use is the
// one shown, switching takes effect at once, keys never reach the settings, and the start-up
// rules of the command line and CHANNEX_API_KEY.
#include "app/channex/AccountSession.h"
#include "app/channex/ChannexClient.h"
#include "app/sandbox/SandboxServer.h"
#include "app/session/ConnectionStore.h"
#include "app/session/ConnectionTester.h"
#include "app/session/ConsoleController.h"
#include "app/session/MemorySecretStore.h"
#include "tests/unit/session/SessionTestSupport.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Channex::AccountSession;
using Channex::ConnectionProfile;
using Session::ConnectionStore;
using Session::ConsoleController;
using Session::MemorySecretStore;
using Session::SavedConnection;
using Session::SecretStore;

class TestConsoleController final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    MemorySecretStore *m_secrets = nullptr; // owned by m_controller
    std::unique_ptr<ConsoleController> m_controller;

    void makeController()
    {
        m_controller.reset();
        m_secrets = new MemorySecretStore(SecretStore::Persistence::Keychain);
        m_controller = std::make_unique<ConsoleController>(m_secrets);
    }

    QUrl sessionRoot() const
    {
        return m_controller->session() ? m_controller->session()->client()->serverRoot() : QUrl();
    }

    // A server root where nothing listens.
    static QUrl closedPort()
    {
        QTcpServer probe;
        [[maybe_unused]] const bool listening = probe.listen(QHostAddress::LocalHost);
        return QUrl(u"http://127.0.0.1:%1"_s.arg(probe.serverPort()));
    }

    SavedConnection addCustom(const QString &name, const QUrl &root)
    {
        return *m_controller->addConnection(name, {ConnectionProfile::Kind::Custom, root});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        SessionTest::useTemporarySettings(m_settingsDir, u"test_console_controller"_s);
    }

    void init()
    {
        QSettings().clear();
        makeController();
    }

    void cleanup() { m_controller.reset(); }

    void aFirstStartOpensTheSandboxWithItsWebhooks()
    {
        QSignalSpy sessions(m_controller.get(), &ConsoleController::sessionChanged);
        m_controller->start({});
        QVERIFY(m_controller->currentConnection().isSandbox());
        QVERIFY(m_controller->sandbox()->isRunning()); // started on first use
        QCOMPARE(sessions.size(), 1);
        QTRY_COMPARE(m_controller->session()->state(), AccountSession::State::Loaded);
        QCOMPARE(m_controller->session()->webhooks().size(), 12);
        QCOMPARE(sessionRoot(), m_controller->sandbox()->rootUrl());
        QVERIFY(m_controller->noticeTitle().isEmpty());
    }

    void aRealConnectionWithoutKeyAsksForOne()
    {
        m_controller->start({});
        const auto staging = m_controller->addConnection(u"Acme staging"_s,
                                                         {ConnectionProfile::Kind::Staging, {}});
        QSignalSpy notices(m_controller.get(), &ConsoleController::noticeChanged);
        QVERIFY(m_controller->switchTo(staging->id));
        // The previous session is gone at once, before the key lookup answers.
        QVERIFY(!m_controller->session());
        QCOMPARE(m_controller->currentConnection().name, u"Acme staging"_s);
        QTRY_VERIFY(m_controller->needsApiKey());
        QCOMPARE(m_controller->noticeTitle(), u"API key needed"_s);
        QVERIFY(m_controller->noticeText().contains(u"Acme staging"_s));
        QCOMPARE(notices.constLast().constFirst().toString(), u"API key needed"_s);
    }

    void theConnectionShownIsTheOneInUse()
    {
        // The reported bug: picking another server left the old one loaded while F5 reloaded it.
        m_controller->start({});
        QTRY_COMPARE(m_controller->session()->state(), AccountSession::State::Loaded);
        const QUrl nowhere = closedPort();
        const SavedConnection custom = addCustom(u"Nowhere"_s, nowhere);
        m_secrets->setKey(custom.id, u"some-key"_s);

        QVERIFY(m_controller->switchTo(custom.id));
        QTRY_VERIFY(m_controller->session());
        QCOMPARE(sessionRoot(), nowhere);
        QTRY_COMPARE(m_controller->session()->state(), AccountSession::State::Failed);
        QCOMPARE(m_controller->session()->lastError().kind,
                 Channex::ApiError::Kind::ConnectionRefused);

        // Refresh goes to the connection shown, never back to the sandbox.
        const int sandboxRequests = m_controller->sandbox()->apiRequestCount();
        m_controller->refresh();
        QCOMPARE(sessionRoot(), nowhere);
        QTRY_COMPARE(m_controller->session()->state(), AccountSession::State::Failed);
        QCOMPARE(m_controller->sandbox()->apiRequestCount(), sandboxRequests);
        QCOMPARE(ConnectionStore().lastUsedId(), custom.id);
    }

    void enteringTheKeyOpensTheConnectionAndStoresTheKeyOutsideTheSettings()
    {
        // A server of its own, so it outlives the controller's in-window sandbox.
        Sandbox::SandboxServer server;
        QVERIFY(server.start());
        m_controller->start({});
        const SavedConnection local = addCustom(u"Local"_s, server.rootUrl());
        QVERIFY(m_controller->switchTo(local.id));
        QTRY_VERIFY(m_controller->needsApiKey());

        const QString key = Sandbox::SandboxServer::demoApiKey();
        bool saved = false;
        m_controller->setApiKey(local.id, key, this, [&saved](const QString &error) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            saved = true;
        });
        QTRY_VERIFY(saved);
        QVERIFY(!m_controller->needsApiKey());
        QTRY_COMPARE(m_controller->session()->state(), AccountSession::State::Loaded);
        QCOMPARE(m_controller->session()->webhooks().size(), 12);
        QCOMPARE(m_secrets->key(local.id), key);
        QCOMPARE(SessionTest::filesContaining(m_settingsDir.path(), key.toUtf8()), QStringList());

        // The next start opens it again with the stored key.
        makeController();
        m_secrets->setKey(local.id, key);
        m_controller->start({});
        QCOMPARE(m_controller->currentConnection().id, local.id);
        QTRY_VERIFY(m_controller->session());
        QTRY_COMPARE(m_controller->session()->state(), AccountSession::State::Loaded);
        QVERIFY(!m_controller->sandbox()->isRunning()); // not needed, not started
    }

    void editingTheConnectionInUseReconnects()
    {
        m_controller->start({});
        const SavedConnection custom = addCustom(u"Mine"_s, closedPort());
        m_secrets->setKey(custom.id, Sandbox::SandboxServer::demoApiKey());
        QVERIFY(m_controller->switchTo(custom.id));
        QTRY_VERIFY(m_controller->session());

        SavedConnection moved = custom;
        moved.name = u"Mine, moved"_s;
        moved.profile.customRoot = m_controller->sandbox()->rootUrl();
        QSignalSpy current(m_controller.get(), &ConsoleController::currentConnectionChanged);
        QVERIFY(m_controller->updateConnection(moved));
        QCOMPARE(current.size(), 1);
        QCOMPARE(m_controller->currentConnection().name, u"Mine, moved"_s);
        QTRY_VERIFY(m_controller->session());
        QCOMPARE(sessionRoot(), m_controller->sandbox()->rootUrl());
        QTRY_COMPARE(m_controller->session()->state(), AccountSession::State::Loaded);

        // A rename alone keeps the session and its rows.
        AccountSession *session = m_controller->session();
        moved.name = u"Renamed"_s;
        QVERIFY(m_controller->updateConnection(moved));
        QCOMPARE(m_controller->session(), session);
    }

    void removingTheConnectionInUseOpensTheSandboxAndForgetsTheKey()
    {
        m_controller->start({});
        const SavedConnection custom = addCustom(u"Gone soon"_s, closedPort());
        m_secrets->setKey(custom.id, u"k"_s);
        QVERIFY(m_controller->switchTo(custom.id));
        QVERIFY(m_controller->removeConnection(custom.id));
        QVERIFY(m_controller->currentConnection().isSandbox());
        QCOMPARE(sessionRoot(), m_controller->sandbox()->rootUrl());
        QTRY_VERIFY(!m_secrets->contains(custom.id));
        QVERIFY(!m_controller->removeConnection(ConnectionStore::sandboxId()));
    }

    void aKeyForThisRunIsUsedButNeverStored()
    {
        m_controller->start({false, ConnectionProfile::stagingRoot(), u"env-key"_s});
        const SavedConnection current = m_controller->currentConnection();
        QCOMPARE(current.profile.kind, ConnectionProfile::Kind::Staging);
        QVERIFY(m_controller->session()); // opened with the key at once, no prompt
        QVERIFY(!m_secrets->contains(current.id));
        QCOMPARE(SessionTest::filesContaining(m_settingsDir.path(), "env-key"), QStringList());
        std::optional<QString> key;
        m_controller->readApiKey(current.id, this,
                                 [&key](const SecretStore::ReadResult &r) { key = r.key; });
        QTRY_COMPARE(key, std::optional(u"env-key"_s));
    }

    // A second view of an account (Compare Connections) gets its root and key without
    // switching, or the sentence the window would show instead.
    void anotherConnectionsAccessLeavesTheOneInUse()
    {
        m_controller->start({false, ConnectionProfile::stagingRoot(), u"env-key"_s});
        const SavedConnection inUse = m_controller->currentConnection();
        const SavedConnection keyed = addCustom(u"Keyed"_s, closedPort());
        m_secrets->setKey(keyed.id, u"stored-key"_s);
        const SavedConnection keyless = addCustom(u"Keyless"_s, closedPort());
        QVERIFY(!m_controller->sandbox()->isRunning());

        const auto access = [this](const QString &id) {
            std::optional<ConsoleController::AccountAccess> answer;
            m_controller->accountAccess(id, this, [&answer](const auto &a) { answer = a; });
            [[maybe_unused]] const bool answered
                = QTest::qWaitFor([&answer] { return answer.has_value(); }, 5000);
            return answer.value_or(ConsoleController::AccountAccess {{}, {}, u"no answer"_s});
        };

        const ConsoleController::AccountAccess sandbox = access(ConnectionStore::sandboxId());
        QVERIFY2(sandbox.problem.isEmpty(), qPrintable(sandbox.problem));
        QVERIFY(m_controller->sandbox()->isRunning()); // started for it
        QCOMPARE(sandbox.serverRoot, m_controller->sandbox()->rootUrl());
        QCOMPARE(sandbox.apiKey, m_controller->sandbox()->apiKey());

        const ConsoleController::AccountAccess stored = access(keyed.id);
        QCOMPARE(stored.serverRoot, keyed.profile.serverRoot());
        QCOMPARE(stored.apiKey, u"stored-key"_s);
        QCOMPARE(access(inUse.id).apiKey, u"env-key"_s); // the key for this run

        const ConsoleController::AccountAccess missing = access(keyless.id);
        QVERIFY(missing.needsApiKey);
        QVERIFY(missing.apiKey.isEmpty());
        QVERIFY2(missing.problem.contains(u"Keyless"_s), qPrintable(missing.problem));
        QVERIFY(!access(u"not-saved"_s).problem.isEmpty());

        QCOMPARE(m_controller->currentConnection().id, inUse.id);
    }

    void startupRules_data()
    {
        QTest::addColumn<QString>("lastUsed"); // "", "sandbox", "production"
        QTest::addColumn<bool>("sandboxFlag");
        QTest::addColumn<QUrl>("apiUrl");
        QTest::addColumn<QString>("environmentKey");
        QTest::addColumn<ConnectionProfile::Kind>("opens");

        using Kind = ConnectionProfile::Kind;
        QTest::newRow("first start") << QString() << false << QUrl() << QString() << Kind::Sandbox;
        QTest::newRow("last used")
            << u"production"_s << false << QUrl() << QString() << Kind::Production;
        QTest::newRow("--sandbox wins over a key and the last used")
            << u"production"_s << true << QUrl() << u"k"_s << Kind::Sandbox;
        QTest::newRow("key opens the last real connection")
            << u"production"_s << false << QUrl() << u"k"_s << Kind::Production;
        QTest::newRow("key after the sandbox opens a saved real connection")
            << u"sandbox"_s << false << QUrl() << u"k"_s << Kind::Production;
        QTest::newRow("key on a first start opens Staging")
            << QString() << false << QUrl() << u"k"_s << Kind::Staging;
        QTest::newRow("--api-url production")
            << QString() << false << ConnectionProfile::productionRoot() << u"k"_s
            << Kind::Production;
        QTest::newRow("--api-url custom without key")
            << QString() << false << QUrl(u"https://channex.example.com"_s) << QString()
            << Kind::Custom;
    }

    void startupRules()
    {
        QFETCH(QString, lastUsed);
        QFETCH(bool, sandboxFlag);
        QFETCH(QUrl, apiUrl);
        QFETCH(QString, environmentKey);
        QFETCH(ConnectionProfile::Kind, opens);

        if (!lastUsed.isEmpty()) {
            ConnectionStore store;
            const auto production = store.add(u"Live"_s, {ConnectionProfile::Kind::Production, {}});
            store.setLastUsedId(lastUsed == u"production"_s ? production->id
                                                            : ConnectionStore::sandboxId());
        }
        makeController();
        m_controller->start({sandboxFlag, apiUrl, environmentKey});
        QCOMPARE(m_controller->currentConnection().profile.kind, opens);
        if (!apiUrl.isEmpty())
            QCOMPARE(m_controller->currentConnection().profile.serverRoot(), apiUrl);
        // The environment key opens a real connection without asking for one.
        if (!environmentKey.isEmpty() && opens != ConnectionProfile::Kind::Sandbox)
            QVERIFY(m_controller->session());

        // Starting the same way again reuses the saved connection instead of adding another.
        const qsizetype count = m_controller->connections()->connections().size();
        makeController();
        m_controller->start({sandboxFlag, apiUrl, environmentKey});
        QCOMPARE(m_controller->connections()->connections().size(), count);
    }

    void noKeychainIsSaidInPlainWords()
    {
        QSignalSpy notice(m_controller.get(), &ConsoleController::keychainNoticeChanged);
        QCOMPARE(m_controller->keychainNotice(), QString());
        m_secrets->reportPersistence(SecretStore::Persistence::ThisRunOnly);
        QCOMPARE(notice.size(), 1);
        const QString text = notice.constFirst().constFirst().toString();
        QVERIFY2(text.contains(u"no keychain"_s), qPrintable(text));
        QVERIFY2(text.contains(u"until you quit"_s), qPrintable(text));
        QCOMPARE(m_controller->keychainNotice(), text);
    }

    void testConnectionUsesTheSandboxKeyForTheSandbox()
    {
        Session::ConnectionTester tester;
        QSignalSpy finished(&tester, &Session::ConnectionTester::finished);
        QString problem;
        QVERIFY(m_controller->testConnection({}, QString(), &tester, &problem));
        QVERIFY(finished.wait(10'000));
        QVERIFY(finished.constFirst().constFirst().value<Session::ConnectionTester::Result>().ok);

        QVERIFY(!m_controller->testConnection({ConnectionProfile::Kind::Staging, {}}, u"  "_s,
                                              &tester, &problem));
        QVERIFY2(problem.contains(u"API key"_s), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestConsoleController)
#include "test_console_controller.moc"
