// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Reading Channex JSON:API documents: the documented examples and their variants, malformed
// shapes with the path that failed, property options and test-call results.

#include "app/channex/JsonApiCodec.h"
#include "tests/unit/channex/JsonApiTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Channex;
using namespace JsonApiTest;

class TestJsonApiReading final : public QObject
{
    Q_OBJECT

private slots:
    void readsDocument_data();
    void readsDocument();
    void readsList_data();
    void readsList();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void readsPropertyOptions();
    void readsTestResult_data();
    void readsTestResult();
};

void TestJsonApiReading::readsDocument_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Webhook>("expected");

    QTest::newRow("get a webhook") << u"get_example.json"_s << docsListWebhook();
    QTest::newRow("create 201") << u"create_201.json"_s << createdWebhook();

    Webhook updated = createdWebhook();
    updated.eventMask = u"ari"_s;
    updated.sendData = false; // missing in the docs' example: the documented default
    QTest::newRow("update 200 without send_data") << u"update_200.json"_s << updated;

    Webhook global;
    global.id = u"0f0c1f4e-6a53-4c3a-9d56-5e2b8d1f7a10"_s;
    global.callbackUrl = u"https://your-website.com/api/push_message"_s;
    global.eventMask = u"*"_s;
    global.headers = KeyValueList();
    global.requestParams = KeyValueList();
    global.isActive = true;
    global.sendData = true;
    global.isGlobal = true;
    QTest::newRow("global, property_id null") << u"global_webhook.json"_s << global;

    Webhook newest;
    newest.id = u"5d2c8f3a-1b7e-4e0a-8c9d-2f6a4b3c1d0e"_s;
    newest.callbackUrl = u"https://hooks.example.com/channex"_s;
    newest.eventMask = u"booking_new;booking_modification;booking_cancellation"_s;
    newest.isProtected = true;
    newest.propertyId = DocsPropertyId;
    newest.organizationId = OrganizationId;
    QTest::newRow("newest shape") << u"newest_shape.json"_s << newest;

    Webhook withValues;
    withValues.id = u"7c6b5a49-3827-4165-9483-7261504f3e2d"_s;
    withValues.callbackUrl = u"https://hooks.example.com/channex?source=channex"_s;
    withValues.eventMask = u"ari:rate,stop_sell:*:96a44e07-2158-43e4-8baa-8f6f56922ba8"_s;
    withValues.headers = KeyValueList {{u"Authorization"_s, u"Basic user:password"_s},
                                       {u"X-Channex-Webhook-Secret"_s, u"s3cr3t"_s}};
    withValues.requestParams
        = KeyValueList {{u"attempt"_s, u"3"_s}, {u"debug"_s, u"true"_s}, {u"token"_s, u"abc"_s}};
    withValues.isActive = true;
    withValues.sendData = true;
    withValues.propertyId = DocsPropertyId;
    QTest::newRow("headers and params with values") << u"headers_values.json"_s << withValues;

    Webhook idInAttributes;
    idInAttributes.id = u"a9a88747-767e-458c-99e0-9212fcfb0b39"_s;
    idInAttributes.callbackUrl = u"https://YOUR-WEBSITE.COM/api/push_message"_s;
    idInAttributes.eventMask = u"booking"_s;
    QTest::newRow("data.id missing, attributes.id present, rest missing")
        << u"attributes_id_only.json"_s << idInAttributes;
}

void TestJsonApiReading::readsDocument()
{
    QFETCH(QString, file);
    QFETCH(Webhook, expected);

    QString error;
    const std::optional<Webhook> webhook = JsonApi::parseWebhookDocument(fixture(file), &error);
    QVERIFY2(webhook, qPrintable(error));
    QCOMPARE(webhook->id, expected.id);
    QCOMPARE(webhook->headers, expected.headers);
    QCOMPARE(webhook->requestParams, expected.requestParams);
    QCOMPARE(webhook->propertyId, expected.propertyId);
    QCOMPARE(webhook->organizationId, expected.organizationId);
    QCOMPARE(webhook->isGlobal, expected.isGlobal);
    QCOMPARE(webhook->isProtected, expected.isProtected);
    QCOMPARE(webhook->sendData, expected.sendData);
    QVERIFY(*webhook == expected);
}

