// ChannexClient against a real sandbox on loopback: listing (with paging), CRUD round trips,
// validation errors and the test endpoint.

#include "ClientTestSupport.h"
#include "channex/ChannexClient.h"
#include "sandbox/DemoData.h"
#include "sandbox/SandboxServer.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Channex;
using namespace ClientTest;
using namespace Qt::StringLiterals;

namespace {

const QString GlobalWebhookId = u"227d4b09-7eef-4c7e-bc72-44c0c40b5299"_s;
const QString HarbourWebhookId = u"a9a88747-767e-458c-99e0-9212fcfb0b39"_s;
const QString HarbourView = u"716305c4-561a-4561-a187-7f5b8aeb5920"_s;

QStringList idsOf(const QList<Webhook> &webhooks)
{
    QStringList ids;
    for (const Webhook &webhook : webhooks)
        ids << webhook.id;
    return ids;
}

Webhook newWebhook()
{
    Webhook webhook;
    webhook.propertyId = HarbourView;
    webhook.callbackUrl = u"https://example.com/hooks/new"_s;
    webhook.eventMask = u"booking;ari"_s;
    webhook.headers = KeyValueList {{u"X-Secret"_s, u"s3cr3t"_s}};
    webhook.requestParams = KeyValueList {};
    webhook.isActive = true;
    webhook.sendData = true;
    return webhook;
}

} // namespace

class TestChannexClient : public QObject
{
    Q_OBJECT

private slots:
    void listReturnsTheDemoWebhooks();
    void listFetchesEveryPageInOrder_data();
    void listFetchesEveryPageInOrder();
    void listOfAnEmptyAccount();
    void listKeepsWhatItReadWhenTheTotalChangesMidway();
    void createGetUpdateDeleteRoundTrip();
    void updateOfADeletedWebhookIsNotFound();
    void createWithBlankUrlKeepsFieldDetails();
    void testCallReportsWhatTheTargetAnswered();
    void requestsCarryKeyAgentAndContentType();
};

void TestChannexClient::listReturnsTheDemoWebhooks()
{
    SandboxFixture sandbox;
    QVERIFY2(sandbox.started, qPrintable(sandbox.server.errorString()));

    const auto result = await<QList<Webhook>>(
        [&](QObject *context, auto done) { sandbox.client->listWebhooks(context, done); });
    WC_VERIFY_OK(result);
    const QList<Webhook> &webhooks = result->value();
    QCOMPARE(webhooks.size(), 12);
    QCOMPARE(webhooks, Sandbox::DemoData::webhooks());

    // A global webhook with headers and request params, field by field.
    const Webhook &global = webhooks.at(1);
    QCOMPARE(global.id, GlobalWebhookId);
    QVERIFY(global.isGlobal);
    QVERIFY(global.propertyId.isEmpty());
    QCOMPARE(global.callbackUrl, u"https://hooks.roomlink-pms.io/v2/channex/bookings"_s);
    QCOMPARE(global.eventMask, u"booking_new;booking_modification;booking_cancellation"_s);
    QCOMPARE(
        global.headers,
        std::optional(KeyValueList {{u"Authorization"_s, u"Bearer rl_demo_7Hc2pQ9xLm4vT8"_s}}));
    QCOMPARE(global.requestParams, std::optional(KeyValueList {{u"account"_s, u"acme-hotels"_s}}));
    QVERIFY(global.isActive);
    QVERIFY(global.sendData);
    QCOMPARE(global.organizationId, Sandbox::DemoData::organizationId());

    // A property webhook with a secret header and no params (JSON null stays "absent").
    const Webhook &harbour = webhooks.at(0);
    QCOMPARE(harbour.id, HarbourWebhookId);
    QVERIFY(!harbour.isGlobal);
    QCOMPARE(harbour.propertyId, HarbourView);
    QCOMPARE(harbour.eventMask, u"*"_s);
    QCOMPARE(
        harbour.headers,
        std::optional(KeyValueList {{u"X-Channex-Webhook-Secret"_s, u"hv-3f9a1c7e5b2d4a6c"_s}}));
    QCOMPARE(harbour.requestParams, std::nullopt);

    // An inactive one keeps its flags.
    QCOMPARE(webhooks.at(5).isActive, false);
    QCOMPARE(webhooks.at(5).sendData, false);
}

void TestChannexClient::listFetchesEveryPageInOrder_data()
{
    QTest::addColumn<int>("concurrency");
    QTest::newRow("one page at a time") << 1;
    QTest::newRow("two at a time") << 2;
    QTest::newRow("sixteen at a time") << 16;
}

