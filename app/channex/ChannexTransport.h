// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/channex/ApiResult.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace Channex {

// How one call is made, given with the call.
struct CallOptions
{
    // Repeated with backoff on 429, 5xx, timeouts and dropped connections (Retry-After
    // honoured). Only a GET ever is: a write that timed out may have been applied already.
    bool retryTransient = true;
    // The call addresses a single webhook: a 404 means it is gone (ApiError::aboutOneWebhook).
    bool aboutOneWebhook = false;
};

// One request to a Channex API.
struct ApiRequest
{
    QByteArray verb; // GET, POST, PUT, DELETE
    QUrl url;
    QByteArray body; // JSON; empty for none
    CallOptions options;
};

// The HTTP side of a ChannexClient: the key on every request, one QNetworkAccessManager for
// reads and a few for writes (connection pools), transfer timeouts, retries, and cancelling.
// Every call takes a context object: if it is destroyed before the answer arrives, the request is
// aborted and the callback is not run. Destroying the transport aborts everything in flight
// without running callbacks.
class ChannexTransport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannexTransport)

public:
    struct RetryPolicy
    {
        int maxRetries = 3; // extra attempts after the first
        int baseDelayMs = 500; // doubled each attempt
        int maxDelayMs = 30'000; // cap, also for Retry-After
    };
    using RawCallback = std::function<void(ApiResult<QByteArray>)>;
    // A call in flight or waiting for a retry, for abandon().
    struct Call;
    using CallHandle = std::weak_ptr<Call>;

    // How many connection pools writes are spread over (six HTTP/1.1 connections each).
    static constexpr int writeConnectionPools = 6;

    explicit ChannexTransport(const QString &apiKey, QObject *parent = nullptr);
    ~ChannexTransport() override;

    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    RetryPolicy retryPolicy() const { return m_retryPolicy; }
    void setTransferTimeout(int milliseconds) { m_transferTimeoutMs = milliseconds; }
    int transferTimeout() const { return m_transferTimeoutMs; }

    // Sends `request`; `done` runs once with the body of a 2xx answer or the error, unless
    // `context` (when given) is destroyed first.
    CallHandle send(ApiRequest request, QObject *context, RawCallback done);
    // The call's callback will not run; a request in flight is aborted.
    void abandon(const CallHandle &handle);
    // Aborts every call in flight or waiting for a retry; their callbacks get Kind::Cancelled.
    void cancelAll();
    // Calls in flight or waiting for a retry.
    int pendingCalls() const { return int(m_calls.size()); }
    // False after a call ended without any answer from the server (refused, no such host, timed
    // out, TLS or network failure, retries included) until a later call gets an HTTP answer.
    bool isReachable() const { return !m_unreachable; }

signals:
    // Emitted when reachability changes (above), with the failure that ended it.
    void reachabilityChanged(bool reachable, const Channex::ApiError &error);

private:
    void dispatch(const std::shared_ptr<Call> &call);
    QNetworkAccessManager *writeNetwork();
    void finish(const std::shared_ptr<Call> &call, QNetworkReply *reply);
    bool scheduleRetry(const std::shared_ptr<Call> &call, const ApiError &error,
                       bool droppedConnection);
    void complete(const std::shared_ptr<Call> &call, ApiResult<QByteArray> result);

    QString m_apiKey;
    QNetworkAccessManager *m_network = nullptr;
    RetryPolicy m_retryPolicy;
    int m_transferTimeoutMs = 30'000;
    QList<QNetworkAccessManager *> m_writeNetworks; // m_network first, more created on demand
    int m_nextWriteNetwork = -1;
    QList<std::shared_ptr<Call>> m_calls; // in flight or waiting for a retry
    bool m_destroying = false;
    bool m_unreachable = false;
};

} // namespace Channex
