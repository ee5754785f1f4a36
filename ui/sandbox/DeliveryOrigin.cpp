// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sandbox/DeliveryOrigin.h"

#include "app/sandbox/deliveries/DeliveryLog.h"
#include "app/sandbox/deliveries/RetrySchedule.h"

#include <QCoreApplication>

namespace Gui {

QString deliveryOrigin(const Sandbox::Deliveries::DeliveryLog &log, const QByteArray &rawBytes,
                       const QDateTime &receivedAt)
{
    if (rawBytes.isEmpty())
        return {};
    const QList<Sandbox::Deliveries::DeliveryAttempt> attempts = log.attempts();
    // A request is received after its attempt started (one clock: the sandbox and the receiver
    // are this process): of the attempts that sent these bytes, the one that started last
    // before it. Retries come a minute apart or more, 60 ms at the quickest scale.
    const Sandbox::Deliveries::DeliveryAttempt *best = nullptr;
    for (const Sandbox::Deliveries::DeliveryAttempt &attempt : attempts) {
        if (attempt.request.size() != rawBytes.size() || attempt.request != rawBytes
            || attempt.startedAt > receivedAt)
            continue;
        if (!best || attempt.startedAt > best->startedAt)
            best = &attempt;
    }
    if (const Sandbox::Deliveries::DeliveryAttempt *it = best) {
        return QCoreApplication::translate(
                   "Gui::DeliveryOrigin",
                   "Delivered by the built-in sandbox: %1, attempt %2 of at most %3 (delivery %4).")
            .arg(it->event)
            .arg(it->attempt)
            .arg(Sandbox::Deliveries::RetrySchedule::MaxAttempts)
            .arg(it->deliveryId);
    }
    return {};
}

} // namespace Gui
