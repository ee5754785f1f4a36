// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/deliveries/Dispatcher.h"

#include "app/delivery/HttpDelivery.h"
#include "app/sandbox/SandboxStore.h"
#include "app/sandbox/SandboxTestCall.h"
#include "app/sandbox/deliveries/DeliveryLog.h"
#include "app/sandbox/deliveries/DeliveryRequest.h"
#include "app/sandbox/deliveries/RetrySchedule.h"
#include "app/sandbox/deliveries/Routing.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace Sandbox::Deliveries {

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

// The first attempts of one fire, for its firstAttemptsSettled.
struct Dispatcher::Group
{
    int waiting = 0;
    std::function<void()> settled;
};

struct Dispatcher::Pending
{
    QString deliveryId;
    QString eventId;
    QString webhookId;
    QString event;
    Delivery::OutgoingRequest request;
    int attempts = 0;
    std::shared_ptr<Group> group; // until the first attempt ended
};

Dispatcher::Dispatcher(SandboxStore *store, DeliveryLog *log, QObject *parent)
    : QObject(parent), m_store(store), m_log(log), m_timeout(RetrySchedule::DefaultTimeout),
      m_calls(new QObject(this))
{
    m_timer.setSingleShot(true);
    // A coarse timer may fire 5 % early or late: at a small retry scale that is the spacing.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        takeDue();
        pump();
    });
    m_clock.start();
}

Dispatcher::~Dispatcher()
{
    // Attempts under way end without reporting; settled callbacks are not run any more.
    delete m_calls;
    m_calls = nullptr;
}

void Dispatcher::setRetryScale(double scale)
{
    m_retryScale = scale;
}

void Dispatcher::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

void Dispatcher::setMaxConcurrent(int count)
{
    m_maxConcurrent = std::max(1, count);
    pump();
}

FireOutcome Dispatcher::fire(const FireRequest &request, std::function<void()> firstAttemptsSettled)
{
    FireOutcome outcome;
    outcome.errors = problemsOf(request, *m_store);
    if (!outcome.errors.isEmpty())
        return outcome;

    const QString timestamp
        = request.timestamp.isEmpty() ? TestCall::timestampNow() : request.timestamp;
    const QJsonObject body = eventBody(request, timestamp);
    const Routing routing
        = route(m_store->webhooks(), request.event, request.propertyId, body.value("payload"_L1));

    auto group = std::make_shared<Group>();
    group->settled = std::move(firstAttemptsSettled);
    FireResult result;
    result.eventId = newId();
    result.suppressed = routing.suppressed;
    for (const Recipient &recipient : routing.recipients) {
        auto pending = std::make_shared<Pending>();
        pending->deliveryId = newId();
        pending->eventId = result.eventId;
        pending->webhookId = recipient.webhook.id;
        pending->event = request.event;
        pending->request = requestFor(recipient, body, m_timeout);
        pending->group = group;
        ++group->waiting;
        m_pending.insert(pending->deliveryId, pending);
        m_ready.push_back(pending->deliveryId);
        result.deliveries << PlannedDelivery {pending->deliveryId, recipient.webhook.id,
                                              recipient.webhook.callbackUrl};
    }
    if (group->waiting == 0 && group->settled)
        QTimer::singleShot(0, this, group->settled);
    outcome.result = result;
    // Started from the event loop: the caller answers 202 first, whatever the targets do.
    QTimer::singleShot(0, this, &Dispatcher::pump);
    return outcome;
}

void Dispatcher::clear()
{
    delete m_calls; // ends the attempts under way without a report
    m_calls = new QObject(this);
    m_running = 0;
    m_timer.stop();
    m_schedule.clear();
    m_ready.clear();
    // Whoever waits for a first attempt waits no longer: there will be none.
    QList<std::shared_ptr<Group>> groups;
    for (const std::shared_ptr<Pending> &pending : std::as_const(m_pending)) {
        if (pending->group && !groups.contains(pending->group))
            groups << pending->group;
    }
    m_pending.clear();
    for (const std::shared_ptr<Group> &group : groups) {
        if (group->settled)
            QTimer::singleShot(0, this, group->settled);
    }
    m_log->clear();
}

void Dispatcher::schedule(const QString &deliveryId, std::chrono::milliseconds wait)
{
    m_schedule.emplace(m_clock.elapsed() + wait.count(), deliveryId);
    armTimer();
}

void Dispatcher::armTimer()
{
    if (m_schedule.empty()) {
        m_timer.stop();
        return;
    }
    const qint64 wait = std::max<qint64>(0, m_schedule.cbegin()->first - m_clock.elapsed());
    m_timer.start(std::chrono::milliseconds(wait));
}

void Dispatcher::takeDue()
{
    const qint64 now = m_clock.elapsed();
    while (!m_schedule.empty() && m_schedule.cbegin()->first <= now) {
        m_ready.push_back(m_schedule.cbegin()->second);
        m_schedule.erase(m_schedule.cbegin());
    }
    armTimer();
}

void Dispatcher::pump()
{
    while (m_running < m_maxConcurrent && !m_ready.empty()) {
        const QString id = m_ready.front();
        m_ready.pop_front();
        if (const std::shared_ptr<Pending> pending = m_pending.value(id))
            startAttempt(pending);
    }
}

void Dispatcher::startAttempt(const std::shared_ptr<Pending> &pending)
{
    ++m_running;
    ++pending->attempts;
    DeliveryAttempt attempt;
    attempt.deliveryId = pending->deliveryId;
    attempt.eventId = pending->eventId;
    attempt.webhookId = pending->webhookId;
    attempt.event = pending->event;
    attempt.attempt = pending->attempts;
    attempt.url = Delivery::withQueryParams(pending->request.url, pending->request.queryParams)
                      .toString(QUrl::FullyEncoded);
    attempt.startedAt = QDateTime::currentDateTimeUtc();
    attempt.request = Delivery::wireRequest(pending->request);
    const quint64 sequence = m_log->begin(std::move(attempt));

    auto *call = new QObject(m_calls);
    Delivery::send(pending->request, call,
                   [this, call, pending, sequence](const Delivery::DeliveryResult &result) {
                       call->deleteLater();
                       attemptEnded(pending, sequence, result);
                   });
}

void Dispatcher::attemptEnded(const std::shared_ptr<Pending> &pending, quint64 sequence,
                              const Delivery::DeliveryResult &result)
{
    --m_running;
    QDateTime next;
    if (!RetrySchedule::isFinal(result) && pending->attempts < RetrySchedule::MaxAttempts) {
        // The wait runs from the failure: an attempt that timed out after 30 s is followed by
        // the next one a (scaled) minute later, not at once.
        const std::chrono::milliseconds wait
            = RetrySchedule::scaledWaitAfter(pending->attempts, m_retryScale);
        next = QDateTime::currentDateTimeUtc().addMSecs(wait.count());
        schedule(pending->deliveryId, wait);
    } else {
        m_pending.remove(pending->deliveryId);
    }
    m_log->finish(sequence, result, next);
    if (pending->attempts == 1)
        firstAttemptEnded(pending);
    pump();
}

void Dispatcher::firstAttemptEnded(const std::shared_ptr<Pending> &pending)
{
    const std::shared_ptr<Group> group = std::exchange(pending->group, nullptr);
    if (group && --group->waiting == 0 && group->settled)
        group->settled();
}

} // namespace Sandbox::Deliveries
