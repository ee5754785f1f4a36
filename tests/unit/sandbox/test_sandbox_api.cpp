// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's read endpoints and routing over real loopback HTTP
// (https://docs.channex.io/api-v.1-documentation/api-reference).
#include "tests/unit/sandbox/SandboxTestSupport.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using namespace SandboxTest;

class TestSandboxApi final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void unauthorized_data();
    void unauthorized();
    void answersJsonWithRequestId();
    void listDefaults();
    void paging_data();
    void paging();
    void invalidPagination_data();
    void invalidPagination();
    void filterByProperty_data();
    void filterByProperty();
    void getWebhook();
    void notFound_data();
    void notFound();
    void propertyOptions();
    void headIsRoutedLikeGet_data();
    void headIsRoutedLikeGet();

private:
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
};

void TestSandboxApi::init()
{
    m_sandbox = std::make_unique<Sandbox::SandboxServer>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_client = std::make_unique<ApiClient>(m_sandbox->rootUrl());
}

void TestSandboxApi::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
}

void TestSandboxApi::unauthorized_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<std::optional<QString>>("key");

    const std::optional<QString> none;
    QTest::newRow("list, no key") << "GET"_ba << Webhooks << none;
    QTest::newRow("list, wrong key") << "GET"_ba << Webhooks << std::optional(u"nope"_s);
    QTest::newRow("list, empty key") << "GET"_ba << Webhooks << std::optional(QString());
    QTest::newRow("get, no key") << "GET"_ba << Webhooks + u'/' + FirstWebhook << none;
    QTest::newRow("delete, wrong key")
        << "DELETE"_ba << Webhooks + u'/' + FirstWebhook << std::optional(u"x"_s);
    QTest::newRow("options, no key") << "GET"_ba << u"/api/v1/properties/options"_s << none;
    QTest::newRow("unknown route, no key") << "GET"_ba << u"/api/v1/nothing"_s << none;
}

void TestSandboxApi::unauthorized()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(std::optional<QString>, key);

    const ApiReply reply = m_client->send(verb, path, {}, {}, key);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json(),
             parseJson(R"({"errors":{"code":"unauthorized","title":"Unauthorized"}})"));
    // Nothing happened: the webhook is still there.
    QCOMPARE(m_client->get(Webhooks + u'/' + FirstWebhook).status, 200);
}

void TestSandboxApi::answersJsonWithRequestId()
{
    const ApiReply first = m_client->get(Webhooks);
    const ApiReply second = m_client->get(u"/api/v1/nothing"_s);
    for (const ApiReply &reply : {first, second}) {
        QVERIFY2(reply.header("Content-Type").startsWith("application/json"),
                 reply.header("Content-Type").constData());
        QVERIFY(!QUuid::fromString(QString::fromLatin1(reply.header("x-request-id"))).isNull());
    }
    QVERIFY(first.header("x-request-id") != second.header("x-request-id"));
}

void TestSandboxApi::listDefaults()
{
    const ApiReply reply = m_client->get(Webhooks);
    QCOMPARE(reply.status, 200);
    const QJsonObject body = reply.json();
    QCOMPARE(body.value("meta"_L1).toObject(), parseJson(R"({"page":1,"limit":10,"total":12})"));
    // Creation order; global and property webhooks together.
    QCOMPARE(idsOf(body.value("data"_L1).toArray()), demoIds().mid(0, 10));

    // A trailing slash is the same route.
    QCOMPARE(m_client->get(Webhooks + u'/').json(), body);
}

void TestSandboxApi::paging_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("firstIndex");
    QTest::addColumn<int>("count");

    // 12 demo + 37 generated = 49 webhooks.
    QTest::newRow("limit 5, page 3")
        << u"pagination[limit]=5&pagination[page]=3"_s << 3 << 5 << 10 << 5;
    QTest::newRow("last partial page") << u"pagination[page]=5"_s << 5 << 10 << 40 << 9;
    QTest::newRow("page beyond range") << u"pagination[page]=6"_s << 6 << 10 << 0 << 0;
    QTest::newRow("limit above 100 clamps") << u"pagination[limit]=500"_s << 1 << 100 << 0 << 49;
    QTest::newRow("limit 100") << u"pagination[limit]=100"_s << 1 << 100 << 0 << 49;
    QTest::newRow("percent-encoded keys")
        << u"pagination%5Bpage%5D=2&pagination%5Blimit%5D=20"_s << 2 << 20 << 20 << 20;
}

