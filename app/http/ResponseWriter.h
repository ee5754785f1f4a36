// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/http/HttpResponse.h"

#include <QByteArray>

namespace Http {

// How a response goes on the wire; decided by the connection, not by the handler.
struct ResponseFraming
{
    bool headRequest = false; // send the headers a GET would get, but no body
    bool close = false; // last response on this connection
    bool http10KeepAlive = false; // an HTTP/1.0 client asked to keep the connection
};

// Status line, the handler's headers, then Content-Length, Date and Connection.
QByteArray serializeResponse(const HttpResponse &response, const ResponseFraming &framing);

// The interim answer that tells a client waiting on `Expect: 100-continue` to send its body.
QByteArray continueResponse();

// True when the handler itself asked to end the connection (`Connection: close`).
bool wantsClose(const HttpResponse &response);

} // namespace Http
