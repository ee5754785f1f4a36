// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/handoff/JsonLines.h"

#include "app/handoff/RecordText.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Handoff {

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonArray headerArray(const Http::HeaderList &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonArray {headerText(name), headerText(value)});
    return array;
}

// "body" as text when it is UTF-8, otherwise base64; "bodyEncoding" says which.
void putBody(QJsonObject &object, const QByteArray &body)
{
    const bool text = isUtf8(body);
    object.insert(u"bodyEncoding"_s, text ? u"text"_s : u"base64"_s);
    object.insert(u"body"_s, text ? QString::fromUtf8(body) : QString::fromLatin1(body.toBase64()));
    object.insert(u"bodySize"_s, double(body.size()));
}

} // namespace

QJsonObject jsonObject(const Capture::CaptureRecord &original, const RedactionOptions &options)
{
    const Capture::CaptureRecord record = applyRedaction(original, options);
    QJsonObject object;
    object.insert(u"id"_s, double(record.id));
    object.insert(u"received"_s, isoTime(record.receivedAt));
    object.insert(u"method"_s, QString::fromLatin1(record.method));
    object.insert(u"target"_s, headerText(record.target));
    object.insert(u"httpVersion"_s, QString::fromLatin1(httpVersion(record)));
    object.insert(u"headers"_s, headerArray(record.headers));
    putBody(object, record.body);
    object.insert(u"status"_s, record.status);
    object.insert(u"event"_s, textOrNull(record.event));
    object.insert(u"propertyId"_s, textOrNull(record.propertyId));
    object.insert(u"userId"_s, textOrNull(record.userId));
    object.insert(u"durationMs"_s, durationMs(record));
    object.insert(u"peer"_s, textOrNull(peerText(record)));
    object.insert(u"connectionId"_s, double(record.connectionId));
    object.insert(u"marks"_s, QJsonArray::fromStringList(markNames(record.marks)));
    object.insert(u"note"_s, textOrNull(record.note));
    QJsonObject response;
    response.insert(u"status"_s, record.status);
    response.insert(u"headers"_s, headerArray(record.responseHeaders));
    putBody(response, record.responseBody);
    object.insert(u"response"_s, response);
    object.insert(u"redacted"_s, options.enabled);
    return object;
}

QByteArray jsonLine(const Capture::CaptureRecord &record, const RedactionOptions &options)
{
    return QJsonDocument(jsonObject(record, options)).toJson(QJsonDocument::Compact) + '\n';
}

bool JsonLinesWriter::write(const Capture::CaptureRecord &record)
{
    if (!put(jsonLine(record, options())))
        return false;
    counted();
    return true;
}

} // namespace Handoff