void TestSandboxApi::paging()
{
    QFETCH(QString, query);
    QFETCH(int, page);
    QFETCH(int, limit);
    QFETCH(int, firstIndex);
    QFETCH(int, count);

    m_sandbox->addGeneratedWebhooks(37);
    const QStringList all = idsOf(
        m_client->get(Webhooks, u"pagination[limit]=100"_s).json().value("data"_L1).toArray());
    QCOMPARE(all.size(), 49);
    QCOMPARE(all.mid(0, 12), demoIds());

    const ApiReply reply = m_client->get(Webhooks, query);
    QCOMPARE(reply.status, 200);
    const QJsonObject meta = reply.json().value("meta"_L1).toObject();
    QCOMPARE(meta.value("page"_L1).toInt(), page);
    QCOMPARE(meta.value("limit"_L1).toInt(), limit);
    QCOMPARE(meta.value("total"_L1).toInt(), 49);
    QCOMPARE(idsOf(reply.json().value("data"_L1).toArray()), all.mid(firstIndex, count));
}

void TestSandboxApi::invalidPagination_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("parameter");
    QTest::newRow("page 0") << u"pagination[page]=0"_s << u"pagination[page]"_s;
    QTest::newRow("page text") << u"pagination[page]=abc"_s << u"pagination[page]"_s;
    QTest::newRow("negative limit") << u"pagination[limit]=-5"_s << u"pagination[limit]"_s;
    QTest::newRow("empty limit") << u"pagination[limit]="_s << u"pagination[limit]"_s;
}

void TestSandboxApi::invalidPagination()
{
    QFETCH(QString, query);
    QFETCH(QString, parameter);

    const ApiReply reply = m_client->get(Webhooks, query);
    QCOMPARE(reply.status, 400);
    const QJsonObject errors = reply.json().value("errors"_L1).toObject();
    QCOMPARE(errors.value("code"_L1).toString(), u"bad_request"_s);
    QCOMPARE(errors.value("title"_L1).toString(), u"Bad Request"_s);
    const QJsonArray details = errors.value("details"_L1).toArray();
    QCOMPARE(details.size(), 1);
    QVERIFY2(details.at(0).toString().startsWith(parameter), qPrintable(details.at(0).toString()));
}

void TestSandboxApi::filterByProperty_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("ids");
    const QString harbourChannels = u"19d6cf70-e8ca-4e5d-9abf-6c7d8e9fa0b1"_s;
    QTest::newRow("one property") << HarbourView << QStringList {FirstWebhook, harbourChannels};
    QTest::newRow("two properties")
        << HarbourView + u',' + AlpineLodge
        << QStringList {FirstWebhook, u"c41e7a2b-93d5-4f0e-8b6a-1d2c3e4f5a6b"_s, harbourChannels,
                        u"3bf8e192-0aec-4a7f-9cd1-8e9fa0b1c2d3"_s};
    QTest::newRow("unknown property") << u"00000000-0000-4000-8000-000000000000"_s << QStringList();
}

void TestSandboxApi::filterByProperty()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, ids);

    const ApiReply reply = m_client->get(Webhooks, u"filter[property_id]="_s + filter);
    QCOMPARE(reply.status, 200);
    QCOMPARE(idsOf(reply.json().value("data"_L1).toArray()), ids);
    QCOMPARE(reply.json().value("meta"_L1).toObject().value("total"_L1).toInt(), ids.size());
}

void TestSandboxApi::getWebhook()
{
    const ApiReply reply = m_client->get(Webhooks + u'/' + FirstWebhook);
    QCOMPARE(reply.status, 200);
    const QJsonObject data = reply.json().value("data"_L1).toObject();
    QCOMPARE(data.value("id"_L1).toString(), FirstWebhook);
    QCOMPARE(data.value("type"_L1).toString(), u"webhook"_s);

    const QJsonObject attributes = data.value("attributes"_L1).toObject();
    QCOMPARE(attributes.value("callback_url"_L1).toString(),
             u"https://pms.example-hotel.com/channex/webhooks"_s);
    QCOMPARE(attributes.value("event_mask"_L1).toString(), u"*"_s);
    QCOMPARE(attributes.value("headers"_L1).toObject(),
             parseJson(R"({"X-Channex-Webhook-Secret":"hv-3f9a1c7e5b2d4a6c"})"));
    QVERIFY(attributes.value("request_params"_L1).isNull());
    QCOMPARE(attributes.value("is_active"_L1), QJsonValue(true));
    QCOMPARE(attributes.value("send_data"_L1), QJsonValue(true));
    QCOMPARE(attributes.value("is_global"_L1), QJsonValue(false));
    QCOMPARE(attributes.value("protected"_L1), QJsonValue(false));

    const QJsonObject relationships = data.value("relationships"_L1).toObject();
    QCOMPARE(relationships.value("property"_L1).toObject(),
             QJsonObject(
                 {{u"data"_s, QJsonObject({{u"type"_s, u"property"_s}, {u"id"_s, HarbourView}})}}));
    QCOMPARE(relationships.value("organization"_L1)
                 .toObject()
                 .value("data"_L1)
                 .toObject()
                 .value("id"_L1)
                 .toString(),
             Sandbox::DemoData::organizationId());
}

