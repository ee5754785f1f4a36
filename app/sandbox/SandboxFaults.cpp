#include "app/sandbox/SandboxFaults.h"

#include <QMutexLocker>

#include <algorithm>

namespace Sandbox {

void SandboxFaults::setLatency(std::chrono::milliseconds latency)
{
    const QMutexLocker locker(&m_mutex);
    m_latency = std::max(latency, std::chrono::milliseconds {0});
}

std::chrono::milliseconds SandboxFaults::latency() const
{
    const QMutexLocker locker(&m_mutex);
    return m_latency;
}

// One queue slot: a new fault replaces whatever was still pending, which keeps each test's
// intent obvious ("the next two requests fail") without leftovers from earlier calls.
void SandboxFaults::failNext(int count, int status, int retryAfterSeconds)
{
    const QMutexLocker locker(&m_mutex);
    m_pending = count > 0 ? Action::FailStatus : Action::Serve;
    m_pendingCount = std::max(count, 0);
    m_status = status;
    m_retryAfterSeconds = retryAfterSeconds;
    m_details.clear();
}

void SandboxFaults::refuseNext(const QMap<QString, QStringList> &details)
{
    const QMutexLocker locker(&m_mutex);
    m_pending = Action::FailStatus;
    m_pendingCount = 1;
    m_status = 422;
    m_retryAfterSeconds = -1;
    m_details = details;
}

void SandboxFaults::malformNext(int count)
{
    const QMutexLocker locker(&m_mutex);
    m_pending = count > 0 ? Action::MalformedJson : Action::Serve;
    m_pendingCount = std::max(count, 0);
}

void SandboxFaults::stallNext(int count)
{
    const QMutexLocker locker(&m_mutex);
    m_pending = count > 0 ? Action::Stall : Action::Serve;
    m_pendingCount = std::max(count, 0);
}

void SandboxFaults::closeNext(int count)
{
    const QMutexLocker locker(&m_mutex);
    m_pending = count > 0 ? Action::Close : Action::Serve;
    m_pendingCount = std::max(count, 0);
}

void SandboxFaults::reset()
{
    const QMutexLocker locker(&m_mutex);
    m_latency = std::chrono::milliseconds {0};
    m_pending = Action::Serve;
    m_pendingCount = 0;
    m_status = 0;
    m_retryAfterSeconds = -1;
    m_details.clear();
}

SandboxFaults::Decision SandboxFaults::take()
{
    const QMutexLocker locker(&m_mutex);
    Decision decision;
    decision.latency = m_latency;
    if (m_pendingCount <= 0)
        return decision;

    decision.action = m_pending;
    if (m_pending == Action::FailStatus) {
        decision.status = m_status;
        decision.retryAfterSeconds = m_retryAfterSeconds;
        decision.details = m_details;
    }
    if (--m_pendingCount == 0)
        m_pending = Action::Serve;
    return decision;
}

} // namespace Sandbox
