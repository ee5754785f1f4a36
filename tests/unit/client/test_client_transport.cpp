// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Transport failures (timeout, refused, DNS, TLS, dropped connection) and the lifetime rules of
// ChannexClient: callbacks never outlive their context, and destroying the client is safe.

#include "app/channex/ChannexClient.h"
#include "app/sandbox/SandboxServer.h"
#include "tests/unit/client/ClientTestSupport.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Channex;
using namespace ClientTest;
using namespace Qt::StringLiterals;

class TestClientTransport : public QObject
{
    Q_OBJECT

private slots:
    void stalledGetTimesOut();
    void stalledGetIsRetried();
    void stalledPostIsNotRetried();
    void closedPortIsConnectionRefused();
    void unknownHostIsHostNotFound();
    void serverThatDoesNotSpeakTlsIsATlsError();
    void droppedConnectionsAreRetriedForGetsOnly();
    void destroyedContextSilencesTheCallback();
    void destroyedContextStopsAList();
    void destroyingTheClientAbortsEverything();
    void cancelAllReportsCancelled();
};

void TestClientTransport::stalledGetTimesOut()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.started);
    // A client of its own, whose default timeout is 30 s: an answer within the 15 s wait below
    // shows that the 300 ms set here applied, with room for a slow machine.
    ChannexClient client(sandbox.server.rootUrl(), Sandbox::SandboxServer::demoApiKey());
    QCOMPARE(client.transferTimeout(), 30'000);
    client.setRetryPolicy({.maxRetries = 0});
    client.setTransferTimeout(300);
    sandbox.server.faults().stallNext(1);

    const auto result = await<Webhook>(
        [&](QObject *context, auto done) { client.getWebhook(HarbourWebhookId, context, done); },
        15'000);
    QVERIFY2(result.has_value(), "the 300 ms transfer timeout did not apply");
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, ApiError::Kind::Timeout);
    QCOMPARE(result->error().httpStatus, 0);
    QCOMPARE(result->error().host, u"127.0.0.1"_s);
}

void TestClientTransport::stalledGetIsRetried()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.started);
    sandbox.setMaxRetries(1);
    sandbox.client->setTransferTimeout(300);
    sandbox.server.faults().stallNext(1);
    const int before = sandbox.server.apiRequestCount();

    const auto result = await<Webhook>([&](QObject *context, auto done) {
        sandbox.client->getWebhook(HarbourWebhookId, context, done);
    });
    WC_VERIFY_OK(result);
    QCOMPARE(sandbox.server.apiRequestCount() - before, 2);
}

void TestClientTransport::stalledPostIsNotRetried()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.started);
    sandbox.client->setTransferTimeout(300);
    sandbox.server.faults().stallNext(1);
    const int before = sandbox.server.apiRequestCount();

    const auto result = await<Webhook>([&](QObject *context, auto done) {
        sandbox.client->createWebhook(validWebhook(), context, done);
    });
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, ApiError::Kind::Timeout);
    QCOMPARE(sandbox.server.apiRequestCount() - before, 1);
}

void TestClientTransport::closedPortIsConnectionRefused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();

    ChannexClient client(QUrl(u"http://127.0.0.1:%1"_s.arg(port)), u"key"_s);
    const auto result = await<QList<Webhook>>(
        [&](QObject *context, auto done) { client.listWebhooks(context, done); });
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, ApiError::Kind::ConnectionRefused);
    QCOMPARE(result->error().host, u"127.0.0.1"_s);
    QVERIFY(!result->error().technical.isEmpty());
}