void TestSandboxApi::notFound_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");

    const QString unknown = Webhooks + u"/00000000-0000-4000-8000-000000000000"_s;
    const QByteArray update = R"({"webhook":{"is_active":true}})"_ba;
    QTest::newRow("get unknown id") << "GET"_ba << unknown << QByteArray();
    QTest::newRow("put unknown id") << "PUT"_ba << unknown << update;
    QTest::newRow("delete unknown id") << "DELETE"_ba << unknown << QByteArray();
    QTest::newRow("unknown route") << "GET"_ba << u"/api/v1/nothing"_s << QByteArray();
    QTest::newRow("outside the api") << "GET"_ba << u"/"_s << QByteArray();
    QTest::newRow("wrong method on item") << "PATCH"_ba << Webhooks + u'/' + FirstWebhook << update;
    QTest::newRow("wrong method on list") << "DELETE"_ba << Webhooks << QByteArray();
    QTest::newRow("GET test endpoint") << "GET"_ba << Webhooks + u"/test"_s << QByteArray();
    QTest::newRow("POST options") << "POST"_ba << u"/api/v1/properties/options"_s << QByteArray();
}

void TestSandboxApi::notFound()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);

    const ApiReply reply = m_client->send(verb, path, {}, body);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.json(),
             parseJson(R"({"errors":{"code":"resource_not_found","title":"Resource Not Found"}})"));
    QCOMPARE(totalOf(m_client->get(Webhooks)), 12);
}

void TestSandboxApi::propertyOptions()
{
    const ApiReply reply = m_client->get(u"/api/v1/properties/options"_s);
    QCOMPARE(reply.status, 200);
    const QJsonObject body = reply.json();
    QCOMPARE(body.keys(), QStringList {u"data"_s});
    const QJsonArray data = body.value("data"_L1).toArray();
    QCOMPARE(data.size(), 5);
    QCOMPARE(data.at(0).toObject(),
             parseJson(R"({"attributes":{"id":"716305c4-561a-4561-a187-7f5b8aeb5920",
                                         "title":"Harbour View Hotel","currency":"GBP"},
                           "id":"716305c4-561a-4561-a187-7f5b8aeb5920","type":"properties"})"));
    QStringList titles;
    for (const QJsonValue &property : data)
        titles
            << property.toObject().value("attributes"_L1).toObject().value("title"_L1).toString();
    QCOMPARE(
        titles,
        (QStringList {u"Harbour View Hotel"_s, u"Alpine Lodge Zermatt"_s, u"Casa del Sol Sevilla"_s,
                      u"Maple Street Inn"_s, u"Pousada Praia Azul"_s}));
}

void TestSandboxApi::headIsRoutedLikeGet_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("list") << Webhooks;
    QTest::newRow("item") << Webhooks + u'/' + FirstWebhook;
    QTest::newRow("property options") << u"/api/v1/properties/options"_s;
}

void TestSandboxApi::headIsRoutedLikeGet()
{
    QFETCH(QString, path);

    QNetworkRequest request(m_sandbox->rootUrl().resolved(QUrl(path)));
    request.setRawHeader("user-api-key"_ba, Sandbox::SandboxServer::demoApiKey().toUtf8());
    QNetworkAccessManager network;
    const ApiReply head = ApiClient::finish(network.head(request));
    const ApiReply get = m_client->get(path);
    QCOMPARE(head.status, 200);
    QVERIFY(head.body.isEmpty());
    QCOMPARE(head.header("Content-Type"), get.header("Content-Type"));
    QCOMPARE(head.header("Content-Length").toLongLong(), get.body.size());
}

QTEST_GUILESS_MAIN(TestSandboxApi)
#include "test_sandbox_api.moc"
