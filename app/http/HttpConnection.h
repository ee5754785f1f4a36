// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/http/HttpLimits.h"
#include "app/http/HttpRequest.h"
#include "app/http/HttpResponse.h"
#include "app/http/RequestParser.h"

#include <QObject>

#include <deque>
#include <memory>
#include <optional>

class QTcpSocket;
class QTimer;

namespace Http {

class HttpRequestHandler;
class ReplyMailbox;
class ReplyTarget;

// One client connection: feeds the socket's bytes to a RequestParser, hands every request to the
// handler at once (pipelined requests are handled concurrently) and writes the responses
// strictly in request order as they become ready. Enforces the idle, request and write timeouts,
// and stops reading while the client does not read its answers.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    // Takes ownership of the socket. Bytes the socket already holds are processed from the event
    // loop, so closed() is never emitted before the caller could connect to it. Replies made on
    // other threads come back through `mailbox`, the server's; without one the connection has
    // its own.
    HttpConnection(QTcpSocket *socket, HttpRequestHandler *handler, const HttpLimits &limits,
                   QObject *parent = nullptr, std::shared_ptr<ReplyMailbox> mailbox = {});
    ~HttpConnection() override;

    // Drops the connection at once, without answering pending requests.
    // True while more answer bytes wait in the socket than HttpLimits::maxBufferedOutputBytes:
    // the connection reads no further requests until the client takes its answers.
    bool outputBackedUp() const { return !outputHasRoom(); }
    bool outputHasRoom() const;
    void abort();
    // Unique in the process, from 1; stamped on every request of this connection.
    quint64 connectionId() const { return m_connectionId; }

signals:
    // The socket is gone; the connection may be deleted.
    void closed();
    // The connection itself refused a request (400, 408, 413, 431, 501, 505); the handler's
    // rejected() was called with the details just before.
    void requestRejected(int status, const QString &reason);

private:
    // One request awaiting its turn on the wire.
    struct PendingResponse
    {
        quint64 sequence = 0;
        bool headRequest = false;
        bool keepAlive = true;
        bool http10 = false;
        std::optional<QByteArray> bytes; // set once the handler answered
        bool close = false;
        bool drop = false; // HttpResponse::dropConnection
    };

    void process();
    void onBytesWritten();
    void writeReadyResponses();
    bool readInput();
    void dispatchRequests();
    void deliver(quint64 sequence, const HttpResponse &response);
    void reject(int status, const QString &reason);
    void sendContinueIfAwaited();
    void updateTimers(bool requestCompleted);
    void finish();
    void onRequestTimeout();
    bool pipelineHasRoom() const;
    bool isIdle() const;

    QTcpSocket *m_socket;
    HttpRequestHandler *m_handler;
    HttpLimits m_limits;
    RequestParser m_parser;
    QHostAddress m_peerAddress;
    quint16 m_peerPort = 0;
    quint64 m_connectionId;
    QTimer *m_idleTimer;
    QTimer *m_requestTimer;
    QTimer *m_writeTimer; // runs while answers wait in the socket and the client takes none
    std::shared_ptr<ReplyMailbox> m_ownMailbox; // only without a server's
    std::shared_ptr<ReplyTarget> m_replyTarget;

    std::deque<HttpRequest> m_undispatched;
    std::deque<PendingResponse> m_pending;
    std::optional<HttpResponse> m_rejection; // answered after the requests before it
    quint64 m_nextSequence = 0;
    bool m_inputClosed = false; // no more requests will be read
    bool m_closing = false; // the last response is written; the socket is going away
    bool m_continueSent = false;
    bool m_processing = false;
    bool m_processAgain = false;
};

} // namespace Http
