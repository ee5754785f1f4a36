// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Saved connections in QSettings: what a user adds, renames and removes is there after a restart,
// custom server roots come back exactly, and the 0.1 single profile is migrated once.
#include "app/session/ConnectionStore.h"
#include "app/session/SettingsKeys.h"
#include "tests/unit/session/SessionTestSupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Channex::ConnectionProfile;
using Session::ConnectionStore;
using Session::SavedConnection;
namespace Keys = Session::SettingsKeys;

class TestConnectionStore final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

    static QStringList names(const ConnectionStore &store)
    {
        QStringList result;
        for (const SavedConnection &connection : store.connections())
            result << connection.name;
        return result;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        SessionTest::useTemporarySettings(m_settingsDir, u"test_connection_store"_s);
    }

    void init() { QSettings().clear(); }

    void aFirstStartHasOnlyTheSandbox()
    {
        ConnectionStore store;
        QCOMPARE(store.connections().size(), 1);
        QVERIFY(store.connections().constFirst().isSandbox());
        QCOMPARE(store.lastUsedId(), ConnectionStore::sandboxId());
        // The built-in entry is there for good.
        QVERIFY(!store.remove(ConnectionStore::sandboxId()));
        QVERIFY(!store.rename(ConnectionStore::sandboxId(), u"Mine"_s));
    }

    void connectionsSurviveARestart()
    {
        QUrl customRoot;
        QString stagingId;
        {
            ConnectionStore store;
            QSignalSpy changed(&store, &ConnectionStore::changed);
            const auto staging
                = store.add(u"Acme staging"_s, {ConnectionProfile::Kind::Staging, {}});
            QVERIFY(staging);
            stagingId = staging->id;
            QString error;
            customRoot = ConnectionProfile::normalizeServerRoot(
                u"https://channex.example.com:8443/white-label/api/v1/"_s, &error);
            const auto custom = store.add({}, {ConnectionProfile::Kind::Custom, customRoot});
            QVERIFY(custom);
            // A blank name becomes the host, with its port when it is not the scheme's own.
            QCOMPARE(custom->name, u"channex.example.com:8443"_s);
            const auto production = store.add(u"Live"_s, {ConnectionProfile::Kind::Production, {}});
            QVERIFY(production);
            QVERIFY(store.rename(stagingId, u"Acme (staging)"_s));
            QVERIFY(store.remove(production->id));
            store.setLastUsedId(custom->id);
            QCOMPARE(changed.size(), 5);
        }

        ConnectionStore restarted;
        QCOMPARE(names(restarted),
                 QStringList({u"Sandbox (built-in demo)"_s, u"Acme (staging)"_s,
                              u"channex.example.com:8443"_s}));
        const SavedConnection custom = restarted.connections().at(2);
        QCOMPARE(restarted.lastUsedId(), custom.id);
        QCOMPARE(custom.profile.kind, ConnectionProfile::Kind::Custom);
        // Exactly the root that was saved, port and path prefix included.
        QCOMPARE(custom.profile.customRoot, customRoot);
        QCOMPARE(custom.profile.serverRoot().toString(),
                 u"https://channex.example.com:8443/white-label"_s);
        QCOMPARE(restarted.find(stagingId)->profile.serverRoot(), ConnectionProfile::stagingRoot());
        QCOMPARE(restarted.findByServerRoot(customRoot)->id, custom.id);
    }

    // A connection added without a name is called by its host, with the port when it is not
    // the scheme's own (--api-url http://127.0.0.1:9 was called "127.0.0.1").
    void anUnnamedConnectionIsCalledByHostAndPort()
    {
        using Session::ConnectionStore;
        const auto name = [](const QString &root) {
            return ConnectionStore::defaultName({ConnectionProfile::Kind::Custom, QUrl(root)});
        };
        QCOMPARE(name(u"http://127.0.0.1:9"_s), u"127.0.0.1:9"_s);
        QCOMPARE(name(u"https://channex.example.com"_s), u"channex.example.com"_s);
        QCOMPARE(name(u"https://channex.example.com:443"_s), u"channex.example.com"_s);
        QCOMPARE(name(u"http://pms.local"_s), u"pms.local"_s);
        QCOMPARE(name(u"https://pms.local:8443"_s), u"pms.local:8443"_s);
    }

    void invalidInputIsRefusedWithAReason()
    {
        ConnectionStore store;
        QVERIFY(!store.add(u"x"_s, {ConnectionProfile::Kind::Custom, QUrl(u"ftp://nope"_s)}));
        QVERIFY(!store.add(u"x"_s, {ConnectionProfile::Kind::Custom, {}}));
        QCOMPARE(store.connections().size(), 1);

        const auto staging = store.add(u"Staging"_s, {ConnectionProfile::Kind::Staging, {}});
        SavedConnection blank = *staging;
        blank.name = u"   "_s;
        QVERIFY(!ConnectionStore::problemWith(blank).isEmpty());
        QVERIFY(!store.update(blank));
        QVERIFY(!store.rename(staging->id, QString()));
        QCOMPARE(store.find(staging->id)->name, u"Staging"_s);
    }

    void removedLastUsedFallsBackToTheSandbox()
    {
        ConnectionStore store;
        const auto staging = store.add({}, {ConnectionProfile::Kind::Staging, {}});
        store.setLastUsedId(staging->id);
        QVERIFY(store.remove(staging->id));
        QCOMPARE(store.lastUsedId(), ConnectionStore::sandboxId());
    }

    void theOldSingleProfileIsMigratedOnce()
    {
        {
            // What 0.1 wrote on quit while a custom server was in use.
            QSettings settings;
            settings.setValue(Keys::LegacyProfile, u"custom"_s);
            settings.setValue(Keys::LegacyCustomRoot, QUrl(u"https://pms.example.org:9000"_s));
        }
        {
            ConnectionStore store;
            QCOMPARE(store.connections().size(), 2);
            const SavedConnection migrated = store.connections().at(1);
            QCOMPARE(migrated.profile.customRoot, QUrl(u"https://pms.example.org:9000"_s));
            QCOMPARE(store.lastUsedId(), migrated.id);
            QVERIFY(!QSettings().contains(Keys::LegacyProfile));
            QVERIFY(!QSettings().contains(Keys::LegacyCustomRoot));
        }
        ConnectionStore again;
        QCOMPARE(again.connections().size(), 2); // not migrated a second time
    }

    void aLegacyStagingProfileBecomesAStagingConnection()
    {
        QSettings().setValue(Keys::LegacyProfile, u"staging"_s);
        ConnectionStore store;
        QCOMPARE(store.connections().size(), 2);
        QCOMPARE(store.connections().at(1).profile.kind, ConnectionProfile::Kind::Staging);
        QCOMPARE(store.connections().at(1).name, u"Channex Staging"_s);
    }

    void aDamagedEntryIsSkipped()
    {
        {
            QSettings settings;
            settings.beginWriteArray(Keys::Connections, 2);
            settings.setArrayIndex(0);
            settings.setValue(Keys::ConnectionId, u"a"_s);
            settings.setValue(Keys::ConnectionName, u"Broken"_s);
            settings.setValue(Keys::ConnectionKind, u"custom"_s);
            settings.setValue(Keys::ConnectionServerRoot, u"not a url"_s);
            settings.setArrayIndex(1);
            settings.setValue(Keys::ConnectionId, u"b"_s);
            settings.setValue(Keys::ConnectionName, u"Fine"_s);
            settings.setValue(Keys::ConnectionKind, u"production"_s);
            settings.endArray();
        }
        ConnectionStore store;
        QCOMPARE(names(store), QStringList({u"Sandbox (built-in demo)"_s, u"Fine"_s}));
    }
};

QTEST_GUILESS_MAIN(TestConnectionStore)
#include "test_connection_store.moc"
