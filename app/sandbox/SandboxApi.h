// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/http/HttpRequestHandler.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <chrono>
#include <functional>

namespace Http {
class FaultInjector;
}

namespace Sandbox {

class SandboxStore;
namespace Deliveries {
class ControlApi;
}

// The Channex webhook endpoints under /api/v1
// (https://docs.channex.io/api-v.1-documentation/webhook-collection), answered from a SandboxStore.
// Lives on the sandbox thread with the store and the HttpServer that calls it; every answer
// goes through the injected faults and latency first. The sandbox's own control endpoints under
// /sandbox/v1 (Deliveries::ControlApi) take the same key and no faults.
class SandboxApi final : public QObject, public Http::HttpRequestHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxApi)

public:
    // The store and faults are not owned and must outlive the API.
    SandboxApi(SandboxStore *store, Http::FaultInjector *faults, QObject *parent = nullptr);
    ~SandboxApi() override;

    void setApiKey(const QString &key);
    void setRequestCounter(std::atomic<int> *counter);
    void setTestCallTimeout(std::chrono::milliseconds timeout);
    // Not owned; null: /sandbox/v1 is not served.
    void setControlApi(Deliveries::ControlApi *control);

    void handleRequest(const Http::HttpRequest &request, Http::HttpReply reply) override;

private:
    bool hasApiKey(const Http::HttpRequest &request) const;
    void route(const Http::HttpRequest &request, const QString &path, const Http::HttpReply &reply);
    Http::HttpResponse listWebhooks(const Http::HttpRequest &request) const;
    Http::HttpResponse getWebhook(const QString &id) const;
    Http::HttpResponse createWebhook(const Http::HttpRequest &request);
    Http::HttpResponse updateWebhook(const QString &id, const Http::HttpRequest &request);
    Http::HttpResponse deleteWebhook(const QString &id);
    Http::HttpResponse propertyOptions() const;
    void testWebhook(const Http::HttpRequest &request, const Http::HttpReply &reply);

    SandboxStore *m_store;
    Http::FaultInjector *m_faults;
    QByteArray m_apiKey;
    std::atomic<int> *m_requestCounter = nullptr;
    std::chrono::milliseconds m_testCallTimeout;
    Deliveries::ControlApi *m_control = nullptr;
    QList<Http::HttpReply> m_stalledReplies; // kept, never called: the Stall fault
};

} // namespace Sandbox
