// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace Http {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// The first value of the header `name` in `headers`, case-insensitive; empty when absent.
// Every header look-up in the app goes through these two (requests, captures, hand-off).
QByteArray firstHeader(const HeaderList &headers, QByteArrayView name);
bool hasHeader(const HeaderList &headers, QByteArrayView name);

// One complete HTTP/1.1 request as the parser delivers it. Header names keep their original
// case; look-ups through header() ignore case. `headers` and `trailers` hold field values as
// RFC 9110 §5.5 defines them (without surrounding whitespace); `rawBytes` keeps everything
// exactly as it came off the wire, for a capture's Raw view.
struct HttpRequest
{
    QByteArray method; // "GET", "POST", …
    QByteArray target; // request-target exactly as sent, e.g. "/api/v1/webhooks?pagination[page]=2"
    int versionMajor = 1;
    int versionMinor = 1;
    HeaderList headers; // in arrival order, duplicates kept
    QByteArray body; // de-chunked when Transfer-Encoding: chunked
    HeaderList trailers; // the trailer section of a chunked body, in arrival order
    bool keepAlive = true;
    // The request exactly as received: request line, header section (values untrimmed), body
    // with its chunk framing and trailers. Bytes before it (stray CRLFs) count as its own.
    QByteArray rawBytes;
    qsizetype headerSectionSize = 0; // leading bytes of rawBytes up to the blank line, inclusive
    QDateTime receivedAt; // UTC, when its first byte was parsed
    // Set by the connection: who sent it, and over which connection (unique in the process, so
    // a later view can group keep-alive and pipelined requests).
    QHostAddress peerAddress;
    quint16 peerPort = 0;
    quint64 connectionId = 0;

    // Decoded path of the target, without the query ("/api/v1/webhooks").
    QString path() const;
    // Decoded query of the target.
    QUrlQuery query() const;
    // First value of a header, case-insensitive; empty when absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
};

} // namespace Http