void TestJsonApiReading::readsList_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("total");
    QTest::addColumn<Webhook>("first");

    QTest::newRow("list") << u"list_example.json"_s << 1 << 1 << 10 << 1 << docsListWebhook();

    Webhook global;
    global.id = u"0f0c1f4e-6a53-4c3a-9d56-5e2b8d1f7a10"_s;
    global.callbackUrl = u"https://your-website.com/api/push_message"_s;
    global.eventMask = u"*"_s;
    global.isActive = true;
    global.sendData = true;
    global.isGlobal = true;
    global.organizationId = OrganizationId;
    QTest::newRow("newest list, global first")
        << u"list_newest.json"_s << 2 << 2 << 100 << 102 << global;
}

void TestJsonApiReading::readsList()
{
    QFETCH(QString, file);
    QFETCH(int, count);
    QFETCH(int, page);
    QFETCH(int, limit);
    QFETCH(int, total);
    QFETCH(Webhook, first);

    QString error;
    const std::optional<JsonApi::WebhookPage> result
        = JsonApi::parseWebhookList(fixture(file), &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->webhooks.size(), count);
    QCOMPARE(result->meta.page, page);
    QCOMPARE(result->meta.limit, limit);
    QCOMPARE(result->meta.total, total);
    QVERIFY(result->webhooks.first() == first);
}

void TestJsonApiReading::rejectsMalformed_data()
{
    QTest::addColumn<QString>("endpoint"); // "list", "single", "options", "test"
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");

    const QByteArray goodResource
        = R"({"type":"webhook","id":"x","attributes":{"callback_url":"https://a.test","event_mask":"*"}})";
    const QByteArray meta = R"("meta":{"page":1,"limit":10,"total":4})";

    QTest::newRow("empty body") << u"list"_s << QByteArray() << u"empty"_s;
    QTest::newRow("html error page")
        << u"list"_s << "<html><body>502 Bad Gateway</body></html>"_ba << u"not JSON"_s;
    QTest::newRow("top-level array") << u"single"_s << "[]"_ba << u"not a JSON object"_s;
    QTest::newRow("list data is object")
        << u"list"_s << QByteArray("{\"data\":" + goodResource + "," + meta + "}")
        << u"data is not an array"_s;
    QTest::newRow("list data missing")
        << u"list"_s << QByteArray("{" + meta + "}") << u"data is missing"_s;
    QTest::newRow("single data is array")
        << u"single"_s << QByteArray("{\"data\":[" + goodResource + "]}")
        << u"data is not an object"_s;
    QTest::newRow("meta missing") << u"list"_s << QByteArray("{\"data\":[" + goodResource + "]}")
                                  << u"meta is missing"_s;
    QTest::newRow("meta.total missing")
        << u"list"_s << R"({"data":[],"meta":{"page":1,"limit":10}})"_ba
        << u"meta.total is missing"_s;
    QTest::newRow("callback_url missing in 4th")
        << u"list"_s
        << QByteArray("{\"data\":[" + goodResource + "," + goodResource + "," + goodResource
                      + R"(,{"type":"webhook","id":"y","attributes":{"event_mask":"*"}}],)" + meta
                      + "}")
        << u"data[3].attributes.callback_url is missing"_s;
    QTest::newRow("event_mask missing")
        << u"single"_s << R"({"data":{"id":"x","attributes":{"callback_url":"https://a.test"}}})"_ba
        << u"data.attributes.event_mask is missing"_s;
    QTest::newRow("event_mask not a string")
        << u"single"_s
        << R"({"data":{"id":"x","attributes":{"callback_url":"https://a.test","event_mask":5}}})"_ba
        << u"data.attributes.event_mask is not a string"_s;
    QTest::newRow("attributes missing")
        << u"single"_s << R"({"data":{"id":"x","type":"webhook"}})"_ba
        << u"data.attributes is missing"_s;
    QTest::newRow("no id anywhere")
        << u"single"_s
        << R"({"data":{"attributes":{"callback_url":"https://a.test","event_mask":"*"}}})"_ba
        << u"data.id is missing"_s;
    QTest::newRow("headers is a string")
        << u"single"_s
        << R"({"data":{"id":"x","attributes":{"callback_url":"u","event_mask":"*","headers":"a"}}})"_ba
        << u"data.attributes.headers is not an object"_s;
    QTest::newRow("is_active is a string")
        << u"single"_s
        << R"({"data":{"id":"x","attributes":{"callback_url":"u","event_mask":"*","is_active":"yes"}}})"_ba
        << u"data.attributes.is_active is not a boolean"_s;
    QTest::newRow("options data missing") << u"options"_s << "{}"_ba << u"data is missing"_s;
    QTest::newRow("options title missing")
        << u"options"_s << R"({"data":[{"id":"p","attributes":{"id":"p"}}]})"_ba
        << u"data[0].attributes.title is missing"_s;
    QTest::newRow("test status missing")
        << u"test"_s << R"({"body":"ok"})"_ba << u"status_code is missing"_s;
    QTest::newRow("test not JSON") << u"test"_s << "ok"_ba << u"not JSON"_s;
}

