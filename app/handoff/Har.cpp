// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/handoff/Har.h"

#include "app/handoff/RecordText.h"
#include "app/http/HttpResponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Handoff {

namespace {

QJsonArray nameValues(const Http::HeaderList &pairs)
{
    QJsonArray array;
    for (const auto &[name, value] : pairs)
        array.append(QJsonObject {{u"name"_s, headerText(name)}, {u"value"_s, headerText(value)}});
    return array;
}

QString decoded(const QByteArray &bytes)
{
    QByteArray plus = bytes;
    plus.replace('+', ' ');
    return headerText(QByteArray::fromPercentEncoding(plus));
}

QJsonArray queryString(const QByteArray &target)
{
    QJsonArray array;
    const QByteArray query = targetQuery(target);
    if (query.isEmpty())
        return array;
    for (const QByteArray &part : query.split('&')) {
        const qsizetype equals = part.indexOf('=');
        array.append(
            QJsonObject {{u"name"_s, decoded(equals < 0 ? part : part.left(equals))},
                         {u"value"_s, equals < 0 ? QString() : decoded(part.mid(equals + 1))}});
    }
    return array;
}

// Cookies the request carried ("a=1; b=2") or we set (one per Set-Cookie).
QJsonArray cookies(const Http::HeaderList &headers, QByteArrayView headerName)
{
    QJsonArray array;
    const bool setCookie = headerName.compare("set-cookie", Qt::CaseInsensitive) == 0;
    for (const auto &[name, value] : headers) {
        if (name.compare(headerName, Qt::CaseInsensitive) != 0)
            continue;
        const QList<QByteArray> parts
            = setCookie ? QList<QByteArray> {value.split(';').first()} : value.split(';');
        for (const QByteArray &part : parts) {
            const QByteArray trimmed = part.trimmed();
            if (trimmed.isEmpty())
                continue;
            const qsizetype equals = trimmed.indexOf('=');
            array.append(QJsonObject {
                {u"name"_s, headerText(equals < 0 ? trimmed : trimmed.left(equals))},
                {u"value"_s, headerText(equals < 0 ? QByteArray() : trimmed.mid(equals + 1))}});
        }
    }
    return array;
}

// The bytes of the header section as received: request or status line, each "name: value\r\n",
// and the blank line.
qint64 headersSize(const QByteArray &firstLine, const Http::HeaderList &headers)
{
    qint64 size = firstLine.size() + 2 + 2;
    for (const auto &[name, value] : headers)
        size += name.size() + 2 + value.size() + 2;
    return size;
}

QString mimeType(const Http::HeaderList &headers)
{
    return headerText(Http::firstHeader(headers, "Content-Type"));
}

QString requestUrl(const Capture::CaptureRecord &record)
{
    const QByteArray host = Http::firstHeader(record.headers, "Host").trimmed();
    return u"http://"_s + (host.isEmpty() ? u"localhost"_s : headerText(host))
        + headerText(record.target);
}

} // namespace

QJsonObject harEntry(const Capture::CaptureRecord &original, const RedactionOptions &options)
{
    const Capture::CaptureRecord record = applyRedaction(original, options);
    const QString version = QString::fromLatin1(httpVersion(record));

    QJsonObject request {
        {u"method"_s, QString::fromLatin1(record.method)},
        {u"url"_s, requestUrl(record)},
        {u"httpVersion"_s, version},
        {u"cookies"_s, cookies(record.headers, "Cookie")},
        {u"headers"_s, nameValues(record.headers)},
        {u"queryString"_s, queryString(record.target)},
        {u"headersSize"_s,
         double(headersSize(record.method + ' ' + record.target + ' ' + httpVersion(record),
                            record.headers))},
        {u"bodySize"_s, double(record.body.size())},
    };
    if (!record.body.isEmpty()) {
        // HAR 1.2 defines `encoding` only for response content; the same field here is the
        // common extension readers (Chrome, Firefox, har-validator) accept for binary bodies.
        QJsonObject postData {{u"mimeType"_s, mimeType(record.headers)}};
        if (isUtf8(record.body)) {
            postData.insert(u"text"_s, QString::fromUtf8(record.body));
        } else {
            postData.insert(u"text"_s, QString::fromLatin1(record.body.toBase64()));
            postData.insert(u"encoding"_s, u"base64"_s);
        }
        request.insert(u"postData"_s, postData);
    }

    QJsonObject content {{u"size"_s, double(record.responseBody.size())},
                         {u"mimeType"_s, mimeType(record.responseHeaders)}};
    if (isUtf8(record.responseBody)) {
        content.insert(u"text"_s, QString::fromUtf8(record.responseBody));
    } else {
        content.insert(u"text"_s, QString::fromLatin1(record.responseBody.toBase64()));
        content.insert(u"encoding"_s, u"base64"_s);
    }
    const QByteArray reason
        = record.status > 0 ? Http::HttpResponse::reasonPhrase(record.status) : QByteArray();
    const QJsonObject response {
        {u"status"_s, record.status},
        {u"statusText"_s, QString::fromLatin1(reason)},
        {u"httpVersion"_s, version},
        {u"cookies"_s, cookies(record.responseHeaders, "Set-Cookie")},
        {u"headers"_s, nameValues(record.responseHeaders)},
        {u"content"_s, content},
        {u"redirectURL"_s,
         QString::fromLatin1(Http::firstHeader(record.responseHeaders, "Location"))},
        {u"headersSize"_s,
         double(headersSize(httpVersion(record) + ' ' + QByteArray::number(record.status) + ' '
                                + reason,
                            record.responseHeaders))},
        {u"bodySize"_s, double(record.responseBody.size())},
    };

    // We only know the time from the first byte until the answer: all of it is "wait".
    const double time = durationMs(record);
    QJsonObject entry {
        {u"startedDateTime"_s, isoTime(record.receivedAt)},
        {u"time"_s, time},
        {u"request"_s, request},
        {u"response"_s, response},
        {u"cache"_s, QJsonObject()},
        {u"timings"_s, QJsonObject {{u"send"_s, 0}, {u"wait"_s, time}, {u"receive"_s, 0}}},
        {u"connection"_s, QString::number(record.connectionId)},
        {u"_id"_s, double(record.id)},
        {u"_marks"_s, QJsonArray::fromStringList(markNames(record.marks))},
    };
    const QString peer = peerText(record);
    // HAR's serverIPAddress would be us; the sender goes into a custom field.
    if (!peer.isEmpty())
        entry.insert(u"_peer"_s, peer);
    QStringList comment;
    if (!record.event.isEmpty())
        comment.append(u"Channex event %1, property %2"_s.arg(record.event, record.propertyId));
    if (!record.note.isEmpty())
        comment.append(record.note);
    if (!comment.isEmpty())
        entry.insert(u"comment"_s, comment.join(u"; "_s));
    return entry;
}

bool HarWriter::begin()
{
    const QJsonObject creator {{u"name"_s, u"Webhook Console"_s},
                               {u"version"_s, QStringLiteral(WC_VERSION)}};
    return put(R"({"log":{"version":"1.2","creator":)"
               + QJsonDocument(creator).toJson(QJsonDocument::Compact) + R"(,"entries":[)" + '\n');
}

bool HarWriter::write(const Capture::CaptureRecord &record)
{
    const QByteArray separator = written() > 0 ? ",\n" : "";
    if (!put(separator + QJsonDocument(harEntry(record, options())).toJson(QJsonDocument::Compact)))
        return false;
    counted();
    return true;
}

bool HarWriter::finish()
{
    return put("\n]}}\n");
}

} // namespace Handoff
