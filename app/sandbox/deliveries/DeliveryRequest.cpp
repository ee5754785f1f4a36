// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/deliveries/DeliveryRequest.h"

#include "app/payloads/EventCatalog.h"
#include "app/payloads/FilledSample.h"
#include "app/sandbox/SandboxStore.h"
#include "app/sandbox/SandboxTestCall.h"
#include "app/sandbox/SandboxValidation.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Sandbox::Deliveries {

QJsonObject eventBody(const FireRequest &request, const QString &timestamp)
{
    QJsonObject body
        = Payloads::FilledSample::envelope(request.event, request.propertyId, timestamp);
    if (request.payload)
        body.insert(u"payload"_s, *request.payload);
    return body;
}

Delivery::OutgoingRequest requestFor(const Recipient &recipient, const QJsonObject &body,
                                     std::chrono::milliseconds timeout)
{
    QJsonObject own = body;
    if (recipient.payload.isUndefined())
        own.remove(u"payload"_s);
    else
        own.insert(u"payload"_s, recipient.payload);

    Delivery::OutgoingRequest request;
    request.url = TestCall::targetUrl(recipient.webhook);
    request.headers = TestCall::requestHeaders(recipient.webhook);
    request.body = QJsonDocument(own).toJson(QJsonDocument::Compact);
    request.timeout = timeout;
    return request;
}

QString unknownEventMessage()
{
    QStringList names;
    for (const Payloads::EventInfo &info : Payloads::EventCatalog::events())
        names << info.name;
    return u"is not one of the %1 Channex events: %2"_s.arg(names.size()).arg(names.join(u", "_s));
}

QMap<QString, QStringList> problemsOf(const FireRequest &request, const SandboxStore &store)
{
    QMap<QString, QStringList> problems;
    if (request.event.isEmpty())
        problems[u"event"_s] << QString::fromLatin1(ValidationMessage::Blank);
    else if (!Payloads::EventCatalog::isKnown(request.event))
        problems[u"event"_s] << unknownEventMessage();
    if (request.propertyId.isEmpty())
        problems[u"property_id"_s] << QString::fromLatin1(ValidationMessage::Blank);
    else if (!store.findProperty(request.propertyId))
        problems[u"property_id"_s] << QString::fromLatin1(ValidationMessage::DoesNotExist);
    return problems;
}

} // namespace Sandbox::Deliveries
