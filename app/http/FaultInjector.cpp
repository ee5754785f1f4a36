// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/http/FaultInjector.h"

#include <QMutexLocker>
#include <QTimer>

#include <algorithm>

namespace Http {

void FaultInjector::setLatency(std::chrono::milliseconds latency)
{
    const QMutexLocker locker(&m_mutex);
    m_latency = std::max(latency, std::chrono::milliseconds {0});
}

std::chrono::milliseconds FaultInjector::latency() const
{
    const QMutexLocker locker(&m_mutex);
    return m_latency;
}

// One queue slot: a new fault replaces whatever was still pending, which keeps each test's
// intent obvious ("the next two requests fail") without leftovers from earlier calls.
void FaultInjector::failNext(int count, int status, int retryAfterSeconds)
{
    const QMutexLocker locker(&m_mutex);
    m_pending = count > 0 ? Action::FailStatus : Action::Serve;
    m_pendingCount = std::max(count, 0);
    m_status = status;
    m_retryAfterSeconds = retryAfterSeconds;
    m_details.clear();
}

void FaultInjector::refuseNext(const QMap<QString, QStringList> &details)
{
    const QMutexLocker locker(&m_mutex);
    m_pending = Action::FailStatus;
    m_pendingCount = 1;
    m_status = 422;
    m_retryAfterSeconds = -1;
    m_details = details;
}

void FaultInjector::malformNext(int count)
{
    const QMutexLocker locker(&m_mutex);
    m_pending = count > 0 ? Action::MalformedJson : Action::Serve;
    m_pendingCount = std::max(count, 0);
}

void FaultInjector::stallNext(int count)
{
    const QMutexLocker locker(&m_mutex);
    m_pending = count > 0 ? Action::Stall : Action::Serve;
    m_pendingCount = std::max(count, 0);
}

void FaultInjector::closeNext(int count)
{
    const QMutexLocker locker(&m_mutex);
    m_pending = count > 0 ? Action::Close : Action::Serve;
    m_pendingCount = std::max(count, 0);
}

void FaultInjector::reset()
{
    const QMutexLocker locker(&m_mutex);
    m_latency = std::chrono::milliseconds {0};
    m_pending = Action::Serve;
    m_pendingCount = 0;
    m_status = 0;
    m_retryAfterSeconds = -1;
    m_details.clear();
}

HttpReply FaultInjector::delayed(HttpReply reply, std::chrono::milliseconds latency,
                                 QObject *context)
{
    if (latency.count() <= 0)
        return reply;
    return [reply = std::move(reply), latency, context](HttpResponse response) {
        QTimer::singleShot(latency, context,
                           [reply, response = std::move(response)] { reply(response); });
    };
}

FaultInjector::Decision FaultInjector::take()
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

} // namespace Http
