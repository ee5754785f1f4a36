// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/receiver/CaptureHandler.h"

#include "app/capture/CaptureRecord.h"
#include "app/capture/CaptureStore.h"
#include "app/delivery/HttpDelivery.h"
#include "app/receiver/ThreadGate.h"
#include "app/receiver/rules/ResponseRules.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimer>

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

// On the server's thread: sends the stored request on, writes the app's answer into its row,
// then answers the sender with it. The request is durable already: when writing the answer
// fails, the row stays without one and the sender still gets the app's answer.
void forward(Capture::CaptureStore *store, const Capture::CaptureRecord &stored,
             const Delivery::OutgoingRequest &request, const Http::HttpReply &reply,
             QObject *context)
{
    QElapsedTimer sending;
    sending.start();
    Delivery::send(
        request, context,
        [store, stored, request, reply, sending](Delivery::DeliveryResult result) {
            Capture::CaptureRecord record = stored;
            Http::HttpResponse answer = Forwarding::answerFor(result, request.url);
            recordAnswer(&record, answer);
            record.forwarded = Forwarding::recorded(request, result);
            record.forwarded.durationUs = sending.nsecsElapsed() / 1000;
            record.note = Forwarding::noteFor(result, request.url);
            record.durationUs = std::max<qint64>(
                0,
                (QDateTime::currentMSecsSinceEpoch() - record.receivedAt.toMSecsSinceEpoch())
                    * 1000);
            answer.setHeader(CaptureHandler::CaptureIdHeader, QByteArray::number(record.id));
            store->updateAnswer(std::move(record),
                                [reply, answer](const QString &) { reply(answer); });
        });
}

} // namespace

CaptureHandler::CaptureHandler(Capture::CaptureStore *store, QObject *context)
    : m_store(store), m_gate(std::make_shared<ThreadGate>(context))
{ }

CaptureHandler::~CaptureHandler()
{
    m_gate->close(); // delays and forwarded calls end; their connections go with the server
}

void CaptureHandler::setSecretCheck(const SecretCheck &check)
{
    const QMutexLocker lock(&m_mutex);
    m_settings.secretCheck = check;
}

SecretCheck CaptureHandler::secretCheck() const
{
    const QMutexLocker lock(&m_mutex);
    return m_settings.secretCheck;
}

void CaptureHandler::setRules(std::shared_ptr<ResponseRules> rules)
{
    const QMutexLocker lock(&m_mutex);
    m_settings.rules = std::move(rules);
}

void CaptureHandler::setForwarding(const ForwardTarget &target)
{
    const QMutexLocker lock(&m_mutex);
    m_settings.forwarding = target;
}

CaptureHandler::Settings CaptureHandler::settings() const
{
    const QMutexLocker lock(&m_mutex);
    return m_settings;
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
    const Settings now = settings();

    Http::HttpResponse answer = capturedAnswer();
    int delayMs = 0;
    std::optional<Delivery::OutgoingRequest> forwarded;
    const SecretCheck &check = now.secretCheck;
    switch (check.check(request)) {
    case SecretCheck::Result::Passed:
        if (const auto chosen = now.rules
                ? now.rules->choose(request.method, record.path(), record.event)
                : std::nullopt) {
            answer = chosen->answer;
            delayMs = chosen->delayMs;
            record.answeredBy = chosen->label;
            record.marks |= Capture::Mark::AnsweredByRule;
        } else if (now.forwarding.isEnabled()) {
            forwarded = Forwarding::request(record, now.forwarding);
            record.marks |= Capture::Mark::Forwarded;
            record.forwarded.url = forwarded->url.toString(QUrl::FullyEncoded);
        }
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
    // A forwarded request is stored without an answer (status 0) until the app's comes back.
    if (!forwarded)
        recordAnswer(&record, answer);
    // durationUs stays 0: the store measures it when it writes the row.

    // `done` runs on the store's writer thread once the transaction committed or failed; the
    // reply may be called from there (HttpRequestHandler.h). It outlives this handler.
    m_store->append(
        std::move(record),
        [store = m_store, gate = m_gate, reply = std::move(reply), answer = std::move(answer),
         delayMs, forwarded](const Capture::CaptureRecord &stored, const QString &error) mutable {
            if (!error.isEmpty() || stored.id <= 0) {
                reply(storeFailedAnswer());
                return;
            }
            if (forwarded) {
                gate->post(
                    [store, stored, request = std::move(*forwarded), reply](QObject *context) {
                        forward(store, stored, request, reply, context);
                    });
                return;
            }
            answer.setHeader(CaptureIdHeader, QByteArray::number(stored.id));
            if (delayMs <= 0) {
                reply(std::move(answer));
                return;
            }
            gate->post([delayMs, reply, answer](QObject *context) {
                QTimer::singleShot(delayMs, context, [reply, answer] { reply(answer); });
            });
        });
}

void CaptureHandler::rejected(const Http::RejectedRequest &rejection)
{
    // Answered already by the HTTP core; storing it is all that is left to do.
    m_store->append(Capture::CaptureRecord::fromRejection(rejection));
}

} // namespace Receiver
