// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/delivery/OutgoingRequest.h"
#include "app/sandbox/deliveries/FireRequest.h"
#include "app/sandbox/deliveries/Routing.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <chrono>

namespace Sandbox {
class SandboxStore;
}

// From a fired event to the request each webhook gets
// (https://docs.channex.io/api-v.1-documentation/webhook-collection): a POST of the JSON envelope
// to the callback URL with request_params as its query and the webhook's headers, without `payload`
// when send_data is false.
namespace Sandbox::Deliveries {

// The event's whole body: the filled sample of the event for the property (with `payload` as the
// request replaces it), stamped `timestamp`.
QJsonObject eventBody(const FireRequest &request, const QString &timestamp);

// The request for one recipient: the body with the recipient's payload (or none), the headers
// and query of a test call (SandboxTestCall), `timeout` for the whole exchange.
Delivery::OutgoingRequest requestFor(const Recipient &recipient, const QJsonObject &body,
                                     std::chrono::milliseconds timeout);

// Why the sandbox cannot fire this request, field → messages in Channex's style: an event that is
// not one of the 28 (the message lists them), a property the account does not have.
QMap<QString, QStringList> problemsOf(const FireRequest &request, const SandboxStore &store);

// "is not one of the 28 Channex events: ari, booking, …": wire text, never translated.
QString unknownEventMessage();

} // namespace Sandbox::Deliveries
