// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QStringList>

namespace Capture {

// What a delivery is about, for the Out-of-order mark: a delivery is out of order only when its
// payload timestamp is older than one already received about the same subject. Channex warns that
// deliveries may come out of order
// (https://docs.channex.io/api-v.1-documentation/webhook-collection), and what matters is the
// order of news about one thing:
// - booking events: the same booking (`payload.booking_id`);
// - `ari`: the same property, room type, rate plan and date (each record of the payload);
// - messages: the same thread (`payload.message_thread_id`);
// - anything else, or a booking or message without the id (send_data off): the same property and
//   event.
// A test call (the payload `{"test": true}` the console's sandbox sends) is about nothing.
namespace DeliverySubject {

// The subjects of one recognised delivery, without repeats; empty when it has no property, or is a
// test call.
QStringList of(const QJsonObject &body, const QString &event, const QString &propertyId);

} // namespace DeliverySubject

} // namespace Capture
