// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/channex/ConnectionProfile.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Channex::ConnectionProfile;
using Kind = ConnectionProfile::Kind;

Q_DECLARE_METATYPE(Channex::ConnectionProfile::Kind)

class TestConnectionProfile final : public QObject
{
    Q_OBJECT

private slots:
    void profiles_data();
    void profiles();
    void unknownSettingsKeyFallsBackToSandbox();
    void normalizeAccepts_data();
    void normalizeAccepts();
    void normalizeRejects_data();
    void normalizeRejects();
};

void TestConnectionProfile::profiles_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QUrl>("root");

    QTest::newRow("sandbox") << Kind::Sandbox << u"sandbox"_s << u"Sandbox (built-in demo)"_s
                             << QUrl();
    QTest::newRow("staging") << Kind::Staging << u"staging"_s << u"Channex Staging"_s
                             << QUrl(u"https://staging.channex.io"_s);
    QTest::newRow("production") << Kind::Production << u"production"_s << u"Channex Production"_s
                                << QUrl(u"https://app.channex.io"_s);
    QTest::newRow("custom") << Kind::Custom << u"custom"_s << u"Custom server"_s
                            << QUrl(u"https://channex.example.com"_s);
}

void TestConnectionProfile::profiles()
{
    QFETCH(Kind, kind);
    QFETCH(QString, key);
    QFETCH(QString, name);
    QFETCH(QUrl, root);

    const QUrl custom(u"https://channex.example.com"_s);
    const ConnectionProfile profile = ConnectionProfile::fromSettingsKey(key, custom);
    QCOMPARE(profile.kind, kind);
    QCOMPARE(profile.settingsKey(), key);
    QCOMPARE(profile.displayName(), name);
    QCOMPARE(profile.serverRoot(), root);
    QVERIFY(ConnectionProfile::allKinds().contains(kind));
}

void TestConnectionProfile::unknownSettingsKeyFallsBackToSandbox()
{
    QCOMPARE(ConnectionProfile::fromSettingsKey(u"nonsense"_s).kind, Kind::Sandbox);
    QCOMPARE(ConnectionProfile::fromSettingsKey(QString()).kind, Kind::Sandbox);
    QCOMPARE(ConnectionProfile::allKinds().size(), 4);
}

void TestConnectionProfile::normalizeAccepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("root");

    QTest::newRow("plain") << u"https://channex.example.com"_s << u"https://channex.example.com"_s;
    QTest::newRow("trailing slash") << u"https://app.channex.io/"_s << u"https://app.channex.io"_s;
    QTest::newRow("api base from docs")
        << u"https://staging.channex.io/api/v1/"_s << u"https://staging.channex.io"_s;
    QTest::newRow("api base no slash")
        << u"https://staging.channex.io/api/v1"_s << u"https://staging.channex.io"_s;
    QTest::newRow("prefix kept") << u"https://example.com/channex/api/v1"_s
                                 << u"https://example.com/channex"_s;
    QTest::newRow("http with port") << u"http://127.0.0.1:8080"_s << u"http://127.0.0.1:8080"_s;
    QTest::newRow("spaces and case")
        << u"  HTTPS://Channex.Example.com/  "_s << u"https://channex.example.com"_s;
}

void TestConnectionProfile::normalizeAccepts()
{
    QFETCH(QString, text);
    QFETCH(QString, root);

    QString error;
    const QUrl url = ConnectionProfile::normalizeServerRoot(text, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(url.toString(), root);
}

void TestConnectionProfile::normalizeRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("empty") << u"  "_s << u"Enter the server address"_s;
    QTest::newRow("no scheme") << u"staging.channex.io"_s << u"https://"_s;
    QTest::newRow("host and port, no scheme") << u"localhost:8080"_s << u"https://"_s;
    QTest::newRow("ftp") << u"ftp://example.com"_s << u"ftp://"_s;
    QTest::newRow("no host") << u"https:///api/v1"_s << u"server name"_s;
    QTest::newRow("credentials") << u"https://user:pw@example.com"_s << u"password"_s;
    QTest::newRow("query") << u"https://example.com/?key=1"_s << u"'?'"_s;
    QTest::newRow("spaces inside") << u"https://exa mple.com"_s << u"not a valid address"_s;
}

void TestConnectionProfile::normalizeRejects()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);

    QString error;
    const QUrl url = ConnectionProfile::normalizeServerRoot(text, &error);
    QVERIFY(url.isEmpty());
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QVERIFY(error.endsWith(u'.'));
}

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "test_connection_profile.moc"
