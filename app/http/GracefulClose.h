// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTcpSocket;

namespace Http {

struct CloseTimeouts
{
    // The unsent part of the last response must make progress within this time.
    int writeTimeoutMs = 30'000;
    // How long to drain input after everything was sent, so the client can read it.
    int lingerMs = 2000;
};

// Ends a connection after its last response without destroying that response. Closing a socket
// that still has unread input makes the kernel send a reset, and a reset can discard the
// response before the client read it (typical after a 413 while the client is still uploading).
// So: send everything, shut down the sending side (the client sees end-of-stream), drain input
// until the client closes, and abort after lingerMs at the latest. A client that stops reading
// is aborted once writing stalls for writeTimeoutMs, so no close path waits forever.
void closeGracefully(QTcpSocket *socket, const CloseTimeouts &timeouts);

} // namespace Http
