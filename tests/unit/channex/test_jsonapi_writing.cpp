// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Writing JSON:API: request bodies, the sandbox's resources (and their round trip through the
// reader), and Channex error documents in both directions.

#include "app/channex/JsonApiCodec.h"
#include "tests/unit/channex/JsonApiTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Channex;
using namespace JsonApiTest;

class TestJsonApiWriting final : public QObject
{
    Q_OBJECT

private slots:
    void writesRequestBody();
    void writesNullAndEmptyKeyValuesApart();
    void resourceRoundTrip_data();
    void resourceRoundTrip();
    void resourceShape();
    void readsErrorBodies_data();
    void readsErrorBodies();
    void buildsErrorDocument();
    void propertyOptionRoundTrip();
};

void TestJsonApiWriting::writesRequestBody()
{
    Webhook property = createdWebhook();
    property.headers = KeyValueList {{u"X-Secret"_s, u"abc"_s}};
    property.requestParams = std::nullopt;
    property.isProtected = true;
    const QJsonObject body = jsonObject(JsonApi::webhookRequestBody(property));
    QCOMPARE(body.keys(), QStringList {u"webhook"_s});
    const QJsonObject w = body.value("webhook"_L1).toObject();
    QCOMPARE(w.value("callback_url"_L1).toString(), property.callbackUrl);
    QCOMPARE(w.value("event_mask"_L1).toString(), property.eventMask);
    QCOMPARE(w.value("property_id"_L1).toString(), CreatedPropertyId);
    QCOMPARE(w.value("is_global"_L1), QJsonValue(false));
    QCOMPARE(w.value("is_active"_L1), QJsonValue(true));
    QCOMPARE(w.value("send_data"_L1), QJsonValue(true));
    QCOMPARE(w.value("protected"_L1), QJsonValue(true));
    QCOMPARE(w.value("headers"_L1).toObject().value("X-Secret"_L1).toString(), u"abc"_s);
    QVERIFY(w.value("request_params"_L1).isNull());
    QVERIFY(!w.contains("id"_L1)); // the id travels in the URL, never in the body

    Webhook global = property;
    global.isGlobal = true;
    global.propertyId = u"ignored-when-global"_s;
    const QJsonObject g
        = jsonObject(JsonApi::webhookRequestBody(global)).value("webhook"_L1).toObject();
    QVERIFY(g.contains("property_id"_L1));
    QVERIFY(g.value("property_id"_L1).isNull());
    QCOMPARE(g.value("is_global"_L1), QJsonValue(true));
}

void TestJsonApiWriting::writesNullAndEmptyKeyValuesApart()
{
    QVERIFY(JsonApi::keyValuesToJson(std::nullopt).isNull());
    const QJsonValue empty = JsonApi::keyValuesToJson(KeyValueList());
    QVERIFY(empty.isObject());
    QVERIFY(empty.toObject().isEmpty());

    QVERIFY(!JsonApi::keyValuesFromJson(QJsonValue(QJsonValue::Null)).has_value());
    QVERIFY(!JsonApi::keyValuesFromJson(QJsonValue(QJsonValue::Undefined)).has_value());
    QCOMPARE(JsonApi::keyValuesFromJson(QJsonObject()), std::optional(KeyValueList()));

    Webhook w = createdWebhook();
    w.headers = std::nullopt;
    w.requestParams = KeyValueList();
    const QJsonObject body
        = jsonObject(JsonApi::webhookRequestBody(w)).value("webhook"_L1).toObject();
    QVERIFY(body.value("headers"_L1).isNull());
    QVERIFY(body.value("request_params"_L1).isObject());
}

void TestJsonApiWriting::resourceRoundTrip_data()
{
    QTest::addColumn<Webhook>("webhook");
    QTest::newRow("docs list") << docsListWebhook();
    QTest::newRow("created, empty objects") << createdWebhook();

    Webhook global;
    global.id = u"g1"_s;
    global.callbackUrl = u"https://example.com/hook"_s;
    global.eventMask = u"booking;ari:rate:*:*"_s;
    global.isGlobal = true;
    global.isProtected = true;
    global.organizationId = OrganizationId;
    global.headers = KeyValueList {{u"A"_s, u"1"_s}, {u"B"_s, u"two words"_s}};
    QTest::newRow("global with organization") << global;

    Webhook inactive = createdWebhook();
    inactive.isActive = false;
    inactive.sendData = false;
    inactive.requestParams = KeyValueList {{u"token"_s, u"a&b=c"_s}};
    inactive.organizationId = OrganizationId;
    QTest::newRow("inactive, params, organization") << inactive;
}

