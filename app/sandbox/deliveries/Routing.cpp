// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/deliveries/Routing.h"

#include "app/channex/EventMask.h"
#include "app/payloads/EventCatalog.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Sandbox::Deliveries {

namespace {

using Channex::EventMask;

bool recordMatches(const QJsonObject &record, const EventMask::AriFilter &filter)
{
    const auto anyOf = [](const QStringList &wanted, const QString &value) {
        return wanted.isEmpty() || wanted.contains(value);
    };
    const bool restriction = filter.restrictions.isEmpty()
        || std::any_of(filter.restrictions.cbegin(), filter.restrictions.cend(),
                       [&record](const QString &name) { return record.contains(name); });
    return restriction && anyOf(filter.roomTypeIds, record.value("room_type_id"_L1).toString())
        && anyOf(filter.ratePlanIds, record.value("rate_plan_id"_L1).toString());
}

// The filters of the mask's `ari` entries; std::nullopt when one of them (or "*") takes every
// record.
std::optional<QList<EventMask::AriFilter>> ariFilters(const EventMask &mask)
{
    if (mask.isAll())
        return std::nullopt;
    QList<EventMask::AriFilter> filters;
    for (const EventMask::Entry &entry : mask.entries()) {
        if (entry.event != "ari"_L1)
            continue;
        if (!entry.hasAriFilter)
            return std::nullopt;
        filters << entry.ariFilter;
    }
    return filters;
}

bool isAri(const QString &event)
{
    return event == "ari"_L1;
}

bool inScope(const Channex::Webhook &webhook, const QString &propertyId)
{
    return webhook.isGlobal || webhook.propertyId == propertyId;
}

} // namespace

QJsonValue filterAriRecords(const QString &eventMask, const QJsonValue &payload)
{
    const std::optional<QList<EventMask::AriFilter>> filters
        = ariFilters(EventMask::parse(eventMask));
    if (!filters)
        return payload;
    QJsonArray kept;
    for (const QJsonValue &record : payload.toArray()) {
        const QJsonObject object = record.toObject();
        if (record.isObject()
            && std::any_of(filters->cbegin(), filters->cend(),
                           [&object](const auto &filter) { return recordMatches(object, filter); }))
            kept.append(record);
    }
    return kept;
}

Routing route(const QList<Channex::Webhook> &webhooks, const QString &event,
              const QString &propertyId, const QJsonValue &payload)
{
    const QString name = Payloads::EventCatalog::canonicalName(event);
    QList<Recipient> matching;
    for (const Channex::Webhook &webhook : webhooks) {
        if (!webhook.isActive || !inScope(webhook, propertyId)
            || !EventMask::parse(webhook.eventMask).contains(name))
            continue;
        Recipient recipient {webhook, payload};
        if (isAri(name)) {
            const QJsonValue kept = filterAriRecords(webhook.eventMask, payload);
            recipient.recordsTotal = int(payload.toArray().size());
            recipient.recordsKept = int(kept.toArray().size());
            // Nothing this webhook listens for changed: Channex has nothing to tell it.
            if (payload.isArray() && recipient.recordsKept == 0 && recipient.recordsTotal > 0)
                continue;
            if (!payload.isArray() && kept != payload)
                continue;
            recipient.payload = kept;
        }
        if (!webhook.sendData)
            recipient.payload = QJsonValue(QJsonValue::Undefined);
        matching << recipient;
    }

    // "If both are configured for the same event and property, your endpoint will receive only
    // 1 webhook event. Property level webhook win."
    QString winner;
    for (const Recipient &recipient : matching) {
        if (!recipient.webhook.isGlobal) {
            winner = recipient.webhook.id;
            break;
        }
    }
    Routing routing;
    for (const Recipient &recipient : matching) {
        if (recipient.webhook.isGlobal && !winner.isEmpty())
            routing.suppressed << Suppression {recipient.webhook.id, winner};
        else
            routing.recipients << recipient;
    }
    return routing;
}

} // namespace Sandbox::Deliveries
