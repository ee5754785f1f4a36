// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/http/HttpRequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace Http {
struct RejectedRequest;
}

namespace Capture {

// Marks a capture carries, stored as one integer column. Duplicate and OutOfOrder are decided by
// the store when the row is written (it sees every earlier capture); the others by whoever
// builds the record.
enum class Mark : int {
    Rejected = 1 << 0, // refused by the HTTP core (400/408/413/431/…); rawBytes is what had arrived
    SecretMismatch = 1 << 1, // the expected secret header was missing or wrong: answered 401
    Duplicate = 1 << 2, // the same body arrived before for the same event and property
    OutOfOrder = 1 << 3, // same property, payload `timestamp` earlier than the latest seen
    Pinned = 1 << 4, // kept by the user: retention and Clear leave it alone
    BytesTruncated = 1 << 5, // a rejected request of which only the first bytes were kept
    AnsweredByRule = 1 << 6, // a response rule chose the answer (CaptureRecord::answeredBy)
    Forwarded = 1 << 7, // sent on to an app; the answer is that app's (CaptureRecord::forwarded)
};
Q_DECLARE_FLAGS(Marks, Mark)
Q_DECLARE_OPERATORS_FOR_FLAGS(Marks)

// The marks a person should look at: what "Marked only" shows and the list marks in colour.
// Pinned and BytesTruncated are facts about the row, not warnings about the delivery.
inline constexpr Marks AttentionMarks
    = Marks(Mark::Rejected) | Mark::SecretMismatch | Mark::Duplicate | Mark::OutOfOrder;

// Where a request was forwarded and what that app answered. The sender got that answer (less
// the hop-by-hop headers), or 502 or 504 when there was none.
struct ForwardedAnswer
{
    QString url; // the request as sent on: the forwarding URL with the original path and query
    int status = 0; // the app's, 0 while waiting or when it did not answer
    Http::HeaderList headers;
    QByteArray body;
    QString error; // why the app did not answer ("connection refused", "no answer within 30 s")
    qint64 durationUs = 0; // from sending to the app's last byte

    bool isEmpty() const { return url.isEmpty(); }
    friend bool operator==(const ForwardedAnswer &, const ForwardedAnswer &) = default;
};

// One received request and what we answered: a row of the capture store, everything the
// detail view and the hand-off formats show.
struct CaptureRecord
{
    qint64 id = 0; // the store's, > 0 once stored
    QDateTime receivedAt; // UTC, the request's first byte
    // From the first byte until the row was written, just before the answer was sent. Left 0,
    // the store sets it as it writes the row.
    qint64 durationUs = 0;

    QByteArray method;
    QByteArray target; // exactly as sent, query included
    int versionMajor = 1;
    int versionMinor = 1;
    Http::HeaderList headers; // in arrival order, duplicates kept, names as sent
    QByteArray body; // de-chunked
    QByteArray rawBytes; // exactly as received (Raw tab)

    QString peerAddress;
    quint16 peerPort = 0;
    quint64 connectionId = 0;

    // What we answered. While a forwarded request waits for the app, status is 0.
    int status = 0;
    Http::HeaderList responseHeaders;
    QByteArray responseBody;
    // The response rule that chose the answer: its name, or its position ("rule 2"); empty for
    // the default answer.
    QString answeredBy;
    ForwardedAnswer forwarded; // empty unless the request was forwarded

    // Recognised from a Channex payload (PayloadCheck); empty when the body is not one.
    QString event;
    QString propertyId;
    QString userId;
    QString payloadTimestamp;
    // What the delivery is about (DeliverySubject): the Out-of-order mark compares timestamps
    // within a subject. Kept in capture_subjects, not read back with the record.
    QStringList subjects;

    Marks marks;
    QString note; // why it was rejected or answered 401, as shown in the panel

    QString path() const; // decoded, without the query
    QUrlQuery query() const;
    QByteArray header(QByteArrayView name) const; // first value, case-insensitive
    // The trailer fields of a chunked body, in arrival order. They are not stored apart: the
    // raw bytes keep them, and the HTTP core's parser reads them again from there.
    Http::HeaderList trailers() const;

    // The request fields and the recognised Channex fields; status and answer left to the caller.
    static CaptureRecord fromRequest(const Http::HttpRequest &request);
    // A request the HTTP core refused: status, note, bytes and marks filled in.
    static CaptureRecord fromRejection(const Http::RejectedRequest &rejection);
};

// One row of the captured list: what the list shows, without the bodies.
struct CaptureSummary
{
    qint64 id = 0;
    QDateTime receivedAt;
    QByteArray method;
    QString path;
    QString event;
    QString propertyId;
    qint64 size = 0; // body bytes (raw bytes for a rejected request)
    int status = 0;
    qint64 durationUs = 0;
    Marks marks;
};

} // namespace Capture