void TestJsonApiWriting::resourceRoundTrip()
{
    QFETCH(Webhook, webhook);
    const QJsonObject resource = JsonApi::webhookToResource(webhook);

    QString error;
    const std::optional<Webhook> direct = JsonApi::webhookFromResource(resource, &error);
    QVERIFY2(direct, qPrintable(error));
    QVERIFY(*direct == webhook);

    // Through the bytes the sandbox actually sends, as single document and as list.
    const QByteArray single = QJsonDocument(QJsonObject {{u"data"_s, resource}}).toJson();
    const std::optional<Webhook> fromDocument = JsonApi::parseWebhookDocument(single, &error);
    QVERIFY2(fromDocument, qPrintable(error));
    QVERIFY(*fromDocument == webhook);

    const QJsonObject meta {{u"page"_s, 1}, {u"limit"_s, 10}, {u"total"_s, 1}};
    const QByteArray list
        = QJsonDocument(QJsonObject {{u"data"_s, QJsonArray {resource}}, {u"meta"_s, meta}})
              .toJson();
    const std::optional<JsonApi::WebhookPage> page = JsonApi::parseWebhookList(list, &error);
    QVERIFY2(page, qPrintable(error));
    QVERIFY(page->webhooks.value(0) == webhook);
}

void TestJsonApiWriting::resourceShape()
{
    Webhook property = createdWebhook();
    const QJsonObject resource = JsonApi::webhookToResource(property);
    QCOMPARE(resource.value("type"_L1).toString(), u"webhook"_s);
    QCOMPARE(resource.value("id"_L1).toString(), property.id);
    const QJsonObject attributes = resource.value("attributes"_L1).toObject();
    QCOMPARE(attributes.value("id"_L1).toString(), property.id);
    for (const char *key : {"callback_url", "event_mask", "request_params", "headers", "is_active",
                            "send_data", "is_global", "protected"})
        QVERIFY2(attributes.contains(QLatin1StringView(key)), key);
    QVERIFY(!attributes.contains("property_id"_L1));
    const QJsonObject relationships = resource.value("relationships"_L1).toObject();
    const QJsonObject propertyData
        = relationships.value("property"_L1).toObject().value("data"_L1).toObject();
    QCOMPARE(propertyData.value("type"_L1).toString(), u"property"_s);
    QCOMPARE(propertyData.value("id"_L1).toString(), CreatedPropertyId);
    QVERIFY(!relationships.contains("organization"_L1));

    Webhook global = property;
    global.isGlobal = true;
    global.propertyId.clear();
    global.organizationId = OrganizationId;
    const QJsonObject globalRelationships
        = JsonApi::webhookToResource(global).value("relationships"_L1).toObject();
    QVERIFY(!globalRelationships.contains("property"_L1));
    const QJsonObject organizationData
        = globalRelationships.value("organization"_L1).toObject().value("data"_L1).toObject();
    QCOMPARE(organizationData.value("type"_L1).toString(), u"organization"_s);
    QCOMPARE(organizationData.value("id"_L1).toString(), OrganizationId);
}

