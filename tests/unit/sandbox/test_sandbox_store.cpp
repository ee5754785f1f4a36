// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's pieces that need no network: demo data, store and the pure
// parts of the test call (envelope, event, target URL).
#include "app/sandbox/DemoData.h"
#include "app/sandbox/SandboxStore.h"
#include "app/sandbox/SandboxTestCall.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestSandboxStore final : public QObject
{
    Q_OBJECT

private slots:
    void demoDataIsStableAndConsistent();
    void generatedWebhooksAreDeterministic();
    void storeKeepsInsertionOrder();
    void testEvent_data();
    void testEvent();
    void envelopeHasChannexShape();
    void targetUrlAppendsEncodedParams();
};

void TestSandboxStore::demoDataIsStableAndConsistent()
{
    const auto properties = Sandbox::DemoData::properties();
    const auto webhooks = Sandbox::DemoData::webhooks();
    QCOMPARE(properties.size(), 5);
    QCOMPARE(properties.constFirst().title, u"Harbour View Hotel"_s);
    QCOMPARE(properties.constFirst().currency, u"GBP"_s);
    QCOMPARE(webhooks.size(), 12);

    QSet<QString> propertyIds;
    for (const auto &property : properties)
        propertyIds.insert(property.id);
    QSet<QString> ids;
    int global = 0;
    int inactive = 0;
    for (const auto &webhook : webhooks) {
        ids.insert(webhook.id);
        QCOMPARE(webhook.isGlobal, webhook.propertyId.isEmpty());
        if (webhook.isGlobal)
            ++global;
        else
            QVERIFY2(propertyIds.contains(webhook.propertyId), qPrintable(webhook.id));
        if (!webhook.isActive)
            ++inactive;
    }
    QCOMPARE(ids.size(), 12);
    QCOMPARE(global, 3);
    QVERIFY(inactive >= 2);
    QCOMPARE(webhooks.constFirst().id, u"a9a88747-767e-458c-99e0-9212fcfb0b39"_s);
}

void TestSandboxStore::generatedWebhooksAreDeterministic()
{
    const auto first = Sandbox::DemoData::generatedWebhooks(0, 20);
    QCOMPARE(Sandbox::DemoData::generatedWebhooks(0, 20), first);
    QCOMPARE(Sandbox::DemoData::generatedWebhooks(5, 1).constFirst(), first.at(5));

    Sandbox::SandboxStore store(Sandbox::DemoData::organizationId());
    Sandbox::DemoData::addGeneratedWebhooks(store, 30);
    // Properties come along so every generated webhook points at one that exists.
    QCOMPARE(store.properties().size(), 5);
    Sandbox::DemoData::addGeneratedWebhooks(store, 30);
    QCOMPARE(store.webhooks().size(), 60);
    QSet<QString> ids;
    for (const auto &webhook : store.webhooks()) {
        ids.insert(webhook.id);
        QVERIFY(store.findProperty(webhook.propertyId));
    }
    QCOMPARE(ids.size(), 60);
}

void TestSandboxStore::storeKeepsInsertionOrder()
{
    Sandbox::SandboxStore store(u"org"_s);
    Channex::Webhook a;
    a.callbackUrl = u"https://a.example.com"_s;
    Channex::Webhook b;
    b.callbackUrl = u"https://b.example.com"_s;
    const Channex::Webhook storedA = store.addWebhook(a);
    const Channex::Webhook storedB = store.addWebhook(b);
    QVERIFY(!storedA.id.isEmpty());
    QVERIFY(storedA.id != storedB.id);
    QCOMPARE(storedA.organizationId, u"org"_s);

    Channex::Webhook changed = storedA;
    changed.callbackUrl = u"https://changed.example.com"_s;
    QVERIFY(store.replaceWebhook(changed));
    QCOMPARE(store.webhooks().constFirst().callbackUrl, u"https://changed.example.com"_s);

    QVERIFY(store.removeWebhook(storedA.id));
    QVERIFY(!store.removeWebhook(storedA.id));
    QVERIFY(!store.findWebhook(storedA.id));
    QCOMPARE(store.webhooks().size(), 1);
    QCOMPARE(store.webhooks().constFirst().id, storedB.id);
    QVERIFY(!store.replaceWebhook(changed));
}

void TestSandboxStore::testEvent_data()
{
    QTest::addColumn<QString>("mask");
    QTest::addColumn<QString>("event");
    QTest::newRow("all") << u"*"_s << u"booking_new"_s;
    QTest::newRow("single") << u"ari"_s << u"ari"_s;
    QTest::newRow("list") << u"booking_cancellation;booking_new"_s << u"booking_cancellation"_s;
    QTest::newRow("ari filter") << u"ari:rate:*:*;booking"_s << u"ari"_s;
    QTest::newRow("unknown name") << u"disconnected_channel"_s << u"disconnected_channel"_s;
}

void TestSandboxStore::testEvent()
{
    QFETCH(QString, mask);
    QFETCH(QString, event);
    QCOMPARE(Sandbox::TestCall::testEvent(mask), event);
}

void TestSandboxStore::envelopeHasChannexShape()
{
    Channex::Webhook webhook;
    webhook.eventMask = u"message"_s;
    const QString property = u"716305c4-561a-4561-a187-7f5b8aeb5920"_s;

    QJsonObject envelope
        = QJsonDocument::fromJson(Sandbox::TestCall::envelope(webhook, property, u"T"_s)).object();
    QCOMPARE(envelope,
             QJsonObject({{u"event"_s, u"message"_s},
                          {u"property_id"_s, property},
                          {u"user_id"_s, QJsonValue::Null},
                          {u"timestamp"_s, u"T"_s}}));

    webhook.sendData = true;
    envelope = QJsonDocument::fromJson(Sandbox::TestCall::envelope(webhook, {}, u"T"_s)).object();
    QCOMPARE(envelope.value("payload"_L1).toObject(), QJsonObject({{u"test"_s, true}}));
    QVERIFY(envelope.value("property_id"_L1).isNull());

    static const QRegularExpression format(
        u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z$"_s);
    const QString timestamp = Sandbox::TestCall::timestampNow();
    QVERIFY2(format.match(timestamp).hasMatch(), qPrintable(timestamp));
}

void TestSandboxStore::targetUrlAppendsEncodedParams()
{
    Channex::Webhook webhook;
    webhook.callbackUrl = u"https://hooks.example.com/in?existing=1"_s;
    QCOMPARE(Sandbox::TestCall::targetUrl(webhook), QUrl(webhook.callbackUrl));

    webhook.requestParams
        = Channex::KeyValueList {{u"account"_s, u"acme hotels"_s}, {u"token"_s, u"a&b=c+d"_s}};
    const QUrl url = Sandbox::TestCall::targetUrl(webhook);
    QCOMPARE(url.path(), u"/in"_s);
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(u"existing"_s), u"1"_s);
    QCOMPARE(query.queryItemValue(u"account"_s, QUrl::FullyDecoded), u"acme hotels"_s);
    QCOMPARE(query.queryItemValue(u"token"_s, QUrl::FullyDecoded), u"a&b=c+d"_s);
    QVERIFY2(url.toEncoded().contains("token=a%26b%3Dc%2Bd"), url.toEncoded().constData());
}

QTEST_GUILESS_MAIN(TestSandboxStore)
#include "test_sandbox_store.moc"
