// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/channex/ChannexClient.h"

#include "app/channex/JsonApiCodec.h"
#include "app/channex/ReplyErrorMapper.h"
#include "app/channex/WebhookRules.h"

#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;

namespace Channex {

namespace {

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

CallOptions aboutOneWebhook()
{
    CallOptions options;
    options.aboutOneWebhook = true;
    return options;
}

// The probe reports the first failure as it is: "Test connection" must say what is wrong now.
CallOptions firstAnswerOnly()
{
    CallOptions options;
    options.retryTransient = false;
    return options;
}

} // namespace

ChannexClient::ChannexClient(const QUrl &serverRoot, const QString &apiKey, QObject *parent)
    : QObject(parent), m_serverRoot(serverRoot), m_transport(new ChannexTransport(apiKey, this))
{ }

ChannexClient::~ChannexClient()
{
    // Calls end while the client is whole: their callbacks belong to it and its users.
    delete m_transport;
}

ChannexTransport::CallHandle ChannexClient::start(const QByteArray &verb, const QUrl &url,
                                                  const QByteArray &body, QObject *context,
                                                  ChannexTransport::RawCallback done,
                                                  const CallOptions &options)
{
    return m_transport->send({verb, url, body, options}, context, std::move(done));
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
    start("GET"_ba, webhookUrl(id), {}, context,
          parsed<Webhook>(std::move(done), JsonApi::parseWebhookDocument, m_serverRoot.host()),
          aboutOneWebhook());
}

namespace {

// Writes refuse what the field rules refuse, before sending: the answer is a
// Validation error with the same `details` shape as a 422, delivered asynchronously like every
// other answer and dropped with its context.
template<typename T>
bool refuseIfInvalid(const Webhook &webhook, const Webhook *stored, QObject *context,
                     const QString &host, ChannexClient::Callback<T> &done)
{
    const WebhookRules::Problems problems = WebhookRules::check(webhook, stored);
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

void ChannexClient::createWebhook(const Webhook &webhook, QObject *context, Callback<Webhook> done,
                                  const Webhook *copyOf)
{
    if (refuseIfInvalid(webhook, copyOf, context, m_serverRoot.host(), done))
        return;
    start("POST"_ba, endpoint(u"/webhooks"_s), JsonApi::webhookRequestBody(webhook), context,
          parsed<Webhook>(std::move(done), JsonApi::parseWebhookDocument, m_serverRoot.host()));
}

void ChannexClient::updateWebhook(const Webhook &webhook, QObject *context, Callback<Webhook> done,
                                  const Webhook *stored)
{
    if (refuseIfInvalid(webhook, stored, context, m_serverRoot.host(), done))
        return;
    start("PUT"_ba, webhookUrl(webhook.id), JsonApi::webhookRequestBody(webhook), context,
          parsed<Webhook>(std::move(done), JsonApi::parseWebhookDocument, m_serverRoot.host()),
          aboutOneWebhook());
}

void ChannexClient::deleteWebhook(const QString &id, QObject *context, Callback<Done> done)
{
    // Any 2xx means gone; the `{"meta":{"message":"Success"}}` body carries nothing more.
    const auto accept = [](const QByteArray &, QString *) {
        return std::optional<Done>(Done {});
    };
    start("DELETE"_ba, webhookUrl(id), {}, context,
          parsed<Done>(std::move(done), accept, m_serverRoot.host()), aboutOneWebhook());
}

void ChannexClient::testWebhook(const Webhook &webhook, QObject *context,
                                Callback<WebhookTestResult> done, const Webhook *stored)
{
    if (refuseIfInvalid(webhook, stored, context, m_serverRoot.host(), done))
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
          parsed<int>(std::move(done), total, m_serverRoot.host()), firstAnswerOnly());
}

} // namespace Channex