void TestJsonApiWriting::readsErrorBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("parses");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("fieldDetails"); // "field: message"
    QTest::addColumn<QStringList>("detailList");

    QTest::newRow("401") << fixture(u"error_401.json"_s) << true << u"unauthorized"_s
                         << u"Unauthorized"_s << QStringList() << QStringList();
    QTest::newRow("404") << fixture(u"error_404.json"_s) << true << u"resource_not_found"_s
                         << u"Resource Not Found"_s << QStringList() << QStringList();
    QTest::newRow("404 docs typo (invalid JSON)")
        << fixture(u"error_404_invalid.json"_s) << false << QString() << QString() << QStringList()
        << QStringList();
    QTest::newRow("422") << fixture(u"error_422.json"_s) << true << u"validation_error"_s
                         << u"Validation Error"_s << QStringList {u"property_id: can't be blank"_s}
                         << QStringList();
    QTest::newRow("400 with array details")
        << fixture(u"error_400.json"_s) << true << u"bad_request"_s << u"Bad Request"_s
        << QStringList() << QStringList {u"restrictions is required"_s};
    QTest::newRow("429") << fixture(u"error_429.json"_s) << true << u"http_too_many_requests"_s
                         << u"Too Many Requests"_s << QStringList() << QStringList();
    QTest::newRow("legacy 'error' key")
        << R"({"error":{"code":"unauthorized","title":"Unauthorized"}})"_ba << true
        << u"unauthorized"_s << u"Unauthorized"_s << QStringList() << QStringList();
    QTest::newRow("several fields")
        << R"({"errors":{"code":"validation_error","title":"Validation Error","details":{"callback_url":["is invalid"],"event_mask":["can't be blank","is invalid"]}}})"_ba
        << true << u"validation_error"_s << u"Validation Error"_s
        << QStringList {u"callback_url: is invalid"_s, u"event_mask: can't be blank"_s,
                        u"event_mask: is invalid"_s}
        << QStringList();
    QTest::newRow("html page") << "<html>Bad Gateway</html>"_ba << false << QString() << QString()
                               << QStringList() << QStringList();
    QTest::newRow("empty") << QByteArray() << false << QString() << QString() << QStringList()
                           << QStringList();
    QTest::newRow("success document") << R"({"meta":{"message":"Success"}})"_ba << false
                                      << QString() << QString() << QStringList() << QStringList();
}

void TestJsonApiWriting::readsErrorBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, parses);
    QFETCH(QString, code);
    QFETCH(QString, title);
    QFETCH(QStringList, fieldDetails);
    QFETCH(QStringList, detailList);

    const std::optional<JsonApi::ErrorBody> error = JsonApi::parseErrorBody(body);
    QCOMPARE(error.has_value(), parses);
    if (!parses)
        return;
    QCOMPARE(error->code, code);
    QCOMPARE(error->title, title);
    QStringList lines;
    for (auto it = error->details.constBegin(); it != error->details.constEnd(); ++it) {
        for (const QString &message : it.value())
            lines << it.key() + u": "_s + message;
    }
    QCOMPARE(lines, fieldDetails);
    QCOMPARE(error->detailList, detailList);
}

void TestJsonApiWriting::buildsErrorDocument()
{
    const QJsonObject plain = JsonApi::errorDocument(u"unauthorized"_s, u"Unauthorized"_s);
    QCOMPARE(plain, jsonObject(fixture(u"error_401.json"_s)));

    const QJsonObject validation = JsonApi::errorDocument(
        u"validation_error"_s, u"Validation Error"_s, {{u"property_id"_s, {u"can't be blank"_s}}});
    QCOMPARE(validation, jsonObject(fixture(u"error_422.json"_s)));

    const std::optional<JsonApi::ErrorBody> back
        = JsonApi::parseErrorBody(QJsonDocument(validation).toJson());
    QVERIFY(back);
    QCOMPARE(back->details.value(u"property_id"_s), QStringList {u"can't be blank"_s});
}

void TestJsonApiWriting::propertyOptionRoundTrip()
{
    const PropertyOption option {DocsPropertyId, u"Sea View Hotel"_s, u"EUR"_s};
    const QJsonObject resource = JsonApi::propertyOptionToResource(option);
    QCOMPARE(resource,
             jsonObject(fixture(u"property_options.json"_s))
                 .value("data"_L1)
                 .toArray()
                 .at(0)
                 .toObject());

    QString error;
    const QByteArray body
        = QJsonDocument(QJsonObject {{u"data"_s, QJsonArray {resource}}}).toJson();
    const std::optional<QList<PropertyOption>> back = JsonApi::parsePropertyOptions(body, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, QList<PropertyOption> {option});
}

QTEST_GUILESS_MAIN(TestJsonApiWriting)
#include "test_jsonapi_writing.moc"
