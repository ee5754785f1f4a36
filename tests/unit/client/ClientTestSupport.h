// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/channex/ChannexClient.h"
#include "app/sandbox/SandboxServer.h"

#include <QTest>

#include <memory>
#include <optional>

// Shared by the client tests: a sandbox on 127.0.0.1 with a client pointed at it, and a way to
// wait for one callback without sleeping.
namespace ClientTest {

// A property webhook of the sandbox's demo data (Harbour View), present unless a test deletes it.
inline const QString HarbourWebhookId = QStringLiteral("a9a88747-767e-458c-99e0-9212fcfb0b39");

// The demo property that webhook belongs to.
inline const QString HarbourView = QStringLiteral("716305c4-561a-4561-a187-7f5b8aeb5920");

// A global webhook the sandbox accepts for create and test calls.
inline Channex::Webhook validWebhook()
{
    Channex::Webhook webhook;
    webhook.isGlobal = true;
    webhook.callbackUrl = QStringLiteral("https://example.com/hooks/global");
    webhook.eventMask = QStringLiteral("*");
    return webhook;
}

// Runs one client call and processes events until its callback ran (or the timeout passed).
// The context lives in this frame, so a callback arriving after a timeout is dropped by the
// client instead of writing into a frame that is gone.
template<typename T, typename Start>
std::optional<Channex::ApiResult<T>> await(Start start, int timeoutMs = 5000)
{
    QObject context;
    std::optional<Channex::ApiResult<T>> result;
    start(&context, [&result](Channex::ApiResult<T> answer) { result.emplace(std::move(answer)); });
    // A timeout shows as an empty optional, which WC_VERIFY_OK reports.
    [[maybe_unused]] const bool answered
        = QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs);
    return result;
}

inline QByteArray describe(const Channex::ApiError &error)
{
    return QStringLiteral("kind %1, HTTP %2, %3 / %4")
        .arg(int(error.kind))
        .arg(error.httpStatus)
        .arg(error.technical, error.message())
        .toUtf8();
}

// A started sandbox (with demo data unless told otherwise) and a client using its demo key.
// Retries wait milliseconds, not seconds, so retry tests stay fast.
struct SandboxFixture
{
    enum DemoData { WithDemoData, WithoutDemoData };

    explicit SandboxFixture(int generatedWebhooks = 0, DemoData demoData = WithDemoData)
    {
        server.setDemoDataEnabled(demoData == WithDemoData);
        if (generatedWebhooks > 0)
            server.addGeneratedWebhooks(generatedWebhooks);
        started = server.start(QHostAddress::LocalHost, 0);
        client = std::make_unique<Channex::ChannexClient>(server.rootUrl(),
                                                          Sandbox::SandboxServer::demoApiKey());
        client->setRetryPolicy({.maxRetries = 3, .baseDelayMs = 10, .maxDelayMs = 2'000});
        client->setTransferTimeout(5'000);
    }

    using ListResult = std::optional<Channex::ApiResult<QList<Channex::Webhook>>>;

    // Starts listing with page 1 held back `hold` at the sandbox, and waits until page 1 has
    // arrived there. Its content is then fixed, and page 2 is asked for only after page 1's
    // answer, so a test can arm faults or change data in between. *before is the API request
    // count before the list started; false when page 1 did not arrive in time.
    [[nodiscard]] bool startListHoldingPageOne(std::chrono::milliseconds hold, QObject *context,
                                               ListResult *listed, int *before)
    {
        server.faults().setLatency(hold);
        *before = server.apiRequestCount();
        client->listWebhooks(context, [listed](Channex::ApiResult<QList<Channex::Webhook>> result) {
            listed->emplace(std::move(result));
        });
        return QTest::qWaitFor([&] { return server.apiRequestCount() == *before + 1; }, 5000);
    }

    void setMaxRetries(int retries)
    {
        Channex::ChannexClient::RetryPolicy policy = client->retryPolicy();
        policy.maxRetries = retries;
        client->setRetryPolicy(policy);
    }

    Sandbox::SandboxServer server;
    bool started = false;
    std::unique_ptr<Channex::ChannexClient> client;
};

// Why an awaited call did not succeed, for QVERIFY2 (empty when it did).
template<typename T> QByteArray failureText(const std::optional<Channex::ApiResult<T>> &result)
{
    if (!result)
        return QByteArrayLiteral("no answer in time");
    return result->ok() ? QByteArray() : describe(result->error());
}

} // namespace ClientTest

// Fails the test, naming the error, unless the awaited call succeeded.
#define WC_VERIFY_OK(result)                                                                       \
    QVERIFY2((result).has_value() && (result)->ok(), ClientTest::failureText(result).constData())
