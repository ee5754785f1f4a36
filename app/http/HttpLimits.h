// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Http {

// Limits that protect the server from bad or hostile clients. Each breach has its own answer:
// body → 413, header section → 431, idle or slow client → connection closed (408 if mid-request),
// too many connections → 503 and close, client not reading its answers → connection aborted.
struct HttpLimits
{
    qint64 maxBodyBytes = qint64(16) * 1024 * 1024;
    qint64 maxHeaderBytes = qint64(32) * 1024; // request line + all header lines
    int maxConnections = 256;
    int idleTimeoutMs = 60'000; // keep-alive connection with no request in progress
    int requestTimeoutMs = 30'000; // a started request must be complete within this time
    int maxPipelinedRequests = 64; // parsed but unanswered requests per connection
    // Answers written but not yet taken by the kernel; beyond this the connection stops reading
    // requests until the client reads, so a client that never reads cannot grow our memory.
    qint64 maxBufferedOutputBytes = qint64(1024) * 1024;
    // Answers waiting to be sent must make progress within this time, or the client is taken to
    // have stopped reading and the connection is aborted (also bounds the wait when closing).
    int writeTimeoutMs = 30'000;
};

} // namespace Http
