// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <chrono>

namespace Delivery {

using HeaderPairs = QList<QPair<QByteArray, QByteArray>>;

// One HTTP request to send exactly as given: the sandbox's test call and deliveries, replay of a
// capture, forwarding, --fire. Only what HTTP/1.1 framing needs is added when absent: Host (from
// the URL) and Content-Length (from the body). No User-Agent, Accept-Encoding, Accept-Language
// or Connection of our own, so what a target receives is what the request (and its log) shows.
struct OutgoingRequest
{
    QByteArray method = "POST"; // any token: GET, PUT, PATCH, DELETE, HEAD, …
    QUrl url; // http or https; may carry a query of its own, queryParams follow it
    QList<QPair<QString, QString>> queryParams; // appended percent-encoded, in order
    HeaderPairs headers; // written in this order, with these names and values, repeats included
    QByteArray body;
    // The whole exchange, from connecting to the last byte of the answer (Channex's own delivery
    // timeout is undocumented; 30 s is the console's choice, docs/sandbox.md).
    std::chrono::milliseconds timeout {30'000};
};

// What came back. An answer of any status (1xx is skipped, 2xx to 5xx; redirects are not
// followed) is an answer; `error` says why there was none (refused, reset, DNS, TLS, timeout,
// not HTTP).
struct DeliveryResult
{
    int status = 0; // 0 when nothing answered
    QByteArray reason; // the reason phrase as sent ("OK"), may be empty
    HeaderPairs headers; // in arrival order, names as sent
    QByteArray body; // de-chunked
    QString error; // empty when answered; a sentence fragment such as "no answer within 30 s"
    bool timedOut = false;
    std::chrono::milliseconds elapsed {0};
    QByteArray sentRequest; // the bytes written, as the target received them

    bool answered() const { return status > 0; }
};

// `url` with `params` appended to whatever query it has, each key and value percent-encoded.
QUrl withQueryParams(const QUrl &url, const QList<QPair<QString, QString>> &params);

// The bytes send() writes for `request`: request line, the headers as given (Host and
// Content-Length added when absent), a blank line, the body.
QByteArray wireRequest(const OutgoingRequest &request);

} // namespace Delivery
