// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/channex/Webhook.h"
#include "app/delivery/OutgoingRequest.h"
#include "app/http/HttpResponse.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>

class QObject;

// `POST /api/v1/webhooks/test` (https://docs.channex.io/api-v.1-documentation/webhook-collection):
// a real POST to the callback URL. What Channex sends during a test is undocumented; the
// choices are written down in docs/sandbox.md.
namespace Sandbox::TestCall {

inline constexpr std::chrono::milliseconds DefaultTimeout {10'000};
inline constexpr char UserAgent[] = "Webhook Console Sandbox";

// Event named in the test envelope: the mask's first event, "booking_new" for "*".
QString testEvent(const QString &eventMask);
// Current UTC time the way Channex envelopes carry it: 6 fractional digits and "Z".
QString timestampNow();
// `{"event", "property_id", "user_id": null, "timestamp"}` plus `"payload": {"test": true}`
// when the webhook sends data. `propertyId` empty → null.
QByteArray envelope(const Channex::Webhook &webhook, const QString &propertyId,
                    const QString &timestamp);
// The callback URL with request_params appended (percent-encoded, after any query it has).
QUrl targetUrl(const Channex::Webhook &webhook);

// The headers of a request to the webhook's callback URL: Content-Type: application/json and
// User-Agent: Webhook Console Sandbox unless the webhook sets them, then the webhook's own.
Delivery::HeaderPairs requestHeaders(const Channex::Webhook &webhook);

// Sends the test call and reports the sandbox's answer: 200 {"status_code", "body"} for any
// HTTP answer (redirects are not followed), 422 on `callback_url` when nothing answered. Nothing
// is reported when `context` is destroyed first.
void send(const Channex::Webhook &webhook, const QString &propertyId,
          std::chrono::milliseconds timeout, QObject *context,
          std::function<void(Http::HttpResponse)> done);

} // namespace Sandbox::TestCall
