// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/http/HttpRequestHandler.h"

#include <QMap>
#include <QMutex>
#include <QStringList>

#include <chrono>

class QObject;

namespace Http {

// Failures and latency a server injects into its answers, for tests, benchmarks and (later) the
// receiver's response rules. Holds the queue of faults; the handler asks take() once per
// request and carries the decision out (its error bodies are its own). Thread-safe: tests set
// it from their thread while the server serves on its own.
class FaultInjector
{
    Q_DISABLE_COPY_MOVE(FaultInjector)

public:
    FaultInjector() = default;

    enum class Action {
        Serve, // answer normally
        FailStatus, // answer `status` with the handler's error body for it
        MalformedJson, // answer 200 with a body that is not JSON
        Stall, // never answer (the client's timeout fires)
        Close, // close the connection without an answer
    };

    struct Decision
    {
        Action action = Action::Serve;
        int status = 0;
        int retryAfterSeconds = -1; // sent as Retry-After when >= 0
        QMap<QString, QStringList> details; // a 422's field messages, when given
        std::chrono::milliseconds latency {0};
    };

    void setLatency(std::chrono::milliseconds latency);
    std::chrono::milliseconds latency() const;

    // The next `count` requests answer `status` (e.g. 500, 503, 429, 403).
    void failNext(int count, int status, int retryAfterSeconds = -1);
    // The next request is refused with 422 and these field messages (for the sandbox: as Channex
    // does for values only the server can judge).
    void refuseNext(const QMap<QString, QStringList> &details);
    void malformNext(int count);
    void stallNext(int count);
    void closeNext(int count);
    void reset();

    // Called once per request by the handler, on the server's thread: consumes one queued
    // fault, if any.
    Decision take();

    // `reply`, answering `latency` later through a timer on `context`'s thread (never a sleep,
    // so concurrent requests overlap as on a real server); `reply` itself when latency is 0.
    // Whatever the decision, a handler wraps its reply once: a fault answered through the
    // wrapped reply (Close, FailStatus, …) waits the latency exactly once.
    static HttpReply delayed(HttpReply reply, std::chrono::milliseconds latency, QObject *context);

private:
    mutable QMutex m_mutex;
    std::chrono::milliseconds m_latency {0};
    Action m_pending = Action::Serve;
    int m_pendingCount = 0;
    int m_status = 0;
    int m_retryAfterSeconds = -1;
    QMap<QString, QStringList> m_details;
};

} // namespace Http
