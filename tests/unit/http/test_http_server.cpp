// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Framing, keep-alive and pipelining over real loopback sockets.
#include "tests/unit/http/TestClient.h"
#include "tests/unit/http/TestHandler.h"
#include "tests/unit/http/TestServer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Http;

class TestHttpServer final : public QObject
{
    Q_OBJECT

private slots:
    void servesARequest();
    void keepAliveReusesTheConnection();
    void pipelinedResponsesKeepRequestOrder();
    void pipelineCapHoldsBackRequests();
    void expectContinue();
    void headAndHttp10();
    void handlerCanCloseTheConnection();
    void clientLeavingWhileHandlerIsBusy();
    void closeDropsEverything();
};

void TestHttpServer::servesARequest()
{
    TestHandler handler;
    const auto server = TestServer::start(&handler);
    QVERIFY(server->isListening());
    QCOMPARE(server->serverAddress(), QHostAddress(QHostAddress::LocalHost));
    QVERIFY(server->serverPort() != 0);

    TestClient client(server->serverPort());
    client.send("POST /webhooks?x=1 HTTP/1.1\r\nHost: a\r\nX-Signature: s1\r\nContent-Length: "
                "4\r\n\r\nbody");
    const auto response = client.nextResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->body, "POST /webhooks?x=1 body"_ba);
    QCOMPARE(response->header("Content-Type"), "text/plain; charset=utf-8"_ba);
    QVERIFY(!response->header("Date").isEmpty());
    QVERIFY(response->header("Connection").isEmpty());

    QCOMPARE(handler.requestCount(), 1);
    const HttpRequest request = handler.request(0);
    QCOMPARE(request.header("x-signature"), "s1"_ba);
    QCOMPARE(request.peerAddress, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(request.peerPort, client.socket().localPort());
}

void TestHttpServer::keepAliveReusesTheConnection()
{
    TestHandler handler;
    const auto server = TestServer::start(&handler);
    TestClient client(server->serverPort());
    for (int i = 0; i < 3; ++i) {
        client.send(TestServer::get("/again/" + QByteArray::number(i)));
        const auto response = client.nextResponse();
        QVERIFY(response);
        QCOMPARE(response->body, "GET /again/" + QByteArray::number(i));
    }
    QCOMPARE(server->connectionCount(), 1);
    QCOMPARE(client.socket().state(), QAbstractSocket::ConnectedState);
}

void TestHttpServer::pipelinedResponsesKeepRequestOrder()
{
    TestHandler handler;
    const auto server = TestServer::start(&handler);
    TestClient client(server->serverPort());
    // The first answer is held, the second comes after a timer, the third at once: all three
    // are handled concurrently, yet the answers must leave in request order.
    client.send(TestServer::get("/hold") + TestServer::get("/delay/10") + TestServer::get("/now"));
    QTRY_COMPARE(handler.requestCount(), 3);
    QCOMPARE(handler.heldCount(), 1);
    handler.releaseHeld();

    const QList<QByteArray> expected = {"/hold"_ba, "/delay/10"_ba, "GET /now"_ba};
    for (const QByteArray &body : expected) {
        const auto response = client.nextResponse();
        QVERIFY(response);
        QCOMPARE(response->body, body);
    }
}

void TestHttpServer::pipelineCapHoldsBackRequests()
{
    TestHandler handler;
    HttpLimits limits;
    limits.maxPipelinedRequests = 2;
    const auto server = TestServer::start(&handler, limits);
    TestClient client(server->serverPort());
    QByteArray burst;
    for (int i = 1; i <= 5; ++i)
        burst += TestServer::get("/hold?n=" + QByteArray::number(i));
    client.send(burst);

    QTRY_COMPARE(handler.heldCount(), 2);
    QCOMPARE(handler.requestCount(), 2);
    handler.releaseHeld();
    QTRY_COMPARE(handler.heldCount(), 2);
    handler.releaseHeld();
    QTRY_COMPARE(handler.heldCount(), 1);
    handler.releaseHeld();
    for (int i = 1; i <= 5; ++i) {
        const auto response = client.nextResponse();
        QVERIFY(response);
        QCOMPARE(response->body, "/hold?n=" + QByteArray::number(i));
    }
}

void TestHttpServer::expectContinue()
{
    TestHandler handler;
    const auto server = TestServer::start(&handler);
    TestClient client(server->serverPort());
    client.send(
        "PUT /upload HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n");
    const auto interim = client.nextResponse();
    QVERIFY(interim);
    QCOMPARE(interim->status, 100);
    QCOMPARE(handler.requestCount(), 0);

    client.send("hello");
    const auto response = client.nextResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->body, "PUT /upload hello"_ba);
}

void TestHttpServer::headAndHttp10()
{
    TestHandler handler;
    const auto server = TestServer::start(&handler);
    TestClient client(server->serverPort());
    client.send("HEAD /thing HTTP/1.1\r\nHost: a\r\n\r\n");
    const auto head = client.nextResponse(5000, true);
    QVERIFY(head);
    QCOMPARE(head->header("Content-Length"), "11"_ba); // as long as "HEAD /thing"
    QVERIFY(head->body.isEmpty());

    // HTTP/1.0 without keep-alive: one answer, then the server closes.
    client.send("GET /old HTTP/1.0\r\n\r\n");
    const auto old = client.nextResponse();
    QVERIFY(old);
    QCOMPARE(old->body, "GET /old"_ba);
    QCOMPARE(old->header("Connection"), "close"_ba);
    QVERIFY(client.waitForDisconnected());
}

void TestHttpServer::handlerCanCloseTheConnection()
{
    TestHandler handler;
    const auto server = TestServer::start(&handler);
    TestClient client(server->serverPort());
    client.send(TestServer::get("/close") + TestServer::get("/never"));
    const auto response = client.nextResponse();
    QVERIFY(response);
    QCOMPARE(response->header("Connection"), "close"_ba);
    QVERIFY(client.waitForDisconnected());
    QVERIFY(client.unreadBytes().isEmpty());
    QTRY_COMPARE(server->connectionCount(), 0);
}

void TestHttpServer::clientLeavingWhileHandlerIsBusy()
{
    TestHandler handler;
    auto server = TestServer::start(&handler);
    {
        TestClient client(server->serverPort());
        client.send(TestServer::get("/hold"));
        QTRY_COMPARE(handler.heldCount(), 1);
    } // the client goes away with its request unanswered
    QTRY_COMPARE(server->connectionCount(), 0);
    handler.releaseHeld(); // the late answer is dropped

    TestClient second(server->serverPort());
    second.send(TestServer::get("/hold"));
    QTRY_COMPARE(handler.heldCount(), 1);
    server.reset(); // even the server is gone
    handler.releaseHeld();
    QVERIFY(second.waitForDisconnected());
}

void TestHttpServer::closeDropsEverything()
{
    TestHandler handler;
    const auto server = TestServer::start(&handler);
    TestClient client(server->serverPort());
    QTRY_COMPARE(server->connectionCount(), 1);

    server->close();
    QVERIFY(!server->isListening());
    QCOMPARE(server->connectionCount(), 0);
    QVERIFY(client.waitForDisconnected());
}

QTEST_GUILESS_MAIN(TestHttpServer)
#include "test_http_server.moc"
