// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/http/HttpLimits.h"
#include "app/http/HttpRequest.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>

#include <memory>

namespace Http {

// Turns the bytes of one connection into complete requests. Pure: no sockets, no timers, so the
// tests can feed it fixture files in any split. Wraps llhttp and adds what llhttp leaves to the
// caller: size limits, request-smuggling checks, strict header names and Expect: 100-continue.
class RequestParser
{
    Q_DECLARE_TR_FUNCTIONS(Http::RequestParser)
    Q_DISABLE_COPY_MOVE(RequestParser)

public:
    enum class State {
        NeedMore, // waiting for (more of) a request
        Closed, // a request without keep-alive ended the stream; later bytes are ignored
        Error // the stream is broken; answer errorStatus() and close
    };

    explicit RequestParser(const HttpLimits &limits = {});
    ~RequestParser();

    // Parses a chunk of any size, from one byte to several pipelined requests.
    State feed(QByteArrayView data);
    State state() const { return m_state; }

    bool hasRequests() const { return !m_requests.isEmpty(); }
    QList<HttpRequest> takeRequests();

    // Some bytes of a request arrived but the request is not complete yet.
    bool isRequestInProgress() const;
    // The request being received asked for `100 Continue` and none of its body arrived yet.
    bool expectsContinue() const;

    // HTTP status to answer on Error (400, 413, 431, 501 or 505) and a sentence saying why.
    int errorStatus() const { return m_errorStatus; }
    QString errorReason() const { return m_errorReason; }
    // The bytes of the request in progress (or, on Error, of the broken one, up to the chunk
    // that broke it), exactly as fed; bounded by the limits. Empty between requests.
    QByteArray pendingBytes() const { return m_raw; }
    // When the request in progress began; invalid between requests.
    QDateTime pendingSince() const { return m_current.receivedAt; }

private:
    struct Callbacks;
    friend struct Callbacks;
    enum class Phase { Idle, Headers, Body };

    qsizetype executeSegment(QByteArrayView data);
    int countTrailer(size_t length);
    int onHeaderFieldComplete();
    int onHeaderValueComplete();
    int onHeadersComplete();
    int onBody(QByteArrayView data);
    int onChunkHeader(quint64 size);
    int onMessageComplete();
    int fail(int status, const QString &reason);
    void resetMessage();

    HttpLimits m_limits;
    struct Llhttp;
    std::unique_ptr<Llhttp> m_llhttp;
    State m_state = State::NeedMore;
    Phase m_phase = Phase::Idle;
    int m_errorStatus = 0;
    QString m_errorReason;

    HttpRequest m_current;
    QByteArray m_field;
    QByteArray m_value;
    qint64 m_headerBytes = 0; // bytes of the current header section so far
    qint64 m_trailerBytes = 0; // trailers of a chunked body count against the header limit
    QByteArray m_raw; // the current request's bytes so far
    bool m_wantsContinue = false;
    bool m_bodyStarted = false;
    bool m_headersJustCompleted = false;
    QList<HttpRequest> m_requests;
};

} // namespace Http
