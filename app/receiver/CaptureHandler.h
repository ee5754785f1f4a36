// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/http/HttpRequestHandler.h"
#include "app/receiver/SecretCheck.h"
#include "app/receiver/forward/Forwarding.h"

#include <QCoreApplication>
#include <QMutex>

#include <memory>

namespace Capture {
class CaptureStore;
struct CaptureRecord;
} // namespace Capture

namespace Receiver {

class ResponseRules;
class ThreadGate;

// The receiver's side of the HTTP core: stores every request, then answers it.
//
// - A request is turned into a CaptureRecord and decided in this order: the secret check (401,
//   marked SecretMismatch), then the response rules (the first live rule that matches answers),
//   then forwarding, then the default 200. The record is appended to the store with the answer
//   filled in, so the row holds what we answered.
// - Only once the store reports the row committed is the answer sent, after the rule's delay
//   when it has one. Every answer carries the row's id in X-Capture-Id.
// - A forwarded request is stored first, without an answer; then it is sent on to the app, the
//   app's answer (or 502/504 and why) is written into the row, and the sender gets it.
// - When the store could not write (disk full, database locked, closed), the answer is 503 with
//   Retry-After, never a 2xx: the sender keeps the delivery and retries it.
// - Requests the HTTP core refused itself (400, 413, 431, …) were answered already; they are
//   stored marked Rejected, fire-and-forget.
//
// Threading: the handler is created, used and deleted on the server's thread (its rules'
// delays and the forwarded calls run there). The answer is sent from the store's writer thread
// (the `done` of CaptureStore::append), which the HttpReply allows. The setters may be called
// from any thread; the next request uses what they set.
class CaptureHandler final : public Http::HttpRequestHandler
{
    Q_DECLARE_TR_FUNCTIONS(Receiver::CaptureHandler)
    Q_DISABLE_COPY_MOVE(CaptureHandler)

public:
    // The header carrying the capture's id in every answer sent after a commit. It is the one
    // part of the answer the stored row does not hold: the id exists only once the row does.
    static constexpr char CaptureIdHeader[] = "X-Capture-Id";
    // Seconds a sender is asked to wait after a 503 before it sends again.
    static constexpr int RetryAfterSeconds = 5;

    // The store is not owned and must outlive every request in flight. `context` lives on the
    // server's thread: rule delays and forwarded calls run there, and end when it is deleted.
    CaptureHandler(Capture::CaptureStore *store, QObject *context);
    ~CaptureHandler() override;

    void setSecretCheck(const SecretCheck &check);
    SecretCheck secretCheck() const;
    // Null or empty: no rules. Shared with whoever shows their counts.
    void setRules(std::shared_ptr<ResponseRules> rules);
    void setForwarding(const ForwardTarget &target);

    void handleRequest(const Http::HttpRequest &request, Http::HttpReply reply) override;
    void rejected(const Http::RejectedRequest &rejection) override;

    // The answers, also used by the tests and the documentation's examples.
    static Http::HttpResponse capturedAnswer();
    static Http::HttpResponse secretMismatchAnswer();
    static Http::HttpResponse storeFailedAnswer();

private:
    struct Settings
    {
        SecretCheck secretCheck;
        std::shared_ptr<ResponseRules> rules;
        ForwardTarget forwarding;
    };
    Settings settings() const;

    Capture::CaptureStore *m_store;
    std::shared_ptr<ThreadGate> m_gate;
    mutable QMutex m_mutex;
    Settings m_settings;
};

} // namespace Receiver
