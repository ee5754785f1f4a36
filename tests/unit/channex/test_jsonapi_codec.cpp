#include "channex/JsonApiCodec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Channex;

Q_DECLARE_METATYPE(Channex::Webhook)

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(WC_TEST_DATA_DIR) + u"/channex/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

QJsonObject jsonObject(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

const QString DocsPropertyId = u"716305c4-561a-4561-a187-7f5b8aeb5920"_s;
const QString CreatedPropertyId = u"52397a6e-c330-44f4-a293-47042d3a3607"_s;
const QString OrganizationId = u"9b1e4c2d-3f5a-4b6c-8d7e-1a2b3c4d5e6f"_s;

Webhook docsListWebhook()
{
    Webhook w;
    w.id = u"a9a88747-767e-458c-99e0-9212fcfb0b39"_s;
    w.callbackUrl = u"https://YOUR-WEBSITE.COM/api/push_message"_s;
    w.eventMask = u"*"_s;
    w.isActive = true;
    w.sendData = true;
    w.propertyId = DocsPropertyId;
    return w; // headers and request params stay null (std::nullopt)
}

Webhook createdWebhook()
{
    Webhook w;
    w.id = u"227d4b09-7eef-4c7e-bc72-44c0c40b5299"_s;
    w.callbackUrl = u"https://website.com/api/push_message"_s;
    w.eventMask = u"*"_s;
    w.headers = KeyValueList();
    w.requestParams = KeyValueList();
    w.isActive = true;
    w.sendData = true;
    w.propertyId = CreatedPropertyId;
    return w;
}

} // namespace

class TestJsonApiCodec final : public QObject
{
    Q_OBJECT

private slots:
    void readsDocument_data();
    void readsDocument();
    void readsList_data();
    void readsList();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void writesRequestBody();
    void writesNullAndEmptyKeyValuesApart();
    void resourceRoundTrip_data();
    void resourceRoundTrip();
    void resourceShape();
    void readsErrorBodies_data();
    void readsErrorBodies();
    void buildsErrorDocument();
    void readsPropertyOptions();
    void propertyOptionRoundTrip();
    void readsTestResult_data();
    void readsTestResult();
};

void TestJsonApiCodec::readsDocument_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Webhook>("expected");

    QTest::newRow("get §3.2") << u"get_example.json"_s << docsListWebhook();
    QTest::newRow("create 201 §3.3") << u"create_201.json"_s << createdWebhook();

    Webhook updated = createdWebhook();
    updated.eventMask = u"ari"_s;
    updated.sendData = false; // missing in the docs' example: the documented default
    QTest::newRow("update 200 without send_data §3.4") << u"update_200.json"_s << updated;

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

void TestJsonApiCodec::readsDocument()
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

void TestJsonApiCodec::readsList_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("total");
    QTest::addColumn<Webhook>("first");

    QTest::newRow("list §3.1") << u"list_example.json"_s << 1 << 1 << 10 << 1 << docsListWebhook();

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

void TestJsonApiCodec::readsList()
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

void TestJsonApiCodec::rejectsMalformed_data()
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

void TestJsonApiCodec::rejectsMalformed()
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

void TestJsonApiCodec::writesRequestBody()
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

void TestJsonApiCodec::writesNullAndEmptyKeyValuesApart()
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

void TestJsonApiCodec::resourceRoundTrip_data()
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

void TestJsonApiCodec::resourceRoundTrip()
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

void TestJsonApiCodec::resourceShape()
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

void TestJsonApiCodec::readsErrorBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("parses");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("fieldDetails"); // "field: message"
    QTest::addColumn<QStringList>("detailList");

    QTest::newRow("401 §5.1") << fixture(u"error_401.json"_s) << true << u"unauthorized"_s
                              << u"Unauthorized"_s << QStringList() << QStringList();
    QTest::newRow("404 §5.2") << fixture(u"error_404.json"_s) << true << u"resource_not_found"_s
                              << u"Resource Not Found"_s << QStringList() << QStringList();
    QTest::newRow("404 docs typo (invalid JSON)")
        << fixture(u"error_404_invalid.json"_s) << false << QString() << QString() << QStringList()
        << QStringList();
    QTest::newRow("422 §5.3") << fixture(u"error_422.json"_s) << true << u"validation_error"_s
                              << u"Validation Error"_s
                              << QStringList {u"property_id: can't be blank"_s} << QStringList();
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

void TestJsonApiCodec::readsErrorBodies()
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

void TestJsonApiCodec::buildsErrorDocument()
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

void TestJsonApiCodec::readsPropertyOptions()
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

void TestJsonApiCodec::propertyOptionRoundTrip()
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

void TestJsonApiCodec::readsTestResult_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("statusCode");
    QTest::addColumn<QString>("text");

    QTest::newRow("docs §3.6") << fixture(u"test_result.json"_s) << 200
                               << u"{\n  \"success\": true\n}"_s;
    QTest::newRow("target failed") << R"({"status_code":500,"body":"oops"})"_ba << 500 << u"oops"_s;
    QTest::newRow("empty body") << R"({"status_code":204,"body":""})"_ba << 204 << QString();
    QTest::newRow("null body") << R"({"status_code":204,"body":null})"_ba << 204 << QString();
}

void TestJsonApiCodec::readsTestResult()
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

QTEST_GUILESS_MAIN(TestJsonApiCodec)
#include "test_jsonapi_codec.moc"
