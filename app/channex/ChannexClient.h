// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/channex/ApiResult.h"
#include "app/channex/ChannexTransport.h"
#include "app/channex/Webhook.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

namespace Channex {

// The one door to a Channex API (one instance per connection profile): its endpoints, their
// URLs and JSON:API bodies. The HTTP side (the key, connections, timeouts, retries, cancelling)
// is its ChannexTransport. Every call takes a context object: if the context is destroyed before
// the answer arrives, the request is aborted and the callback is not run. Results are values
// (ApiResult); nothing throws. Destroying the client aborts everything in flight without running
// callbacks.
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

    using RetryPolicy = ChannexTransport::RetryPolicy;

    // Channex's largest page; the list asks for it to need as few requests as possible.
    static constexpr int pageLimit = 100;
    // A list claiming more than this is treated as a malformed answer rather than fetched.
    static constexpr int maxListTotal = 1'000'000;

    // serverRoot is e.g. https://staging.channex.io; the client appends /api/v1.
    ChannexClient(const QUrl &serverRoot, const QString &apiKey, QObject *parent = nullptr);
    ~ChannexClient() override;

    QUrl serverRoot() const { return m_serverRoot; }
    QUrl apiBase() const;

    ChannexTransport *transport() const { return m_transport; }
    void setRetryPolicy(const RetryPolicy &policy) { m_transport->setRetryPolicy(policy); }
    RetryPolicy retryPolicy() const { return m_transport->retryPolicy(); }
    void setTransferTimeout(int milliseconds) { m_transport->setTransferTimeout(milliseconds); }
    int transferTimeout() const { return m_transport->transferTimeout(); }
    // How many list pages may be in flight at once after the first (1 = one at a time).
    void setMaxConcurrentPages(int count) { m_maxConcurrentPages = qMax(1, count); }
    int maxConcurrentPages() const { return m_maxConcurrentPages; }
    static constexpr int writeConnectionPools = ChannexTransport::writeConnectionPools;

    // Every webhook of the account: page 1 first (limit 100), then the remaining pages
    // concurrently, assembled in page order.
    void listWebhooks(QObject *context, Callback<QList<Webhook>> done);
    void getWebhook(const QString &id, QObject *context, Callback<Webhook> done);
    // Values the field rules refuse are not sent (a Validation error like Channex's 422), except
    // in fields left as they are in `copyOf` / `stored` (WebhookRules::check): Channex holds those.
    void createWebhook(const Webhook &webhook, QObject *context, Callback<Webhook> done,
                       const Webhook *copyOf = nullptr);
    void updateWebhook(const Webhook &webhook, QObject *context, Callback<Webhook> done,
                       const Webhook *stored = nullptr);
    void deleteWebhook(const QString &id, QObject *context, Callback<Done> done);
    void testWebhook(const Webhook &webhook, QObject *context, Callback<WebhookTestResult> done,
                     const Webhook *stored = nullptr);
    void listPropertyOptions(QObject *context, Callback<QList<PropertyOption>> done);
    // The cheapest authenticated call (one webhook of page 1, never retried), for "Test
    // connection": proves the root, TLS and key at once. Answers the account's webhook total.
    void probe(QObject *context, Callback<int> done);

    // Aborts every call in flight or waiting for a retry; their callbacks get Kind::Cancelled.
    void cancelAll() { m_transport->cancelAll(); }
    // Calls in flight or waiting for a retry (a list counts each of its pages).
    int pendingCalls() const { return m_transport->pendingCalls(); }

private:
    struct ListJob;

    QUrl endpoint(const QString &path) const;
    QUrl webhookUrl(const QString &id) const;
    QUrl listPageUrl(int page, int limit = pageLimit) const;
    ChannexTransport::CallHandle start(const QByteArray &verb, const QUrl &url,
                                       const QByteArray &body, QObject *context,
                                       ChannexTransport::RawCallback done,
                                       const CallOptions &options = {});
    void requestListPage(const std::shared_ptr<ListJob> &job, int page);
    void onListPage(const std::shared_ptr<ListJob> &job, int page, ApiResult<QByteArray> result);
    void finishList(const std::shared_ptr<ListJob> &job, ApiResult<QList<Webhook>> result);

    QUrl m_serverRoot;
    ChannexTransport *m_transport;
    int m_maxConcurrentPages = 16;
};

} // namespace Channex
