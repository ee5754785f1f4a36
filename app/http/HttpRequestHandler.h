#pragma once

#include "app/http/HttpRequest.h"
#include "app/http/HttpResponse.h"

#include <functional>

namespace Http {

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
};

} // namespace Http