void TestChannexClient::listFetchesEveryPageInOrder()
{
    QFETCH(int, concurrency);
    SandboxFixture sandbox(250);
    QVERIFY(sandbox.started);
    sandbox.client->setMaxConcurrentPages(concurrency);
    const int before = sandbox.server.apiRequestCount();

    const auto result = await<QList<Webhook>>(
        [&](QObject *context, auto done) { sandbox.client->listWebhooks(context, done); });
    WC_VERIFY_OK(result);

    QList<Webhook> expected = Sandbox::DemoData::webhooks();
    expected += Sandbox::DemoData::generatedWebhooks(12, 250);
    QCOMPARE(result->value().size(), 262);
    QCOMPARE(idsOf(result->value()), idsOf(expected));
    // 262 at 100 a page: three list requests, no retries.
    QCOMPARE(sandbox.server.apiRequestCount() - before, 3);
    QCOMPARE(sandbox.client->pendingCalls(), 0);
}

void TestChannexClient::listOfAnEmptyAccount()
{
    Sandbox::SandboxServer server;
    server.setDemoDataEnabled(false);
    QVERIFY(server.start());
    ChannexClient client(server.rootUrl(), Sandbox::SandboxServer::demoApiKey());

    const auto result = await<QList<Webhook>>(
        [&](QObject *context, auto done) { client.listWebhooks(context, done); });
    WC_VERIFY_OK(result);
    QVERIFY(result->value().isEmpty());
    QCOMPARE(server.apiRequestCount(), 1);
}

void TestChannexClient::listKeepsWhatItReadWhenTheTotalChangesMidway()
{
    // Page 1 is read, then someone deletes a webhook from it before pages 2 and 3 are read:
    // the later pages report 261 and shift by one. The list still completes, without
    // duplicates, from the pages as they were read.
    SandboxFixture sandbox(250);
    QVERIFY(sandbox.started);
    sandbox.client->setMaxConcurrentPages(1);
    sandbox.server.faults().setLatency(std::chrono::milliseconds(300));
    const int before = sandbox.server.apiRequestCount();

    QObject context;
    std::optional<ApiResult<QList<Webhook>>> listed;
    sandbox.client->listWebhooks(
        &context, [&](ApiResult<QList<Webhook>> result) { listed.emplace(std::move(result)); });
    // Page 1 has arrived at the sandbox (it answers after the latency).
    QTRY_COMPARE_WITH_TIMEOUT(sandbox.server.apiRequestCount(), before + 1, 5000);

    ChannexClient other(sandbox.server.rootUrl(), Sandbox::SandboxServer::demoApiKey());
    const auto deleted = await<Done>(
        [&](QObject *ctx, auto done) { other.deleteWebhook(HarbourWebhookId, ctx, done); });
    WC_VERIFY_OK(deleted);

    QTRY_VERIFY_WITH_TIMEOUT(listed.has_value(), 5000);
    WC_VERIFY_OK(listed);
    const QStringList ids = idsOf(listed->value());
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
    QCOMPARE(ids.size(), 261);
    QCOMPARE(ids.first(), HarbourWebhookId); // read before it was deleted
}

void TestChannexClient::createGetUpdateDeleteRoundTrip()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.started);
    ChannexClient &client = *sandbox.client;

    const Webhook draft = newWebhook();
    const auto created
        = await<Webhook>([&](QObject *ctx, auto done) { client.createWebhook(draft, ctx, done); });
    WC_VERIFY_OK(created);
    Webhook stored = created->value();
    QVERIFY(!stored.id.isEmpty());
    QCOMPARE(stored.callbackUrl, draft.callbackUrl);
    QCOMPARE(stored.eventMask, draft.eventMask);
    QCOMPARE(stored.propertyId, HarbourView);
    QCOMPARE(stored.headers, draft.headers);
    QCOMPARE(stored.requestParams, std::optional(KeyValueList {}));

    const auto fetched
        = await<Webhook>([&](QObject *ctx, auto done) { client.getWebhook(stored.id, ctx, done); });
    WC_VERIFY_OK(fetched);
    QCOMPARE(fetched->value(), stored);

    stored.eventMask = u"ari"_s;
    stored.isActive = false;
    stored.requestParams = KeyValueList {{u"tenant"_s, u"demo"_s}};
    const auto updated
        = await<Webhook>([&](QObject *ctx, auto done) { client.updateWebhook(stored, ctx, done); });
    WC_VERIFY_OK(updated);
    QCOMPARE(updated->value(), stored);

    const auto refetched
        = await<Webhook>([&](QObject *ctx, auto done) { client.getWebhook(stored.id, ctx, done); });
    WC_VERIFY_OK(refetched);
    QCOMPARE(refetched->value(), stored);

    const auto deleted
        = await<Done>([&](QObject *ctx, auto done) { client.deleteWebhook(stored.id, ctx, done); });
    WC_VERIFY_OK(deleted);

    const auto gone
        = await<Webhook>([&](QObject *ctx, auto done) { client.getWebhook(stored.id, ctx, done); });
    QVERIFY(gone && !gone->ok());
    QCOMPARE(gone->error().kind, ApiError::Kind::NotFound);
    QCOMPARE(gone->error().httpStatus, 404);
    QCOMPARE(gone->error().code, u"resource_not_found"_s);
    QCOMPARE(gone->error().host, u"127.0.0.1"_s);
}

