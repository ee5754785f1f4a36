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
    // A request is received after its attempt started (one clock: the sandbox and the receiver
    // are this process): of the attempts that sent these bytes, the one that started last
    // before it. Retries come a minute apart or more, 60 ms at the quickest scale.
    if (const std::optional<Sandbox::Deliveries::DeliveryAttempt> it
        = log.latestSending(rawBytes, receivedAt)) {
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
