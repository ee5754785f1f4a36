// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/handoff/Redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Handoff {

namespace {

// Objects that describe the guest or the guest's card as a whole: every value inside is hidden.
const QSet<QString> &guestObjectKeys()
{
    static const QSet<QString> keys {u"customer"_s, u"guarantee"_s};
    return keys;
}

// Replaces every value under a hidden key; null stays null (it hides nothing), the structure of
// objects and arrays stays so that a reader still sees the shape.
QJsonValue hideAll(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = hideAll(it.value());
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = hideAll(*it);
        return array;
    }
    if (value.isNull() || value.isUndefined())
        return value;
    return QString::fromLatin1(redactedValue);
}

QJsonValue redactValue(const QJsonValue &value, bool *changed);

QJsonObject redactObject(QJsonObject object, bool *changed)
{
    // Fields that name the guest or hold what the guest wrote, wherever they appear. `name`,
    // `city` and the like mean the guest only inside `customer` (hidden whole); elsewhere (a
    // channel's or a service's `name`) they are the hotel's data and stay.
    static const QSet<QString> fieldKeys {
        u"customer_name"_s, u"guest_name"_s,  u"reviewer_name"_s, u"cardholder_name"_s,
        u"notes"_s,         u"message"_s,     u"content"_s,       u"raw_content"_s,
        u"reply"_s,         u"attachments"_s,
    };
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key().toLower();
        if (guestObjectKeys().contains(key) || fieldKeys.contains(key)) {
            const QJsonValue hidden = hideAll(it.value());
            if (hidden != it.value()) {
                it.value() = hidden;
                *changed = true;
            }
        } else {
            it.value() = redactValue(it.value(), changed);
        }
    }
    return object;
}

QJsonValue redactValue(const QJsonValue &value, bool *changed)
{
    if (value.isObject())
        return redactObject(value.toObject(), changed);
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = redactValue(*it, changed);
        return array;
    }
    return value;
}

bool containsCi(QByteArrayView haystack, QByteArrayView needle)
{
    return haystack.toByteArray().toLower().contains(needle);
}

} // namespace

bool isSecretName(QByteArrayView name)
{
    static const QByteArrayView exact[] = {"authorization", "proxy-authorization", "cookie",
                                           "set-cookie", "x-channex-webhook-secret"};
    const QByteArray lower = name.toByteArray().trimmed().toLower();
    for (QByteArrayView candidate : exact) {
        if (lower == candidate)
            return true;
    }
    static const QByteArrayView parts[]
        = {"secret", "token", "signature", "password", "api-key", "api_key", "apikey"};
    for (QByteArrayView part : parts) {
        if (containsCi(lower, part))
            return true;
    }
    return false;
}

Http::HeaderList redactHeaders(const Http::HeaderList &headers)
{
    Http::HeaderList result = headers;
    for (auto &[name, value] : result) {
        if (isSecretName(name))
            value = redactedValue.toByteArray();
    }
    return result;
}

QByteArray redactTarget(const QByteArray &target)
{
    const qsizetype mark = target.indexOf('?');
    if (mark < 0)
        return target;
    const qsizetype hash = target.indexOf('#', mark);
    const QByteArray query = target.mid(mark + 1, hash < 0 ? -1 : hash - mark - 1);
    QList<QByteArray> parts = query.split('&');
    bool changed = false;
    for (QByteArray &part : parts) {
        const qsizetype equals = part.indexOf('=');
        const QByteArray rawName = equals < 0 ? part : part.left(equals);
        QByteArray name = QByteArray::fromPercentEncoding(rawName);
        name.replace('+', ' ');
        if (equals >= 0 && isSecretName(name)) {
            part = rawName + '=' + QUrl::toPercentEncoding(QString::fromLatin1(redactedValue));
            changed = true;
        }
    }
    if (!changed)
        return target;
    return target.left(mark + 1) + parts.join('&') + (hash < 0 ? QByteArray() : target.mid(hash));
}

QByteArray redactGuestData(const QByteArray &body, bool *changed)
{
    bool replaced = false;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    QByteArray result = body;
    if (error.error == QJsonParseError::NoError && (document.isObject() || document.isArray())) {
        const QJsonValue redacted = redactValue(document.isObject() ? QJsonValue(document.object())
                                                                    : QJsonValue(document.array()),
                                                &replaced);
        if (replaced) {
            result = (redacted.isObject() ? QJsonDocument(redacted.toObject())
                                          : QJsonDocument(redacted.toArray()))
                         .toJson(QJsonDocument::Compact);
        }
    }
    if (changed)
        *changed = replaced;
    return result;
}

Capture::CaptureRecord applyRedaction(const Capture::CaptureRecord &record,
                                      const RedactionOptions &options)
{
    if (!options.enabled)
        return record;
    Capture::CaptureRecord result = record;
    result.target = redactTarget(record.target);
    result.headers = redactHeaders(record.headers);
    result.responseHeaders = redactHeaders(record.responseHeaders);
    result.body = redactGuestData(record.body);
    // The response body is our own answer: it never carries guest data.
    // The raw bytes repeat the secrets verbatim; a redacted hand-off does not carry them.
    result.rawBytes.clear();
    return result;
}

} // namespace Handoff
