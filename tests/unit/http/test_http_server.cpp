#include "TestClient.h"
#include "TestHandler.h"
#include "http/HttpServer.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Http;

namespace {

QByteArray get(const QByteArray &target, const QByteArray &extraHeaders = {})
{
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders + "\r\n";
}

} // namespace

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
    void rejectsBadRequestsAndKeepsServing_data();
    void rejectsBadRequestsAndKeepsServing();
    void connectionCapAnswers503();
    void idleConnectionIsClosedSilently();
    void slowHandlerIsNotIdle();
    void slowRequestGets408();
    void clientLeavingWhileHandlerIsBusy();
    void closeDropsEverything();
    void worksInAWorkerThread();

private:
    std::unique_ptr<HttpServer> startServer(HttpRequestHandler *handler,
                                            const HttpLimits &limits = {});
};

std::unique_ptr<HttpServer> TestHttpServer::startServer(HttpRequestHandler *handler,
                                                        const HttpLimits &limits)
{
    auto server = std::make_unique<HttpServer>(handler);
    server->setLimits(limits);
    if (!server->listen())
        qWarning("listen failed: %s", qPrintable(server->errorString()));
    return server;
}

void TestHttpServer::servesARequest()
{
    TestHandler handler;
    const auto server = startServer(&handler);
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
    const auto server = startServer(&handler);
    TestClient client(server->serverPort());
    for (int i = 0; i < 3; ++i) {
        client.send(get("/again/" + QByteArray::number(i)));
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
    const auto server = startServer(&handler);
    TestClient client(server->serverPort());
    // The first answer is held, the second comes after a timer, the third at once: all three
    // are handled concurrently, yet the answers must leave in request order.
    client.send(get("/hold") + get("/delay/10") + get("/now"));
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
    const auto server = startServer(&handler, limits);
    TestClient client(server->serverPort());
    QByteArray burst;
    for (int i = 1; i <= 5; ++i)
        burst += get("/hold?n=" + QByteArray::number(i));
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
    const auto server = startServer(&handler);
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
    const auto server = startServer(&handler);
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
    const auto server = startServer(&handler);
    TestClient client(server->serverPort());
    client.send(get("/close") + get("/never"));
    const auto response = client.nextResponse();
    QVERIFY(response);
    QCOMPARE(response->header("Connection"), "close"_ba);
    QVERIFY(client.waitForDisconnected());
    QVERIFY(client.unreadBytes().isEmpty());
    QTRY_COMPARE(server->connectionCount(), 0);
}

void TestHttpServer::rejectsBadRequestsAndKeepsServing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");

    QTest::newRow("body over the limit, upload under way")
        << "POST /upload HTTP/1.1\r\nHost: a\r\nContent-Length: 500000\r\n\r\n"
            + QByteArray(200'000, 'x')
        << 413;
    QTest::newRow("header section over the limit")
        << "GET / HTTP/1.1\r\nX-Big: " + QByteArray(4000, 'h') + "\r\n\r\n"
        << 431;
    QTest::newRow("malformed request line") << "NOT HTTP AT ALL\r\n\r\n"_ba << 400;
    QTest::newRow("smuggling")
        << "POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"_ba
        << 400;
}

void TestHttpServer::rejectsBadRequestsAndKeepsServing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);

    TestHandler handler;
    HttpLimits limits;
    limits.maxBodyBytes = 1024;
    limits.maxHeaderBytes = 1024;
    const auto server = startServer(&handler, limits);
    QSignalSpy rejected(server.get(), &HttpServer::requestRejected);

    TestClient bad(server->serverPort());
    bad.send(bytes);
    const auto response = bad.nextResponse();
    QVERIFY(response);
    QCOMPARE(response->status, status);
    QCOMPARE(response->header("Connection"), "close"_ba);
    QVERIFY(!response->body.isEmpty());
    QVERIFY(bad.waitForDisconnected());
    QCOMPARE(handler.requestCount(), 0);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.first().at(0).toInt(), status);
    QVERIFY(!rejected.first().at(1).toString().isEmpty());

    TestClient good(server->serverPort());
    good.send(get("/fine"));
    const auto fine = good.nextResponse();
    QVERIFY(fine);
    QCOMPARE(fine->status, 200);
}

void TestHttpServer::connectionCapAnswers503()
{
    TestHandler handler;
    HttpLimits limits;
    limits.maxConnections = 2;
    const auto server = startServer(&handler, limits);
    QSignalSpy rejected(server.get(), &HttpServer::requestRejected);

    TestClient first(server->serverPort());
    TestClient second(server->serverPort());
    QTRY_COMPARE(server->connectionCount(), 2);

    TestClient third(server->serverPort());
    third.send(get("/too-many"));
    const auto refused = third.nextResponse();
    QVERIFY(refused);
    QCOMPARE(refused->status, 503);
    QCOMPARE(refused->header("Connection"), "close"_ba);
    QVERIFY(third.waitForDisconnected());
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.first().at(0).toInt(), 503);
    QCOMPARE(handler.requestCount(), 0);

    first.send(get("/still-served"));
    const auto served = first.nextResponse();
    QVERIFY(served);
    QCOMPARE(served->status, 200);
}

