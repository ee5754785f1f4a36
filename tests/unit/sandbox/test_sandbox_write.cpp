// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Creating, updating, deleting webhooks and the validation rules
// (https://docs.channex.io/api-v.1-documentation/webhook-collection).
#include "tests/unit/sandbox/SandboxTestSupport.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using namespace SandboxTest;

class TestSandboxWrite final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void deleteWebhook();
    void createWithDefaults();
    void createEchoesEveryAttribute();
    void createGlobal();
    void createKeepsEventMaskAsWritten_data();
    void createKeepsEventMaskAsWritten();
    void validation_data();
    void validation();
    void badRequest_data();
    void badRequest();
    void updateMergesPartially();
    void updateValidatesTheMerge();
    void updateSwitchesToGlobal();

private:
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
};

void TestSandboxWrite::init()
{
    m_sandbox = std::make_unique<Sandbox::SandboxServer>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_client = std::make_unique<ApiClient>(m_sandbox->rootUrl());
}

void TestSandboxWrite::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
}

void TestSandboxWrite::deleteWebhook()
{
    const QString path = Webhooks + u'/' + FirstWebhook;
    const ApiReply reply = m_client->send("DELETE", path);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json(), parseJson(R"({"meta":{"message":"Success"}})"));
    QCOMPARE(m_client->get(path).status, 404);
    QCOMPARE(m_client->send("DELETE", path).status, 404);

    const QJsonObject list = m_client->get(Webhooks).json();
    QCOMPARE(list.value("meta"_L1).toObject().value("total"_L1).toInt(), 11);
    QCOMPARE(idsOf(list.value("data"_L1).toArray()), demoIds().mid(1, 10));
}

void TestSandboxWrite::createWithDefaults()
{
    const ApiReply reply = m_client->post(Webhooks, wrapped(validWebhook()));
    QCOMPARE(reply.status, 201);
    const QJsonObject data = reply.json().value("data"_L1).toObject();
    const QString id = data.value("id"_L1).toString();
    QVERIFY2(!QUuid::fromString(id).isNull(), qPrintable(id));
    QCOMPARE(data.value("type"_L1).toString(), u"webhook"_s);

    const QJsonObject attributes = attributesOf(reply);
    QCOMPARE(attributes.value("callback_url"_L1).toString(), u"https://pms.example.com/hooks"_s);
    QCOMPARE(attributes.value("event_mask"_L1).toString(), u"booking_new;booking_cancellation"_s);
    QVERIFY(attributes.value("headers"_L1).isNull());
    QVERIFY(attributes.value("request_params"_L1).isNull());
    for (const char *flag : {"is_active", "send_data", "is_global", "protected"})
        QCOMPARE(attributes.value(QLatin1StringView(flag)), QJsonValue(false));
    QCOMPARE(data.value("relationships"_L1)
                 .toObject()
                 .value("property"_L1)
                 .toObject()
                 .value("data"_L1)
                 .toObject()
                 .value("id"_L1)
                 .toString(),
             HarbourView);

    // Stored: readable by id, and listed last.
    QCOMPARE(m_client->get(Webhooks + u'/' + id).json(), reply.json());
    const ApiReply page = m_client->get(Webhooks, u"pagination[page]=2"_s);
    QCOMPARE(idsOf(page.json().value("data"_L1).toArray()).constLast(), id);
    QCOMPARE(page.json().value("meta"_L1).toObject().value("total"_L1).toInt(), 13);
}

