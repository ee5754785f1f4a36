#pragma once

#include "channex/ChannexClient.h"
#include "sandbox/SandboxServer.h"

#include <QTest>

#include <memory>
#include <optional>

// Shared by the client tests: a sandbox on 127.0.0.1 with a client pointed at it, and a way to
// wait for one callback without sleeping.
namespace ClientTest {

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

// A started sandbox with demo data and a client using its demo key. Retries wait milliseconds,
// not seconds, so retry tests stay fast.
struct SandboxFixture
{
    explicit SandboxFixture(int generatedWebhooks = 0)
    {
        if (generatedWebhooks > 0)
            server.addGeneratedWebhooks(generatedWebhooks);
        started = server.start(QHostAddress::LocalHost, 0);
        client = std::make_unique<Channex::ChannexClient>(server.rootUrl(),
                                                          Sandbox::SandboxServer::demoApiKey());
        client->setRetryPolicy({.maxRetries = 3, .baseDelayMs = 10, .maxDelayMs = 2'000});
        client->setTransferTimeout(5'000);
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