void TestHttpServer::idleConnectionIsClosedSilently()
{
    TestHandler handler;
    HttpLimits limits;
    limits.idleTimeoutMs = 200;
    const auto server = startServer(&handler, limits);
    QSignalSpy rejected(server.get(), &HttpServer::requestRejected);

    TestClient silent(server->serverPort());
    QVERIFY(silent.waitForConnected());
    QVERIFY(silent.waitForDisconnected());
    QVERIFY(silent.unreadBytes().isEmpty());

    TestClient done(server->serverPort());
    done.send(get("/one"));
    QVERIFY(done.nextResponse());
    QVERIFY(done.waitForDisconnected());
    QVERIFY(done.unreadBytes().isEmpty());
    QCOMPARE(rejected.size(), 0);
    QTRY_COMPARE(server->connectionCount(), 0);
}

void TestHttpServer::slowHandlerIsNotIdle()
{
    TestHandler handler;
    HttpLimits limits;
    limits.idleTimeoutMs = 100;
    const auto server = startServer(&handler, limits);
    TestClient client(server->serverPort());
    client.send(get("/delay/400"));
    const auto response = client.nextResponse();
    QVERIFY(response);
    QCOMPARE(response->body, "/delay/400"_ba);
}

void TestHttpServer::slowRequestGets408()
{
    TestHandler handler;
    HttpLimits limits;
    limits.requestTimeoutMs = 200;
    const auto server = startServer(&handler, limits);
    QSignalSpy rejected(server.get(), &HttpServer::requestRejected);

    TestClient slow(server->serverPort());
    slow.send("GET /slow HTTP/1.1\r\nHost: a\r\n");
    const auto response = slow.nextResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 408);
    QCOMPARE(response->header("Connection"), "close"_ba);
    QVERIFY(slow.waitForDisconnected());
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.first().at(0).toInt(), 408);
}

void TestHttpServer::clientLeavingWhileHandlerIsBusy()
{
    TestHandler handler;
    auto server = startServer(&handler);
    {
        TestClient client(server->serverPort());
        client.send(get("/hold"));
        QTRY_COMPARE(handler.heldCount(), 1);
    } // the client goes away with its request unanswered
    QTRY_COMPARE(server->connectionCount(), 0);
    handler.releaseHeld(); // the late answer is dropped

    TestClient second(server->serverPort());
    second.send(get("/hold"));
    QTRY_COMPARE(handler.heldCount(), 1);
    server.reset(); // even the server is gone
    handler.releaseHeld();
    QVERIFY(second.waitForDisconnected());
}

void TestHttpServer::closeDropsEverything()
{
    TestHandler handler;
    const auto server = startServer(&handler);
    TestClient client(server->serverPort());
    QTRY_COMPARE(server->connectionCount(), 1);

    server->close();
    QVERIFY(!server->isListening());
    QCOMPARE(server->connectionCount(), 0);
    QVERIFY(client.waitForDisconnected());
}

void TestHttpServer::worksInAWorkerThread()
{
    TestHandler handler;
    QThread thread;
    auto *server = new HttpServer(&handler);
    server->moveToThread(&thread);
    connect(&thread, &QThread::finished, server, &QObject::deleteLater);
    thread.start();

    quint16 port = 0;
    QMetaObject::invokeMethod(
        server, [&] { port = server->listen() ? server->serverPort() : 0; },
        Qt::BlockingQueuedConnection);
    QVERIFY(port != 0);

    TestClient client(port);
    client.send(get("/delay/20") + get("/now"));
    const auto delayed = client.nextResponse();
    const auto immediate = client.nextResponse();
    QVERIFY(delayed && immediate);
    QCOMPARE(delayed->body, "/delay/20"_ba);
    QCOMPARE(immediate->body, "GET /now"_ba);

    // Everything the server created must live on its thread, or timers and sockets would fire
    // on the wrong one.
    bool allOnWorker = false;
    QMetaObject::invokeMethod(
        server,
        [&] {
            const QList<QObject *> children = server->findChildren<QObject *>();
            allOnWorker = !children.isEmpty()
                && std::all_of(children.begin(), children.end(),
                               [&](QObject *child) { return child->thread() == &thread; });
        },
        Qt::BlockingQueuedConnection);
    QVERIFY(allOnWorker);

    thread.quit();
    QVERIFY(thread.wait(5000));
}

QTEST_GUILESS_MAIN(TestHttpServer)
#include "test_http_server.moc"