void TestJsonApiReading::rejectsMalformed()
{
    QFETCH(QString, endpoint);
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);

    QString error;
    bool parsed = true;
    if (endpoint == "list"_L1)
        parsed = JsonApi::parseWebhookList(body, &error).has_value();
    else if (endpoint == "single"_L1)
        parsed = JsonApi::parseWebhookDocument(body, &error).has_value();
    else if (endpoint == "options"_L1)
        parsed = JsonApi::parsePropertyOptions(body, &error).has_value();
    else
        parsed = JsonApi::parseTestResult(body, &error).has_value();
    QVERIFY(!parsed);
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TestJsonApiReading::readsPropertyOptions()
{
    QString error;
    const std::optional<QList<PropertyOption>> options
        = JsonApi::parsePropertyOptions(fixture(u"property_options.json"_s), &error);
    QVERIFY2(options, qPrintable(error));
    const QList<PropertyOption> expected {
        {DocsPropertyId, u"Sea View Hotel"_s, u"EUR"_s},
        {CreatedPropertyId, u"Mountain Lodge"_s, u"CHF"_s},
    };
    QCOMPARE(*options, expected);

    const std::optional<QList<PropertyOption>> none
        = JsonApi::parsePropertyOptions(R"({"data":[]})"_ba, &error);
    QVERIFY(none);
    QVERIFY(none->isEmpty());
}

void TestJsonApiReading::readsTestResult_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("statusCode");
    QTest::addColumn<QString>("text");

    QTest::newRow("test answer of the docs")
        << fixture(u"test_result.json"_s) << 200 << u"{\n  \"success\": true\n}"_s;
    QTest::newRow("target failed") << R"({"status_code":500,"body":"oops"})"_ba << 500 << u"oops"_s;
    QTest::newRow("empty body") << R"({"status_code":204,"body":""})"_ba << 204 << QString();
    QTest::newRow("null body") << R"({"status_code":204,"body":null})"_ba << 204 << QString();
}

void TestJsonApiReading::readsTestResult()
{
    QFETCH(QByteArray, body);
    QFETCH(int, statusCode);
    QFETCH(QString, text);

    QString error;
    const std::optional<WebhookTestResult> result = JsonApi::parseTestResult(body, &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->statusCode, statusCode);
    QCOMPARE(result->body, text);
}

QTEST_GUILESS_MAIN(TestJsonApiReading)
#include "test_jsonapi_reading.moc"
