// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/http/HttpRequest.h"
#include "app/http/HttpResponse.h"

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QString>

#include <functional>

namespace Http {

// A request the server answered itself with an error (400, 408, 413, 431, 501, 505, or 503
// when the connection cap is reached), so that a live view can show it beside the others.
struct RejectedRequest
{
    static constexpr qsizetype MaxBytes = qsizetype(64) * 1024;

    int status = 0;
    QString reason; // the sentence sent in the answer's body
    QByteArray bytes; // the request's bytes as received so far, at most MaxBytes of them
    bool bytesTruncated = false; // more than MaxBytes had arrived
    QDateTime receivedAt; // UTC: its first byte, or the refusal when nothing was read
    QHostAddress peerAddress;
    quint16 peerPort = 0;
    quint64 connectionId = 0; // 0 when refused before a connection was set up (503)
};

// Threading: the server, its connections and handleRequest() run on the server's thread; an
// HttpReply may be called once from any thread, at any time (a reply for a connection that is
// gone is dropped).
//
// Called once per request with exactly one response, at once or later (after a timer or an
// outgoing call). From the server's thread the answer is written at once; from another thread
// it is queued to the server's thread. A second call is ignored: the first answer stands.
using HttpReply = std::function<void(HttpResponse)>;

// The application side of the server: the receiver and the sandbox each implement it.
class HttpRequestHandler
{
public:
    virtual ~HttpRequestHandler() = default;
    virtual void handleRequest(const HttpRequest &request, HttpReply reply) = 0;
    // On the server's thread, once per rejected request; the server has answered it already.
    // Optional: the default ignores it.
    virtual void rejected(const RejectedRequest &rejection) { Q_UNUSED(rejection); }
};

} // namespace Http
