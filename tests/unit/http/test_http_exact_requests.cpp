// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What a live view needs from the server, over raw loopback sockets: every request with its
// exact bytes, arrival time and connection, and every request the server refused itself.
#include "tests/unit/http/TestClient.h"
#include "tests/unit/http/TestHandler.h"
#include "tests/unit/http/TestServer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Http;

class TestHttpExactRequests final : public QObject
{
    Q_OBJECT

private slots:
    void requestsKeepTheirExactBytes();
    void requestsKnowTheirConnectionAndArrival();
    void rejectedRequestsReachTheHandler_data();
    void rejectedRequestsReachTheHandler();
    void timedOutRequestKeepsABoundedCopy();
    void refusedConnectionReachesTheHandler();
};

void TestHttpExactRequests::requestsKeepTheirExactBytes()
{
    TestHandler handler;
    const auto server = TestServer::start(&handler);
    const QByteArray spaced = "POST /spaced HTTP/1.1\r\nHost: a\r\nX-Spaced:   two  spaces  \r\n"
                              "Content-Length: 2\r\n\r\n{}"_ba;
    const QByteArray chunked = "POST /chunked HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n"
                               "\r\n3;ext=1\r\nabc\r\n0\r\nX-Digest: sha=1 \r\n\r\n"_ba;
    TestClient client(server->serverPort());
    client.send(spaced + chunked);
    QVERIFY(client.nextResponse());
    QVERIFY(client.nextResponse());
    QCOMPARE(handler.requestCount(), 2);

    const HttpRequest first = handler.request(0);
    QCOMPARE(first.rawBytes, spaced);
    QCOMPARE(first.rawBytes.first(first.headerSectionSize), spaced.chopped(2));
    QCOMPARE(first.header("X-Spaced"), "two  spaces"_ba); // the field value, per RFC 9110

    const HttpRequest second = handler.request(1);
    QCOMPARE(second.rawBytes, chunked);
    QCOMPARE(second.body, "abc"_ba);
    QCOMPARE(second.trailers, (HeaderList {{"X-Digest"_ba, "sha=1"_ba}}));
    QVERIFY(!second.hasHeader("X-Digest"));
}

void TestHttpExactRequests::requestsKnowTheirConnectionAndArrival()
{
    TestHandler handler;
    const auto server = TestServer::start(&handler);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    TestClient keepAlive(server->serverPort());
    keepAlive.send(TestServer::get("/one"));
    QVERIFY(keepAlive.nextResponse());
    TestClient other(server->serverPort());
    other.send(TestServer::get("/two"));
    QVERIFY(other.nextResponse());
    keepAlive.send(TestServer::get("/three"));
    QVERIFY(keepAlive.nextResponse());
    const QDateTime after = QDateTime::currentDateTimeUtc();

    QCOMPARE(handler.requestCount(), 3);
    const HttpRequest one = handler.request(0);
    const HttpRequest two = handler.request(1);
    const HttpRequest three = handler.request(2);
    QVERIFY(one.connectionId != 0);
    QCOMPARE(three.connectionId, one.connectionId);
    QVERIFY(two.connectionId != one.connectionId);
    QCOMPARE(one.peerAddress, QHostAddress(QHostAddress::LocalHost));
    for (const HttpRequest &request : {one, two, three}) {
        QCOMPARE(request.receivedAt.timeSpec(), Qt::UTC);
        QVERIFY(request.receivedAt >= before && request.receivedAt <= after);
    }
    QVERIFY(one.receivedAt <= two.receivedAt && two.receivedAt <= three.receivedAt);
}

void TestHttpExactRequests::rejectedRequestsReachTheHandler_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");

    QTest::newRow("400 bad header name")
        << "GET / HTTP/1.1\r\nHost: a\r\nBad Name: x\r\n\r\n"_ba << 400;
    QTest::newRow("413 body too large")
        << "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 999999\r\n\r\n"_ba << 413;
    QTest::newRow("431 headers too large")
        << "GET / HTTP/1.1\r\nHost: a\r\nX-Big: "_ba + QByteArray(2048, 'x') + "\r\n\r\n"_ba << 431;
    QTest::newRow("501 transfer coding")
        << "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip, chunked\r\n\r\n"_ba << 501;
    QTest::newRow("505 version") << "GET / HTTP/2.0\r\nHost: a\r\n\r\n"_ba << 505;
}

void TestHttpExactRequests::rejectedRequestsReachTheHandler()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);

    TestHandler handler;
    HttpLimits limits;
    limits.maxBodyBytes = 1000;
    limits.maxHeaderBytes = 1024;
    const auto server = TestServer::start(&handler, limits);
    TestClient client(server->serverPort());
    QVERIFY(client.waitForConnected());
    client.send(bytes);
    const auto response = client.nextResponse();
    QVERIFY(response);
    QCOMPARE(response->status, status);

    const QList<RejectedRequest> rejections = handler.rejections();
    QCOMPARE(rejections.size(), 1);
    const RejectedRequest &rejection = rejections.constFirst();
    QCOMPARE(rejection.status, status);
    QCOMPARE(rejection.reason.toUtf8() + '\n', response->body);
    QCOMPARE(rejection.peerAddress, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(rejection.peerPort, client.socket().localPort());
    QVERIFY(rejection.connectionId != 0);
    QVERIFY(rejection.receivedAt.isValid());
    QVERIFY(!rejection.bytesTruncated);
    // What arrived up to the point of refusal, exactly (a header section over its limit is
    // read no further than the limit).
    QVERIFY(!rejection.bytes.isEmpty());
    QVERIFY(bytes.startsWith(rejection.bytes));
    if (status != 431)
        QCOMPARE(rejection.bytes, bytes);
    QCOMPARE(handler.requestCount(), 0);
}

// A slow client's unfinished request is shown up to RejectedRequest::MaxBytes, never more.
void TestHttpExactRequests::timedOutRequestKeepsABoundedCopy()
{
    TestHandler handler;
    HttpLimits limits;
    limits.requestTimeoutMs = 300;
    const auto server = TestServer::start(&handler, limits);
    TestClient client(server->serverPort());
    const QByteArray head = "POST /slow HTTP/1.1\r\nHost: a\r\nContent-Length: 200000\r\n\r\n"_ba;
    const QByteArray partial = head + QByteArray(100'000, 'p');
    client.send(partial);
    const auto response = client.nextResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 408);

    const QList<RejectedRequest> rejections = handler.rejections();
    QCOMPARE(rejections.size(), 1);
    QCOMPARE(rejections.constFirst().status, 408);
    QVERIFY(rejections.constFirst().bytesTruncated);
    QCOMPARE(rejections.constFirst().bytes, partial.first(RejectedRequest::MaxBytes));
}

void TestHttpExactRequests::refusedConnectionReachesTheHandler()
{
    TestHandler handler;
    HttpLimits limits;
    limits.maxConnections = 1;
    const auto server = TestServer::start(&handler, limits);
    TestClient first(server->serverPort());
    QTRY_COMPARE(server->connectionCount(), 1);
    TestClient second(server->serverPort());
    const auto response = second.nextResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 503);

    const QList<RejectedRequest> rejections = handler.rejections();
    QCOMPARE(rejections.size(), 1);
    QCOMPARE(rejections.constFirst().status, 503);
    QCOMPARE(rejections.constFirst().connectionId, quint64(0));
    QCOMPARE(rejections.constFirst().peerPort, second.socket().localPort());
    QVERIFY(rejections.constFirst().bytes.isEmpty());
}

QTEST_GUILESS_MAIN(TestHttpExactRequests)
#include "test_http_exact_requests.moc"
