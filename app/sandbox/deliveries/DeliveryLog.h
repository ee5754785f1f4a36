// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sandbox/deliveries/DeliveryAttempt.h"

#include <QList>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <deque>
#include <optional>

namespace Sandbox::Deliveries {

// Every attempt of the sandbox's deliveries, oldest first. Written on the sandbox thread, read
// from any (the window, the control endpoint): every member function is thread-safe. The object
// itself lives on the thread that made it (the SandboxServer's), where changed() arrives.
//
// Bounded: past MaxAttempts the oldest attempts are dropped, as Channex keeps its webhook log
// only for a while.
class DeliveryLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryLog)

public:
    static constexpr qsizetype MaxAttempts = 10'000;

    explicit DeliveryLog(QObject *parent = nullptr);
    ~DeliveryLog() override;

    // Records an attempt that starts now and returns its sequence number.
    quint64 begin(DeliveryAttempt attempt);
    // Completes the attempt `sequence` with what came back; ignored when it is no longer kept.
    void finish(quint64 sequence, const Delivery::DeliveryResult &result,
                const QDateTime &nextAttemptAt);
    void clear();

    QList<DeliveryAttempt> attempts() const;
    // Of the attempts that sent exactly `request`, the one that started last at or before
    // `notAfter` (attempts are kept in the order they started); read in place, under the lock.
    std::optional<DeliveryAttempt> latestSending(const QByteArray &request,
                                                 const QDateTime &notAfter) const;
    // The attempts kept whose sequence is `first` or later.
    QList<DeliveryAttempt> attemptsFrom(quint64 first) const;
    qsizetype size() const;
    // The sequence number of the oldest attempt kept; 0 when the log is empty.
    quint64 oldestSequence() const;
    // Counts up at every clear(), so a reader knows that what it holds is gone.
    quint64 generation() const;

signals:
    // Something was added, completed or cleared. Emitted once for any number of changes until
    // it has been delivered (queued to this object's thread), so thousands of attempts do not
    // flood the window with signals.
    void changed();

private:
    void announce();
    qsizetype indexOf(quint64 sequence) const; // -1 when not kept; call with the mutex held

    mutable QMutex m_mutex;
    std::deque<DeliveryAttempt> m_attempts;
    quint64 m_nextSequence = 1;
    quint64 m_generation = 0;
    std::atomic<bool> m_announced {false};
};

} // namespace Sandbox::Deliveries
