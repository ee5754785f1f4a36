// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The front door with raw sockets: keep-alive, pipelining, chunked bodies, 100-continue,
// request smuggling, and a slowloris client that must not hold up anyone else.
#include "tests/unit/receiver/ReceiverTestSupport.h"

#include <QElapsedTimer>
#include <QTimer>

using namespace Qt::StringLiterals;
using Capture::Mark;
using ReceiverTest::Fixture;

class TestReceiverFrontDoor final : public QObject
{
    Q_OBJECT

private slots:
    void keepAliveServesThreeRequestsOnOneConnection()
    {
        Fixture fixture;
        QVERIFY(fixture.isReady());
        TestClient client(fixture.port());
        QVERIFY(client.waitForConnected());
        QList<quint64> connections;
        for (int n = 0; n < 3; ++n) {
            client.send(ReceiverTest::post("/keep", ReceiverTest::numberedBody(n)));
            const auto answer = client.nextResponse();
            QCOMPARE(ReceiverTest::statusOf(answer), 200);
            QVERIFY(answer->header("Connection") != "close");
            const auto stored = fixture.captureOf(*answer);
            QVERIFY(stored);
            QCOMPARE(stored->body, ReceiverTest::numberedBody(n));
            connections << stored->connectionId;
        }
        QCOMPARE(client.socket().state(), QAbstractSocket::ConnectedState);
        QCOMPARE(connections.at(0), connections.at(1));
        QCOMPARE(connections.at(1), connections.at(2));
        QCOMPARE(fixture.store.count(), 3);
    }

    void pipelinedRequestsAreAnsweredInOrder()
    {
        Fixture fixture;
        QVERIFY(fixture.isReady());
        TestClient client(fixture.port());
        QVERIFY(client.waitForConnected());
        client.send(ReceiverTest::post("/p0", ReceiverTest::numberedBody(0))
                    + ReceiverTest::post("/p1", ReceiverTest::numberedBody(1))
                    + ReceiverTest::post("/p2", ReceiverTest::numberedBody(2)));
        for (int n = 0; n < 3; ++n) {
            const auto answer = client.nextResponse();
            QCOMPARE(ReceiverTest::statusOf(answer), 200);
            const auto stored = fixture.captureOf(*answer);
            QVERIFY(stored);
            QCOMPARE(stored->target, "/p"_ba + QByteArray::number(n));
        }
        QCOMPARE(fixture.store.count(), 3);
    }

    void chunkedBodyIsStoredDechunkedWithItsFraming()
    {
        Fixture fixture;
        QVERIFY(fixture.isReady());
        TestClient client(fixture.port());
        QVERIFY(client.waitForConnected());
        const QByteArray request = "POST /chunked HTTP/1.1\r\nHost: a\r\n"
                                   "Transfer-Encoding: chunked\r\n\r\n"
                                   "5\r\n{\"a\":\r\n"
                                   "3\r\n12}\r\n"
                                   "0\r\nX-Trailer: t\r\n\r\n"_ba;
        client.send(request);
        const auto answer = client.nextResponse();
        QCOMPARE(ReceiverTest::statusOf(answer), 200);
        const auto stored = fixture.captureOf(*answer);
        QVERIFY(stored);
        QCOMPARE(stored->body, "{\"a\":12}"_ba);
        QCOMPARE(stored->rawBytes, request);
        QCOMPARE(stored->trailers(), Http::HeaderList({{"X-Trailer", "t"}}));
    }

    void expectContinueIsHonoured()
    {
        Fixture fixture;
        QVERIFY(fixture.isReady());
        TestClient client(fixture.port());
        QVERIFY(client.waitForConnected());
        const QByteArray body = R"({"event":"ari"})"_ba;
        client.send("POST /continue HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\n"
                    "Content-Length: "
                    + QByteArray::number(body.size()) + "\r\n\r\n");
        const auto interim = client.nextResponse();
        QCOMPARE(ReceiverTest::statusOf(interim), 100);
        QCOMPARE(fixture.store.count(), 0);
        client.send(body);
        const auto answer = client.nextResponse();
        QCOMPARE(ReceiverTest::statusOf(answer), 200);
        const auto stored = fixture.captureOf(*answer);
        QVERIFY(stored);
        QCOMPARE(stored->body, body);
        QCOMPARE(stored->event, u"ari"_s);
    }

    void contentLengthWithTransferEncodingIsRefused()
    {
        Fixture fixture;
        QVERIFY(fixture.isReady());
        TestClient client(fixture.port());
        QVERIFY(client.waitForConnected());
        client.send("POST /smuggle HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\n"
                    "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /hidden HTTP/1.1\r\n\r\n"_ba);
        QCOMPARE(ReceiverTest::statusOf(client.nextResponse()), 400);
        QVERIFY(client.waitForDisconnected());
        QTRY_COMPARE(fixture.store.count(), 1);
        const Capture::CaptureRecord stored = fixture.all().constFirst();
        QVERIFY(stored.marks.testFlag(Mark::Rejected));
        QCOMPARE(stored.status, 400);
        // The smuggled request was never served.
        QVERIFY(stored.target != "/hidden"_ba);
    }

    void slowlorisDoesNotBlockOthers()
    {
        Http::HttpLimits limits;
        limits.requestTimeoutMs = 1500;
        Fixture fixture(limits);
        QVERIFY(fixture.isReady());

        // A header byte every 50 ms: never finishes in time.
        const QByteArray slowBytes
            = "POST /slow HTTP/1.1\r\nHost: a\r\nX-Slow: " + QByteArray(200, 'z');
        TestClient slow(fixture.port());
        QVERIFY(slow.waitForConnected());
        qsizetype sent = 0;
        QTimer drip;
        drip.setInterval(50);
        connect(&drip, &QTimer::timeout, this, [&] {
            if (sent < slowBytes.size() && slow.socket().state() == QAbstractSocket::ConnectedState)
                slow.send(slowBytes.mid(sent++, 1));
        });
        drip.start();
        QTRY_VERIFY(sent >= 5);

        // Meanwhile another client is served at once.
        QElapsedTimer clock;
        clock.start();
        TestClient quick(fixture.port());
        QVERIFY(quick.waitForConnected());
        quick.send(ReceiverTest::post("/quick", "{}"_ba));
        QCOMPARE(ReceiverTest::statusOf(quick.nextResponse()), 200);
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(sent < slowBytes.size());

        // The slow one is cut off at the request timeout with 408 and kept as a rejection.
        const auto cutOff = slow.nextResponse(10000);
        drip.stop();
        QCOMPARE(ReceiverTest::statusOf(cutOff), 408);
        QVERIFY(slow.waitForDisconnected());
        QTRY_COMPARE(fixture.store.count(), 2);
        bool slowKept = false;
        for (const Capture::CaptureRecord &record : fixture.all()) {
            if (record.marks.testFlag(Mark::Rejected) && record.status == 408)
                slowKept = record.rawBytes.startsWith("POST /slow HTTP/1.1");
        }
        QVERIFY(slowKept);
    }
};

QTEST_GUILESS_MAIN(TestReceiverFrontDoor)
#include "test_receiver_front_door.moc"