void TestSandboxWrite::createEchoesEveryAttribute()
{
    QJsonObject webhook = validWebhook();
    webhook.insert(u"headers"_s, parseJson(R"({"Authorization":"Bearer t0k3n","X-Trace":"1"})"));
    webhook.insert(u"request_params"_s, parseJson(R"({"source":"channex"})"));
    webhook.insert(u"is_active"_s, true);
    webhook.insert(u"send_data"_s, true);
    webhook.insert(u"protected"_s, true);
    webhook.insert(u"unknown_attribute"_s, u"ignored"_s);

    const ApiReply reply = m_client->post(Webhooks, wrapped(webhook));
    QCOMPARE(reply.status, 201);
    const QJsonObject attributes = attributesOf(reply);
    for (const char *key : {"callback_url", "event_mask", "headers", "request_params", "is_active",
                            "send_data", "protected"}) {
        const QLatin1StringView name(key);
        QCOMPARE(attributes.value(name), webhook.value(name));
    }
    QVERIFY(!attributes.contains("unknown_attribute"_L1));

    // Names HTTP does not allow in a header, as webhooks made by other tools carry them: stored as
    // written (a value with a line break is still refused: it would split the delivery request).
    webhook.insert(u"headers"_s, parseJson(R"({"Bad Name":"x","X-Dup":"1","x-dup":"2"})"));
    QCOMPARE(attributesOf(m_client->post(Webhooks, wrapped(webhook))).value("headers"_L1),
             webhook.value("headers"_L1));

    // Empty objects stay empty objects (not null).
    webhook.insert(u"headers"_s, QJsonObject());
    QCOMPARE(attributesOf(m_client->post(Webhooks, wrapped(webhook))).value("headers"_L1),
             QJsonValue(QJsonObject()));
}

void TestSandboxWrite::createGlobal()
{
    QJsonObject webhook = validWebhook();
    webhook.insert(u"property_id"_s, QJsonValue::Null);
    webhook.insert(u"is_global"_s, true);

    const ApiReply reply = m_client->post(Webhooks, wrapped(webhook));
    QCOMPARE(reply.status, 201);
    QCOMPARE(attributesOf(reply).value("is_global"_L1), QJsonValue(true));
    const QJsonObject relationships
        = reply.json().value("data"_L1).toObject().value("relationships"_L1).toObject();
    QVERIFY(relationships.value("property"_L1).toObject().value("data"_L1).toObject().isEmpty());
    QVERIFY(relationships.contains("organization"_L1));

    // Omitting property_id is the same as null for a global webhook.
    webhook.remove(u"property_id"_s);
    QCOMPARE(m_client->post(Webhooks, wrapped(webhook)).status, 201);
}

void TestSandboxWrite::createKeepsEventMaskAsWritten_data()
{
    QTest::addColumn<QString>("mask");
    QTest::newRow("all") << u"*"_s;
    QTest::newRow("ari filter") << u"ari:rate,stop_sell:*:96a44e07-2158-43e4-8baa-8f6f56922ba8"_s;
    QTest::newRow("filter in a list") << u"booking;ari:availability:*:*"_s;
    // Channex's rule for unknown names is undocumented: accepted, the client warns.
    QTest::newRow("old and unknown names") << u"disconnected_channel;not_an_event"_s;
}

void TestSandboxWrite::createKeepsEventMaskAsWritten()
{
    QFETCH(QString, mask);
    QJsonObject webhook = validWebhook();
    webhook.insert(u"event_mask"_s, mask);
    const ApiReply reply = m_client->post(Webhooks, wrapped(webhook));
    QCOMPARE(reply.status, 201);
    QCOMPARE(attributesOf(reply).value("event_mask"_L1).toString(), mask);
}

