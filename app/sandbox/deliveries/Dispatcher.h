// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/delivery/OutgoingRequest.h"
#include "app/sandbox/deliveries/FireRequest.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <deque>
#include <functional>
#include <map>
#include <memory>

namespace Sandbox {
class SandboxStore;
}

namespace Sandbox::Deliveries {

class DeliveryLog;

// Delivers fired events to the sandbox's webhooks the way Channex does: every matching webhook
// gets its own delivery (Routing), tried at once and again after a 5xx or no answer on the
// RetrySchedule, every attempt recorded in the DeliveryLog.
//
// Lives on the sandbox thread with the store; nothing here waits or loops: attempts are
// Delivery::send calls, retries wait in one time-ordered queue behind one timer, and at most
// maxConcurrent() attempts run at once (the rest queue in order), so thousands of due retries
// neither block the thread nor open thousands of connections.
class Dispatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Dispatcher)

public:
    static constexpr int DefaultMaxConcurrent = 16;

    // The store and the log are not owned; the store must outlive the dispatcher.
    Dispatcher(SandboxStore *store, DeliveryLog *log, QObject *parent = nullptr);
    ~Dispatcher() override;

    // 1 = Channex's waits; 0.001 turns a minute into 60 ms. Applies to retries scheduled from now.
    void setRetryScale(double scale);
    double retryScale() const { return m_retryScale; }
    // How long one attempt may take from connecting to the last byte (30 s; not scaled).
    void setTimeout(std::chrono::milliseconds timeout);
    void setMaxConcurrent(int count);
    int maxConcurrent() const { return m_maxConcurrent; }

    // Checks the request and starts its deliveries; returns at once. `firstAttemptsSettled`, when
    // given, runs (on this thread, later) once the first attempt of every delivery started here
    // has ended, or the deliveries were cleared: sequences wait for it before the next step.
    FireOutcome fire(const FireRequest &request, std::function<void()> firstAttemptsSettled = {});

    // Stops every delivery (retries waiting are dropped, attempts under way abandoned) and
    // empties the log: a clean slate, e.g. between two tests of a CI run.
    void clear();

    // Deliveries not yet final: waiting for a retry, for a free connection, or under way.
    int pendingCount() const { return int(m_pending.size()); }

private:
    struct Pending;
    struct Group;

    void enqueue(const QString &deliveryId);
    void schedule(const QString &deliveryId, std::chrono::milliseconds wait);
    void armTimer();
    void takeDue();
    void pump();
    void startAttempt(const std::shared_ptr<Pending> &pending);
    void attemptEnded(const std::shared_ptr<Pending> &pending, quint64 sequence,
                      const Delivery::DeliveryResult &result);
    void firstAttemptEnded(const std::shared_ptr<Pending> &pending);

    SandboxStore *m_store;
    DeliveryLog *m_log;
    double m_retryScale = 1.0;
    std::chrono::milliseconds m_timeout;
    int m_maxConcurrent = DefaultMaxConcurrent;

    QHash<QString, std::shared_ptr<Pending>> m_pending; // by delivery id, until final
    std::multimap<qint64, QString> m_schedule; // due (ms on m_clock) → delivery id
    std::deque<QString> m_ready; // due, waiting for a free slot
    int m_running = 0;
    QObject *m_calls; // parent of one context per attempt under way: deleting it ends them
    QTimer m_timer;
    QElapsedTimer m_clock;
};

} // namespace Sandbox::Deliveries
