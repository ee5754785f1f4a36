#pragma once

#include "app/http/HttpRequest.h"
#include "app/http/HttpResponse.h"

#include <functional>

namespace Http {

// Called once per request with exactly one response. It may be called later (after a timer or
// an outgoing call) and from any thread: an answer from another thread is posted to the
// server's thread. Calling it after the client has gone away is harmless: the response is
// dropped.
using HttpReply = std::function<void(HttpResponse)>;

// The application side of the server: the receiver and the sandbox each implement it.
class HttpRequestHandler
{
public:
    virtual ~HttpRequestHandler() = default;
    virtual void handleRequest(const HttpRequest &request, HttpReply reply) = 0;
};

} // namespace Http
