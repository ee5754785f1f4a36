// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Payloads {

// The documented sample of an event (SamplePayloads) made ready to send, as the sandbox's
// deliveries and `--fire` send it: the chosen property everywhere the sample names one, fresh ids
// for what the event itself is about, and the given timestamp. docs/payloads.md lists the rules.
class FilledSample
{
public:
    // The whole body `{"event", "property_id", "user_id": null, "timestamp", "payload"?}` of a
    // known event (the alias disconnected_channel keeps its name in `event`); an empty object for
    // an unknown one. `payload` is present only when the documentation shows one.
    static QJsonObject envelope(const QString &event, const QString &propertyId,
                                const QString &timestamp);
    // Just the sample's payload, filled in the same way; Undefined when the documentation shows
    // the event without data.
    static QJsonValue payload(const QString &event, const QString &propertyId);
    // Every `property_id` in `value` (nested ones included) set to `propertyId`, every other id
    // of the event's own things (`booking_id`, `revision_id`, `id`, `live_feed_event_id`, …)
    // replaced by a fresh uuid, the same old id by the same new one. Ids of the property's set-up
    // (`room_type_id`, `rate_plan_id`, `channel_id`) are kept: ARI filters match them.
    static QJsonValue refreshIds(const QJsonValue &value, const QString &propertyId);
};

} // namespace Payloads
