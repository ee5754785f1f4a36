#pragma once

#include <QtGlobal>

namespace Http {

// Limits that protect the server from bad or hostile clients. Each breach has its own answer:
// body → 413, header section → 431, idle or slow client → connection closed (408 if mid-request),
// too many connections → 503 and close.
struct HttpLimits
{
    qint64 maxBodyBytes = 16 * 1024 * 1024;
    qint64 maxHeaderBytes = 32 * 1024; // request line + all header lines
    int maxConnections = 256;
    int idleTimeoutMs = 60'000; // keep-alive connection with no request in progress
    int requestTimeoutMs = 30'000; // a started request must be complete within this time
    int maxPipelinedRequests = 64; // parsed but unanswered requests per connection
};

} // namespace Http
