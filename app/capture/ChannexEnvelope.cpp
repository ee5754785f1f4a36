// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/capture/ChannexEnvelope.h"

#include "app/capture/DeliverySubject.h"
#include "app/payloads/EventCatalog.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Capture {

namespace {

bool startsWithBrace(const QByteArray &body)
{
    for (const char c : body) {
        if (c == '{')
            return true;
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return false;
    }
    return false;
}

} // namespace

ChannexEnvelope ChannexEnvelope::recognise(const QByteArray &body)
{
    ChannexEnvelope envelope;
    if (!startsWithBrace(body))
        return envelope;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return envelope;
    const QJsonObject object = document.object();
    const QJsonValue event = object.value("event"_L1);
    if (!event.isString() || event.toString().isEmpty())
        return envelope;
    const QString name = event.toString();
    const bool inEnvelope = object.contains("property_id"_L1) || object.contains("timestamp"_L1);
    if (!inEnvelope && !Payloads::EventCatalog::isKnown(name))
        return envelope;
    envelope.event = Payloads::EventCatalog::canonicalName(name);
    envelope.propertyId = object.value("property_id"_L1).toString();
    envelope.userId = object.value("user_id"_L1).toString();
    envelope.timestamp = object.value("timestamp"_L1).toString();
    envelope.subjects = DeliverySubject::of(object, envelope.event, envelope.propertyId);
    return envelope;
}

} // namespace Capture
