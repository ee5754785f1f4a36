// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/channex/ChannexClient.h"

#include "app/channex/JsonApiCodec.h"
#include "app/channex/ReplyErrorMapper.h"
#include "app/channex/WebhookRules.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;

namespace Channex {

// One HTTP exchange, kept across its retries.
struct ChannexClient::Call
{
    QByteArray verb;
    QUrl url;
    QByteArray body;
    QPointer<QObject> context;
    bool guarded = false; // a context was given; once it is gone, the answer is dropped
    RawCallback done;
    int retries = 0;
    bool retryable = true; // GETs only; the probe reports the first failure as it is
    bool oneWebhook = false; // addresses a single webhook: a 404 means it is gone
    QPointer<QNetworkReply> reply; // null while waiting for a retry
    bool abortedByUs = false;
    bool abandoned = false; // no callback any more (context destroyed, list gave up)
    bool finished = false;
    QStringList tlsProblems;

    bool wanted() const { return !abandoned && !finished && (!guarded || context); }
};

namespace {

constexpr char userAgent[] = "WebhookConsole/" WC_VERSION;

// Adapts a raw body callback into a typed one: parses 2xx bodies, passes errors through.
template<typename T, typename Parse>
std::function<void(ApiResult<QByteArray>)> parsed(ChannexClient::Callback<T> done, Parse parse,
                                                  const QString &host)
{
    return [done = std::move(done), parse, host](ApiResult<QByteArray> raw) {
        if (!raw.ok()) {
            done(raw.error());
            return;
        }
        QString problem;
        if (std::optional<T> value = parse(raw.value(), &problem)) {
            done(std::move(*value));
            return;
        }
        ApiError error = ReplyErrorMapper::malformed(problem);
        error.host = host;
        done(std::move(error));
    };
}

} // namespace

ChannexClient::ChannexClient(const QUrl &serverRoot, const QString &apiKey, QObject *parent)
    : QObject(parent), m_serverRoot(serverRoot), m_apiKey(apiKey),
      m_network(new QNetworkAccessManager(this))
{ }

ChannexClient::~ChannexClient()
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

QUrl ChannexClient::apiBase() const
{
    QUrl base = m_serverRoot;
    QString path = base.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    base.setPath(path + u"/api/v1"_s);
    base.setQuery(QString());
    base.setFragment(QString());
    return base;
}

QUrl ChannexClient::endpoint(const QString &path) const
{
    QUrl url = apiBase();
    url.setPath(url.path() + path, QUrl::TolerantMode);
    return url;
}

QUrl ChannexClient::webhookUrl(const QString &id) const
{
    // Percent-encoded so an odd id can never reach another path or add a query.
    return endpoint(u"/webhooks/"_s + QString::fromLatin1(QUrl::toPercentEncoding(id)));
}

void ChannexClient::getWebhook(const QString &id, QObject *context, Callback<Webhook> done)
{
    // The flags are read when the answer arrives, never during start().
    start("GET"_ba, webhookUrl(id), {}, context,
          parsed<Webhook>(std::move(done), JsonApi::parseWebhookDocument, m_serverRoot.host()))
        ->oneWebhook
        = true;
}

namespace {

// Writes refuse what the field rules refuse, before sending (F4 "Bad input"): the answer is a
// Validation error with the same `details` shape as a 422, delivered asynchronously like every
// other answer and dropped with its context.
template<typename T>
bool refuseIfInvalid(const Webhook &webhook, QObject *context, const QString &host,
                     ChannexClient::Callback<T> &done)
{
    const WebhookRules::Problems problems = WebhookRules::check(webhook);
    if (!WebhookRules::hasErrors(problems))
        return false;
    ApiError error;
    error.kind = ApiError::Kind::Validation;
    error.code = ApiError::NotSentCode;
    error.details = WebhookRules::errorDetails(problems);
    error.technical = u"not sent: the values break the webhook field rules"_s;
    error.host = host;
    QTimer::singleShot(0, context, [done = std::move(done), error] { done(error); });
    return true;
}

} // namespace

void ChannexClient::createWebhook(const Webhook &webhook, QObject *context, Callback<Webhook> done)
{
    if (refuseIfInvalid(webhook, context, m_serverRoot.host(), done))
        return;
    start("POST"_ba, endpoint(u"/webhooks"_s), JsonApi::webhookRequestBody(webhook), context,
          parsed<Webhook>(std::move(done), JsonApi::parseWebhookDocument, m_serverRoot.host()));
}

void ChannexClient::updateWebhook(const Webhook &webhook, QObject *context, Callback<Webhook> done)
{
    if (refuseIfInvalid(webhook, context, m_serverRoot.host(), done))
        return;
    start("PUT"_ba, webhookUrl(webhook.id), JsonApi::webhookRequestBody(webhook), context,
          parsed<Webhook>(std::move(done), JsonApi::parseWebhookDocument, m_serverRoot.host()))
        ->oneWebhook
        = true;
}

void ChannexClient::deleteWebhook(const QString &id, QObject *context, Callback<Done> done)
{
    // Any 2xx means gone; the `{"meta":{"message":"Success"}}` body carries nothing more.
    const auto accept = [](const QByteArray &, QString *) {
        return std::optional<Done>(Done {});
    };
    start("DELETE"_ba, webhookUrl(id), {}, context,
          parsed<Done>(std::move(done), accept, m_serverRoot.host()))
        ->oneWebhook
        = true;
}

void ChannexClient::testWebhook(const Webhook &webhook, QObject *context,
                                Callback<WebhookTestResult> done)
{
    if (refuseIfInvalid(webhook, context, m_serverRoot.host(), done))
        return;
    start(
        "POST"_ba, endpoint(u"/webhooks/test"_s), JsonApi::webhookRequestBody(webhook), context,
        parsed<WebhookTestResult>(std::move(done), JsonApi::parseTestResult, m_serverRoot.host()));
}

void ChannexClient::listPropertyOptions(QObject *context, Callback<QList<PropertyOption>> done)
{
    start("GET"_ba, endpoint(u"/properties/options"_s), {}, context,
          parsed<QList<PropertyOption>>(std::move(done), JsonApi::parsePropertyOptions,
                                        m_serverRoot.host()));
}

void ChannexClient::probe(QObject *context, Callback<int> done)
{
    const auto total = [](const QByteArray &body, QString *problem) -> std::optional<int> {
        const std::optional<JsonApi::WebhookPage> page = JsonApi::parseWebhookList(body, problem);
        return page ? std::optional<int>(page->meta.total) : std::nullopt;
    };
    start("GET"_ba, listPageUrl(1, 1), {}, context,
          parsed<int>(std::move(done), total, m_serverRoot.host()))
        ->retryable
        = false;
}

void ChannexClient::cancelAll()
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
        error.host = call->url.host();
        complete(call, std::move(error));
    }
}