void TestChannexClient::updateOfADeletedWebhookIsNotFound()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.started);
    ChannexClient &client = *sandbox.client;

    Webhook webhook = Sandbox::DemoData::webhooks().constFirst();
    const auto deleted = await<Done>(
        [&](QObject *ctx, auto done) { client.deleteWebhook(webhook.id, ctx, done); });
    WC_VERIFY_OK(deleted);

    webhook.eventMask = u"booking"_s;
    const auto updated = await<Webhook>(
        [&](QObject *ctx, auto done) { client.updateWebhook(webhook, ctx, done); });
    QVERIFY(updated && !updated->ok());
    QCOMPARE(updated->error().kind, ApiError::Kind::NotFound);

    const auto deletedAgain = await<Done>(
        [&](QObject *ctx, auto done) { client.deleteWebhook(webhook.id, ctx, done); });
    QVERIFY(deletedAgain && !deletedAgain->ok());
    QCOMPARE(deletedAgain->error().kind, ApiError::Kind::NotFound);
}

void TestChannexClient::createWithBlankUrlKeepsFieldDetails()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.started);
    const int before = sandbox.server.apiRequestCount();

    Webhook draft = newWebhook();
    draft.callbackUrl.clear();
    const auto created = await<Webhook>(
        [&](QObject *ctx, auto done) { sandbox.client->createWebhook(draft, ctx, done); });
    QVERIFY(created && !created->ok());
    const ApiError &error = created->error();
    QCOMPARE(error.kind, ApiError::Kind::Validation);
    QCOMPARE(error.httpStatus, 422);
    QCOMPARE(error.code, u"validation_error"_s);
    QVERIFY2(error.details.contains(u"callback_url"_s), describe(error).constData());
    QCOMPARE(error.details.value(u"callback_url"_s), QStringList {u"can't be blank"_s});
    QVERIFY2(error.message().contains(u"callback_url: can't be blank"_s),
             qPrintable(error.message()));
    QCOMPARE(sandbox.server.apiRequestCount() - before, 1);
}

void TestChannexClient::testCallReportsWhatTheTargetAnswered()
{
    // The callback target: a loopback socket answering a fixed HTTP response.
    QTcpServer target;
    QVERIFY(target.listen(QHostAddress::LocalHost));
    connect(&target, &QTcpServer::newConnection, &target, [&target] {
        while (QTcpSocket *socket = target.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\n"
                              "Content-Length: 16\r\nConnection: close\r\n\r\n{\"success\":true}");
                socket->disconnectFromHost();
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });

    SandboxFixture sandbox;
    QVERIFY(sandbox.started);
    Webhook draft = newWebhook();
    draft.callbackUrl = u"http://127.0.0.1:%1/hook"_s.arg(target.serverPort());
    const int before = sandbox.server.apiRequestCount();

    const auto tested = await<WebhookTestResult>(
        [&](QObject *ctx, auto done) { sandbox.client->testWebhook(draft, ctx, done); });
    WC_VERIFY_OK(tested);
    QCOMPARE(tested->value().statusCode, 202);
    QCOMPARE(tested->value().body, u"{\"success\":true}"_s);
    QCOMPARE(sandbox.server.apiRequestCount() - before, 1);
}

void TestChannexClient::requestsCarryKeyAgentAndContentType()
{
    // A loopback socket that records the request and answers like Channex's create.
    QTcpServer recorder;
    QVERIFY(recorder.listen(QHostAddress::LocalHost));
    QByteArray received;
    connect(&recorder, &QTcpServer::newConnection, &recorder, [&] {
        QTcpSocket *socket = recorder.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [&received, socket] {
            received += socket->readAll();
            if (!received.contains("\"webhook\""))
                return; // the body is still on its way
            const QByteArray body = R"({"data":{"type":"webhook","id":"w1","attributes":{)"
                                    R"("callback_url":"https://e.com","event_mask":"*"}}})";
            socket->write("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n"
                          "Content-Length: "
                          + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        });
    });

    ChannexClient client(QUrl(u"http://127.0.0.1:%1/"_s.arg(recorder.serverPort())), u"key-123"_s);
    QCOMPARE(client.apiBase().toString(),
             u"http://127.0.0.1:%1/api/v1"_s.arg(recorder.serverPort()));
    const auto created = await<Webhook>(
        [&](QObject *ctx, auto done) { client.createWebhook(newWebhook(), ctx, done); });
    WC_VERIFY_OK(created);
    QCOMPARE(created->value().id, u"w1"_s);

    const QByteArray head = received.left(received.indexOf("\r\n\r\n")).toLower();
    QVERIFY2(head.startsWith("post /api/v1/webhooks http/1.1"), head.constData());
    QVERIFY2(head.contains("\r\nuser-api-key: key-123"), head.constData());
    QVERIFY2(head.contains("\r\naccept: application/json"), head.constData());
    QVERIFY2(head.contains("\r\ncontent-type: application/json"), head.constData());
    QVERIFY2(head.contains("\r\nuser-agent: webhookconsole/" WC_VERSION), head.constData());
}

QTEST_GUILESS_MAIN(TestChannexClient)
#include "test_channex_client.moc"
