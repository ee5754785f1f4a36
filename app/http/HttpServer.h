// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/http/HttpLimits.h"

#include <QAbstractSocket>
#include <QHostAddress>
#include <QObject>
#include <QString>

#include <memory>

class QTcpServer;
class QTcpSocket;

namespace Http {

class HttpConnection;
class HttpRequestHandler;
class ReplyMailbox;

// The listener: accepts connections (loopback unless told otherwise), enforces the connection
// cap and hands each socket to an HttpConnection. Lives on whichever thread it was created on
// (or moved to, before listen()); all its connections live there too: that is "the server's
// thread", and every member function is called there.
//
// Threading: the server, its connections and handleRequest() run on the server's thread; an
// HttpReply may be called once from any thread, at any time (a reply for a connection that is
// gone is dropped).
class HttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    // The handler is not owned and must outlive the server.
    explicit HttpServer(HttpRequestHandler *handler, QObject *parent = nullptr);
    ~HttpServer() override;

    void setLimits(const HttpLimits &limits);
    HttpLimits limits() const { return m_limits; }

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    void close();
    bool isListening() const;
    QHostAddress serverAddress() const;
    quint16 serverPort() const;
    QString errorString() const;
    // Why listen() failed (AddressInUseError, SocketAccessError, …), for a sentence of its own.
    QAbstractSocket::SocketError serverError() const;
    int connectionCount() const;
    // Connections that stopped reading because their client does not take its answers.
    int backedUpConnectionCount() const;

signals:
    // A request refused by the server itself (400/408/413/431/501/505/503), for logs; the
    // handler's rejected() gets it with its bytes, peer and connection.
    void requestRejected(int status, const QString &reason);

private:
    void acceptConnections();
    void rejectConnection(QTcpSocket *socket);

    HttpRequestHandler *m_handler;
    HttpLimits m_limits;
    QTcpServer *m_listener = nullptr;
    QList<HttpConnection *> m_connections;
    std::shared_ptr<ReplyMailbox> m_replyMailbox; // replies from other threads, in bursts
};

} // namespace Http
