// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/channex/ApiResult.h"
#include "app/channex/Webhook.h"

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

// The one door to a Channex API (one instance per connection profile, one QNetworkAccessManager
// each). Every call takes a context object: if the context is destroyed before the answer
// arrives, the request is aborted and the callback is not run. Results are values (ApiResult);
// nothing throws. Destroying the client aborts everything in flight without running callbacks.
//
// GETs retry on 429, 5xx, timeouts and dropped connections with exponential backoff (Retry-After
// honoured); create, update, delete and test are never retried, because repeating them could
// create or change twice.
class ChannexClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannexClient)

public:
    template<typename T> using Callback = std::function<void(ApiResult<T>)>;

    struct RetryPolicy
    {
        int maxRetries = 3; // extra attempts after the first
        int baseDelayMs = 500; // doubled each attempt
        int maxDelayMs = 30'000; // cap, also for Retry-After
    };

    // Channex's largest page; the list asks for it to need as few requests as possible.
    static constexpr int pageLimit = 100;
    // A list claiming more than this is treated as a malformed answer rather than fetched.
    static constexpr int maxListTotal = 1'000'000;

    // serverRoot is e.g. https://staging.channex.io; the client appends /api/v1.
    ChannexClient(const QUrl &serverRoot, const QString &apiKey, QObject *parent = nullptr);
    ~ChannexClient() override;

    QUrl serverRoot() const { return m_serverRoot; }
    QUrl apiBase() const;

    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    RetryPolicy retryPolicy() const { return m_retryPolicy; }
    void setTransferTimeout(int milliseconds) { m_transferTimeoutMs = milliseconds; }
    int transferTimeout() const { return m_transferTimeoutMs; }
    // How many list pages may be in flight at once after the first (1 = one at a time).
    void setMaxConcurrentPages(int count) { m_maxConcurrentPages = qMax(1, count); }
    int maxConcurrentPages() const { return m_maxConcurrentPages; }
    // How many connection pools writes are spread over (six HTTP/1.1 connections each).
    static constexpr int writeConnectionPools = 6;

    // Every webhook of the account: page 1 first (limit 100), then the remaining pages
    // concurrently, assembled in page order.
    void listWebhooks(QObject *context, Callback<QList<Webhook>> done);
    void getWebhook(const QString &id, QObject *context, Callback<Webhook> done);
    void createWebhook(const Webhook &webhook, QObject *context, Callback<Webhook> done);
    void updateWebhook(const Webhook &webhook, QObject *context, Callback<Webhook> done);
    void deleteWebhook(const QString &id, QObject *context, Callback<Done> done);
    void testWebhook(const Webhook &webhook, QObject *context, Callback<WebhookTestResult> done);
    void listPropertyOptions(QObject *context, Callback<QList<PropertyOption>> done);
    // The cheapest authenticated call (one webhook of page 1, never retried), for "Test
    // connection": proves the root, TLS and key at once. Answers the account's webhook total.
    void probe(QObject *context, Callback<int> done);

    // Aborts every call in flight or waiting for a retry; their callbacks get Kind::Cancelled.
    void cancelAll();
    // Calls in flight or waiting for a retry (a list counts each of its pages).
    int pendingCalls() const { return int(m_calls.size()); }

private:
    struct Call;
    struct ListJob;
    using RawCallback = std::function<void(ApiResult<QByteArray>)>;

    QUrl endpoint(const QString &path) const;
    QUrl webhookUrl(const QString &id) const;
    QUrl listPageUrl(int page, int limit = pageLimit) const;
    std::shared_ptr<Call> start(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                                QObject *context, RawCallback done);
    void send(const std::shared_ptr<Call> &call);
    QNetworkAccessManager *writeNetwork();
    void finish(const std::shared_ptr<Call> &call, QNetworkReply *reply);
    bool scheduleRetry(const std::shared_ptr<Call> &call, const ApiError &error,
                       bool droppedConnection);
    void complete(const std::shared_ptr<Call> &call, ApiResult<QByteArray> result);
    void abandon(const std::shared_ptr<Call> &call);
    void requestListPage(const std::shared_ptr<ListJob> &job, int page);
    void onListPage(const std::shared_ptr<ListJob> &job, int page, ApiResult<QByteArray> result);
    void finishList(const std::shared_ptr<ListJob> &job, ApiResult<QList<Webhook>> result);

    QUrl m_serverRoot;
    QString m_apiKey;
    QNetworkAccessManager *m_network = nullptr;
    RetryPolicy m_retryPolicy;
    int m_transferTimeoutMs = 30'000;
    int m_maxConcurrentPages = 16;
    QList<QNetworkAccessManager *> m_writeNetworks; // m_network first, more created on demand
    int m_nextWriteNetwork = -1;
    QList<std::shared_ptr<Call>> m_calls; // in flight or waiting for a retry
    bool m_destroying = false;
};

} // namespace Channex
