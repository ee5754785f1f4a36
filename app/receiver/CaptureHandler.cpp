// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/receiver/CaptureHandler.h"

#include "app/capture/CaptureRecord.h"
#include "app/capture/CaptureStore.h"

using namespace Qt::StringLiterals;

namespace Receiver {

namespace {

// Fills in what we will answer, so the stored row shows it (the Response tab).
void recordAnswer(Capture::CaptureRecord *record, const Http::HttpResponse &answer)
{
    record->status = answer.status;
    record->responseHeaders = answer.headers;
    record->responseBody = answer.body;
}

} // namespace

CaptureHandler::CaptureHandler(Capture::CaptureStore *store) : m_store(store) { }

void CaptureHandler::setSecretCheck(const SecretCheck &check)
{
    const QMutexLocker lock(&m_mutex);
    m_secretCheck = check;
}

SecretCheck CaptureHandler::secretCheck() const
{
    const QMutexLocker lock(&m_mutex);
    return m_secretCheck;
}

Http::HttpResponse CaptureHandler::capturedAnswer()
{
    // Small and fixed: senders only look at the status; a person trying it with curl sees that
    // the request was kept.
    Http::HttpResponse answer;
    answer.status = 200;
    answer.body = R"({"captured":true})"_ba;
    answer.headers.append({"Content-Type"_ba, "application/json"_ba});
    return answer;
}

Http::HttpResponse CaptureHandler::secretMismatchAnswer()
{
    // Says which check failed but not what was expected.
    Http::HttpResponse answer;
    answer.status = 401;
    answer.body = R"({"captured":true,"error":"secret header missing or wrong"})"_ba;
    answer.headers.append({"Content-Type"_ba, "application/json"_ba});
    return answer;
}

Http::HttpResponse CaptureHandler::storeFailedAnswer()
{
    Http::HttpResponse answer = Http::HttpResponse::text(
        503,
        tr("The request was not stored: the capture database cannot be written right now. "
           "Send it again later.")
                .toUtf8()
            + '\n');
    answer.setHeader("Retry-After"_ba, QByteArray::number(RetryAfterSeconds));
    return answer;
}

void CaptureHandler::handleRequest(const Http::HttpRequest &request, Http::HttpReply reply)
{
    Capture::CaptureRecord record = Capture::CaptureRecord::fromRequest(request);

    const SecretCheck check = secretCheck();
    Http::HttpResponse answer = capturedAnswer();
    switch (check.check(request)) {
    case SecretCheck::Result::Passed:
        break;
    case SecretCheck::Result::Missing:
        answer = secretMismatchAnswer();
        record.marks |= Capture::Mark::SecretMismatch;
        record.note
            = tr("The secret header %1 was missing.").arg(QString::fromLatin1(check.headerName));
        break;
    case SecretCheck::Result::Wrong:
        answer = secretMismatchAnswer();
        record.marks |= Capture::Mark::SecretMismatch;
        record.note = tr("The secret header %1 had a different value than expected.")
                          .arg(QString::fromLatin1(check.headerName));
        break;
    }
    recordAnswer(&record, answer);
    // durationUs stays 0: the store measures it when it writes the row.

    // `done` runs on the store's writer thread once the transaction committed or failed; the
    // reply may be called from there (HttpRequestHandler.h).
    m_store->append(std::move(record),
                    [reply = std::move(reply), answer = std::move(answer)](
                        const Capture::CaptureRecord &stored, const QString &error) mutable {
                        if (!error.isEmpty() || stored.id <= 0) {
                            reply(storeFailedAnswer());
                            return;
                        }
                        answer.setHeader(CaptureIdHeader, QByteArray::number(stored.id));
                        reply(std::move(answer));
                    });
}

void CaptureHandler::rejected(const Http::RejectedRequest &rejection)
{
    // Answered already by the HTTP core; storing it is all that is left to do.
    m_store->append(Capture::CaptureRecord::fromRejection(rejection));
}

} // namespace Receiver
