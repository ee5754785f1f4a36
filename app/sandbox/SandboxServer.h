// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/http/FaultInjector.h"

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <memory>

namespace Sandbox {

class SandboxApi;
class SandboxStore;

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
