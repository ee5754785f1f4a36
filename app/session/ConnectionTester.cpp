// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/ConnectionTester.h"

#include "app/channex/ChannexClient.h"

namespace Session {

namespace {

// How long one test may take: a bad network must not keep the dialog waiting long.
constexpr int TimeoutMs = 15'000;

} // namespace

QString ConnectionTester::Result::sentence() const
{
    if (ok)
        return ConnectionTester::tr(
                   "The connection works: %1 accepted the API key and has %n webhook(s).", nullptr,
                   webhookCount)
            .arg(host);
    // Said inside Manage connections, where the key is: not "under Manage connections…".
    if (error.kind == Channex::ApiError::Kind::Unauthorized)
        return ConnectionTester::tr("%1 refused this API key. Paste the key of this server's "
                                    "account again (staging and production keys differ; a "
                                    "withdrawn key stops working).")
            .arg(host);
    return error.message();
}

ConnectionTester::ConnectionTester(QObject *parent) : QObject(parent) { }

ConnectionTester::~ConnectionTester() = default;

bool ConnectionTester::isRunning() const
{
    return !m_client.isNull();
}

void ConnectionTester::cancel()
{
    // Deleting the client aborts its call without running the callback.
    delete m_client;
}

void ConnectionTester::test(const QUrl &serverRoot, const QString &apiKey)
{
    cancel();
    auto *client = new Channex::ChannexClient(serverRoot, apiKey, this);
    client->setTransferTimeout(TimeoutMs);
    m_client = client;
    client->probe(this, [this, client, host = serverRoot.host()](Channex::ApiResult<int> answer) {
        Result result;
        result.host = host;
        result.ok = answer.ok();
        if (answer.ok())
            result.webhookCount = answer.value();
        else
            result.error = answer.error();
        // Not deleted here: this callback runs inside the client.
        client->deleteLater();
        m_client = nullptr;
        emit finished(result);
    });
}

} // namespace Session
