// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// JsonApiCodec, reading side: Channex JSON:API documents into Webhook values (client side).

#include "app/channex/JsonApiCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QVariant>

using namespace Qt::StringLiterals;

// Error texts here are technical (they end up in ApiError::technical, logs and tooltips), so
// they are not translated; they name the JSON path that did not match, e.g.
// "data[3].attributes.callback_url is missing".

namespace Channex::JsonApi {

namespace {

QString joinPath(const QString &path, QLatin1StringView key)
{
    return path.isEmpty() ? QString(key) : QString(path % u'.' % key);
}

// Sets *error and returns false, so that readers can `return fail(...)`.
bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// "x is missing" for absent or null values, "x is not <expected>" otherwise.
bool failShape(QString *error, const QString &path, const QJsonValue &value,
               QLatin1StringView expected)
{
    if (value.isUndefined() || value.isNull())
        return fail(error, path % u" is missing"_s);
    return fail(error, path % u" is not "_s % expected);
}

std::optional<QJsonObject> parseObject(const QByteArray &body, QString *error)
{
    if (body.trimmed().isEmpty()) {
        fail(error, u"the body is empty"_s);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(error,
             u"the body is not JSON (%1 at offset %2)"_s.arg(parseError.errorString())
                 .arg(parseError.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        fail(error, u"the body is not a JSON object"_s);
        return std::nullopt;
    }
    return document.object();
}

// Text for a JSON value that should have been a string: numbers and booleans as written,
// null as empty, objects and arrays as compact JSON. Nothing the server sends is dropped.
QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return value.toVariant().toString();
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

bool readString(const QJsonObject &object, QLatin1StringView key, const QString &path, QString *out,
                QString *error)
{
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return failShape(error, joinPath(path, key), value, "a string"_L1);
    *out = value.toString();
    return true;
}

// Channex documents `false` as the default of every flag, so absent and null read as false.
bool readFlag(const QJsonObject &object, QLatin1StringView key, const QString &path, bool *out,
              QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        *out = false;
        return true;
    }
    if (!value.isBool())
        return fail(error, joinPath(path, key) % u" is not a boolean"_s);
    *out = value.toBool();
    return true;
}

bool readKeyValues(const QJsonObject &object, QLatin1StringView key, const QString &path,
                   std::optional<KeyValueList> *out, QString *error)
{
    const QJsonValue value = object.value(key);
    if (!value.isUndefined() && !value.isNull() && !value.isObject())
        return fail(error, joinPath(path, key) % u" is not an object"_s);
    *out = keyValuesFromJson(value);
    return true;
}

// `relationships.<name>.data.id`, empty when any level is absent or null.
QString relatedId(const QJsonObject &relationships, QLatin1StringView name)
{
    return relationships.value(name)
        .toObject()
        .value(Key::Data)
        .toObject()
        .value(Key::Id)
        .toString();
}

// The member `key` of `object` when it is an object (or array); otherwise a shape error naming
// `path.key`. These are the checks every reader starts with.
std::optional<QJsonObject> objectMember(const QJsonObject &object, QLatin1StringView key,
                                        const QString &path, QString *error)
{
    const QJsonValue value = object.value(key);
    if (!value.isObject()) {
        failShape(error, joinPath(path, key), value, "an object"_L1);
        return std::nullopt;
    }
    return value.toObject();
}

std::optional<QJsonArray> arrayMember(const QJsonObject &object, QLatin1StringView key,
                                      const QString &path, QString *error)
{
    const QJsonValue value = object.value(key);
    if (!value.isArray()) {
        failShape(error, joinPath(path, key), value, "an array"_L1);
        return std::nullopt;
    }
    return value.toArray();
}

// Older examples repeat `id` inside attributes; either place is enough.
QString resourceId(const QJsonObject &resource, const QJsonObject &attributes)
{
    const QString id = resource.value(Key::Id).toString();
    return id.isEmpty() ? attributes.value(Key::Id).toString() : id;
}

std::optional<Webhook> readWebhook(const QJsonObject &resource, const QString &path, QString *error)
{
    const std::optional<QJsonObject> attributesMember
        = objectMember(resource, Key::Attributes, path, error);
    if (!attributesMember)
        return std::nullopt;
    const QJsonObject &attributes = *attributesMember;
    const QString attributesPath = joinPath(path, Key::Attributes);

    Webhook webhook;
    webhook.id = resourceId(resource, attributes);
    if (webhook.id.isEmpty()) {
        fail(error, joinPath(path, Key::Id) % u" is missing"_s);
        return std::nullopt;
    }
    const bool ok
        = readString(attributes, Key::CallbackUrl, attributesPath, &webhook.callbackUrl, error)
        && readString(attributes, Key::EventMask, attributesPath, &webhook.eventMask, error)
        && readKeyValues(attributes, Key::Headers, attributesPath, &webhook.headers, error)
        && readKeyValues(attributes, Key::RequestParams, attributesPath, &webhook.requestParams,
                         error)
        && readFlag(attributes, Key::IsActive, attributesPath, &webhook.isActive, error)
        && readFlag(attributes, Key::SendData, attributesPath, &webhook.sendData, error)
        && readFlag(attributes, Key::IsGlobal, attributesPath, &webhook.isGlobal, error)
        && readFlag(attributes, Key::Protected, attributesPath, &webhook.isProtected, error);
    if (!ok)
        return std::nullopt;

    // The property is a relationship in every documented example; some third-party servers put
    // `property_id` into the attributes instead, which costs nothing to accept.
    const QJsonObject relationships = resource.value(Key::Relationships).toObject();
    webhook.propertyId = relatedId(relationships, Key::Property);
    if (webhook.propertyId.isEmpty())
        webhook.propertyId = attributes.value(Key::PropertyId).toString();
    webhook.organizationId = relatedId(relationships, Key::Organization);
    return webhook;
}

} // namespace

// --- reading ---

std::optional<Webhook> webhookFromResource(const QJsonObject &resource, QString *error)
{
    return readWebhook(resource, QString(), error);
}

std::optional<WebhookPage> parseWebhookList(const QByteArray &body, QString *error)
{
    const std::optional<QJsonObject> root = parseObject(body, error);
    if (!root)
        return std::nullopt;

    const std::optional<QJsonArray> resources = arrayMember(*root, Key::Data, {}, error);
    if (!resources)
        return std::nullopt;
    const std::optional<QJsonObject> metaMember = objectMember(*root, Key::Meta, {}, error);
    if (!metaMember)
        return std::nullopt;
    const QJsonObject &meta = *metaMember;
    const QJsonValue total = meta.value("total"_L1);
    if (!total.isDouble()) {
        failShape(error, u"meta.total"_s, total, "a number"_L1);
        return std::nullopt;
    }

    WebhookPage page;
    page.meta.total = total.toInt();
    page.meta.page = meta.value("page"_L1).toInt();
    page.meta.limit = meta.value("limit"_L1).toInt();

    page.webhooks.reserve(resources->size());
    for (qsizetype i = 0; i < resources->size(); ++i) {
        const QString path = u"data[%1]"_s.arg(i);
        const QJsonValue resource = resources->at(i);
        if (!resource.isObject()) {
            failShape(error, path, resource, "an object"_L1);
            return std::nullopt;
        }
        std::optional<Webhook> webhook = readWebhook(resource.toObject(), path, error);
        if (!webhook)
            return std::nullopt;
        page.webhooks << std::move(*webhook);
    }
    return page;
}

std::optional<Webhook> parseWebhookDocument(const QByteArray &body, QString *error)
{
    const std::optional<QJsonObject> root = parseObject(body, error);
    if (!root)
        return std::nullopt;
    const std::optional<QJsonObject> data = objectMember(*root, Key::Data, {}, error);
    if (!data)
        return std::nullopt;
    return readWebhook(*data, Key::Data, error);
}

std::optional<QList<PropertyOption>> parsePropertyOptions(const QByteArray &body, QString *error)
{
    const std::optional<QJsonObject> root = parseObject(body, error);
    if (!root)
        return std::nullopt;
    const std::optional<QJsonArray> resources = arrayMember(*root, Key::Data, {}, error);
    if (!resources)
        return std::nullopt;
    QList<PropertyOption> options;
    options.reserve(resources->size());
    for (qsizetype i = 0; i < resources->size(); ++i) {
        const QString path = u"data[%1]"_s.arg(i);
        const QJsonObject resource = resources->at(i).toObject();
        const std::optional<QJsonObject> attributesMember
            = objectMember(resource, Key::Attributes, path, error);
        if (!attributesMember)
            return std::nullopt;
        const QJsonObject &attributes = *attributesMember;
        PropertyOption option;
        option.id = resourceId(resource, attributes);
        if (option.id.isEmpty()) {
            fail(error, joinPath(path, Key::Id) % u" is missing"_s);
            return std::nullopt;
        }
        if (!readString(attributes, "title"_L1, joinPath(path, Key::Attributes), &option.title,
                        error))
            return std::nullopt;
        option.currency = attributes.value("currency"_L1).toString();
        options << option;
    }
    return options;
}

std::optional<WebhookTestResult> parseTestResult(const QByteArray &body, QString *error)
{
    const std::optional<QJsonObject> root = parseObject(body, error);
    if (!root)
        return std::nullopt;
    const QJsonValue status = root->value("status_code"_L1);
    if (!status.isDouble()) {
        failShape(error, u"status_code"_s, status, "a number"_L1);
        return std::nullopt;
    }
    WebhookTestResult result;
    result.statusCode = status.toInt();
    result.body = valueText(root->value("body"_L1));
    return result;
}

std::optional<ErrorBody> parseErrorBody(const QByteArray &body)
{
    const std::optional<QJsonObject> root = parseObject(body, nullptr);
    if (!root)
        return std::nullopt; // e.g. the docs' 404 example with a missing comma
    // Older API versions wrote `error`; JSON:API proper uses an array of error objects.
    QJsonValue errors = root->value(Key::Errors);
    if (errors.isUndefined())
        errors = root->value("error"_L1);
    if (errors.isArray())
        errors = errors.toArray().at(0); // Undefined when empty
    if (!errors.isObject())
        return std::nullopt;

    const QJsonObject object = errors.toObject();
    ErrorBody result;
    result.code = valueText(object.value("code"_L1));
    result.title = valueText(object.value("title"_L1));
    const QJsonValue details = object.value("details"_L1);
    if (details.isObject()) { // 422: field → [messages]
        const QJsonObject fields = details.toObject();
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
            QStringList messages;
            if (it.value().isArray()) {
                for (const QJsonValue message : it.value().toArray())
                    messages << valueText(message);
            } else {
                messages << valueText(it.value());
            }
            result.details.insert(it.key(), messages);
        }
    } else if (details.isArray()) { // 400: [messages]
        for (const QJsonValue message : details.toArray())
            result.detailList << valueText(message);
    } else if (details.isString()) {
        result.detailList << details.toString();
    }
    return result;
}

std::optional<KeyValueList> keyValuesFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    KeyValueList list;
    list.reserve(object.size());
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        list << KeyValue {it.key(), valueText(it.value())};
    return list;
}

} // namespace Channex::JsonApi
