// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/http/HttpServer.h"

#include "app/http/GracefulClose.h"
#include "app/http/HttpConnection.h"
#include "app/http/HttpRequestHandler.h"
#include "app/http/ReplyMailbox.h"
#include "app/http/ResponseWriter.h"

#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>

namespace Http {

namespace {

constexpr int kRejectLingerMs = 1000;

} // namespace

HttpServer::HttpServer(HttpRequestHandler *handler, QObject *parent)
    : QObject(parent), m_handler(handler), m_replyMailbox(std::make_shared<ReplyMailbox>(this))
{ }

HttpServer::~HttpServer()
{
    m_replyMailbox->detach();
    close();
}

void HttpServer::setLimits(const HttpLimits &limits)
{
    m_limits = limits;
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    // Created here rather than in the constructor so it is born on the thread that listens,
    // even if the server was moved to a worker thread in between.
    if (!m_listener) {
        m_listener = new QTcpServer(this);
        connect(m_listener, &QTcpServer::newConnection, this, &HttpServer::acceptConnections);
    }
    return m_listener->listen(address, port);
}

void HttpServer::close()
{
    if (m_listener)
        m_listener->close();
    const QList<HttpConnection *> connections = std::exchange(m_connections, {});
    for (HttpConnection *connection : connections) {
        connection->disconnect(this);
        connection->abort();
        connection->deleteLater();
    }
}

bool HttpServer::isListening() const
{
    return m_listener && m_listener->isListening();
}

QHostAddress HttpServer::serverAddress() const
{
    return m_listener ? m_listener->serverAddress() : QHostAddress();
}

quint16 HttpServer::serverPort() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

QString HttpServer::errorString() const
{
    return m_listener ? m_listener->errorString() : QString();
}

QAbstractSocket::SocketError HttpServer::serverError() const
{
    return m_listener ? m_listener->serverError() : QAbstractSocket::UnknownSocketError;
}

int HttpServer::connectionCount() const
{
    return int(m_connections.size());
}

int HttpServer::backedUpConnectionCount() const
{
    return int(std::count_if(m_connections.cbegin(), m_connections.cend(),
                             [](const HttpConnection *c) { return c->outputBackedUp(); }));
}

void HttpServer::acceptConnections()
{
    while (QTcpSocket *socket = m_listener->nextPendingConnection()) {
        if (m_connections.size() >= m_limits.maxConnections) {
            rejectConnection(socket);
            continue;
        }
        auto *connection = new HttpConnection(socket, m_handler, m_limits, this, m_replyMailbox);
        m_connections.append(connection);
        connect(connection, &HttpConnection::requestRejected, this, &HttpServer::requestRejected);
        connect(connection, &HttpConnection::closed, this, [this, connection] {
            m_connections.removeOne(connection);
            connection->deleteLater();
        });
    }
}

void HttpServer::rejectConnection(QTcpSocket *socket)
{
    const QString reason = tr("The server already has %n open connections; the client should "
                              "retry later or reuse a keep-alive connection.",
                              nullptr, m_limits.maxConnections);
    RejectedRequest rejection;
    rejection.status = 503;
    rejection.reason = reason;
    rejection.receivedAt = QDateTime::currentDateTimeUtc();
    rejection.peerAddress = socket->peerAddress();
    rejection.peerPort = socket->peerPort();
    m_handler->rejected(rejection);

    socket->setParent(this);
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    socket->write(
        serializeResponse(HttpResponse::text(503, reason.toUtf8() + '\n'), {.close = true}));
    closeGracefully(socket,
                    {.writeTimeoutMs = m_limits.writeTimeoutMs, .lingerMs = kRejectLingerMs});
    emit requestRejected(503, reason);
}

} // namespace Http