void TestClientTransport::unknownHostIsHostNotFound()
{
    // RFC 6761: .invalid never resolves. Without any resolver (an offline build machine) the
    // lookup can fail differently; Qt still reports HostNotFoundError there in practice, and a
    // generic Network error is the only other acceptable answer.
    ChannexClient client(QUrl(u"http://nonexistent.invalid"_s), u"key"_s);
    client.setRetryPolicy({.maxRetries = 0});
    const auto result = await<QList<Webhook>>(
        [&](QObject *context, auto done) { client.listWebhooks(context, done); }, 30'000);
    QVERIFY(result && !result->ok());
    const ApiError::Kind kind = result->error().kind;
    QVERIFY2(kind == ApiError::Kind::HostNotFound || kind == ApiError::Kind::Network,
             describe(result->error()).constData());
    QCOMPARE(result->error().host, u"nonexistent.invalid"_s);
    if (kind == ApiError::Kind::HostNotFound)
        QVERIFY(result->error().message().contains(u"nonexistent.invalid"_s));
}

void TestClientTransport::serverThatDoesNotSpeakTlsIsATlsError()
{
    // A loopback server that answers the TLS ClientHello with plain text.
    QTcpServer plain;
    QVERIFY(plain.listen(QHostAddress::LocalHost));
    connect(&plain, &QTcpServer::newConnection, &plain, [&plain] {
        while (QTcpSocket *socket = plain.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("this is not TLS, just some garbage bytes\r\n\r\n");
            });
        }
    });

    ChannexClient client(QUrl(u"https://127.0.0.1:%1"_s.arg(plain.serverPort())), u"key"_s);
    const auto result = await<QList<Webhook>>(
        [&](QObject *context, auto done) { client.listWebhooks(context, done); });
    QVERIFY(result && !result->ok());
    const ApiError &error = result->error();
    QVERIFY2(error.kind == ApiError::Kind::Tls, describe(error).constData());
    QVERIFY2(error.message().contains(u"secure connection"_s, Qt::CaseInsensitive),
             qPrintable(error.message()));
}

void TestClientTransport::droppedConnectionsAreRetriedForGetsOnly()
{
    // Qt itself sends a request again when its connection closes before any answer, for every
    // verb and with no public switch: at most three times (reconnectAttemptsDefault in Qt 6.4),
    // once or twice in practice. Four drops in a row exceed that, so a request that gets through
    // them does so by the client's own retries.
    constexpr int drops = 4;
    SandboxFixture sandbox(250);
    QVERIFY(sandbox.started);
    const auto list = [&] {
        return await<QList<Webhook>>(
            [&](QObject *context, auto done) { sandbox.client->listWebhooks(context, done); });
    };

    // Without client retries, the list fails: Qt's own resends are not enough.
    sandbox.setMaxRetries(0);
    sandbox.server.faults().closeNext(drops);
    const auto unretried = list();
    QVERIFY(unretried && !unretried->ok());
    QVERIFY2(unretried->error().kind == ApiError::Kind::Network,
             describe(unretried->error()).constData());
    sandbox.server.faults().reset(); // drops Qt did not use up

    // A write with the same fault fails even with retries allowed: it may have been applied.
    sandbox.setMaxRetries(5);
    sandbox.server.faults().closeNext(drops);
    const auto created = await<Webhook>([&](QObject *context, auto done) {
        sandbox.client->createWebhook(validWebhook(), context, done);
    });
    QVERIFY(created && !created->ok());
    QVERIFY2(created->error().kind == ApiError::Kind::Network,
             describe(created->error()).constData());
    QVERIFY(!created->error().technical.isEmpty());
    sandbox.server.faults().reset();

    // With retries (six attempts at least), the same list completes: every drop hit page 1,
    // then the three pages were answered.
    sandbox.server.faults().closeNext(drops);
    const int before = sandbox.server.apiRequestCount();
    const auto listed = list();
    WC_VERIFY_OK(listed);
    QCOMPARE(listed->value().size(), 262);
    QCOMPARE(sandbox.server.apiRequestCount() - before, drops + 3);
}

