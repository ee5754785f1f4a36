// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Channex's repeat logic (https://docs.channex.io/api-v.1-documentation/webhook-collection) at a
// small time scale: which outcomes are tried again, how many times, how far apart; and that
// thousands of deliveries neither open thousands of connections nor keep the sandbox from
// answering.
#include "app/sandbox/deliveries/Dispatcher.h"
#include "app/sandbox/deliveries/RetrySchedule.h"
#include "tests/unit/sandbox/DeliveryTestSupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace DeliveryTest;
using Sandbox::Deliveries::DeliveryAttempt;
using Sandbox::Deliveries::FireRequest;
namespace RetrySchedule = Sandbox::Deliveries::RetrySchedule;

class TestSandboxRetries final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void scheduleIsChannexs();
    void retriesOnScheduleUntilItGivesUp();
    void deliveredAfterTwoFailures();
    void answersBelow500AreFinal_data();
    void answersBelow500AreFinal();
    void noAnswerIsTriedAgain_data();
    void noAnswerIsTriedAgain();
    void atScaleOneTheNextAttemptIsAMinuteLater();
    void manyDeliveriesShareBoundedConnections();
    void thousandsOfRetriesDoNotBlockTheSandbox();

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<Target> m_target;
};

void TestSandboxRetries::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->ready);
    m_target = std::make_unique<Target>();
}

void TestSandboxRetries::cleanup()
{
    m_sandbox.reset();
    m_target.reset();
}

void TestSandboxRetries::scheduleIsChannexs()
{
    const QList<qint64> minutes {1, 2, 4, 8, 15, 30, 60, 120, 240, 360, 600};
    qint64 total = 0;
    for (int attempt = 1; attempt <= RetrySchedule::MaxRetries; ++attempt) {
        QCOMPARE(RetrySchedule::waitAfter(attempt).count(), minutes.at(attempt - 1) * 60);
        total += minutes.at(attempt - 1);
    }
    // "latest attempt will be close to 24h from original event"
    QCOMPARE(total, 24 * 60);
    QCOMPARE(RetrySchedule::waitAfter(12).count(), 0);
    QCOMPARE(RetrySchedule::scaledWaitAfter(1, 0.001), 60ms);
    QCOMPARE(RetrySchedule::scaledWaitAfter(11, 0.001), 36'000ms);
}

void TestSandboxRetries::retriesOnScheduleUntilItGivesUp()
{
    // Twelve attempts in about 4.3 s: a minute is 3 ms here.
    constexpr double Scale = 0.00005;
    m_sandbox->server->setRetryScale(Scale);
    m_target->handler.fallback = 503;
    m_sandbox->addWebhook(m_target->url(), u"booking"_s);
    QVERIFY(m_sandbox->fire(FireRequest {u"booking"_s, HarbourView, {}, {}}).ok());

    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->finishedAttempts(), RetrySchedule::MaxAttempts, 30'000);
    const QList<DeliveryAttempt> attempts = m_sandbox->attempts();
    QCOMPARE(attempts.size(), RetrySchedule::MaxAttempts);
    QCOMPARE(m_target->handler.requests.size(), RetrySchedule::MaxAttempts);
    for (int i = 0; i < attempts.size(); ++i) {
        const DeliveryAttempt &attempt = attempts.at(i);
        QCOMPARE(attempt.attempt, i + 1);
        QCOMPARE(attempt.status, 503);
        QCOMPARE(attempt.deliveryId, attempts.constFirst().deliveryId);
        // Every attempt sends the same body again.
        QCOMPARE(m_target->handler.requests.at(i).body, m_target->handler.requests.at(0).body);
        if (i == attempts.size() - 1) {
            QVERIFY(!attempt.nextAttemptAt.isValid());
            QCOMPARE(attempt.outcome(), DeliveryAttempt::Outcome::GaveUp);
            break;
        }
        QCOMPARE(attempt.outcome(), DeliveryAttempt::Outcome::WillRetry);
        // The wait runs from the failure; the next attempt starts when it is due, not early and
        // not much later (a loaded machine gets 400 ms).
        const qint64 wait = RetrySchedule::scaledWaitAfter(i + 1, Scale).count();
        const QDateTime failed = attempt.startedAt.addMSecs(attempt.durationMs);
        const qint64 planned = failed.msecsTo(attempt.nextAttemptAt);
        QVERIFY2(
            planned >= wait - 2 && planned <= wait + 3,
            qPrintable(
                u"attempt %1: next planned %2 ms after, wanted %3"_s.arg(i + 1).arg(planned).arg(
                    wait)));
        const qint64 gap = m_target->handler.arrivals.at(i + 1) - m_target->handler.arrivals.at(i);
        QVERIFY2(
            gap >= wait && gap <= wait + 400,
            qPrintable(
                u"attempt %1 → %2: %3 ms apart, wanted %4"_s.arg(i + 1).arg(i + 2).arg(gap).arg(
                    wait)));
    }
}

void TestSandboxRetries::deliveredAfterTwoFailures()
{
    m_sandbox->server->setRetryScale(0.0001);
    m_target->handler.script = {503, 500};
    m_sandbox->addWebhook(m_target->url(), u"booking"_s);
    QVERIFY(m_sandbox->fire(FireRequest {u"booking"_s, HarbourView, {}, {}}).ok());
    QTRY_COMPARE(m_sandbox->finishedAttempts(), 3);
    const QList<DeliveryAttempt> attempts = m_sandbox->attempts();
    QCOMPARE(attempts.size(), 3);
    QCOMPARE(attempts.at(0).status, 503);
    QCOMPARE(attempts.at(1).status, 500);
    QCOMPARE(attempts.at(2).status, 200);
    QCOMPARE(attempts.at(2).outcome(), DeliveryAttempt::Outcome::Delivered);
    QVERIFY(!attempts.at(2).nextAttemptAt.isValid());
}

void TestSandboxRetries::answersBelow500AreFinal_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("outcome");
    QTest::newRow("200") << 200 << int(DeliveryAttempt::Outcome::Delivered);
    QTest::newRow("204") << 204 << int(DeliveryAttempt::Outcome::Delivered);
    QTest::newRow("301, not followed") << 301 << int(DeliveryAttempt::Outcome::Refused);
    QTest::newRow("400") << 400 << int(DeliveryAttempt::Outcome::Refused);
    QTest::newRow("401") << 401 << int(DeliveryAttempt::Outcome::Refused);
    QTest::newRow("429") << 429 << int(DeliveryAttempt::Outcome::Refused);
}

