// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/http/HttpResponse.h"

#include <QByteArray>
#include <QDateTime>

namespace Http {

// How a response goes on the wire; decided by the connection, not by the handler.
struct ResponseFraming
{
    bool headRequest = false; // send the headers a GET would get, but no body
    bool close = false; // last response on this connection
    bool http10KeepAlive = false; // an HTTP/1.0 client asked to keep the connection
};

// Status line, headersAsWritten() with the current date, a blank line, the body.
QByteArray serializeResponse(const HttpResponse &response, const ResponseFraming &framing);

// The header section as written: the handler's headers (less the framing ones the connection
// owns), then Content-Length (unless the status has no content), Date (`date` when the handler
// set none) and Connection. The capture's Response tab shows an answer with it.
HeaderList headersAsWritten(const HttpResponse &response, const ResponseFraming &framing,
                            const QByteArray &date);
// An IMF-fixdate ("Mon, 07 Dec 2026 03:29:07 GMT") for `time`.
QByteArray httpDate(const QDateTime &time);

// The interim answer that tells a client waiting on `Expect: 100-continue` to send its body.
QByteArray continueResponse();

// True when the handler itself asked to end the connection (`Connection: close`).
bool wantsClose(const HttpResponse &response);

} // namespace Http
