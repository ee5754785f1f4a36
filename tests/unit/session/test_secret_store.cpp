// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The SecretStore contract, for the in-memory store and for the keychain store where no keychain
// answers (no D-Bus session): answers arrive later and only while their context lives, and a
// key that cannot be kept in a keychain is kept for this run, saying so.
#include "app/session/KeychainSecretStore.h"
#include "app/session/MemorySecretStore.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using Session::SecretStore;

namespace {

std::optional<SecretStore::ReadResult> readNow(SecretStore &store, const QString &id)
{
    QObject context;
    std::optional<SecretStore::ReadResult> result;
    store.readKey(id, &context, [&result](const SecretStore::ReadResult &r) { result = r; });
    [[maybe_unused]] const bool answered
        = QTest::qWaitFor([&result] { return result.has_value(); }, 30'000);
    return result;
}

std::optional<QString> writeNow(SecretStore &store, const QString &id, const QString &key)
{
    QObject context;
    std::optional<QString> error;
    store.writeKey(id, key, &context, [&error](const QString &e) { error = e; });
    [[maybe_unused]] const bool answered
        = QTest::qWaitFor([&error] { return error.has_value(); }, 30'000);
    return error;
}

} // namespace

class TestSecretStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // No keychain can answer here: the session bus address leads nowhere and there is no
        // display to start one from. (The real keychain is tested by test_keychain_restart.)
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/webhook-console-test-bus");
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
    }

    void memoryStoreAnswersLaterAndRemembers()
    {
        Session::MemorySecretStore store(SecretStore::Persistence::Keychain);
        QCOMPARE(store.persistence(), SecretStore::Persistence::Keychain);
        bool wrote = false;
        store.writeKey(u"c1"_s, u"key-1"_s, nullptr, [&wrote](const QString &error) {
            QVERIFY(error.isEmpty());
            wrote = true;
        });
        QVERIFY(!wrote); // never during the call, as with a real keychain
        QTRY_VERIFY(wrote);
        QCOMPARE(readNow(store, u"c1"_s)->key, u"key-1"_s);
        QCOMPARE(readNow(store, u"other"_s)->key, QString());

        bool removed = false;
        store.removeKey(u"c1"_s, nullptr, [&removed](const QString &) { removed = true; });
        QTRY_VERIFY(removed);
        QCOMPARE(readNow(store, u"c1"_s)->key, QString());
    }

    void answersNeverReachADestroyedContext()
    {
        Session::MemorySecretStore store;
        store.setKey(u"c1"_s, u"key-1"_s);
        auto context = std::make_unique<QObject>();
        bool called = false;
        store.readKey(u"c1"_s, context.get(), [&called](const auto &) { called = true; });
        context.reset();
        // A second read with a living context shows the event loop has run past the first.
        QCOMPARE(readNow(store, u"c1"_s)->key, u"key-1"_s);
        QVERIFY(!called);
    }

    void keychainStoreWithoutKeychainKeepsTheKeyForThisRun()
    {
        Session::KeychainSecretStore store(u"Webhook Console Tests"_s);
        QSignalSpy persistence(&store, &SecretStore::persistenceChanged);
        QCOMPARE(store.persistence(), SecretStore::Persistence::Keychain);

        const std::optional<QString> error = writeNow(store, u"c1"_s, u"run-only-key"_s);
        QVERIFY2(error.has_value(), "the keychain store never answered");
        QVERIFY2(error->isEmpty(), qPrintable(*error));
        QCOMPARE(store.persistence(), SecretStore::Persistence::ThisRunOnly);
        QCOMPARE(persistence.size(), 1);
        QCOMPARE(readNow(store, u"c1"_s)->key, u"run-only-key"_s);

        // Later keys go straight to memory; removal works there too.
        QVERIFY(writeNow(store, u"c2"_s, u"second"_s)->isEmpty());
        QCOMPARE(readNow(store, u"c2"_s)->key, u"second"_s);
        bool removed = false;
        store.removeKey(u"c1"_s, nullptr, [&removed](const QString &) { removed = true; });
        QTRY_VERIFY(removed);
        QCOMPARE(readNow(store, u"c1"_s)->key, QString());
    }

    void keychainStoreReadWithoutKeychainFindsNothingAndSaysWhy()
    {
        Session::KeychainSecretStore store(u"Webhook Console Tests"_s);
        const std::optional<SecretStore::ReadResult> result = readNow(store, u"c1"_s);
        QVERIFY2(result.has_value(), "the keychain store never answered");
        QCOMPARE(result->key, QString());
        QCOMPARE(store.persistence(), SecretStore::Persistence::ThisRunOnly);
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "test_secret_store.moc"
