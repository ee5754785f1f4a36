// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/payloads/PayloadCheck.h"

#include "app/payloads/EventCatalog.h"
#include "app/payloads/SamplePayloads.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Payloads {

namespace {

using Result = PayloadCheckResult;

// Adds to the result what `actual` lacks and has beyond `documented`, under the path `prefix`.
void compareKeys(const QJsonObject &actual, const QStringList &documented, const QString &prefix,
                 Result &result)
{
    for (const QString &key : documented) {
        if (!actual.contains(key))
            result.missing << prefix + key;
    }
    for (auto it = actual.begin(); it != actual.end(); ++it) {
        if (!documented.contains(it.key()))
            result.unexpected << prefix + it.key();
    }
}

void comparePayload(const QJsonValue &payload, const PayloadShape &shape, Result &result)
{
    if (payload.type() != shape.payloadType) {
        result.wrongKind << u"payload"_s;
        return;
    }
    if (!payload.isObject())
        return; // an array: the docs do not enumerate the keys of its records
    const QJsonObject object = payload.toObject();
    compareKeys(object, shape.payloadFields, u"payload."_s, result);
    for (auto it = shape.nested.begin(); it != shape.nested.end(); ++it) {
        const QJsonValue value = object.value(it.key());
        const QString path = u"payload."_s + it.key();
        if (value.isObject())
            compareKeys(value.toObject(), it.value(), path + u'.', result);
        else if (!value.isUndefined())
            result.wrongKind << path;
    }
}

// QJsonDocument reads only objects and arrays; a lone number, string, boolean or null is
// still JSON, just not an object.
bool isScalar(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument wrapped = QJsonDocument::fromJson('[' + body + ']', &error);
    return error.error == QJsonParseError::NoError && wrapped.array().size() == 1;
}

// Field names as the project quotes names in its sentences: “a”, “b”.
QString quotedList(const QStringList &names)
{
    return QChar(0x201C) + names.join(u"”, “"_s) + QChar(0x201D);
}

} // namespace

PayloadCheckResult PayloadCheck::check(const QByteArray &body)
{
    Result result;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        if (isScalar(body)) {
            result.status = Result::Status::NotObject;
            return result;
        }
        result.parseError = error.errorString();
        result.parseOffset = error.offset;
        return result;
    }
    if (!document.isObject()) {
        result.status = Result::Status::NotObject;
        return result;
    }
    const QJsonObject object = document.object();
    result.event = object.value("event"_L1).toString();
    result.propertyId = object.value("property_id"_L1).toString();
    result.userId = object.value("user_id"_L1).toString();
    result.timestamp = object.value("timestamp"_L1).toString();
    if (result.event.isEmpty()) {
        result.status = Result::Status::NoEvent;
        return result;
    }
    if (!EventCatalog::isKnown(result.event)) {
        result.status = Result::Status::UnknownEvent;
        return result;
    }

    const PayloadShape shape = SamplePayloads::shape(result.event);
    const bool hasPayload = object.contains("payload"_L1);
    const bool documented = shape.payloadType != QJsonValue::Undefined;
    compareKeys(object,
                hasPayload ? SamplePayloads::envelopeFields() : SamplePayloads::noDataFields(),
                QString(), result);
    if (hasPayload && documented)
        comparePayload(object.value("payload"_L1), shape, result);
    result.missing.sort();
    result.unexpected.sort();
    result.wrongKind.sort();

    if (!result.missing.isEmpty() || !result.unexpected.isEmpty() || !result.wrongKind.isEmpty())
        result.status = Result::Status::Differs;
    else if (!hasPayload)
        result.status = Result::Status::NoData;
    else
        result.status = documented ? Result::Status::Matches : Result::Status::PayloadNotDocumented;
    return result;
}

bool PayloadCheckResult::passed() const
{
    return status == Status::Matches || status == Status::NoData
        || status == Status::PayloadNotDocumented;
}

QStringList PayloadCheckResult::sentences() const
{
    QStringList lines;
    switch (status) {
    case Status::Matches:
        lines << tr("The body has the documented fields of “%1”.").arg(event);
        break;
    case Status::NoData:
        lines << tr("The body is the documented form of “%1” without data (the webhook's "
                    "“send data” is off).")
                     .arg(event);
        break;
    case Status::PayloadNotDocumented:
        lines << tr("Channex documents no payload fields for “%1”, so its payload is not checked.")
                     .arg(event);
        break;
    case Status::Differs:
        lines << tr("The body differs from the documented shape of “%1”.").arg(event);
        break;
    case Status::NotJson:
        lines << tr("The body is not JSON: %1 at byte %2.").arg(parseError).arg(parseOffset);
        break;
    case Status::NotObject:
        lines << tr("The body is JSON but not an object, so it is not a Channex delivery.");
        break;
    case Status::NoEvent:
        lines << tr("The body has no “event” field naming a Channex event.");
        break;
    case Status::UnknownEvent:
        lines << tr("“%1” is not one of the events Channex documents.").arg(event);
        break;
    }
    if (!missing.isEmpty())
        lines << tr("Missing documented fields: %1.").arg(quotedList(missing));
    if (!unexpected.isEmpty())
        lines << tr("Fields the documentation does not show: %1.").arg(quotedList(unexpected));
    if (!wrongKind.isEmpty())
        lines << tr("Fields of another kind (object, array or value) than documented: %1.")
                     .arg(quotedList(wrongKind));
    return lines;
}

} // namespace Payloads