void TestSandboxWrite::validation_data()
{
    QTest::addColumn<QJsonObject>("webhook");
    QTest::addColumn<QJsonObject>("details");
    // Rows that add a bad value also fail as a PUT; rows that omit a key do not (PUT merges).
    QTest::addColumn<bool>("failsAsUpdate");

    const auto with = [](const char *key, const QJsonValue &value) {
        QJsonObject webhook = validWebhook();
        webhook.insert(QLatin1StringView(key), value);
        return webhook;
    };
    const auto without = [](const char *key) {
        QJsonObject webhook = validWebhook();
        webhook.remove(QLatin1StringView(key));
        return webhook;
    };
    const auto error = [](const char *field, const char *message) {
        return QJsonObject {{QLatin1StringView(field), QJsonArray {QLatin1StringView(message)}}};
    };
    const char *blank = "can't be blank";
    const char *invalid = "is invalid";

    QTest::newRow("callback_url missing")
        << without("callback_url") << error("callback_url", blank) << false;
    QTest::newRow("callback_url blank")
        << with("callback_url", u"  "_s) << error("callback_url", blank) << true;
    QTest::newRow("callback_url ftp") << with("callback_url", u"ftp://files.example.com/in"_s)
                                      << error("callback_url", invalid) << true;
    QTest::newRow("callback_url without host")
        << with("callback_url", u"https://"_s) << error("callback_url", invalid) << true;
    QTest::newRow("callback_url not a URL") << with("callback_url", u"pms.example.com/hooks"_s)
                                            << error("callback_url", invalid) << true;
    QTest::newRow("callback_url number")
        << with("callback_url", 42) << error("callback_url", invalid) << true;
    QTest::newRow("event_mask missing")
        << without("event_mask") << error("event_mask", blank) << false;
    QTest::newRow("event_mask empty")
        << with("event_mask", u""_s) << error("event_mask", blank) << true;
    QTest::newRow("event_mask only separators")
        << with("event_mask", u";;"_s) << error("event_mask", invalid) << true;
    QTest::newRow("event_mask number")
        << with("event_mask", 5) << error("event_mask", invalid) << true;
    QTest::newRow("property_id missing")
        << without("property_id") << error("property_id", blank) << false;
    QTest::newRow("property_id null")
        << with("property_id", QJsonValue::Null) << error("property_id", blank) << true;
    QTest::newRow("property_id not a uuid")
        << with("property_id", u"hotel-1"_s) << error("property_id", invalid) << true;
    QTest::newRow("property_id unknown")
        << with("property_id", u"00000000-0000-4000-8000-000000000000"_s)
        << error("property_id", "does not exist") << true;
    QTest::newRow("property and global")
        << with("is_global", true) << error("is_global", "must be false for a property webhook")
        << true;
    QTest::newRow("headers array")
        << with("headers", QJsonArray {u"a"_s}) << error("headers", invalid) << true;
    QTest::newRow("headers number value")
        << with("headers", QJsonObject {{u"X-N"_s, 5}}) << error("headers", invalid) << true;
    QTest::newRow("headers value with newline")
        << with("headers", QJsonObject {{u"X-A"_s, u"a\r\nInjected: 1"_s}})
        << error("headers", invalid) << true;
    QTest::newRow("request_params string")
        << with("request_params", u"a=b"_s) << error("request_params", invalid) << true;
    QTest::newRow("request_params nested")
        << with("request_params", QJsonObject {{u"a"_s, QJsonObject {{u"b"_s, u"c"_s}}}})
        << error("request_params", invalid) << true;
    QTest::newRow("is_active string")
        << with("is_active", u"true"_s) << error("is_active", invalid) << true;
    QTest::newRow("send_data number")
        << with("send_data", 1) << error("send_data", invalid) << true;
    QTest::newRow("protected null")
        << with("protected", QJsonValue::Null) << error("protected", invalid) << true;
    QTest::newRow("empty webhook")
        << QJsonObject()
        << parseJson(R"({"callback_url":["can't be blank"],"event_mask":["can't be blank"],
                         "property_id":["can't be blank"]})")
        << false;
}

void TestSandboxWrite::validation()
{
    QFETCH(QJsonObject, webhook);
    QFETCH(QJsonObject, details);
    QFETCH(bool, failsAsUpdate);

    const QJsonObject expected {{u"errors"_s,
                                 QJsonObject {{u"code"_s, u"validation_error"_s},
                                              {u"title"_s, u"Validation Error"_s},
                                              {u"details"_s, details}}}};
    // Create and test share the rules
    // (https://docs.channex.io/api-v.1-documentation/webhook-collection).
    for (const QString &path : QStringList {Webhooks, Webhooks + u"/test"_s}) {
        const ApiReply reply = m_client->post(path, wrapped(webhook));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.json(), expected);
    }
    // An update that would produce the same webhook fails the same way.
    if (failsAsUpdate) {
        const ApiReply reply = m_client->put(Webhooks + u'/' + FirstWebhook, wrapped(webhook));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.json(), expected);
    }
    QCOMPARE(totalOf(m_client->get(Webhooks)), 12);
}

