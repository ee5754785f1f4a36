// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/fuzz/FuzzEntries.h"

#include "app/capture/CaptureRecord.h"
#include "app/capture/CaptureStore.h"
#include "app/channex/EventMask.h"
#include "app/channex/JsonApiCodec.h"
#include "app/http/HttpRequestHandler.h"
#include "app/http/RequestParser.h"

#include <QByteArray>
#include <QList>
#include <QSemaphore>

#include <optional>

using namespace Qt::StringLiterals;
using Channex::EventMask;
using Channex::Webhook;
using Http::HttpRequest;
using Http::RequestParser;

namespace Fuzz {

namespace {

// --- RequestParser ---

// Small limits, so that short inputs reach the 413 and 431 paths. The split byte can only reach
// the first 256 bytes, which is where the header section ends under these limits.
Http::HttpLimits fuzzLimits()
{
    Http::HttpLimits limits;
    limits.maxHeaderBytes = 256;
    limits.maxBodyBytes = 128;
    return limits;
}

struct ParseOutcome
{
    QList<HttpRequest> requests;
    RequestParser::State state = RequestParser::State::NeedMore;
    int errorStatus = 0;
};

// Bytes of the header section a request kept: a lower bound of what the parser counted.
qint64 keptHeaderBytes(const HttpRequest &request)
{
    qint64 bytes = request.method.size() + request.target.size();
    for (const auto &[name, value] : request.headers)
        bytes += name.size() + value.size();
    return bytes;
}

QString checkRequest(const HttpRequest &request, const Http::HttpLimits &limits)
{
    if (request.method.isEmpty())
        return u"a request was delivered without a method"_s;
    if (request.body.size() > limits.maxBodyBytes)
        return u"a request body of %1 bytes passed the %2-byte limit"_s.arg(request.body.size())
            .arg(limits.maxBodyBytes);
    if (keptHeaderBytes(request) > limits.maxHeaderBytes)
        return u"a header section of at least %1 bytes passed the %2-byte limit"_s
            .arg(keptHeaderBytes(request))
            .arg(limits.maxHeaderBytes);
    // The accessors the handlers call on every request must cope with any target.
    (void)request.path();
    (void)request.query();
    (void)request.header("Host");
    return {};
}

QString checkParserState(const RequestParser &parser)
{
    const bool failed = parser.state() == RequestParser::State::Error;
    const int status = parser.errorStatus();
    // The statuses RequestParser::errorStatus() documents, each with a reason phrase.
    if (failed && status != 400 && status != 413 && status != 431 && status != 501 && status != 505)
        return u"the parser failed with status %1, not 400, 413, 431, 501 or 505"_s.arg(status);
    if (failed && parser.errorReason().isEmpty())
        return u"the parser failed with status %1 but without a reason"_s.arg(status);
    if (!failed && status != 0)
        return u"the parser reports status %1 without being in the error state"_s.arg(status);
    if (parser.expectsContinue() && !parser.isRequestInProgress())
        return u"the parser expects a body for a request that is not in progress"_s;
    if (parser.state() != RequestParser::State::NeedMore && parser.isRequestInProgress())
        return u"the parser reports a request in progress after the stream ended"_s;
    return {};
}

ParseOutcome parsePieces(const QList<QByteArrayView> &pieces, QString *failure)
{
    const Http::HttpLimits limits = fuzzLimits();
    RequestParser parser(limits);
    ParseOutcome outcome;
    for (const QByteArrayView piece : pieces) {
        parser.feed(piece);
        *failure = checkParserState(parser);
        if (!failure->isEmpty())
            return outcome;
        for (const HttpRequest &request : parser.takeRequests()) {
            *failure = checkRequest(request, limits);
            if (!failure->isEmpty())
                return outcome;
            outcome.requests << request;
        }
    }
    outcome.state = parser.state();
    outcome.errorStatus = parser.errorStatus();

    // Once the stream has ended or broken, later bytes must change nothing.
    if (outcome.state != RequestParser::State::NeedMore) {
        parser.feed("GET / HTTP/1.1\r\nHost: a\r\n\r\n");
        if (parser.state() != outcome.state || parser.errorStatus() != outcome.errorStatus
            || parser.hasRequests())
            *failure = u"bytes after the end of the stream changed the parser's result"_s;
    }
    return outcome;
}

// What differs between two parses of the same bytes, or an empty string.
QString compareOutcomes(const ParseOutcome &split, const ParseOutcome &whole)
{
    if (split.state != whole.state)
        return u"the split input ends in state %1, the whole input in state %2"_s
            .arg(int(split.state))
            .arg(int(whole.state));
    if (split.errorStatus != whole.errorStatus)
        return u"the split input fails with %1, the whole input with %2"_s.arg(split.errorStatus)
            .arg(whole.errorStatus);
    if (split.requests.size() != whole.requests.size())
        return u"the split input gives %1 requests, the whole input %2"_s.arg(split.requests.size())
            .arg(whole.requests.size());
    for (qsizetype i = 0; i < split.requests.size(); ++i) {
        const HttpRequest &a = split.requests.at(i);
        const HttpRequest &b = whole.requests.at(i);
        if (a.method != b.method || a.target != b.target || a.versionMajor != b.versionMajor
            || a.versionMinor != b.versionMinor || a.headers != b.headers || a.body != b.body
            || a.keepAlive != b.keepAlive)
            return u"request %1 differs between the split and the whole input"_s.arg(i);
    }
    return {};
}

// --- JsonApiCodec and EventMask ---

QString checkEventMask(const QString &text)
{
    const EventMask first = EventMask::parse(text);
    const QString once = first.format();
    const EventMask second = EventMask::parse(once);
    const QString twice = second.format();
    if (twice != once)
        return u"EventMask format is not idempotent: \"%1\" formats as \"%2\", then as \"%3\""_s
            .arg(text, once, twice);
    if (second.isAll() != first.isAll() || second.entries().size() != first.entries().size())
        return u"EventMask \"%1\" changes meaning when its formatted text \"%2\" is parsed"_s.arg(
            text, once);
    // What the editor and the table show for every mask.
    for (const EventMask &mask : {first, second}) {
        (void)mask.problems();
        (void)mask.displayText();
        (void)mask.unknownEvents();
        (void)mask.eventNames();
        (void)mask.contains(u"booking_new"_s);
    }
    return {};
}

// What the client reads must survive the sandbox writing it back (webhookToResource) unchanged.
QString checkWebhook(const Webhook &webhook)
{
    QString error;
    const std::optional<Webhook> back = Channex::JsonApi::webhookFromResource(
        Channex::JsonApi::webhookToResource(webhook), &error);
    if (!back)
        return u"webhook \"%1\" no longer reads after webhookToResource(): %2"_s.arg(webhook.id,
                                                                                     error);
    if (*back != webhook)
        return u"webhook \"%1\" changes through webhookToResource()"_s.arg(webhook.id);
    return checkEventMask(webhook.eventMask);
}

// --- Parse and capture ---

// Appends and waits for the writer thread's verdict; the stored record, or a failure sentence.
std::optional<Capture::CaptureRecord>
appendAndWait(Capture::CaptureStore &store, const Capture::CaptureRecord &record, QString *failure)
{
    QSemaphore done;
    Capture::CaptureRecord stored;
    QString error;
    store.append(record, [&](const Capture::CaptureRecord &result, const QString &message) {
        stored = result;
        error = message;
        done.release();
    });
    if (!done.tryAcquire(1, 30'000)) {
        *failure = u"the store did not report the append within 30 s"_s;
        return std::nullopt;
    }
    if (!error.isEmpty() || stored.id <= 0) {
        *failure = u"the store refused a capture: %1"_s.arg(error);
        return std::nullopt;
    }
    return stored;
}

// What a capture keeps of the bytes must come back from the database unchanged.
QString checkStored(Capture::CaptureStore &store, const Capture::CaptureRecord &record)
{
    QString failure;
    const auto stored = appendAndWait(store, record, &failure);
    if (!stored)
        return failure;
    const auto loaded = store.load(stored->id);
    if (!loaded)
        return u"capture %1 was stored but does not load"_s.arg(stored->id);
    if (loaded->method != record.method || loaded->target != record.target)
        return u"capture %1 reads back with another method or target"_s.arg(stored->id);
    if (loaded->headers != record.headers)
        return u"capture %1 reads back with other headers"_s.arg(stored->id);
    if (loaded->body != record.body)
        return u"capture %1 reads back with another body"_s.arg(stored->id);
    if (loaded->rawBytes != record.rawBytes)
        return u"capture %1 reads back with other raw bytes"_s.arg(stored->id);
    if (loaded->status != record.status || loaded->event != record.event
        || loaded->propertyId != record.propertyId)
        return u"capture %1 reads back with another status or Channex event"_s.arg(stored->id);
    if ((loaded->marks & ~(Capture::Mark::Duplicate | Capture::Mark::OutOfOrder))
        != (record.marks & ~(Capture::Mark::Duplicate | Capture::Mark::OutOfOrder)))
        return u"capture %1 reads back with other marks"_s.arg(stored->id);
    (void)loaded->path();
    (void)loaded->query();
    return {};
}

QString checkRequestRecord(const HttpRequest &request, const Capture::CaptureRecord &record)
{
    if (record.method != request.method || record.target != request.target
        || record.headers != request.headers || record.body != request.body
        || record.rawBytes != request.rawBytes)
        return u"CaptureRecord::fromRequest did not keep the request as parsed"_s;
    return {};
}

// The rejection the connection would report for the parser's current request.
Http::RejectedRequest rejectionOf(const RequestParser &parser, int status, const QString &reason)
{
    Http::RejectedRequest rejection;
    rejection.status = status;
    rejection.reason = reason;
    const QByteArray bytes = parser.pendingBytes();
    rejection.bytes = bytes.first(qMin(bytes.size(), Http::RejectedRequest::MaxBytes));
    rejection.bytesTruncated = bytes.size() > Http::RejectedRequest::MaxBytes;
    rejection.receivedAt = parser.pendingSince();
    rejection.peerAddress = QHostAddress::LocalHost;
    rejection.peerPort = 40000;
    rejection.connectionId = 1;
    return rejection;
}

QString checkRejectionRecord(const Http::RejectedRequest &rejection,
                             const Capture::CaptureRecord &record)
{
    if (!record.marks.testFlag(Capture::Mark::Rejected))
        return u"CaptureRecord::fromRejection did not mark the capture Rejected"_s;
    if (record.status != rejection.status)
        return u"CaptureRecord::fromRejection stored status %1 for a %2"_s.arg(record.status)
            .arg(rejection.status);
    if (record.rawBytes != rejection.bytes)
        return u"CaptureRecord::fromRejection did not keep the bytes received"_s;
    return {};
}

} // namespace

QString parseAndCaptureEntry(QByteArrayView input, Capture::CaptureStore &store)
{
    const Http::HttpLimits limits = fuzzLimits();
    RequestParser parser(limits);
    parser.feed(input);
    for (const HttpRequest &request : parser.takeRequests()) {
        Capture::CaptureRecord record = Capture::CaptureRecord::fromRequest(request);
        if (QString failure = checkRequestRecord(request, record); !failure.isEmpty())
            return failure;
        record.status = 200;
        record.responseBody = R"({"captured":true})";
        if (QString failure = checkStored(store, record); !failure.isEmpty())
            return failure;
    }

    std::optional<Http::RejectedRequest> rejection;
    if (parser.state() == RequestParser::State::Error)
        rejection = rejectionOf(parser, parser.errorStatus(), parser.errorReason());
    else if (parser.isRequestInProgress())
        rejection = rejectionOf(parser, 408, u"The request timed out."_s);
    if (!rejection)
        return {};
    const Capture::CaptureRecord record = Capture::CaptureRecord::fromRejection(*rejection);
    if (QString failure = checkRejectionRecord(*rejection, record); !failure.isEmpty())
        return failure;
    return checkStored(store, record);
}

QString requestParserEntry(QByteArrayView input)
{
    if (input.isEmpty())
        return {};
    const QByteArrayView stream = input.sliced(1);
    const qsizetype split = qsizetype(quint8(input.front())) % (stream.size() + 1);

    QString failure;
    const ParseOutcome splitOutcome
        = parsePieces({stream.first(split), stream.sliced(split)}, &failure);
    if (!failure.isEmpty())
        return failure;
    const ParseOutcome wholeOutcome = parsePieces({stream}, &failure);
    if (!failure.isEmpty())
        return failure;
    return compareOutcomes(splitOutcome, wholeOutcome);
}

QString jsonApiCodecEntry(QByteArrayView input)
{
    namespace JsonApi = Channex::JsonApi;
    const QByteArray body = input.toByteArray();
    QString error;

    if (const auto page = JsonApi::parseWebhookList(body, &error)) {
        for (const Webhook &webhook : page->webhooks) {
            if (QString failure = checkWebhook(webhook); !failure.isEmpty())
                return failure;
        }
    }
    if (const auto webhook = JsonApi::parseWebhookDocument(body, &error)) {
        if (QString failure = checkWebhook(*webhook); !failure.isEmpty())
            return failure;
    }
    (void)JsonApi::parsePropertyOptions(body, &error);
    (void)JsonApi::parseTestResult(body, &error);
    (void)JsonApi::parseErrorBody(body);
    return checkEventMask(QString::fromUtf8(body));
}

} // namespace Fuzz
