// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/deliveries/DeliveryLog.h"

#include <QMetaObject>

#include <algorithm>

namespace Sandbox::Deliveries {

namespace {

// Delivery's reasons are fragments ("no answer within 30 s"); the log says them as sentences.
QString asSentence(QString fragment)
{
    if (fragment.isEmpty())
        return fragment;
    fragment[0] = fragment.at(0).toUpper();
    if (!fragment.endsWith(u'.'))
        fragment += u'.';
    return fragment;
}

} // namespace

DeliveryAttempt::Outcome DeliveryAttempt::outcome() const
{
    if (!finished)
        return Outcome::Sending;
    if (status >= 200 && status < 300)
        return Outcome::Delivered;
    if (status > 0 && status < 500)
        return Outcome::Refused;
    return nextAttemptAt.isValid() ? Outcome::WillRetry : Outcome::GaveUp;
}

DeliveryLog::DeliveryLog(QObject *parent) : QObject(parent)
{
    // Runs before any other receiver of changed() (connected first, same thread): a change made
    // while they read is announced again.
    connect(this, &DeliveryLog::changed, this, [this] { m_announced = false; });
}

DeliveryLog::~DeliveryLog() = default;

void DeliveryLog::announce()
{
    if (!m_announced.exchange(true))
        QMetaObject::invokeMethod(this, &DeliveryLog::changed, Qt::QueuedConnection);
}

quint64 DeliveryLog::begin(DeliveryAttempt attempt)
{
    quint64 sequence = 0;
    {
        QMutexLocker lock(&m_mutex);
        sequence = m_nextSequence++;
        attempt.sequence = sequence;
        attempt.finished = false;
        m_attempts.push_back(std::move(attempt));
        while (qsizetype(m_attempts.size()) > MaxAttempts)
            m_attempts.pop_front();
    }
    announce();
    return sequence;
}

qsizetype DeliveryLog::indexOf(quint64 sequence) const
{
    const auto it = std::lower_bound(
        m_attempts.cbegin(), m_attempts.cend(), sequence,
        [](const DeliveryAttempt &attempt, quint64 wanted) { return attempt.sequence < wanted; });
    if (it == m_attempts.cend() || it->sequence != sequence)
        return -1;
    return qsizetype(it - m_attempts.cbegin());
}

void DeliveryLog::finish(quint64 sequence, const Delivery::DeliveryResult &result,
                         const QDateTime &nextAttemptAt)
{
    {
        QMutexLocker lock(&m_mutex);
        const qsizetype index = indexOf(sequence);
        if (index < 0)
            return;
        DeliveryAttempt &attempt = m_attempts[std::size_t(index)];
        attempt.finished = true;
        attempt.durationMs = result.elapsed.count();
        attempt.status = result.status;
        attempt.reason = result.reason;
        attempt.responseHeaders = result.headers;
        attempt.responseBodyTruncated = result.body.size() > DeliveryAttempt::MaxBodyBytes;
        attempt.responseBody = result.body.left(DeliveryAttempt::MaxBodyBytes);
        attempt.error = asSentence(result.error);
        attempt.timedOut = result.timedOut;
        attempt.nextAttemptAt = nextAttemptAt;
    }
    announce();
}

void DeliveryLog::clear()
{
    {
        QMutexLocker lock(&m_mutex);
        m_attempts.clear();
        ++m_generation;
    }
    announce();
}

QList<DeliveryAttempt> DeliveryLog::attempts() const
{
    QMutexLocker lock(&m_mutex);
    return QList<DeliveryAttempt>(m_attempts.cbegin(), m_attempts.cend());
}

std::optional<DeliveryAttempt> DeliveryLog::latestSending(const QByteArray &request,
                                                          const QDateTime &notAfter) const
{
    QMutexLocker lock(&m_mutex);
    for (auto it = m_attempts.crbegin(); it != m_attempts.crend(); ++it) {
        if (it->startedAt <= notAfter && it->request == request)
            return *it;
    }
    return std::nullopt;
}

QList<DeliveryAttempt> DeliveryLog::attemptsFrom(quint64 first) const
{
    QMutexLocker lock(&m_mutex);
    const auto from = std::lower_bound(
        m_attempts.cbegin(), m_attempts.cend(), first,
        [](const DeliveryAttempt &attempt, quint64 wanted) { return attempt.sequence < wanted; });
    return QList<DeliveryAttempt>(from, m_attempts.cend());
}

qsizetype DeliveryLog::size() const
{
    QMutexLocker lock(&m_mutex);
    return qsizetype(m_attempts.size());
}

quint64 DeliveryLog::oldestSequence() const
{
    QMutexLocker lock(&m_mutex);
    return m_attempts.empty() ? 0 : m_attempts.front().sequence;
}

quint64 DeliveryLog::generation() const
{
    QMutexLocker lock(&m_mutex);
    return m_generation;
}

} // namespace Sandbox::Deliveries
