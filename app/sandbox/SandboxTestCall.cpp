// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/SandboxTestCall.h"

#include "app/channex/EventMask.h"
#include "app/delivery/HttpDelivery.h"
#include "app/sandbox/SandboxResponses.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Sandbox::TestCall {

QString testEvent(const QString &eventMask)
{
    const Channex::EventMask mask = Channex::EventMask::parse(eventMask);
    const QStringList names = mask.eventNames();
    if (mask.isAll() || names.isEmpty())
        return u"booking_new"_s; // the event of Channex's own no-data example
    return names.constFirst();
}

QString timestampNow()
{
    using namespace std::chrono;
    const qint64 micros
        = duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(micros / 1000, Qt::UTC);
    return time.toString(u"yyyy-MM-ddTHH:mm:ss."_s)
        + QString::number(micros % 1'000'000).rightJustified(6, u'0') + u'Z';
}

QByteArray envelope(const Channex::Webhook &webhook, const QString &propertyId,
                    const QString &timestamp)
{
    QJsonObject object {
        {u"event"_s, testEvent(webhook.eventMask)},
        {u"property_id"_s,
         propertyId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(propertyId)},
        {u"user_id"_s, QJsonValue(QJsonValue::Null)},
        {u"timestamp"_s, timestamp},
    };
    if (webhook.sendData)
        object.insert(u"payload"_s, QJsonObject {{u"test"_s, true}});
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

namespace {

QList<QPair<QString, QString>> queryParams(const Channex::Webhook &webhook)
{
    QList<QPair<QString, QString>> params;
    if (webhook.requestParams) {
        for (const Channex::KeyValue &param : *webhook.requestParams)
            params.append({param.key, param.value});
    }
    return params;
}

} // namespace

QUrl targetUrl(const Channex::Webhook &webhook)
{
    return Delivery::withQueryParams(QUrl(webhook.callbackUrl, QUrl::StrictMode),
                                     queryParams(webhook));
}

Delivery::HeaderPairs requestHeaders(const Channex::Webhook &webhook)
{
    Delivery::HeaderPairs headers;
    const auto given = [&webhook](QStringView name) {
        return webhook.headers
            && std::any_of(webhook.headers->cbegin(), webhook.headers->cend(),
                           [name](const Channex::KeyValue &header) {
                               return header.key.compare(name, Qt::CaseInsensitive) == 0;
                           });
    };
    // The webhook's own headers win over these two (a user's User-Agent, say).
    if (!given(u"Content-Type"))
        headers.append({"Content-Type"_ba, "application/json"_ba});
    if (!given(u"User-Agent"))
        headers.append({"User-Agent"_ba, QByteArray(UserAgent)});
    if (webhook.headers) {
        for (const Channex::KeyValue &header : *webhook.headers)
            headers.append({header.key.toUtf8(), header.value.toUtf8()});
    }
    return headers;
}

void send(const Channex::Webhook &webhook, const QString &propertyId,
          std::chrono::milliseconds timeout, QObject *context,
          std::function<void(Http::HttpResponse)> done)
{
    Delivery::OutgoingRequest request;
    request.url = targetUrl(webhook);
    request.headers = requestHeaders(webhook);
    request.body = envelope(webhook, propertyId, timestampNow());
    request.timeout = timeout;
    Delivery::send(
        request, context, [done = std::move(done)](const Delivery::DeliveryResult &result) {
            if (!result.answered()) {
                done(Responses::validationError(
                    {{u"callback_url"_s, {u"could not be reached: "_s + result.error}}}));
                return;
            }
            const QJsonObject answer {{u"status_code"_s, result.status},
                                      {u"body"_s, QString::fromUtf8(result.body)}};
            done(Responses::json(200, answer));
        });
}

} // namespace Sandbox::TestCall
