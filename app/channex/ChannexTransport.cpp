// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/channex/ChannexTransport.h"

#include "app/channex/ReplyErrorMapper.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;

namespace Channex {

namespace {

constexpr char userAgent[] = "WebhookConsole/" WC_VERSION;

} // namespace

// One HTTP exchange, kept across its retries.
struct ChannexTransport::Call
{
    ApiRequest request;
    QPointer<QObject> context;
    bool guarded = false; // a context was given; once it is gone, the answer is dropped
    RawCallback done;
    int retries = 0;
    QPointer<QNetworkReply> reply; // null while waiting for a retry
    bool abortedByUs = false;
    bool abandoned = false; // no callback any more (context destroyed, list gave up)
    bool finished = false;
    QStringList tlsProblems;

    bool wanted() const { return !abandoned && !finished && (!guarded || context); }
};

ChannexTransport::ChannexTransport(const QString &apiKey, QObject *parent)
    : QObject(parent), m_apiKey(apiKey), m_network(new QNetworkAccessManager(this))
{ }

ChannexTransport::~ChannexTransport()
{
    // Callbacks must not run from inside our destructor: their owners may be going away too.
    m_destroying = true;
    const QList<std::shared_ptr<Call>> calls = std::exchange(m_calls, {});
    for (const std::shared_ptr<Call> &call : calls) {
        call->abandoned = true;
        if (call->reply) {
            call->abortedByUs = true;
            call->reply->abort();
        }
    }
}

ChannexTransport::CallHandle ChannexTransport::send(ApiRequest request, QObject *context,
                                                    RawCallback done)
{
    auto call = std::make_shared<Call>();
    call->request = std::move(request);
    call->context = context;
    call->guarded = context != nullptr;
    call->done = std::move(done);
    m_calls.append(call);
    dispatch(call);
    return call;
}

void ChannexTransport::cancelAll()
{
    const QList<std::shared_ptr<Call>> calls = m_calls; // callbacks may start new calls
    for (const std::shared_ptr<Call> &call : calls) {
        if (call->finished)
            continue;
        if (call->reply) {
            call->abortedByUs = true;
            call->reply->abort(); // finish() reports Cancelled
            continue;
        }
        ApiError error = ReplyErrorMapper::fromTransport(QNetworkReply::OperationCanceledError,
                                                         u"Operation canceled"_s, true, {});
        error.host = call->request.url.host();
        complete(call, std::move(error));
    }
}

void ChannexTransport::abandon(const CallHandle &handle)
{
    const std::shared_ptr<Call> call = handle.lock();
    if (!call)
        return;
    if (call->finished)
        return;
    call->abandoned = true;
    if (call->reply) {
        call->abortedByUs = true;
        call->reply->abort(); // finish() drops it
    } else {
        call->finished = true;
        m_calls.removeOne(call);
    }
}

// Writes cannot be pipelined, and Qt 6.4 opens at most six HTTP/1.1 connections per host and
// manager, so a bulk change against an HTTP/1.1 server (the sandbox, a white-label host without
// HTTP/2) would run six at a time. Writes therefore take turns over a few managers, each with its
// own connections; over HTTP/2 each manager multiplexes its share on one connection.
QNetworkAccessManager *ChannexTransport::writeNetwork()
{
    if (m_writeNetworks.isEmpty())
        m_writeNetworks << m_network;
    if (m_writeNetworks.size() < writeConnectionPools
        && m_nextWriteNetwork == m_writeNetworks.size() - 1) {
        m_writeNetworks << new QNetworkAccessManager(this);
    }
    m_nextWriteNetwork = (m_nextWriteNetwork + 1) % int(m_writeNetworks.size());
    return m_writeNetworks.at(m_nextWriteNetwork);
}

void ChannexTransport::dispatch(const std::shared_ptr<Call> &call)
{
    if (!call->wanted()) {
        m_calls.removeOne(call);
        return;
    }
    QNetworkRequest request(call->request.url);
    request.setRawHeader("user-api-key"_ba, m_apiKey.toUtf8());
    request.setRawHeader("Accept"_ba, "application/json"_ba);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray(userAgent));
    request.setTransferTimeout(m_transferTimeoutMs);
    if (!call->request.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);