std::shared_ptr<ChannexClient::Call> ChannexClient::start(const QByteArray &verb, const QUrl &url,
                                                          const QByteArray &body, QObject *context,
                                                          RawCallback done)
{
    auto call = std::make_shared<Call>();
    call->verb = verb;
    call->url = url;
    call->body = body;
    call->context = context;
    call->guarded = context != nullptr;
    call->done = std::move(done);
    m_calls.append(call);
    send(call);
    return call;
}

// Writes cannot be pipelined, and Qt 6.4 opens at most six HTTP/1.1 connections per host and
// manager, so a bulk change against an HTTP/1.1 server (the sandbox, a white-label host without
// HTTP/2) would run six at a time. Writes therefore take turns over a few managers, each with its
// own connections; over HTTP/2 each manager multiplexes its share on one connection.
QNetworkAccessManager *ChannexClient::writeNetwork()
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

void ChannexClient::send(const std::shared_ptr<Call> &call)
{
    if (!call->wanted()) {
        m_calls.removeOne(call);
        return;
    }
    QNetworkRequest request(call->url);
    request.setRawHeader("user-api-key"_ba, m_apiKey.toUtf8());
    request.setRawHeader("Accept"_ba, "application/json"_ba);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray(userAgent));
    request.setTransferTimeout(m_transferTimeoutMs);
    if (!call->body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);

    call->abortedByUs = false;
    call->tlsProblems.clear();
    QNetworkReply *reply = nullptr;
    if (call->verb == "GET") {
        // Qt opens at most six HTTP/1.1 connections per host; pipelining lets concurrent list
        // pages share them. HTTP/2 (on by default) multiplexes instead over TLS.
        request.setAttribute(QNetworkRequest::HttpPipeliningAllowedAttribute, true);
        reply = m_network->get(request);
    } else if (call->verb == "POST") {
        reply = writeNetwork()->post(request, call->body);
    } else if (call->verb == "PUT") {
        reply = writeNetwork()->put(request, call->body);
    } else {
        reply = writeNetwork()->sendCustomRequest(request, call->verb, call->body);
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

void ChannexClient::finish(const std::shared_ptr<Call> &call, QNetworkReply *reply)
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
    error.host = call->url.host();
    error.aboutOneWebhook = call->oneWebhook;
    const bool dropped = !httpAnswer && error.kind == ApiError::Kind::Network
        && ReplyErrorMapper::isDroppedConnection(reply->error());
    if (!scheduleRetry(call, error, dropped))
        complete(call, std::move(error));
}

bool ChannexClient::scheduleRetry(const std::shared_ptr<Call> &call, const ApiError &error,
                                  bool droppedConnection)
{
    // Only GETs are repeated: a write that timed out may still have been applied. Timeouts count
    // as transient for GETs because an overloaded server usually answers the next attempt. So
    // does a connection closed or reset under a GET: with pipelining, a server closing a
    // keep-alive connection takes every request queued on it along, and one such page must not
    // fail a whole list.
    const bool transient = ReplyErrorMapper::isTransient(error) || droppedConnection;
    if (call->verb != "GET" || !call->retryable || !transient
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
            send(call);
    });
    return true;
}

void ChannexClient::complete(const std::shared_ptr<Call> &call, ApiResult<QByteArray> result)
{
    const bool deliver = call->wanted();
    call->finished = true;
    m_calls.removeOne(call);
    if (deliver)
        call->done(std::move(result));
}

void ChannexClient::abandon(const std::shared_ptr<Call> &call)
{
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

} // namespace Channex
