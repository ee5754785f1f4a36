// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// ChannexClient against a real sandbox on loopback: CRUD round trips, validation errors, the
// test endpoint and the headers every request carries. Listing is in test_client_listing.cpp.

#include "app/channex/ChannexClient.h"
#include "app/sandbox/DemoData.h"
#include "app/sandbox/SandboxServer.h"
#include "tests/unit/client/ClientTestSupport.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Channex;
using namespace ClientTest;
using namespace Qt::StringLiterals;

namespace {

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
    void createGetUpdateDeleteRoundTrip();
    void updateOfADeletedWebhookIsNotFound();
    void createRefusedByServerKeepsFieldDetails();
    void invalidValuesAreRefusedBeforeSending();
    void testCallReportsWhatTheTargetAnswered();
    void requestsCarryKeyAgentAndContentType();
    void probeAsksForOneWebhookAndAnswersTheTotal();
    void probeIsNeverRetried();
};

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
    QVERIFY(gone->error().aboutOneWebhook); // so the sentence may say "deleted elsewhere"
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

void TestChannexClient::createRefusedByServerKeepsFieldDetails()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.started);
    const int before = sandbox.server.apiRequestCount();

    // Passes the field rules, but the server knows no such property.
    Webhook draft = newWebhook();
    draft.propertyId = u"00000000-0000-4000-8000-000000000000"_s;
    const auto created = await<Webhook>(
        [&](QObject *ctx, auto done) { sandbox.client->createWebhook(draft, ctx, done); });
    QVERIFY(created && !created->ok());
    const ApiError &error = created->error();
    QCOMPARE(error.kind, ApiError::Kind::Validation);
    QCOMPARE(error.httpStatus, 422);
    QCOMPARE(error.code, u"validation_error"_s);
    QVERIFY2(error.details.contains(u"property_id"_s), describe(error).constData());
    QCOMPARE(error.details.value(u"property_id"_s), QStringList {u"does not exist"_s});
    QVERIFY2(error.message().contains(u"property_id: does not exist"_s),
             qPrintable(error.message()));
    QCOMPARE(sandbox.server.apiRequestCount() - before, 1);
}

void TestChannexClient::invalidValuesAreRefusedBeforeSending()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.started);
    const int before = sandbox.server.apiRequestCount();

    Webhook draft = newWebhook();
    draft.callbackUrl.clear();
    draft.headers = Channex::KeyValueList {{u"X-A"_s, u"1"_s}, {u"x-a"_s, u"2"_s}};
    const auto created = await<Webhook>(
        [&](QObject *ctx, auto done) { sandbox.client->createWebhook(draft, ctx, done); });
    QVERIFY(created && !created->ok());
    const ApiError &error = created->error();
    QCOMPARE(error.kind, ApiError::Kind::Validation);
    QCOMPARE(error.httpStatus, 0);
    // The same shape as a 422, so the dialog shows it at the fields.
    QCOMPARE(error.details.keys(), (QStringList {u"callback_url"_s, u"headers"_s}));
    QVERIFY(error.details.value(u"headers"_s).constFirst().contains(u"twice"_s));
    // The sentence does not blame Channex for what it never saw.
    QVERIFY2(error.message().startsWith(u"Nothing was sent"_s), qPrintable(error.message()));
    QVERIFY(!error.message().contains(u"Channex rejected"_s));
    // Nothing reached the server: a duplicate header is not silently dropped and sent.
    QCOMPARE(sandbox.server.apiRequestCount(), before);
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

void TestChannexClient::probeAsksForOneWebhookAndAnswersTheTotal()
{
    SandboxFixture sandbox(250);
    QVERIFY(sandbox.started);
    const int before = sandbox.server.apiRequestCount();
    const auto probed
        = await<int>([&](QObject *ctx, auto done) { sandbox.client->probe(ctx, done); });
    WC_VERIFY_OK(probed);
    QCOMPARE(probed->value(), 262); // 12 demo webhooks and 250 generated ones
    QCOMPARE(sandbox.server.apiRequestCount() - before, 1); // page 1 of 1 webhook, nothing more

    // A 404 on the list is about the address, not about a webhook.
    sandbox.setMaxRetries(0);
    sandbox.server.faults().failNext(1, 404);
    const auto missing
        = await<int>([&](QObject *ctx, auto done) { sandbox.client->probe(ctx, done); });
    QVERIFY(missing && !missing->ok());
    QCOMPARE(missing->error().kind, ApiError::Kind::NotFound);
    QVERIFY(!missing->error().aboutOneWebhook);
}

void TestChannexClient::probeIsNeverRetried()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.started);
    sandbox.server.faults().failNext(1, 503); // a list GET would be retried past this
    const int before = sandbox.server.apiRequestCount();
    const auto probed
        = await<int>([&](QObject *ctx, auto done) { sandbox.client->probe(ctx, done); });
    QVERIFY(probed && !probed->ok());
    QCOMPARE(probed->error().kind, ApiError::Kind::ServerError);
    QCOMPARE(sandbox.server.apiRequestCount() - before, 1);
}

QTEST_GUILESS_MAIN(TestChannexClient)
#include "test_channex_client.moc"
