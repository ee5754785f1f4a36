// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sandbox/deliveries/DeliveryAttempt.h"
#include "app/sandbox/deliveries/FireRequest.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

// The JSON of the sandbox's control endpoints (docs/sandbox.md, "Deliveries"). Keys are wire text.
namespace Sandbox::Deliveries::ControlJson {

// `{"event", "property_id", "payload"?}`; std::nullopt when the body is not a JSON object, with
// sentences for a 400 in *problems. A missing or non-string event or property_id reads as empty
// (the 422 then says "can't be blank").
std::optional<FireRequest> readFireRequest(const QByteArray &body, QStringList *problems);

// `{"event_id", "deliveries": [{"delivery_id", "webhook_id", "callback_url"}],
//   "suppressed": [{"webhook_id", "because_of"}]}`
QJsonObject fireResult(const FireResult &result);

// One flat entry of `GET /sandbox/v1/deliveries`.
QJsonObject attempt(const DeliveryAttempt &attempt);

// ISO 8601 in UTC with milliseconds: "2026-05-04T10:11:12.345Z".
QString isoTime(const QDateTime &time);

} // namespace Sandbox::Deliveries::ControlJson
