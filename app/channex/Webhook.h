// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Channex {

// One entry of a webhook's `headers` or `request_params` object. A list (not a map) keeps
// the order the user typed and lets an editor show duplicates before they are sent.
struct KeyValue
{
    QString key;
    QString value;

    friend bool operator==(const KeyValue &, const KeyValue &) = default;
};
using KeyValueList = QList<KeyValue>;

// A Channex webhook as the API describes it
// (https://docs.channex.io/api-v.1-documentation/webhook-collection). `std::nullopt` for headers or
// request params means JSON `null`, which is what Channex stores when they are omitted; an
// empty list means `{}`. Both are kept apart because a round trip must not change either.
struct Webhook
{
    QString id;
    QString callbackUrl;
    QString eventMask;
    std::optional<KeyValueList> headers;
    std::optional<KeyValueList> requestParams;
    bool isActive = false; // documented default
    bool sendData = false; // documented default
    bool isGlobal = false;
    bool isProtected = false;
    QString propertyId; // empty for a global webhook
    QString organizationId; // from relationships.organization, when the server sends it

    // Global, or without a property (as Channex stores a global one): delivered for every
    // property.
    bool isGlobalScope() const { return isGlobal || propertyId.isEmpty(); }

    friend bool operator==(const Webhook &, const Webhook &) = default;
};

// One entry of `GET /api/v1/properties/options`.
struct PropertyOption
{
    QString id;
    QString title;
    QString currency;

    friend bool operator==(const PropertyOption &, const PropertyOption &) = default;
};

// `POST /api/v1/webhooks/test` answer: what the callback URL answered.
struct WebhookTestResult
{
    int statusCode = 0;
    QString body;
};

} // namespace Channex
