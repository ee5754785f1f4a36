// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/capture/CaptureRecord.h"

#include "app/capture/ChannexEnvelope.h"
#include "app/http/HttpRequestHandler.h"
#include "app/http/RequestParser.h"

#include <algorithm>

namespace Capture {

QString CaptureRecord::path() const
{
    // The same reading as Http::HttpRequest::path(), so a capture shows what the handler saw;
    // without a '%' there is nothing to decode (the store asks for every row it writes).
    if (target.startsWith('/')) {
        const qsizetype queryStart = target.indexOf('?');
        const QByteArrayView path
            = queryStart < 0 ? QByteArrayView(target) : QByteArrayView(target).first(queryStart);
        if (!path.contains('%'))
            return QString::fromUtf8(path);
    }
    Http::HttpRequest request;
    request.target = target;
    return request.path();
}

QUrlQuery CaptureRecord::query() const
{
    Http::HttpRequest request;
    request.target = target;
    return request.query();
}

QByteArray CaptureRecord::header(QByteArrayView name) const
{
    return Http::firstHeader(headers, name);
}

Http::HeaderList CaptureRecord::trailers() const
{
    if (marks.testFlag(Mark::Rejected)
        || !header("Transfer-Encoding").toLower().contains(QByteArrayView("chunked")))
        return {};
    // The bytes were accepted once under the receiver's limits; these limits only need to let
    // the same bytes through again.
    Http::HttpLimits limits;
    limits.maxBodyBytes = std::max<qint64>(limits.maxBodyBytes, rawBytes.size());
    limits.maxHeaderBytes = std::max<qint64>(limits.maxHeaderBytes, rawBytes.size());
    Http::RequestParser parser(limits);
    parser.feed(rawBytes);
    const QList<Http::HttpRequest> requests = parser.takeRequests();
    return requests.isEmpty() ? Http::HeaderList() : requests.constFirst().trailers;
}

CaptureRecord CaptureRecord::fromRequest(const Http::HttpRequest &request)
{
    CaptureRecord record;
    record.receivedAt = request.receivedAt;
    record.method = request.method;
    record.target = request.target;
    record.versionMajor = request.versionMajor;
    record.versionMinor = request.versionMinor;
    record.headers = request.headers;
    record.body = request.body;
    record.rawBytes = request.rawBytes;
    if (!request.peerAddress.isNull())
        record.peerAddress = request.peerAddress.toString();
    record.peerPort = request.peerPort;
    record.connectionId = request.connectionId;

    ChannexEnvelope envelope = ChannexEnvelope::recognise(request.body);
    record.event = std::move(envelope.event);
    record.propertyId = std::move(envelope.propertyId);
    record.userId = std::move(envelope.userId);
    record.payloadTimestamp = std::move(envelope.timestamp);
    record.subjects = std::move(envelope.subjects);
    return record;
}

CaptureRecord CaptureRecord::fromRejection(const Http::RejectedRequest &rejection)
{
    CaptureRecord record;
    record.receivedAt = rejection.receivedAt;
    record.rawBytes = rejection.bytes;
    // The request line, when it arrived, says what was refused: "POST /hook HTTP/1.1".
    const qsizetype lineEnd = rejection.bytes.indexOf('\n');
    const QList<QByteArray> requestLine
        = rejection.bytes.first(lineEnd < 0 ? rejection.bytes.size() : lineEnd)
              .trimmed()
              .split(' ');
    if (requestLine.size() == 3 && requestLine.at(2).startsWith("HTTP/")) {
        record.method = requestLine.at(0);
        record.target = requestLine.at(1);
    }
    if (!rejection.peerAddress.isNull())
        record.peerAddress = rejection.peerAddress.toString();
    record.peerPort = rejection.peerPort;
    record.connectionId = rejection.connectionId;
    record.status = rejection.status;
    record.note = rejection.reason;
    record.marks = Mark::Rejected;
    if (rejection.bytesTruncated)
        record.marks |= Mark::BytesTruncated;
    return record;
}

} // namespace Capture
