// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/CaptureRecord.h"
#include "app/delivery/OutgoingRequest.h"
#include "app/http/HttpResponse.h"

#include <QCoreApplication>
#include <QUrl>

#include <chrono>

namespace Receiver {

// Where the receiver sends each request on (the app being built), and how long it waits.
struct ForwardTarget
{
    static constexpr std::chrono::milliseconds DefaultTimeout {30'000};

    QUrl url; // empty: no forwarding
    std::chrono::milliseconds timeout = DefaultTimeout;

    bool isEnabled() const { return !url.isEmpty(); }
    friend bool operator==(const ForwardTarget &, const ForwardTarget &) = default;
};

// How a stored request is sent on and how the app's answer goes back: the same method, the
// original path and query after the target URL's path, the headers and body as received except
// Host and the hop-by-hop headers (RFC 9110 §7.6.1); the app's status, headers (again less the
// hop-by-hop ones) and body to the sender, or 502 when it did not answer and 504 when it did
// not answer in time.
class Forwarding
{
    Q_DECLARE_TR_FUNCTIONS(Receiver::Forwarding)

public:
    // Why `url` cannot be forwarded to ("must start with http:// or https://"), or empty.
    static QString problemWith(const QUrl &url);
    // `text` as typed (--forward, the Live tab) as a URL; invalid with *error otherwise.
    static QUrl parse(const QString &text, QString *error);

    static Delivery::OutgoingRequest request(const Capture::CaptureRecord &record,
                                             const ForwardTarget &target);
    // What the capture keeps of the app's answer.
    static Capture::ForwardedAnswer recorded(const Delivery::OutgoingRequest &sent,
                                             const Delivery::DeliveryResult &result);
    // What the sender gets.
    static Http::HttpResponse answerFor(const Delivery::DeliveryResult &result, const QUrl &sentTo);
    // The note a capture gets when the app did not answer, or empty.
    static QString noteFor(const Delivery::DeliveryResult &result, const QUrl &sentTo);
};

} // namespace Receiver
