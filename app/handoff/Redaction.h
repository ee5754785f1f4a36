// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/CaptureRecord.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Handoff {

// What an export or a cURL command leaves out. Off by default: a hand-off shows the
// capture exactly as received unless the user asks otherwise.
struct RedactionOptions
{
    bool enabled = false;
    friend bool operator==(const RedactionOptions &, const RedactionOptions &) = default;
};

// What replaces every hidden value, in headers, query parameters and JSON bodies.
inline constexpr QByteArrayView redactedValue = "[redacted]";

// Authorization, Proxy-Authorization, Cookie, Set-Cookie, X-Channex-Webhook-Secret, and any name
// containing secret, token, signature, password, api-key, api_key or apikey (case-insensitive).
bool isSecretName(QByteArrayView name);

// The headers with every secret value replaced; order and names kept.
Http::HeaderList redactHeaders(const Http::HeaderList &headers);

// The request-target with the value of every secret-looking query parameter replaced;
// everything else byte for byte as it was.
QByteArray redactTarget(const QByteArray &target);

// A Channex JSON body with the guest's personal data replaced (see docs/handoff.md for the
// fields and why). A body that is not a JSON object or array is returned unchanged, and so is a
// body that holds none of those fields. When something was replaced the body is re-serialised
// compactly (key order becomes alphabetical).
QByteArray redactGuestData(const QByteArray &body, bool *changed = nullptr);

// The record as a hand-off shows it: unchanged when redaction is off, otherwise with secret
// headers (request and response), secret query values and guest data in both bodies replaced.
Capture::CaptureRecord applyRedaction(const Capture::CaptureRecord &record,
                                      const RedactionOptions &options);

} // namespace Handoff
