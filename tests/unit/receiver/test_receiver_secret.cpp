// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The secret check: the right value is answered 200; a missing or different value 401,
// marked and still captured, with a note saying which it was.
#include "app/receiver/SecretCheck.h"
#include "tests/unit/receiver/ReceiverTestSupport.h"

using namespace Qt::StringLiterals;
using Capture::Mark;
using ReceiverTest::Fixture;

class TestReceiverSecret final : public QObject
{
    Q_OBJECT

private:
    static Receiver::ReceiverOptions withSecret()
    {
        Receiver::ReceiverOptions options;
        options.secretHeaderName = "X-Webhook-Secret"_ba;
        options.secretHeaderValue = "s3cr3t-value"_ba;
        return options;
    }

private slots:
    void constantTimeComparison()
    {
        using Receiver::constantTimeEquals;
        QVERIFY(constantTimeEquals("abc", "abc"));
        QVERIFY(constantTimeEquals("", ""));
        QVERIFY(!constantTimeEquals("abc", "abd"));
        QVERIFY(!constantTimeEquals("abc", "ab"));
        QVERIFY(!constantTimeEquals("ab", "abc"));
        QVERIFY(!constantTimeEquals("", "a"));
        QVERIFY(!constantTimeEquals("abc\0"_ba, "abc"));
    }

    void answers_data()
    {
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("noteMentions");
        QTest::newRow("right value") << "X-Webhook-Secret: s3cr3t-value\r\n"_ba << 200 << QString();
        QTest::newRow("name in other case")
            << "x-webhook-secret: s3cr3t-value\r\n"_ba << 200 << QString();
        QTest::newRow("missing") << QByteArray() << 401 << u"missing"_s;
        QTest::newRow("wrong value")
            << "X-Webhook-Secret: s3cr3t-valuE\r\n"_ba << 401 << u"different"_s;
        QTest::newRow("prefix of the value")
            << "X-Webhook-Secret: s3cr3t\r\n"_ba << 401 << u"different"_s;
        QTest::newRow("empty value") << "X-Webhook-Secret:\r\n"_ba << 401 << u"different"_s;
    }

    void answers()
    {
        QFETCH(QByteArray, headers);
        QFETCH(int, status);
        QFETCH(QString, noteMentions);
        Fixture fixture({}, withSecret());
        QVERIFY(fixture.isReady());

        TestClient client(fixture.port());
        QVERIFY(client.waitForConnected());
        client.send(ReceiverTest::post("/hook", R"({"event":"ari"})"_ba, headers));
        const auto answer = client.nextResponse();
        QVERIFY(answer);
        QCOMPARE(answer->status, status);
        QVERIFY(!answer->body.contains("s3cr3t"));

        // Stored in both cases, and committed before the answer.
        QCOMPARE(fixture.store.count(), 1);
        const auto stored = fixture.captureOf(*answer);
        QVERIFY(stored);
        QCOMPARE(stored->status, status);
        QCOMPARE(stored->marks.testFlag(Mark::SecretMismatch), status == 401);
        if (!noteMentions.isEmpty()) {
            QVERIFY2(stored->note.contains(noteMentions), qPrintable(stored->note));
            QVERIFY2(stored->note.contains(u"X-Webhook-Secret"_s), qPrintable(stored->note));
        }
        QCOMPARE(stored->responseBody, answer->body);
    }

    void changesWhileRunning()
    {
        Fixture fixture;
        QVERIFY(fixture.isReady());
        TestClient client(fixture.port());
        QVERIFY(client.waitForConnected());
        client.send(ReceiverTest::post("/a", "{}"_ba));
        QCOMPARE(ReceiverTest::statusOf(client.nextResponse()), 200);

        fixture.receiver->setSecretCheck("X-Token"_ba, "t"_ba);
        QCOMPARE(fixture.receiver->options().secretHeaderName, "X-Token"_ba);
        client.send(ReceiverTest::post("/b", "{}"_ba));
        QCOMPARE(ReceiverTest::statusOf(client.nextResponse()), 401);
        client.send(ReceiverTest::post("/c", "{}"_ba, "X-Token: t\r\n"));
        QCOMPARE(ReceiverTest::statusOf(client.nextResponse()), 200);

        fixture.receiver->setSecretCheck({}, {});
        client.send(ReceiverTest::post("/d", "{}"_ba));
        QCOMPARE(ReceiverTest::statusOf(client.nextResponse()), 200);
        QCOMPARE(fixture.store.count(), 4);
    }
};

QTEST_GUILESS_MAIN(TestReceiverSecret)
#include "test_receiver_secret.moc"
