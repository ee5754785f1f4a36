// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/SandboxValidation.h"

#include "app/channex/EventMask.h"
#include "app/channex/JsonApiCodec.h"
#include "app/channex/WebhookRules.h"
#include "app/sandbox/SandboxStore.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

using Errors = QMap<QString, QStringList>;
using Rules = Channex::WebhookRules;

bool isBlank(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull()
        || (value.isString() && value.toString().trimmed().isEmpty());
}

void addError(Errors &errors, const QString &field, const char *message)
{
    errors[field].append(QString::fromLatin1(message));
}

bool isValidCallbackUrl(const QString &text)
{
    return !Rules::hasErrors(Rules::checkCallbackUrl(text));
}

QString readCallbackUrl(const QJsonObject &attributes, Errors &errors)
{
    const QJsonValue value = attributes.value("callback_url"_L1);
    if (isBlank(value))
        addError(errors, u"callback_url"_s, ValidationMessage::Blank);
    else if (!value.isString() || !isValidCallbackUrl(value.toString()))
        addError(errors, u"callback_url"_s, ValidationMessage::Invalid);
    return value.toString();
}

// Stored as written: unknown event names are accepted (Channex's rule is undocumented);
// only a mask without any event name is refused.
QString readEventMask(const QJsonObject &attributes, Errors &errors)
{
    const QJsonValue value = attributes.value("event_mask"_L1);
    if (isBlank(value)) {
        addError(errors, u"event_mask"_s, ValidationMessage::Blank);
        return {};
    }
    if (!value.isString()) {
        addError(errors, u"event_mask"_s, ValidationMessage::Invalid);
        return {};
    }
    const Channex::EventMask mask = Channex::EventMask::parse(value.toString());
    const bool hasEmptyName = std::any_of(
        mask.entries().cbegin(), mask.entries().cend(),
        [](const Channex::EventMask::Entry &e) { return e.event.trimmed().isEmpty(); });
    if (mask.isEmpty() || hasEmptyName)
        addError(errors, u"event_mask"_s, ValidationMessage::Invalid);
    return value.toString();
}

bool readBool(const QJsonObject &attributes, const QString &field, Errors &errors)
{
    const QJsonValue value = attributes.value(field);
    if (value.isUndefined())
        return false; // every boolean attribute defaults to false
                      // (https://docs.channex.io/api-v.1-documentation/webhook-collection)
    if (!value.isBool()) {
        addError(errors, field, ValidationMessage::Invalid);
        return false;
    }
    return value.toBool();
}

// An object whose values are all strings, or null
// (https://docs.channex.io/api-v.1-documentation/webhook-collection). Names are stored as written,
// a header name that is no HTTP token included: Channex evidently stores such names (webhooks made
// by other tools carry them), and only CR, LF and NUL, which would end a header line of the
// delivery early, are refused.
std::optional<Channex::KeyValueList> readKeyValues(const QJsonObject &attributes,
                                                   const QString &field, Errors &errors)
{
    const QJsonValue value = attributes.value(field);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    bool valid = value.isObject();
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); valid && it != object.constEnd(); ++it) {
        valid = it.value().isString();
        if (valid)
            valid = !Rules::hasLineBreak(it.key()) && !Rules::hasLineBreak(it.value().toString());
    }
    if (!valid) {
        addError(errors, field, ValidationMessage::Invalid);
        return std::nullopt;
    }
    return Channex::JsonApi::keyValuesFromJson(value).value_or(Channex::KeyValueList {});
}

bool isUuid(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

QString readPropertyId(const QJsonObject &attributes, bool isGlobal, const SandboxStore &store,
                       Errors &errors)
{
    const QJsonValue value = attributes.value("property_id"_L1);
    if (isGlobal) {
        // Global means "no property"
        // (https://docs.channex.io/api-v.1-documentation/webhook-collection); both at once is
        // contradictory (docs/sandbox.md).
        if (!isBlank(value))
            addError(errors, u"is_global"_s, ValidationMessage::MustBeFalseForProperty);
        return {};
    }
    if (isBlank(value)) {
        addError(errors, u"property_id"_s, ValidationMessage::Blank);
        return {};
    }
    QString id = value.toString();
    if (!value.isString() || !isUuid(id))
        addError(errors, u"property_id"_s, ValidationMessage::Invalid);
    else if (!store.findProperty(id))
        addError(errors, u"property_id"_s, ValidationMessage::DoesNotExist);
    return id;
}

} // namespace

std::optional<QJsonObject> readWebhookBody(const QByteArray &body, QStringList *details)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *details << u"The request body is not valid JSON (%1 at offset %2)."_s.arg(
            parseError.errorString(), QString::number(parseError.offset));
        return std::nullopt;
    }
    const QJsonValue webhook = document.object().value("webhook"_L1);
    if (!document.isObject() || !webhook.isObject()) {
        *details << u"The request body must be a JSON object of the form {\"webhook\": {...}}."_s;
        return std::nullopt;
    }
    return webhook.toObject();
}

WebhookValidation validateWebhook(const QJsonObject &attributes, const SandboxStore &store)
{
    WebhookValidation result;
    Errors &errors = result.errors;
    Channex::Webhook &webhook = result.webhook;

    webhook.callbackUrl = readCallbackUrl(attributes, errors);
    webhook.eventMask = readEventMask(attributes, errors);
    webhook.isActive = readBool(attributes, u"is_active"_s, errors);
    webhook.sendData = readBool(attributes, u"send_data"_s, errors);
    webhook.isGlobal = readBool(attributes, u"is_global"_s, errors);
    webhook.isProtected = readBool(attributes, u"protected"_s, errors);
    webhook.propertyId = readPropertyId(attributes, webhook.isGlobal, store, errors);
    webhook.headers = readKeyValues(attributes, u"headers"_s, errors);
    webhook.requestParams = readKeyValues(attributes, u"request_params"_s, errors);
    webhook.organizationId = store.organizationId();
    return result;
}

QJsonObject mergeForUpdate(const Channex::Webhook &stored, const QJsonObject &changes)
{
    QJsonObject merged {
        {u"callback_url"_s, stored.callbackUrl},
        {u"event_mask"_s, stored.eventMask},
        {u"property_id"_s,
         stored.propertyId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                     : QJsonValue(stored.propertyId)},
        {u"headers"_s, Channex::JsonApi::keyValuesToJson(stored.headers)},
        {u"request_params"_s, Channex::JsonApi::keyValuesToJson(stored.requestParams)},
        {u"is_active"_s, stored.isActive},
        {u"send_data"_s, stored.sendData},
        {u"is_global"_s, stored.isGlobal},
        {u"protected"_s, stored.isProtected},
    };
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
        merged.insert(it.key(), it.value());
    return merged;
}

} // namespace Sandbox
