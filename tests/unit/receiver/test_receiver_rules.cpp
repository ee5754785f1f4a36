// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Response rules over real sockets: the first live rule that matches answers, `times` spends a
// rule, `percent` lets the other requests through, a rule's delay holds the answer, and each
// capture names the rule that answered. The secret check comes before the rules.
#include "app/payloads/SamplePayloads.h"
#include "app/receiver/rules/ResponseRules.h"
#include "tests/unit/receiver/ReceiverTestSupport.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;
using Capture::Mark;
using Receiver::ResponseRule;
using ReceiverTest::Fixture;

namespace {

Receiver::ReceiverOptions withRules(QList<ResponseRule> rules, quint32 seed = 0)
{
    Receiver::ReceiverOptions options;
    options.rules = std::make_shared<Receiver::ResponseRules>(std::move(rules));
    if (seed != 0)
        options.rules->setSeed(seed);
    return options;
}

ResponseRule rule(int status, const QString &event = {}, std::optional<int> times = {})
{
    ResponseRule made;
    made.status = status;
    made.event = event;
    made.times = times;
    return made;
}

QByteArray sample(const QString &event)
{
    return Payloads::SamplePayloads::sample(event).json;
}

// Sends `body` to `target` on a new connection and returns the answer.
std::optional<TestResponse> send(const Fixture &fixture, const QByteArray &target,
                                 const QByteArray &body, const QByteArray &method = "POST"_ba,
                                 const QByteArray &extraHeaders = {})
{
    TestClient client(fixture.port());
    if (!client.waitForConnected())
        return std::nullopt;
    QByteArray request = ReceiverTest::post(target, body, extraHeaders);
    request.replace(0, 4, method);
    client.send(request);
    return client.nextResponse();
}

} // namespace

class TestReceiverRules final : public QObject
{
    Q_OBJECT

private slots:
    // The documented example: booking_new answered 503 "busy" three times, then the usual 200.
    void aRuleWithTimesIsSpent()
    {
        ResponseRule busy = rule(503, u"booking_new"_s, 3);
        busy.body = "busy"_ba;
        busy.headers = {{"Retry-After"_ba, "60"_ba}};
        Fixture fixture({}, withRules({busy}));
        QVERIFY(fixture.isReady());
        QList<int> statuses;
        for (int i = 0; i < 4; ++i) {
            const auto answer = send(fixture, "/hooks"_ba, sample(u"booking_new"_s));
            QVERIFY(answer);
            statuses << answer->status;
            if (i == 0) {
                QCOMPARE(answer->body, "busy"_ba);
                QCOMPARE(answer->header("Retry-After"), "60"_ba);
                const auto stored = fixture.captureOf(*answer);
                QVERIFY(stored);
                QCOMPARE(stored->answeredBy, u"rule 1"_s);
                QVERIFY(stored->marks.testFlag(Mark::AnsweredByRule));
                QCOMPARE(stored->status, 503);
                QCOMPARE(stored->responseBody, "busy"_ba);
            }
        }
        QCOMPARE(statuses, (QList<int> {503, 503, 503, 200}));
        // Another event never matched it.
        QCOMPARE(ReceiverTest::statusOf(send(fixture, "/hooks"_ba, sample(u"booking"_s))), 200);
        QCOMPARE(options(fixture).rules->answeredCounts(), QList<int> {3});
    }

    void theFirstLiveRuleThatMatchesAnswers()
    {
        ResponseRule byMethod = rule(405);
        byMethod.method = "put"_ba; // compared without case
        ResponseRule byPrefix = rule(202);
        byPrefix.path = u"/slow/*"_s;
        byPrefix.name = u"slow paths"_s;
        ResponseRule byExactPath = rule(410);
        byExactPath.path = u"/gone"_s;
        ResponseRule everything = rule(204);
        everything.event = u"ari"_s;
        Fixture fixture({}, withRules({byMethod, byPrefix, byExactPath, everything}));
        QVERIFY(fixture.isReady());

        QCOMPARE(ReceiverTest::statusOf(send(fixture, "/slow/x"_ba, "{}"_ba, "PUT"_ba)), 405);
        const auto slow = send(fixture, "/slow/x?y=1"_ba, "{}"_ba);
        QCOMPARE(ReceiverTest::statusOf(slow), 202);
        QCOMPARE(fixture.captureOf(*slow)->answeredBy, u"slow paths"_s);
        QCOMPARE(ReceiverTest::statusOf(send(fixture, "/slowly"_ba, "{}"_ba)), 200);
        QCOMPARE(ReceiverTest::statusOf(send(fixture, "/gone"_ba, "{}"_ba)), 410);
        QCOMPARE(ReceiverTest::statusOf(send(fixture, "/gone/too"_ba, "{}"_ba)), 200);
        const auto ari = send(fixture, "/gone/too"_ba, sample(u"ari"_s));
        QCOMPARE(ReceiverTest::statusOf(ari), 204);
        QCOMPARE(fixture.captureOf(*ari)->answeredBy, u"rule 4"_s);
        // The default answer names no rule.
        const auto plain = send(fixture, "/other"_ba, "{}"_ba);
        QVERIFY(fixture.captureOf(*plain)->answeredBy.isEmpty());
        QVERIFY(!fixture.captureOf(*plain)->marks.testFlag(Mark::AnsweredByRule));
    }