void TestClientTransport::destroyedContextSilencesTheCallback()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.started);
    sandbox.server.faults().setLatency(std::chrono::milliseconds(200));

    bool called = false;
    auto *context = new QObject;
    sandbox.client->getWebhook(HarbourWebhookId, context,
                               [&called](ApiResult<Webhook>) { called = true; });
    QCOMPARE(sandbox.client->pendingCalls(), 1);
    delete context;
    QCOMPARE(sandbox.client->pendingCalls(), 0); // aborted at once, not left to finish

    // A later call on the same client completes; the first callback has still not run.
    const auto later = await<Webhook>(
        [&](QObject *ctx, auto done) { sandbox.client->getWebhook(HarbourWebhookId, ctx, done); });
    WC_VERIFY_OK(later);
    QVERIFY(!called);
}

void TestClientTransport::destroyedContextStopsAList()
{
    SandboxFixture sandbox(250);
    QVERIFY(sandbox.started);
    // Long enough that pages 2 and 3 are surely still unanswered when the context goes.
    sandbox.server.faults().setLatency(std::chrono::milliseconds(1000));
    const int before = sandbox.server.apiRequestCount();

    bool called = false;
    auto *context = new QObject;
    sandbox.client->listWebhooks(context, [&called](ApiResult<QList<Webhook>>) { called = true; });
    // Wait until pages 2 and 3 are in flight, then drop the context.
    QTRY_COMPARE_WITH_TIMEOUT(sandbox.server.apiRequestCount(), before + 3, 5000);
    QCOMPARE(sandbox.client->pendingCalls(), 2);
    delete context;
    QCOMPARE(sandbox.client->pendingCalls(), 0);

    const auto later = await<Webhook>(
        [&](QObject *ctx, auto done) { sandbox.client->getWebhook(HarbourWebhookId, ctx, done); });
    WC_VERIFY_OK(later);
    QVERIFY(!called);
}

void TestClientTransport::destroyingTheClientAbortsEverything()
{
    SandboxFixture sandbox(250);
    QVERIFY(sandbox.started);
    sandbox.server.faults().setLatency(std::chrono::milliseconds(200));

    QObject context;
    int calls = 0;
    auto *client
        = new ChannexClient(sandbox.server.rootUrl(), Sandbox::SandboxServer::demoApiKey());
    client->listWebhooks(&context, [&calls](ApiResult<QList<Webhook>>) { ++calls; });
    client->getWebhook(HarbourWebhookId, &context, [&calls](ApiResult<Webhook>) { ++calls; });
    client->createWebhook(validWebhook(), &context, [&calls](ApiResult<Webhook>) { ++calls; });
    QCOMPARE(client->pendingCalls(), 3);
    delete client;

    // The sandbox still answers normally afterwards, and nothing called back.
    const auto later = await<Webhook>(
        [&](QObject *ctx, auto done) { sandbox.client->getWebhook(HarbourWebhookId, ctx, done); });
    WC_VERIFY_OK(later);
    QCOMPARE(calls, 0);
}

void TestClientTransport::cancelAllReportsCancelled()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.started);
    sandbox.server.faults().setLatency(std::chrono::milliseconds(500));

    QObject context;
    std::optional<ApiResult<Webhook>> fetched;
    std::optional<ApiResult<QList<Webhook>>> listed;
    sandbox.client->getWebhook(HarbourWebhookId, &context,
                               [&](ApiResult<Webhook> result) { fetched.emplace(result); });
    sandbox.client->listWebhooks(&context,
                                 [&](ApiResult<QList<Webhook>> result) { listed.emplace(result); });
    sandbox.client->cancelAll();

    QTRY_VERIFY_WITH_TIMEOUT(fetched.has_value() && listed.has_value(), 2000);
    QVERIFY(!fetched->ok());
    QCOMPARE(fetched->error().kind, ApiError::Kind::Cancelled);
    QVERIFY(!listed->ok());
    QCOMPARE(listed->error().kind, ApiError::Kind::Cancelled);
    QCOMPARE(sandbox.client->pendingCalls(), 0);
}

QTEST_GUILESS_MAIN(TestClientTransport)
#include "test_client_transport.moc"