void TestSandboxWrite::badRequest_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not JSON") << R"({"webhook": {)"_ba;
    QTest::newRow("empty body") << QByteArray();
    QTest::newRow("array") << "[]"_ba;
    QTest::newRow("no wrapper")
        << R"({"callback_url":"https://a.example.com","event_mask":"*"})"_ba;
    QTest::newRow("wrapper not an object") << R"({"webhook":"https://a.example.com"})"_ba;
}

void TestSandboxWrite::badRequest()
{
    QFETCH(QByteArray, body);

    const QList<std::pair<QByteArray, QString>> calls {{"POST"_ba, Webhooks},
                                                       {"POST"_ba, Webhooks + u"/test"_s},
                                                       {"PUT"_ba, Webhooks + u'/' + FirstWebhook}};
    for (const auto &[verb, path] : calls) {
        const ApiReply reply = m_client->send(verb, path, {}, body);
        QCOMPARE(reply.status, 400);
        const QJsonObject errors = reply.json().value("errors"_L1).toObject();
        QCOMPARE(errors.value("code"_L1).toString(), u"bad_request"_s);
        QCOMPARE(errors.value("title"_L1).toString(), u"Bad Request"_s);
        QCOMPARE(errors.value("details"_L1).toArray().size(), 1);
    }
}

void TestSandboxWrite::updateMergesPartially()
{
    const QString path = Webhooks + u'/' + FirstWebhook;
    const QJsonObject before = attributesOf(m_client->get(path));

    const ApiReply reply
        = m_client->put(path, wrapped({{u"is_active"_s, false}, {u"event_mask"_s, u"ari"_s}}));
    QCOMPARE(reply.status, 200);
    QJsonObject expected = before;
    expected.insert(u"is_active"_s, false);
    expected.insert(u"event_mask"_s, u"ari"_s);
    QCOMPARE(attributesOf(reply), expected);
    QCOMPARE(m_client->get(path).json(), reply.json());
    // Still first in the list.
    QCOMPARE(idsOf(m_client->get(Webhooks).json().value("data"_L1).toArray()).constFirst(),
             FirstWebhook);

    // Explicit null clears headers; `{}` empties them.
    QVERIFY(attributesOf(m_client->put(path, wrapped({{u"headers"_s, QJsonValue::Null}})))
                .value("headers"_L1)
                .isNull());
}

void TestSandboxWrite::updateValidatesTheMerge()
{
    const QString path = Webhooks + u'/' + FirstWebhook;
    const QJsonObject before = m_client->get(path).json();

    const ApiReply reply = m_client->put(path, wrapped({{u"callback_url"_s, u"nope"_s}}));
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.json().value("errors"_L1).toObject().value("details"_L1).toObject(),
             parseJson(R"({"callback_url":["is invalid"]})"));
    QCOMPARE(m_client->get(path).json(), before);

    // is_global alone contradicts the stored property.
    QCOMPARE(m_client->put(path, wrapped({{u"is_global"_s, true}})).status, 422);
}

void TestSandboxWrite::updateSwitchesToGlobal()
{
    const QString path = Webhooks + u'/' + FirstWebhook;
    const ApiReply reply = m_client->put(
        path, wrapped({{u"property_id"_s, QJsonValue::Null}, {u"is_global"_s, true}}));
    QCOMPARE(reply.status, 200);
    QCOMPARE(attributesOf(reply).value("is_global"_L1), QJsonValue(true));

    // And back to a property (moving it to another hotel).
    const ApiReply back
        = m_client->put(path, wrapped({{u"property_id"_s, AlpineLodge}, {u"is_global"_s, false}}));
    QCOMPARE(back.status, 200);
    QCOMPARE(idsOf(m_client->get(Webhooks, u"filter[property_id]="_s + AlpineLodge)
                       .json()
                       .value("data"_L1)
                       .toArray())
                 .constFirst(),
             FirstWebhook);
}

QTEST_GUILESS_MAIN(TestSandboxWrite)
#include "test_sandbox_write.moc"
