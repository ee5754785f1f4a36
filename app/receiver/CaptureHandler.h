// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/http/HttpRequestHandler.h"
#include "app/receiver/SecretCheck.h"

#include <QCoreApplication>
#include <QMutex>

namespace Capture {
class CaptureStore;
struct CaptureRecord;
} // namespace Capture

namespace Receiver {

// The receiver's side of the HTTP core: stores every request, then answers it.
//
// - A request is turned into a CaptureRecord, checked against the secret and appended to
//   the store with the answer it will get already filled in, so the row holds what we answered.
// - Only once the store reports the row committed is the answer sent: 200 (or 401 when the
//   secret check failed; the request is still captured, marked SecretMismatch). Both carry the
//   row's id in X-Capture-Id.
// - When the store could not write (disk full, database locked, closed), the answer is 503 with
//   Retry-After, never a 2xx: the sender keeps the delivery and retries it.
// - Requests the HTTP core refused itself (400, 413, 431, …) were answered already; they are
//   stored marked Rejected, fire-and-forget.
//
// Threading: handleRequest() and rejected() run on the server's thread. The answer is sent from
// the store's writer thread (the `done` of CaptureStore::append), which the HttpReply allows.
// setSecretCheck() may be called from any thread; the next request uses it.
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

    // The store is not owned and must outlive every request in flight.
    explicit CaptureHandler(Capture::CaptureStore *store);

    void setSecretCheck(const SecretCheck &check);
    SecretCheck secretCheck() const;

    void handleRequest(const Http::HttpRequest &request, Http::HttpReply reply) override;
    void rejected(const Http::RejectedRequest &rejection) override;

    // The answers, also used by the tests and the documentation's examples.
    static Http::HttpResponse capturedAnswer();
    static Http::HttpResponse secretMismatchAnswer();
    static Http::HttpResponse storeFailedAnswer();

private:
    Capture::CaptureStore *m_store;
    mutable QMutex m_mutex;
    SecretCheck m_secretCheck;
};

} // namespace Receiver