    // percent: a share of the matching requests, the rest fall through to the next rule.
    void aRuleWithPercentAnswersAShare()
    {
        ResponseRule never = rule(500);
        never.percent = 0;
        ResponseRule half = rule(503);
        half.percent = 50;
        ResponseRule always = rule(500);
        always.percent = 100;
        always.path = u"/always"_s;
        Fixture fixture({}, withRules({never, half, always}, 7));
        QVERIFY(fixture.isReady());
        int busy = 0;
        constexpr int Requests = 200;
        TestClient client(fixture.port());
        QVERIFY(client.waitForConnected());
        for (int i = 0; i < Requests; ++i) {
            client.send(ReceiverTest::post("/half"_ba, ReceiverTest::numberedBody(i)));
            const auto answer = client.nextResponse();
            QVERIFY(answer);
            QVERIFY(answer->status == 503 || answer->status == 200);
            busy += answer->status == 503 ? 1 : 0;
        }
        // 50 % of 200 with a fixed seed; a fair coin lands in this range nearly always.
        QVERIFY2(busy > 60 && busy < 140, qPrintable(QString::number(busy)));
        const QList<int> counts = options(fixture).rules->answeredCounts();
        QCOMPARE(counts.at(0), 0);
        QCOMPARE(counts.at(1), busy);
    }

    void aDelayHoldsTheAnswerNotTheStore()
    {
        ResponseRule slow = rule(200);
        slow.delayMs = 400;
        Fixture fixture({}, withRules({slow}));
        QVERIFY(fixture.isReady());
        TestClient client(fixture.port());
        QVERIFY(client.waitForConnected());
        QElapsedTimer timer;
        timer.start();
        client.send(ReceiverTest::post("/"_ba, "{}"_ba));
        // Stored at once, answered later.
        QTRY_COMPARE_WITH_TIMEOUT(fixture.store.count(), 1, 2000);
        const auto answer = client.nextResponse();
        QVERIFY(answer);
        QCOMPARE(answer->status, 200);
        QVERIFY2(timer.elapsed() >= 400, qPrintable(QString::number(timer.elapsed())));
    }

    // A request that fails the secret check is answered 401 whatever the rules say.
    void theSecretCheckComesFirst()
    {
        Receiver::ReceiverOptions options = withRules({rule(202)});
        options.secretHeaderName = "X-Secret"_ba;
        options.secretHeaderValue = "right"_ba;
        Fixture fixture({}, options);
        QVERIFY(fixture.isReady());
        QCOMPARE(ReceiverTest::statusOf(send(fixture, "/"_ba, "{}"_ba)), 401);
        QCOMPARE(ReceiverTest::statusOf(
                     send(fixture, "/"_ba, "{}"_ba, "POST"_ba, "X-Secret: right\r\n"_ba)),
                 202);
    }

    void rulesChangeWhileRunning()
    {
        Fixture fixture;
        QVERIFY(fixture.isReady());
        QCOMPARE(ReceiverTest::statusOf(send(fixture, "/"_ba, "{}"_ba)), 200);
        fixture.receiver->setRules(
            std::make_shared<Receiver::ResponseRules>(QList<ResponseRule> {rule(429)}));
        QCOMPARE(ReceiverTest::statusOf(send(fixture, "/"_ba, "{}"_ba)), 429);
        fixture.receiver->setRules(nullptr);
        QCOMPARE(ReceiverTest::statusOf(send(fixture, "/"_ba, "{}"_ba)), 200);
    }

private:
    static Receiver::ReceiverOptions options(const Fixture &fixture)
    {
        return fixture.receiver->options();
    }
};

QTEST_GUILESS_MAIN(TestReceiverRules)
#include "test_receiver_rules.moc"
