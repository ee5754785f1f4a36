// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// How ChannexClient reports HTTP failures from a real sandbox, and when it retries them.

#include "app/channex/ChannexClient.h"
#include "app/sandbox/SandboxServer.h"
#include "tests/unit/client/ClientTestSupport.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Channex;
using namespace ClientTest;
using namespace Qt::StringLiterals;

class TestClientFailures : public QObject
{
    Q_OBJECT

private slots:
    void wrongKeyIsUnauthorized();
    void statusWithoutRetries_data();
    void statusWithoutRetries();
    void getSucceedsAfterTwoServerErrors_data();
    void getSucceedsAfterTwoServerErrors();
    void retriesGiveUpAfterMaxRetries();
    void rateLimitHonoursRetryAfter();
    void retryAfterIsCappedByMaxDelay();
    void writesAreNeverRetried();
    void malformedJsonIsReported();
    void aFailingLaterPageFailsTheWholeList();
    void listPagesAreRetriedIndividually();
};

void TestClientFailures::wrongKeyIsUnauthorized()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.started);
    ChannexClient client(sandbox.server.rootUrl(), u"not-the-key"_s);
    const int before = sandbox.server.apiRequestCount();

    const auto result = await<QList<Webhook>>(
        [&](QObject *context, auto done) { client.listWebhooks(context, done); });
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, ApiError::Kind::Unauthorized);
    QCOMPARE(result->error().httpStatus, 401);
    QCOMPARE(result->error().code, u"unauthorized"_s);
    QCOMPARE(result->error().title, u"Unauthorized"_s);
    QCOMPARE(result->error().host, u"127.0.0.1"_s);
    QVERIFY(!result->error().message().isEmpty());
    QCOMPARE(sandbox.server.apiRequestCount() - before, 1); // 401 is final
}

void TestClientFailures::statusWithoutRetries_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::newRow("403") << 403 << ApiError::Kind::Forbidden;
    QTest::newRow("500") << 500 << ApiError::Kind::ServerError;
    QTest::newRow("503") << 503 << ApiError::Kind::ServerError;
    QTest::newRow("429") << 429 << ApiError::Kind::RateLimited;
    QTest::newRow("400") << 400 << ApiError::Kind::BadRequest;
    QTest::newRow("409") << 409 << ApiError::Kind::UnexpectedStatus;
}

void TestClientFailures::statusWithoutRetries()
{
    QFETCH(int, status);
    QFETCH(ApiError::Kind, kind);
    SandboxFixture sandbox;
    QVERIFY(sandbox.started);
    sandbox.setMaxRetries(0);
    sandbox.server.faults().failNext(1, status);
    const int before = sandbox.server.apiRequestCount();

    const auto result = await<Webhook>([&](QObject *context, auto done) {
        sandbox.client->getWebhook(HarbourWebhookId, context, done);
    });
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, kind);
    QCOMPARE(result->error().httpStatus, status);
    QVERIFY(!result->error().message().isEmpty());
    QCOMPARE(sandbox.server.apiRequestCount() - before, 1);
}

void TestClientFailures::getSucceedsAfterTwoServerErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("500") << 500;
    QTest::newRow("503") << 503;
    QTest::newRow("429 without Retry-After") << 429;
}

void TestClientFailures::getSucceedsAfterTwoServerErrors()
{
    QFETCH(int, status);
    SandboxFixture sandbox;
    QVERIFY(sandbox.started);
    sandbox.server.faults().failNext(2, status);
    const int before = sandbox.server.apiRequestCount();

    const auto result = await<Webhook>([&](QObject *context, auto done) {
        sandbox.client->getWebhook(HarbourWebhookId, context, done);
    });
    WC_VERIFY_OK(result);
    QCOMPARE(result->value().id, HarbourWebhookId);
    QCOMPARE(sandbox.server.apiRequestCount() - before, 3);
}

void TestClientFailures::retriesGiveUpAfterMaxRetries()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.started);
    sandbox.setMaxRetries(2);
    sandbox.server.faults().failNext(5, 502);
    const int before = sandbox.server.apiRequestCount();

    const auto result = await<QList<PropertyOption>>(
        [&](QObject *context, auto done) { sandbox.client->listPropertyOptions(context, done); });
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, ApiError::Kind::ServerError);
    QCOMPARE(result->error().httpStatus, 502);
    QCOMPARE(sandbox.server.apiRequestCount() - before, 3);
}

void TestClientFailures::rateLimitHonoursRetryAfter()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.started);
    sandbox.server.faults().failNext(1, 429, 1);
    const int before = sandbox.server.apiRequestCount();
    QElapsedTimer clock;
    clock.start();

    const auto result = await<Webhook>([&](QObject *context, auto done) {
        sandbox.client->getWebhook(HarbourWebhookId, context, done);
    });
    WC_VERIFY_OK(result);
    // The backoff alone would have waited 10 ms; Retry-After: 1 asked for a second. The retry
    // timer is precise, so this holds on a loaded machine too (a bound well above 10 ms is
    // all the test needs).
    QVERIFY2(clock.elapsed() >= 900, QByteArray::number(clock.elapsed()).constData());
    QCOMPARE(sandbox.server.apiRequestCount() - before, 2);
}

