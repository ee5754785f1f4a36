// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// JsonApiCodec, writing side: request bodies (client side) and resources and error documents
// (sandbox side).

#include "app/channex/JsonApiCodec.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Channex::JsonApi {

namespace {

QJsonObject relationship(QLatin1StringView type, const QString &id)
{
    QJsonObject data;
    data.insert(Key::Type, QString(type));
    data.insert(Key::Id, id);
    QJsonObject link;
    link.insert(Key::Data, data);
    return link;
}

// The attributes shared by the request body and the resource.
QJsonObject writableAttributes(const Webhook &webhook)
{
    QJsonObject attributes;
    attributes.insert(Key::CallbackUrl, webhook.callbackUrl);
    attributes.insert(Key::EventMask, webhook.eventMask);
    attributes.insert(Key::RequestParams, keyValuesToJson(webhook.requestParams));
    attributes.insert(Key::Headers, keyValuesToJson(webhook.headers));
    attributes.insert(Key::IsActive, webhook.isActive);
    attributes.insert(Key::SendData, webhook.sendData);
    attributes.insert(Key::IsGlobal, webhook.isGlobal);
    attributes.insert(Key::Protected, webhook.isProtected);
    return attributes;
}

} // namespace

// --- writing (client side) ---

QByteArray webhookRequestBody(const Webhook &webhook)
{
    QJsonObject attributes = writableAttributes(webhook);
    // A global webhook is `property_id: null` + `is_global: true`
    // (https://docs.channex.io/api-v.1-documentation/webhook-collection).
    const bool noProperty = webhook.isGlobalScope();
    attributes.insert(Key::PropertyId,
                      noProperty ? QJsonValue(QJsonValue::Null) : QJsonValue(webhook.propertyId));
    QJsonObject root;
    root.insert("webhook"_L1, attributes);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// --- shared helpers (keyValuesFromJson is in JsonApiReader.cpp) ---

QJsonValue keyValuesToJson(const std::optional<KeyValueList> &values)
{
    if (!values)
        return QJsonValue(QJsonValue::Null);
    QJsonObject object;
    for (const KeyValue &entry : *values)
        object.insert(entry.key, entry.value); // duplicates were refused by WebhookRules before
    return object;
}

// --- writing (sandbox side) ---

QJsonObject webhookToResource(const Webhook &webhook)
{
    QJsonObject attributes = writableAttributes(webhook);
    attributes.insert(Key::Id, webhook.id);

    QJsonObject relationships;
    if (!webhook.propertyId.isEmpty())
        relationships.insert(Key::Property, relationship("property"_L1, webhook.propertyId));
    if (!webhook.organizationId.isEmpty())
        relationships.insert(Key::Organization,
                             relationship("organization"_L1, webhook.organizationId));

    QJsonObject resource;
    resource.insert(Key::Type, u"webhook"_s);
    resource.insert(Key::Id, webhook.id);
    resource.insert(Key::Attributes, attributes);
    resource.insert(Key::Relationships, relationships);
    return resource;
}

QJsonObject propertyOptionToResource(const PropertyOption &property)
{
    QJsonObject attributes;
    attributes.insert(Key::Id, property.id);
    attributes.insert("title"_L1, property.title);
    attributes.insert("currency"_L1, property.currency);
    QJsonObject resource;
    resource.insert(Key::Type, u"properties"_s);
    resource.insert(Key::Id, property.id);
    resource.insert(Key::Attributes, attributes);
    return resource;
}

QJsonObject errorDocument(const QString &code, const QString &title,
                          const QMap<QString, QStringList> &details)
{
    QJsonObject errors;
    errors.insert("code"_L1, code);
    errors.insert("title"_L1, title);
    if (!details.isEmpty()) {
        QJsonObject fields;
        for (auto it = details.constBegin(); it != details.constEnd(); ++it)
            fields.insert(it.key(), QJsonArray::fromStringList(it.value()));
        errors.insert("details"_L1, fields);
    }
    QJsonObject root;
    root.insert(Key::Errors, errors);
    return root;
}

} // namespace Channex::JsonApi
