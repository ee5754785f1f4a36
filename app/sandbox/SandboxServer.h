// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/http/FaultInjector.h"
#include "app/sandbox/deliveries/FireRequest.h"

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

namespace Sandbox {

class SandboxApi;
class SandboxStore;
namespace Deliveries {
class DeliveryLog;
}

// The embedded Channex-compatible API, served from its own thread on loopback. Used by the
// app when no API key is configured, by `--serve-sandbox`, by the tests and the benchmarks.
class SandboxServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    // The key the sandbox accepts unless another is set (documented in README and docs/sandbox.md).
    static QString demoApiKey();

    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // Before start(): the accepted API key, and the data set.
    void setApiKey(const QString &key);
    QString apiKey() const;
    // Demo data (named hotels, a dozen webhooks) is loaded by default; false starts empty.
    void setDemoDataEnabled(bool enabled);
    // Adds `count` generated property-scoped webhooks (for benchmarks and paging tests).
    void addGeneratedWebhooks(int count);
    // How long POST /webhooks/test waits for the callback URL (default 10 s).
    void setTestCallTimeout(std::chrono::milliseconds timeout);

    // Deliveries of fired events (docs/sandbox.md, "Deliveries"), before or after start():
    // Channex's retry waits multiplied by `scale` (1 = as Channex; 0.001 turns a minute into
    // 60 ms), applied to retries scheduled from then on.
    void setRetryScale(double scale);
    double retryScale() const;
    // How long one delivery attempt may take (30 s; a test seam, not scaled).
    void setDeliveryTimeout(std::chrono::milliseconds timeout);
    // Every attempt, oldest first; lives on this object's thread, readable from any.
    Deliveries::DeliveryLog *deliveryLog() const;

    // Fires an event on the sandbox thread, as POST /sandbox/v1/events does: `accepted` gets the
    // deliveries started (or why none could be: an unknown event or property, the sandbox not
    // running) and `firstAttemptsSettled`, when given, runs once each delivery's first attempt
    // has ended. Both run later on this object's thread, and not at all once `context` is gone.
    void fire(const Deliveries::FireRequest &request, QObject *context,
              std::function<void(const Deliveries::FireOutcome &)> accepted,
              std::function<void()> firstAttemptsSettled = {});
    // Stops every delivery and empties the log (DELETE /sandbox/v1/deliveries).
    void clearDeliveries();
    // Deliveries not yet final: waiting for a retry, for a free connection, or under way.
    int pendingDeliveryCount() const;

    // Binds and starts serving on the sandbox thread. Port 0 picks a free port.
    bool start(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    void stop();
    bool isRunning() const;
    QString errorString() const;

    // Server root, e.g. http://127.0.0.1:43121 (the API is under /api/v1, as on Channex).
    QUrl rootUrl() const;
    quint16 port() const;

    // The faults and latency of the next API answers; safe to change from any thread.
    Http::FaultInjector &faults();
    // API requests answered so far (all endpoints), for tests that check retries and paging.
    int apiRequestCount() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Sandbox
