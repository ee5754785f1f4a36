// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/SandboxApi.h"

#include "app/channex/JsonApiCodec.h"
#include "app/http/FaultInjector.h"
#include "app/sandbox/SandboxResponses.h"
#include "app/sandbox/SandboxStore.h"
#include "app/sandbox/SandboxTestCall.h"
#include "app/sandbox/SandboxValidation.h"
#include "app/sandbox/deliveries/ControlApi.h"

#include <QJsonArray>
#include <QSet>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

constexpr QLatin1StringView ApiPrefix("/api/v1");
constexpr int DefaultLimit = 10;
constexpr int MaxLimit = 100; // https://docs.channex.io/api-v.1-documentation/api-reference; larger
                              // limits are clamped, not refused

QString normalisedPath(QString path)
{
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    return path;
}

// First value of a query parameter, keys compared after percent-decoding.
std::optional<QString> queryValue(const QUrlQuery &query, QLatin1StringView key)
{
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items) {
        if (name == key)
            return value;
    }
    return std::nullopt;
}

int readPositive(const QUrlQuery &query, QLatin1StringView key, int fallback, QStringList *problems)
{
    const std::optional<QString> text = queryValue(query, key);
    if (!text)
        return fallback;
    bool ok = false;
    const int value = text->toInt(&ok);
    if (!ok || value < 1) {
        *problems << u"%1 must be a positive integer, got \"%2\"."_s.arg(key, *text);
        return fallback;
    }
    return value;
}

} // namespace

SandboxApi::SandboxApi(SandboxStore *store, Http::FaultInjector *faults, QObject *parent)
    : QObject(parent), m_store(store), m_faults(faults), m_testCallTimeout(TestCall::DefaultTimeout)
{ }

SandboxApi::~SandboxApi() = default;

void SandboxApi::setApiKey(const QString &key)
{
    m_apiKey = key.toUtf8();
}

void SandboxApi::setRequestCounter(std::atomic<int> *counter)
{
    m_requestCounter = counter;
}

void SandboxApi::setTestCallTimeout(std::chrono::milliseconds timeout)
{
    m_testCallTimeout = timeout;
}

void SandboxApi::setControlApi(Deliveries::ControlApi *control)
{
    m_control = control;
}

bool SandboxApi::hasApiKey(const Http::HttpRequest &request) const
{
    return request.hasHeader("user-api-key") && request.header("user-api-key") == m_apiKey;
}

void SandboxApi::handleRequest(const Http::HttpRequest &request, Http::HttpReply reply)
{
    // Like Channex, every answer carries a request id a user can quote in a support ticket.
    const QByteArray requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    Http::HttpReply answer = [reply = std::move(reply), requestId](Http::HttpResponse response) {
        response.setHeader("x-request-id"_ba, requestId);
        reply(std::move(response));
    };

    const QString path = normalisedPath(request.path());
    // The sandbox's own endpoints: the same key, but no injected faults and not counted as API
    // requests (they stand for a failing Channex, not for the sandbox a test drives).
    const QLatin1StringView control = Deliveries::ControlApi::Prefix;
    if (m_control && (path == control || path.startsWith(control + u'/'))) {
        if (!hasApiKey(request))
            return answer(Responses::unauthorized());
        m_control->handle(request, path.mid(control.size()), answer);
        return;
    }
    if (path != ApiPrefix && !path.startsWith(ApiPrefix + u'/')) {
        answer(Responses::notFound());
        return;
    }
    if (m_requestCounter)
        m_requestCounter->fetch_add(1);

    const Http::FaultInjector::Decision fault = m_faults->take();
    answer = Http::FaultInjector::delayed(std::move(answer), fault.latency, this);

    switch (fault.action) {
    case Http::FaultInjector::Action::Serve:
        break;
    case Http::FaultInjector::Action::FailStatus: {
        Http::HttpResponse response = fault.details.isEmpty()
            ? Responses::error(fault.status)
            : Responses::validationError(fault.details);
        if (fault.retryAfterSeconds >= 0)
            response.setHeader("Retry-After"_ba, QByteArray::number(fault.retryAfterSeconds));
        answer(std::move(response));
        return;
    }
    case Http::FaultInjector::Action::MalformedJson:
        answer(Responses::malformedJson());
        return;
    case Http::FaultInjector::Action::Stall:
        m_stalledReplies.append(std::move(answer));
        return;
    case Http::FaultInjector::Action::Close: {
        // `answer` already waits the latency, like any answer: the connection drops after it
        // once, not twice. The server drops it at this request's turn.
        Http::HttpResponse drop;
        drop.dropConnection = true;
        answer(std::move(drop));
        return;
    }
    }

    if (!hasApiKey(request)) {
        answer(Responses::unauthorized());
        return;
    }
    route(request, path.mid(ApiPrefix.size()), answer);
}