void TestSandboxRetries::answersBelow500AreFinal()
{
    QFETCH(int, status);
    QFETCH(int, outcome);
    m_sandbox->server->setRetryScale(0.00001);
    m_target->handler.fallback = status;
    m_sandbox->addWebhook(m_target->url(), u"booking"_s);
    QVERIFY(m_sandbox->fire(FireRequest {u"booking"_s, HarbourView, {}, {}}).ok());
    // A second delivery, fired after the first ended, shows that nothing else was on its way.
    QTRY_COMPARE(m_sandbox->finishedAttempts(), 1);
    QVERIFY(m_sandbox->fire(FireRequest {u"booking"_s, HarbourView, {}, {}}).ok());
    QTRY_COMPARE(m_sandbox->finishedAttempts(), 2);
    const QList<DeliveryAttempt> attempts = m_sandbox->attempts();
    QCOMPARE(attempts.size(), 2);
    QVERIFY(attempts.at(0).deliveryId != attempts.at(1).deliveryId);
    QCOMPARE(attempts.at(0).status, status);
    QCOMPARE(int(attempts.at(0).outcome()), outcome);
    QVERIFY(!attempts.at(0).nextAttemptAt.isValid());
    QCOMPARE(m_target->handler.requests.size(), 2);
}

void TestSandboxRetries::noAnswerIsTriedAgain_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("saying");
    QTest::newRow("refused") << u"refused"_s << u"refused"_s;
    QTest::newRow("reset") << u"reset"_s << QString();
    QTest::newRow("timeout") << u"timeout"_s << u"No answer within 0.3 s."_s;
    QTest::newRow("garbage") << u"garbage"_s << QString();
}

