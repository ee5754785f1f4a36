// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sandbox::Deliveries {

// One event to deliver, as `POST /sandbox/v1/events` or the Fire dialog asks for it.
struct FireRequest
{
    QString event; // one of the 28 (or the alias disconnected_channel), kept as given
    QString propertyId;
    // Replaces the sample's payload when set (any JSON value, null included).
    std::optional<QJsonValue> payload;
    // The envelope's timestamp; empty: the moment it is fired. Sequences set it so that a
    // duplicate is byte for byte the same body.
    QString timestamp;
};

struct PlannedDelivery
{
    QString deliveryId;
    QString webhookId;
    QString callbackUrl;
};

// A global webhook left out because a property webhook of the same property receives the same
// event (https://docs.channex.io/api-v.1-documentation/webhook-collection: "Property level webhook
// win").
struct Suppression
{
    QString webhookId;
    QString becauseOf; // the property webhook's id
};

// What firing started: deliveries run in the background from here on.
struct FireResult
{
    QString eventId;
    QList<PlannedDelivery> deliveries;
    QList<Suppression> suppressed;
};

// Either a result or the reasons the request was refused, field → messages, for a 422 shaped like
// Channex's (or a sentence for the window: FireOutcome::problem()).
struct FireOutcome
{
    std::optional<FireResult> result;
    QMap<QString, QStringList> errors;

    bool ok() const { return result.has_value(); }
};

} // namespace Sandbox::Deliveries