// Unknown paths and known paths with another method both answer 404, as a router without a
// matching route does. HEAD is routed as GET; the HTTP server sends the headers without the body.
void SandboxApi::route(const Http::HttpRequest &request, const QString &path,
                       const Http::HttpReply &reply)
{
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    const QByteArray method = request.method == "HEAD" ? "GET"_ba : request.method;

    if (parts.size() == 1 && parts.at(0) == "webhooks"_L1) {
        if (method == "GET")
            return reply(listWebhooks(request));
        if (method == "POST")
            return reply(createWebhook(request));
    } else if (parts.size() == 2 && parts.at(0) == "webhooks"_L1) {
        if (parts.at(1) == "test"_L1 && method == "POST")
            return testWebhook(request, reply);
        if (method == "GET")
            return reply(getWebhook(parts.at(1)));
        if (method == "PUT")
            return reply(updateWebhook(parts.at(1), request));
        if (method == "DELETE")
            return reply(deleteWebhook(parts.at(1)));
    } else if (parts.size() == 2 && parts.at(0) == "properties"_L1 && parts.at(1) == "options"_L1
               && method == "GET") {
        return reply(propertyOptions());
    }
    reply(Responses::notFound());
}

Http::HttpResponse SandboxApi::listWebhooks(const Http::HttpRequest &request) const
{
    const QUrlQuery query = request.query();
    QStringList problems;
    const int page = readPositive(query, "pagination[page]"_L1, 1, &problems);
    const int limit
        = std::min(readPositive(query, "pagination[limit]"_L1, DefaultLimit, &problems), MaxLimit);
    if (!problems.isEmpty())
        return Responses::badRequest(problems);

    // filter[property_id] is not documented for webhooks but widely used
    // (https://docs.channex.io/api-v.1-documentation/webhook-collection); it takes a
    // comma-separated list like every Channex filter and never matches global webhooks.
    const QStringList filterIds = queryValue(query, "filter[property_id]"_L1)
                                      .value_or(QString())
                                      .split(u',', Qt::SkipEmptyParts);
    const QSet<QString> propertyIds(filterIds.cbegin(), filterIds.cend());

    const qint64 first = qint64(page - 1) * limit;
    const qint64 last = first + limit;
    qint64 total = 0;
    QJsonArray data;
    for (const Channex::Webhook &webhook : m_store->webhooks()) {
        if (!propertyIds.isEmpty() && !propertyIds.contains(webhook.propertyId))
            continue;
        if (total >= first && total < last)
            data.append(Channex::JsonApi::webhookToResource(webhook));
        ++total;
    }
    const QJsonObject meta {{u"page"_s, page}, {u"limit"_s, limit}, {u"total"_s, total}};
    return Responses::json(200, {{u"data"_s, data}, {u"meta"_s, meta}});
}

Http::HttpResponse SandboxApi::getWebhook(const QString &id) const
{
    const Channex::Webhook *webhook = m_store->findWebhook(id);
    if (!webhook)
        return Responses::notFound();
    return Responses::json(200, {{u"data"_s, Channex::JsonApi::webhookToResource(*webhook)}});
}

Http::HttpResponse SandboxApi::createWebhook(const Http::HttpRequest &request)
{
    QStringList problems;
    const std::optional<QJsonObject> attributes = readWebhookBody(request.body, &problems);
    if (!attributes)
        return Responses::badRequest(problems);
    const WebhookValidation validation = validateWebhook(*attributes, *m_store);
    if (!validation.isValid())
        return Responses::validationError(validation.errors);
    const Channex::Webhook stored = m_store->addWebhook(validation.webhook);
    return Responses::json(201, {{u"data"_s, Channex::JsonApi::webhookToResource(stored)}});
}

Http::HttpResponse SandboxApi::updateWebhook(const QString &id, const Http::HttpRequest &request)
{
    const Channex::Webhook *stored = m_store->findWebhook(id);
    if (!stored)
        return Responses::notFound();
    QStringList problems;
    const std::optional<QJsonObject> changes = readWebhookBody(request.body, &problems);
    if (!changes)
        return Responses::badRequest(problems);
    WebhookValidation validation = validateWebhook(mergeForUpdate(*stored, *changes), *m_store);
    if (!validation.isValid())
        return Responses::validationError(validation.errors);
    validation.webhook.id = id;
    m_store->replaceWebhook(validation.webhook);
    return Responses::json(
        200, {{u"data"_s, Channex::JsonApi::webhookToResource(*m_store->findWebhook(id))}});
}

Http::HttpResponse SandboxApi::deleteWebhook(const QString &id)
{
    if (!m_store->removeWebhook(id))
        return Responses::notFound();
    return Responses::json(200, {{u"meta"_s, QJsonObject {{u"message"_s, u"Success"_s}}}});
}

Http::HttpResponse SandboxApi::propertyOptions() const
{
    QJsonArray data;
    for (const Channex::PropertyOption &property : m_store->properties())
        data.append(Channex::JsonApi::propertyOptionToResource(property));
    return Responses::json(200, {{u"data"_s, data}});
}

void SandboxApi::testWebhook(const Http::HttpRequest &request, const Http::HttpReply &reply)
{
    QStringList problems;
    const std::optional<QJsonObject> attributes = readWebhookBody(request.body, &problems);
    if (!attributes)
        return reply(Responses::badRequest(problems));
    const WebhookValidation validation = validateWebhook(*attributes, *m_store);
    if (!validation.isValid())
        return reply(Responses::validationError(validation.errors));

    // A global webhook's test names the account's first property: every real delivery
    // carries a property id (https://docs.channex.io/api-v.1-documentation/webhook-collection).
    QString propertyId = validation.webhook.propertyId;
    if (propertyId.isEmpty() && !m_store->properties().isEmpty())
        propertyId = m_store->properties().constFirst().id;
    TestCall::send(validation.webhook, propertyId, m_testCallTimeout, this, reply);
}

} // namespace Sandbox
