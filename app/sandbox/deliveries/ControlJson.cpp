// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/deliveries/ControlJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace Sandbox::Deliveries::ControlJson {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonArray headerPairs(const Delivery::HeaderPairs &headers)
{
    QJsonArray pairs;
    for (const auto &[name, value] : headers)
        pairs.append(QJsonArray {QString::fromLatin1(name), QString::fromUtf8(value)});
    return pairs;
}

} // namespace

std::optional<FireRequest> readFireRequest(const QByteArray &body, QStringList *problems)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        *problems
            << u"The body is not JSON: %1 at byte %2."_s.arg(error.errorString()).arg(error.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *problems << u"The body must be a JSON object with \"event\" and \"property_id\"."_s;
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    FireRequest request;
    request.event = object.value("event"_L1).toString();
    request.propertyId = object.value("property_id"_L1).toString();
    if (object.contains("payload"_L1))
        request.payload = object.value("payload"_L1);
    return request;
}

QJsonObject fireResult(const FireResult &result)
{
    QJsonArray deliveries;
    for (const PlannedDelivery &delivery : result.deliveries) {
        deliveries.append(QJsonObject {{u"delivery_id"_s, delivery.deliveryId},
                                       {u"webhook_id"_s, delivery.webhookId},
                                       {u"callback_url"_s, delivery.callbackUrl}});
    }
    QJsonArray suppressed;
    for (const Suppression &suppression : result.suppressed) {
        suppressed.append(QJsonObject {{u"webhook_id"_s, suppression.webhookId},
                                       {u"because_of"_s, suppression.becauseOf}});
    }
    return {{u"event_id"_s, result.eventId},
            {u"deliveries"_s, deliveries},
            {u"suppressed"_s, suppressed}};
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject attempt(const DeliveryAttempt &attempt)
{
    const bool answered = attempt.finished && attempt.status > 0;
    const bool failed = attempt.finished && attempt.status == 0;
    return {
        {u"delivery_id"_s, attempt.deliveryId},
        {u"event_id"_s, attempt.eventId},
        {u"webhook_id"_s, attempt.webhookId},
        {u"event"_s, attempt.event},
        {u"attempt"_s, attempt.attempt},
        {u"url"_s, attempt.url},
        {u"started_at"_s, isoTime(attempt.startedAt)},
        {u"duration_ms"_s,
         attempt.finished ? QJsonValue(attempt.durationMs) : QJsonValue(QJsonValue::Null)},
        {u"status"_s, answered ? QJsonValue(attempt.status) : QJsonValue(QJsonValue::Null)},
        {u"error"_s, failed ? orNull(attempt.error) : QJsonValue(QJsonValue::Null)},
        {u"next_attempt_at"_s,
         attempt.nextAttemptAt.isValid() ? QJsonValue(isoTime(attempt.nextAttemptAt))
                                         : QJsonValue(QJsonValue::Null)},
        {u"request"_s, QString::fromUtf8(attempt.request)},
        {u"response_headers"_s, headerPairs(attempt.responseHeaders)},
        {u"response_body"_s,
         answered ? QJsonValue(QString::fromUtf8(attempt.responseBody))
                  : QJsonValue(QJsonValue::Null)},
    };
}

} // namespace Sandbox::Deliveries::ControlJson
