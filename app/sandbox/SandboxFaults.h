#pragma once

#include <QMap>
#include <QMutex>
#include <QStringList>

#include <chrono>

namespace Sandbox {

// Failures and latency the sandbox injects into its API answers, for tests and benchmarks.
// Thread-safe: tests set it from their thread while the sandbox serves on its own.
class SandboxFaults
{
public:
    enum class Action {
        Serve, // answer normally
        FailStatus, // answer `status` with the matching Channex error body
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

    // The next `count` API requests answer `status` (e.g. 500, 503, 429, 403).
    void failNext(int count, int status, int retryAfterSeconds = -1);
    // The next API request is refused with 422 and these field messages (reference §5.3), as
    // Channex does for values only the server can judge.
    void refuseNext(const QMap<QString, QStringList> &details);
    void malformNext(int count);
    void stallNext(int count);
    void closeNext(int count);
    void reset();

    // Called once per API request by the sandbox: consumes one queued fault, if any.
    Decision take();

private:
    mutable QMutex m_mutex;
    std::chrono::milliseconds m_latency {0};
    Action m_pending = Action::Serve;
    int m_pendingCount = 0;
    int m_status = 0;
    int m_retryAfterSeconds = -1;
    QMap<QString, QStringList> m_details;
};

} // namespace Sandbox