void TestSandboxRetries::noAnswerIsTriedAgain()
{
    QFETCH(QString, kind);
    QFETCH(QString, saying);
    m_sandbox->server->setRetryScale(0.0001);
    m_sandbox->server->setDeliveryTimeout(300ms);
    GarbageTarget garbage;
    QString url = m_target->url();
    if (kind == "refused"_L1) {
        url = u"http://127.0.0.1:%1/hook"_s.arg(closedPort());
    } else if (kind == "reset"_L1) {
        m_target->handler.script = {ScriptedTarget::Drop};
    } else if (kind == "timeout"_L1) {
        m_target->handler.script = {ScriptedTarget::Stall};
    } else {
        QVERIFY(garbage.listen(QHostAddress::LocalHost));
        url = u"http://127.0.0.1:%1/hook"_s.arg(garbage.serverPort());
    }
    m_sandbox->addWebhook(url, u"booking"_s);
    QVERIFY(m_sandbox->fire(FireRequest {u"booking"_s, HarbourView, {}, {}}).ok());
    QTRY_VERIFY(m_sandbox->finishedAttempts() >= 2);
    const DeliveryAttempt first = m_sandbox->attempts().constFirst();
    QCOMPARE(first.status, 0);
    QVERIFY2(!first.error.isEmpty() && first.error.endsWith(u'.'), qPrintable(first.error));
    QVERIFY2(saying.isEmpty() || first.error.contains(saying, Qt::CaseInsensitive),
             qPrintable(first.error));
    QCOMPARE(first.timedOut, kind == "timeout"_L1);
    QVERIFY(first.nextAttemptAt.isValid());
    QCOMPARE(first.outcome(), DeliveryAttempt::Outcome::WillRetry);
    QCOMPARE(m_sandbox->attempts().at(1).attempt, 2);
    if (kind == "timeout"_L1)
        QVERIFY2(first.durationMs >= 300, qPrintable(QString::number(first.durationMs)));
}

void TestSandboxRetries::atScaleOneTheNextAttemptIsAMinuteLater()
{
    m_target->handler.fallback = 502;
    m_sandbox->addWebhook(m_target->url(), u"booking"_s);
    QVERIFY(m_sandbox->fire(FireRequest {u"booking"_s, HarbourView, {}, {}}).ok());
    QTRY_COMPARE(m_sandbox->finishedAttempts(), 1);
    const DeliveryAttempt first = m_sandbox->attempts().constFirst();
    const qint64 planned = first.startedAt.addMSecs(first.durationMs).msecsTo(first.nextAttemptAt);
    QVERIFY2(qAbs(planned - 60'000) <= 3, qPrintable(QString::number(planned)));
}

void TestSandboxRetries::manyDeliveriesShareBoundedConnections()
{
    m_target->handler.fallback = ScriptedTarget::Stall;
    m_sandbox->addWebhook(m_target->url(), u"booking"_s);
    for (int i = 0; i < 300; ++i)
        QVERIFY(m_sandbox->fire(FireRequest {u"booking"_s, HarbourView, {}, {}}).ok());
    const int limit = Sandbox::Deliveries::Dispatcher::DefaultMaxConcurrent;
    QTRY_COMPARE(m_target->handler.stalledCount(), limit);
    // The sandbox still answers at once, and no more attempts were started meanwhile.
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(m_sandbox->client->get(Webhooks).status, 200);
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(m_target->handler.requests.size(), limit);
    QCOMPARE(m_sandbox->attempts().size(), limit);

    // Clearing drops the queue: nothing more reaches the target.
    m_sandbox->server->clearDeliveries();
    QCOMPARE(m_sandbox->attempts().size(), 0);
    QCOMPARE(m_sandbox->client->get(Webhooks).status, 200);
    QCOMPARE(m_target->handler.requests.size(), limit);
}

void TestSandboxRetries::thousandsOfRetriesDoNotBlockTheSandbox()
{
    // 400 deliveries × 12 attempts, retries due within a second of each other.
    m_sandbox->server->setRetryScale(0.00001);
    m_target->handler.fallback = 503;
    m_sandbox->addWebhook(m_target->url(), u"booking"_s);
    for (int i = 0; i < 400; ++i)
        QVERIFY(m_sandbox->fire(FireRequest {u"booking"_s, HarbourView, {}, {}}).ok());
    QTRY_VERIFY(m_target->handler.requests.size() > 1000);
    qint64 slowest = 0;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(m_sandbox->client->get(Webhooks).status, 200);
        slowest = std::max(slowest, clock.elapsed());
    }
    QVERIFY2(slowest < 2000, qPrintable(QString::number(slowest)));
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->finishedAttempts(), 400 * RetrySchedule::MaxAttempts,
                              60'000);
    QCOMPARE(m_target->handler.requests.size(), 400 * RetrySchedule::MaxAttempts);
}

QTEST_GUILESS_MAIN(TestSandboxRetries)
#include "test_sandbox_retries.moc"
