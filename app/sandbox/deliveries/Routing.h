// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/channex/Webhook.h"
#include "app/sandbox/deliveries/FireRequest.h"

#include <QJsonValue>
#include <QList>
#include <QString>

// Which webhooks receive an event of a property, and with what payload
// (https://docs.channex.io/api-v.1-documentation/webhook-collection). Pure: the dispatcher runs
// it on the sandbox's webhooks, the Fire dialog on the rows it shows, so both say the same.
namespace Sandbox::Deliveries {

struct Recipient
{
    Channex::Webhook webhook;
    // What this webhook's body carries as `payload`: the event's payload, for an `ari` webhook
    // with filters only the records they let through; Undefined when the body has none (the
    // event has no payload, or the webhook's send_data is false).
    QJsonValue payload;
    // For an `ari` payload: how many records the webhook's filters let through, of how many.
    int recordsKept = -1;
    int recordsTotal = -1;
};

struct Routing
{
    QList<Recipient> recipients; // in the order of `webhooks`
    QList<Suppression> suppressed;
};

// The active webhooks whose mask names `event` or is "*" (disconnect_channel and
// disconnected_channel name each other; booking_new does not name booking), scoped to
// `propertyId` or global; for `ari`, only those whose filters keep at least one record of
// `payload`. A global webhook is suppressed when a property webhook of this property receives
// the event. `payload` Undefined: the event has none.
Routing route(const QList<Channex::Webhook> &webhooks, const QString &event,
              const QString &propertyId, const QJsonValue &payload);

// The records of an `ari` payload (an array of objects) that a webhook's event mask lets
// through: every record for "*" or a plain `ari` entry, else those matching any
// `ari:restrictions:room_type_ids:rate_plan_ids` entry (a restriction matches a record that
// carries that field; '*' or an empty segment matches any). A payload that is no array keeps
// nothing for a filtered mask.
QJsonValue filterAriRecords(const QString &eventMask, const QJsonValue &payload);

} // namespace Sandbox::Deliveries