    call->abortedByUs = false;
    call->tlsProblems.clear();
    QNetworkReply *reply = nullptr;
    if (call->request.verb == "GET") {
        // Qt opens at most six HTTP/1.1 connections per host; pipelining lets concurrent list
        // pages share them. HTTP/2 (on by default) multiplexes instead over TLS.
        request.setAttribute(QNetworkRequest::HttpPipeliningAllowedAttribute, true);
        reply = m_network->get(request);
    } else if (call->request.verb == "POST") {
        reply = writeNetwork()->post(request, call->request.body);
    } else if (call->request.verb == "PUT") {
        reply = writeNetwork()->put(request, call->request.body);
    } else {
        reply = writeNetwork()->sendCustomRequest(request, call->request.verb, call->request.body);
    }
    call->reply = reply;

    // Certificate problems are recorded, never ignored: the handshake fails and finish() maps
    // the failure to Kind::Tls with these texts for the log.
    connect(reply, &QNetworkReply::sslErrors, this, [call](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            call->tlsProblems.append(error.errorString());
    });
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] { finish(call, reply); });
    if (call->guarded) {
        connect(call->context, &QObject::destroyed, reply, [call, reply] {
            call->abandoned = true;
            call->abortedByUs = true;
            reply->abort();
        });
    }
}

void ChannexTransport::finish(const std::shared_ptr<Call> &call, QNetworkReply *reply)
{
    reply->deleteLater();
    call->reply = nullptr;
    if (m_destroying)
        return;
    if (!call->wanted()) {
        m_calls.removeOne(call);
        return;
    }

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool success = status >= 200 && status <= 299;
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray(); // closed on abort
    if (success && reply->error() == QNetworkReply::NoError && !call->abortedByUs) {
        complete(call, body);
        return;
    }

    const bool httpAnswer = status > 0 && !success && !call->abortedByUs;
    ApiError error = httpAnswer
        ? ReplyErrorMapper::fromStatus(status, body, reply->rawHeader("Retry-After"_ba),
                                       QDateTime::currentDateTimeUtc())
        : ReplyErrorMapper::fromTransport(reply->error(), reply->errorString(), call->abortedByUs,
                                          call->tlsProblems);
    error.host = call->request.url.host();
    error.aboutOneWebhook = call->request.options.aboutOneWebhook;
    const bool dropped = !httpAnswer && error.kind == ApiError::Kind::Network
        && ReplyErrorMapper::isDroppedConnection(reply->error());
    if (!scheduleRetry(call, error, dropped))
        complete(call, std::move(error));
}

bool ChannexTransport::scheduleRetry(const std::shared_ptr<Call> &call, const ApiError &error,
                                     bool droppedConnection)
{
    // Only GETs are repeated: a write that timed out may still have been applied. Timeouts count
    // as transient for GETs because an overloaded server usually answers the next attempt. So
    // does a connection closed or reset under a GET: with pipelining, a server closing a
    // keep-alive connection takes every request queued on it along, and one such page must not
    // fail a whole list.
    const bool transient = ReplyErrorMapper::isTransient(error) || droppedConnection;
    if (call->request.verb != "GET" || !call->request.options.retryTransient || !transient
        || call->retries >= m_retryPolicy.maxRetries)
        return false;

    const qint64 maxDelay = qMax(0, m_retryPolicy.maxDelayMs);
    qint64 delay = qint64(qMax(0, m_retryPolicy.baseDelayMs)) << qMin(call->retries, 30);
    if (error.retryAfterSeconds >= 0)
        delay = qint64(error.retryAfterSeconds) * 1000;
    ++call->retries;
    // A precise timer: a coarse one may fire up to 5 % early, before a Retry-After has passed.
    QTimer::singleShot(int(qMin(delay, maxDelay)), Qt::PreciseTimer, this, [this, call] {
        if (!call->finished)
            dispatch(call);
    });
    return true;
}

void ChannexTransport::complete(const std::shared_ptr<Call> &call, ApiResult<QByteArray> result)
{
    // What the status bar says about the server follows every call, not only the list's load.
    if (!result.ok() && result.error().kind != ApiError::Kind::Cancelled) {
        const ApiError &error = result.error();
        const bool noAnswer
            = error.httpStatus == 0 && error.kind != ApiError::Kind::MalformedResponse;
        if (noAnswer != m_unreachable) {
            m_unreachable = noAnswer;
            emit reachabilityChanged(!noAnswer, error);
        }
    } else if (result.ok() && std::exchange(m_unreachable, false)) {
        emit reachabilityChanged(true, {});
    }
    const bool deliver = call->wanted();
    call->finished = true;
    m_calls.removeOne(call);
    if (deliver)
        call->done(std::move(result));
}

} // namespace Channex