void TestClientFailures::retryAfterIsCappedByMaxDelay()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.started);
    sandbox.client->setRetryPolicy({.maxRetries = 1, .baseDelayMs = 10, .maxDelayMs = 100});
    sandbox.server.faults().failNext(1, 429, 3600);
    const int before = sandbox.server.apiRequestCount();

    // Uncapped, the retry would wait an hour; capped at 100 ms it arrives well within the wait.
    const auto result = await<Webhook>(
        [&](QObject *context, auto done) {
            sandbox.client->getWebhook(HarbourWebhookId, context, done);
        },
        20'000);
    WC_VERIFY_OK(result);
    QCOMPARE(sandbox.server.apiRequestCount() - before, 2);

    // Without retries left, the caller sees how long the server asked to wait.
    sandbox.client->setRetryPolicy({.maxRetries = 0});
    sandbox.server.faults().failNext(1, 429, 42);
    const auto limited = await<Webhook>([&](QObject *context, auto done) {
        sandbox.client->getWebhook(HarbourWebhookId, context, done);
    });
    QVERIFY(limited && !limited->ok());
    QCOMPARE(limited->error().kind, ApiError::Kind::RateLimited);
    QCOMPARE(limited->error().retryAfterSeconds, 42);
    QVERIFY2(limited->error().message().contains(u"42"_s), qPrintable(limited->error().message()));
}

void TestClientFailures::writesAreNeverRetried()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.started);
    ChannexClient &client = *sandbox.client;
    const int before = sandbox.server.apiRequestCount();

    sandbox.server.faults().failNext(1, 503);
    const auto created = await<Webhook>(
        [&](QObject *ctx, auto done) { client.createWebhook(validWebhook(), ctx, done); });
    QVERIFY(created && !created->ok());
    QCOMPARE(created->error().kind, ApiError::Kind::ServerError);
    QCOMPARE(created->error().httpStatus, 503);
    QCOMPARE(sandbox.server.apiRequestCount() - before, 1);

    sandbox.server.faults().failNext(1, 500);
    Webhook existing;
    existing.id = HarbourWebhookId;
    existing.callbackUrl = u"https://example.com/x"_s;
    existing.eventMask = u"*"_s;
    existing.isGlobal = true;
    const auto updated = await<Webhook>(
        [&](QObject *ctx, auto done) { client.updateWebhook(existing, ctx, done); });
    QVERIFY(updated && !updated->ok());
    QCOMPARE(sandbox.server.apiRequestCount() - before, 2);

    sandbox.server.faults().failNext(1, 429, 0);
    const auto deleted = await<Done>(
        [&](QObject *ctx, auto done) { client.deleteWebhook(HarbourWebhookId, ctx, done); });
    QVERIFY(deleted && !deleted->ok());
    QCOMPARE(deleted->error().kind, ApiError::Kind::RateLimited);
    QCOMPARE(sandbox.server.apiRequestCount() - before, 3);

    sandbox.server.faults().failNext(1, 503);
    const auto tested = await<WebhookTestResult>(
        [&](QObject *ctx, auto done) { client.testWebhook(validWebhook(), ctx, done); });
    QVERIFY(tested && !tested->ok());
    QCOMPARE(sandbox.server.apiRequestCount() - before, 4);
}

void TestClientFailures::malformedJsonIsReported()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.started);
    sandbox.server.faults().malformNext(1);

    const auto result = await<QList<Webhook>>(
        [&](QObject *context, auto done) { sandbox.client->listWebhooks(context, done); });
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind, ApiError::Kind::MalformedResponse);
    QCOMPARE(result->error().httpStatus, 0);
    QVERIFY(!result->error().technical.isEmpty()); // the parser's own words, for the log
    QCOMPARE(result->error().host, u"127.0.0.1"_s);
}

void TestClientFailures::aFailingLaterPageFailsTheWholeList()
{
    SandboxFixture sandbox(250);
    QVERIFY(sandbox.started);
    sandbox.setMaxRetries(0);
    sandbox.client->setMaxConcurrentPages(1);
    // Page 1 is held back long enough to arm the fault for page 2, which is only asked for once
    // page 1 has been answered.
    QObject context;
    SandboxFixture::ListResult listed;
    int before = 0;
    QVERIFY(sandbox.startListHoldingPageOne(std::chrono::milliseconds(1000), &context, &listed,
                                            &before));
    // Page 1 is at the sandbox; the next request to arrive, page 2, fails.
    sandbox.server.faults().failNext(1, 500);
    sandbox.server.faults().setLatency(std::chrono::milliseconds(0));
    QCOMPARE(sandbox.server.apiRequestCount(), before + 1); // armed before page 2 was sent

    QTRY_VERIFY_WITH_TIMEOUT(listed.has_value(), 5000);
    QVERIFY(!listed->ok());
    QCOMPARE(listed->error().kind, ApiError::Kind::ServerError);
    QCOMPARE(sandbox.server.apiRequestCount() - before, 2); // page 3 never asked for
    QCOMPARE(sandbox.client->pendingCalls(), 0);
}

void TestClientFailures::listPagesAreRetriedIndividually()
{
    SandboxFixture sandbox(250);
    QVERIFY(sandbox.started);
    sandbox.server.faults().failNext(2, 503); // page 1 twice

    const auto result = await<QList<Webhook>>(
        [&](QObject *context, auto done) { sandbox.client->listWebhooks(context, done); });
    WC_VERIFY_OK(result);
    QCOMPARE(result->value().size(), 262);
}

QTEST_GUILESS_MAIN(TestClientFailures)
#include "test_client_failures.moc"
