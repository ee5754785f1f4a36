// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The API key in a real OS keychain (gnome-keyring over a private D-Bus session), through the
// app's own code: the first run saves a key for a connection, a second process finds it again,
// and no file under the home directory (settings included) contains it. Started twice by
// run_keychain_test.sh, once per test function; never on the developer's own keychain.
#include "app/session/ConnectionStore.h"
#include "app/session/ConsoleController.h"
#include "app/session/KeychainSecretStore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusServiceWatcher>
#include <QDir>
#include <QDirIterator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using Channex::ConnectionProfile;
using Session::ConsoleController;
using Session::SecretStore;

namespace {

const QString Service = u"Webhook Console keychain test"_s;
const QString Key = u"wc-keychain-test-key-7f3a9c1e"_s;
const QUrl Root(u"https://channex.keychain-test.example"_s);

QStringList filesContaining(const QString &root, const QByteArray &text)
{
    QSettings().sync();
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text))
            found << file.fileName();
    }
    return found;
}

} // namespace

class TestKeychainRestart final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Refuse to run anywhere but the throw-away home the script made: this writes to the
        // keychain of whatever session bus it finds.
        QVERIFY2(qEnvironmentVariableIsSet("WC_KEYCHAIN_TEST_HOME"),
                 "run through run_keychain_test.sh, not directly");
        QCOMPARE(QDir::homePath(), qEnvironmentVariable("WC_KEYCHAIN_TEST_HOME"));
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"WebhookConsoleTests"_s);
        QCoreApplication::setApplicationName(u"test_keychain_restart"_s);

        // gnome-keyring-daemon returns before it owns its bus name: wait for the name itself.
        QDBusConnection bus = QDBusConnection::sessionBus();
        QVERIFY2(bus.isConnected(), "no D-Bus session bus");
        const QString secrets = u"org.freedesktop.secrets"_s;
        QDBusServiceWatcher watcher(secrets, bus, QDBusServiceWatcher::WatchForRegistration);
        QSignalSpy registered(&watcher, &QDBusServiceWatcher::serviceRegistered);
        if (!bus.interface()->isServiceRegistered(secrets))
            QVERIFY2(registered.wait(30'000), "the Secret Service never appeared on the bus");
    }

    void saveKey()
    {
        ConsoleController controller(new Session::KeychainSecretStore(Service));
        controller.start({});
        const auto connection
            = controller.addConnection(u"Keychain test"_s, {ConnectionProfile::Kind::Custom, Root});
        QVERIFY(connection);
        QVERIFY(controller.switchTo(connection->id));
        QTRY_VERIFY(controller.needsApiKey()); // nothing stored yet

        std::optional<QString> error;
        controller.setApiKey(connection->id, Key, this,
                             [&error](const QString &message) { error = message; });
        QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 30'000);
        QVERIFY2(error->isEmpty(), qPrintable(*error));
        // Fails loudly if QtKeychain fell back to memory: the keychain was not used.
        QCOMPARE(controller.secrets()->persistence(), SecretStore::Persistence::Keychain);
        QVERIFY(controller.keychainNotice().isEmpty());
        QVERIFY(!controller.needsApiKey());
    }

    void findKeyAfterRestart()
    {
        ConsoleController controller(new Session::KeychainSecretStore(Service));
        controller.start({}); // opens the connection used last, with its key from the keychain
        QCOMPARE(controller.currentConnection().profile.customRoot, Root);
        QTRY_VERIFY_WITH_TIMEOUT(controller.session() || controller.needsApiKey(), 30'000);
        QVERIFY2(!controller.needsApiKey(), "the key was not found after the restart");
        QCOMPARE(controller.secrets()->persistence(), SecretStore::Persistence::Keychain);

        std::optional<QString> key;
        controller.readApiKey(controller.currentConnection().id, this,
                              [&key](const SecretStore::ReadResult &result) { key = result.key; });
        QTRY_VERIFY_WITH_TIMEOUT(key.has_value(), 30'000);
        QCOMPARE(*key, Key);

        // The settings hold the connection, never its key; nor does any other file of ours.
        const QString home = QDir::homePath();
        QVERIFY2(!filesContaining(home, Root.host().toUtf8()).isEmpty(),
                 "the saved connection is not under the test home: the check below would prove "
                 "nothing");
        const QStringList leaked = filesContaining(home, Key.toUtf8());
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(u", "_s)));
    }
};

QTEST_GUILESS_MAIN(TestKeychainRestart)
#include "test_keychain_restart.moc"
