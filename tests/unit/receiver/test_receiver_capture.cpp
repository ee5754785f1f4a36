// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The receiver stores before it answers: a documented Channex booking posted over loopback is
// answered 200 only once its row is in the database, with the event recognised and what we
// answered kept in the row. Requests the HTTP core refuses are answered and stored too.
#include "app/payloads/SamplePayloads.h"
#include "app/receiver/CaptureHandler.h"
#include "tests/unit/receiver/ReceiverTestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using Capture::Mark;
using ReceiverTest::Fixture;

class TestReceiverCapture final : public QObject
{
    Q_OBJECT

private slots:
    void bookingIsCommittedBeforeItsAnswer()
    {
        Fixture fixture;
        QVERIFY(fixture.isReady());
        // A second store on the same file: its own connection sees only committed rows.
        Capture::CaptureStore reader;
        QVERIFY(reader.open(fixture.databasePath()));
        QCOMPARE(reader.count(), 0);

        const Payloads::Sample booking = Payloads::SamplePayloads::sample(u"booking"_s);
        QVERIFY(booking.isDocumentedWithData());
        TestClient client(fixture.port());
        QVERIFY(client.waitForConnected());
        client.send(ReceiverTest::post("/channex/webhook?source=test", booking.json,
                                       "User-Agent: Channex\r\n"));
        const auto answer = client.nextResponse();
        QVERIFY(answer);
        // Right when the answer arrives, the row is already there.
        QCOMPARE(reader.count(), 1);
        QCOMPARE(answer->status, 200);
        QCOMPARE(QJsonDocument::fromJson(answer->body).object().value(u"captured"_s).toBool(),
                 true);

        const auto stored = fixture.captureOf(*answer);
        QVERIFY(stored);
        QCOMPARE(stored->event, u"booking"_s);
        QCOMPARE(stored->propertyId, u"90958ec0-9713-1396-873e-4add0d834670"_s);
        QCOMPARE(stored->method, "POST"_ba);
        QCOMPARE(stored->target, "/channex/webhook?source=test"_ba);
        QCOMPARE(stored->body, booking.json);
        QCOMPARE(stored->header("user-agent"), "Channex"_ba);
        QVERIFY(stored->rawBytes.startsWith("POST /channex/webhook?source=test HTTP/1.1\r\n"));
        // What we answered is what the row says we answered.
        QCOMPARE(stored->status, 200);
        QCOMPARE(stored->responseBody, answer->body);
        QVERIFY(stored->marks == Capture::Marks());
        QVERIFY(stored->connectionId > 0);
        QCOMPARE(stored->peerAddress, u"127.0.0.1"_s);
    }

    void everyAnsweredRequestIsStored()
    {
        Fixture fixture;
        QVERIFY(fixture.isReady());
        TestClient client(fixture.port());
        QVERIFY(client.waitForConnected());
        QList<qint64> ids;
        for (int n = 0; n < 20; ++n) {
            client.send(ReceiverTest::post("/hook", ReceiverTest::numberedBody(n)));
            const auto answer = client.nextResponse();
            QVERIFY(answer);
            QCOMPARE(answer->status, 200);
            ids << answer->header("X-Capture-Id").toLongLong();
            QCOMPARE(fixture.store.count(), n + 1);
        }
        for (int n = 0; n < ids.size(); ++n)
            QCOMPARE(fixture.store.load(ids.at(n))->body, ReceiverTest::numberedBody(n));
    }

    void refusedRequestsAreAnsweredAndStored_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::newRow("bad request line") << "GET\x01 nonsense\r\n\r\n"_ba << 400;
        QTest::newRow("body over the limit")
            << ReceiverTest::post("/big", QByteArray(4096, 'x')) << 413;
        QTest::newRow("headers over the limit")
            << ("GET / HTTP/1.1\r\nHost: a\r\nX-Filler: " + QByteArray(3000, 'y') + "\r\n\r\n")
            << 431;
        QTest::newRow("Content-Length with Transfer-Encoding")
            << "POST /s HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nTransfer-Encoding: "
               "chunked\r\n\r\n0\r\n\r\n"_ba
            << 400;
    }

    void refusedRequestsAreAnsweredAndStored()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        Http::HttpLimits limits;
        limits.maxBodyBytes = 1024;
        limits.maxHeaderBytes = 2048;
        Fixture fixture(limits);
        QVERIFY(fixture.isReady());

        TestClient client(fixture.port());
        QVERIFY(client.waitForConnected());
        client.send(bytes);
        const auto answer = client.nextResponse();
        QVERIFY(answer);
        QCOMPARE(answer->status, status);
        QVERIFY(client.waitForDisconnected());

        // Fire-and-forget: the row follows the answer.
        QTRY_COMPARE(fixture.store.count(), 1);
        const Capture::CaptureRecord stored = fixture.all().constFirst();
        QVERIFY(stored.marks.testFlag(Mark::Rejected));
        QCOMPARE(stored.status, status);
        QVERIFY(!stored.rawBytes.isEmpty());
        QVERIFY2(
            bytes.startsWith(stored.rawBytes.first(qMin<qsizetype>(stored.rawBytes.size(), 64)))
                || stored.rawBytes.startsWith(bytes.first(qMin<qsizetype>(bytes.size(), 16))),
            stored.rawBytes.left(80).constData());
        QVERIFY(!stored.note.isEmpty());

        // The receiver serves on.
        TestClient next(fixture.port());
        QVERIFY(next.waitForConnected());
        next.send(ReceiverTest::post("/after", "{}"_ba));
        const auto after = next.nextResponse();
        QVERIFY(after);
        QCOMPARE(after->status, 200);
    }
};

QTEST_GUILESS_MAIN(TestReceiverCapture)
#include "test_receiver_capture.moc"
