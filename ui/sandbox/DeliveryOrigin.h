// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Sandbox::Deliveries {
class DeliveryLog;
}

namespace Gui {

// Which delivery attempt of the built-in sandbox a capture is, said in a sentence for the
// capture's Overview ("Delivered by the built-in sandbox: booking_new, attempt 3 of 12, …"):
// the attempt whose request, byte for byte, is the capture's raw bytes and that started
// closest before it was received (the attempts of one delivery send the same bytes, as
// Channex's do). Empty for anything else (the sandbox's log keeps its last 10,000 attempts).
QString deliveryOrigin(const Sandbox::Deliveries::DeliveryLog &log, const QByteArray &rawBytes,
                       const QDateTime &receivedAt);

} // namespace Gui
