// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Limits and timeouts: what the server does about bad, slow and greedy clients.
#include "tests/unit/http/TestClient.h"
#include "tests/unit/http/TestHandler.h"
#include "tests/unit/http/TestServer.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Http;

class TestHttpLimits final : public QObject
{
    Q_OBJECT

private slots:
    void rejectsBadRequestsAndKeepsServing_data();
    void rejectsBadRequestsAndKeepsServing();
    void connectionCapAnswers503();
    void idleConnectionIsClosedSilently();
    void slowHandlerIsNotIdle();
    void slowRequestGets408();
    void stopsReadingWhileAnswersBackUp();
    void clientThatStopsReadingIsAborted_data();
    void clientThatStopsReadingIsAborted();
};

void TestHttpLimits::rejectsBadRequestsAndKeepsServing_data()
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
    QTest::newRow("transfer coding other than chunked")
        << "POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"_ba
        << 501;
}

void TestHttpLimits::rejectsBadRequestsAndKeepsServing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);

    TestHandler handler;
    HttpLimits limits;
    limits.maxBodyBytes = 1024;
    limits.maxHeaderBytes = 1024;
    const auto server = TestServer::start(&handler, limits);
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
    good.send(TestServer::get("/fine"));
    const auto fine = good.nextResponse();
    QVERIFY(fine);
    QCOMPARE(fine->status, 200);
}

void TestHttpLimits::connectionCapAnswers503()
{
    TestHandler handler;
    HttpLimits limits;
    limits.maxConnections = 2;
    const auto server = TestServer::start(&handler, limits);
    QSignalSpy rejected(server.get(), &HttpServer::requestRejected);

    TestClient first(server->serverPort());
    TestClient second(server->serverPort());
    QTRY_COMPARE(server->connectionCount(), 2);

    TestClient third(server->serverPort());
    third.send(TestServer::get("/too-many"));
    const auto refused = third.nextResponse();
    QVERIFY(refused);
    QCOMPARE(refused->status, 503);
    QCOMPARE(refused->header("Connection"), "close"_ba);
    QVERIFY(third.waitForDisconnected());
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.first().at(0).toInt(), 503);
    QCOMPARE(handler.requestCount(), 0);

    first.send(TestServer::get("/still-served"));
    const auto served = first.nextResponse();
    QVERIFY(served);
    QCOMPARE(served->status, 200);
}

void TestHttpLimits::idleConnectionIsClosedSilently()
{
    TestHandler handler;
    HttpLimits limits;
    limits.idleTimeoutMs = 200;
    const auto server = TestServer::start(&handler, limits);
    QSignalSpy rejected(server.get(), &HttpServer::requestRejected);

    TestClient silent(server->serverPort());
    QVERIFY(silent.waitForConnected());
    QVERIFY(silent.waitForDisconnected());
    QVERIFY(silent.unreadBytes().isEmpty());

    TestClient done(server->serverPort());
    done.send(TestServer::get("/one"));
    QVERIFY(done.nextResponse());
    QVERIFY(done.waitForDisconnected());
    QVERIFY(done.unreadBytes().isEmpty());
    QCOMPARE(rejected.size(), 0);
    QTRY_COMPARE(server->connectionCount(), 0);
}

void TestHttpLimits::slowHandlerIsNotIdle()
{
    TestHandler handler;
    HttpLimits limits;
    limits.idleTimeoutMs = 100;
    const auto server = TestServer::start(&handler, limits);
    TestClient client(server->serverPort());
    client.send(TestServer::get("/delay/400"));
    const auto response = client.nextResponse();
    QVERIFY(response);
    QCOMPARE(response->body, "/delay/400"_ba);
}

void TestHttpLimits::slowRequestGets408()
{
    TestHandler handler;
    HttpLimits limits;
    limits.requestTimeoutMs = 200;
    const auto server = TestServer::start(&handler, limits);
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

void TestHttpLimits::stopsReadingWhileAnswersBackUp()
{
    TestHandler handler;
    HttpLimits limits;
    limits.maxPipelinedRequests = 1000; // only the output backlog may hold requests back here
    const auto server = TestServer::start(&handler, limits);
    TestClient client(server->serverPort());
    QVERIFY(client.waitForConnected());
    // The client reads nothing: Qt stops taking bytes from the kernel once this is full.
    client.socket().setReadBufferSize(64 * 1024);

    // Far more answer bytes (32 MiB) than the kernel buffers of both sockets can hold.
    constexpr int kRequests = 256;
    constexpr int kAnswerBytes = 128 * 1024;
    QByteArray burst;
    for (int i = 0; i < kRequests; ++i)
        burst += TestServer::get("/big/" + QByteArray::number(kAnswerBytes));
    client.send(burst);

    // The server answers what the kernel and its output limit hold, then stops reading.
    QTRY_COMPARE(server->backedUpConnectionCount(), 1);
    QVERIFY2(handler.requestCount() < kRequests / 2,
             qPrintable(QString::number(handler.requestCount())));

    // Once the client reads, every request is answered, in order and complete.
    client.socket().setReadBufferSize(0);
    for (int i = 0; i < kRequests; ++i) {
        const auto response = client.nextResponse();
        QVERIFY2(response, qPrintable(u"response %1 missing"_s.arg(i)));
        QCOMPARE(response->body.size(), kAnswerBytes);
    }
    QCOMPARE(handler.requestCount(), kRequests);
    QCOMPARE(client.socket().state(), QAbstractSocket::ConnectedState);
    QCOMPARE(server->backedUpConnectionCount(), 0);
}

void TestHttpLimits::clientThatStopsReadingIsAborted_data()
{
    QTest::addColumn<QByteArray>("target");
    // 8 MiB: more than the kernel takes on a connection whose client does not read.
    QTest::newRow("keep-alive answer") << "/big/8388608"_ba;
    QTest::newRow("last answer, then close") << "/big/8388608?close"_ba;
}

void TestHttpLimits::clientThatStopsReadingIsAborted()
{
    QFETCH(QByteArray, target);

    TestHandler handler;
    HttpLimits limits;
    limits.writeTimeoutMs = 300;
    const auto server = TestServer::start(&handler, limits);
    TestClient greedy(server->serverPort());
    QVERIFY(greedy.waitForConnected());
    greedy.socket().setReadBufferSize(64 * 1024);
    greedy.send(TestServer::get(target));
    QTRY_COMPARE(handler.requestCount(), 1);

    // Writing stalls; the connection must not hold its slot (and its buffered answer) forever.
    QTRY_COMPARE_WITH_TIMEOUT(server->connectionCount(), 0, 10'000);

    TestClient next(server->serverPort());
    next.send(TestServer::get("/fine"));
    const auto fine = next.nextResponse();
    QVERIFY(fine);
    QCOMPARE(fine->status, 200);
}

QTEST_GUILESS_MAIN(TestHttpLimits)
#include "test_http_limits.moc"
