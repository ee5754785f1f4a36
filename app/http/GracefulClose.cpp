// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/http/GracefulClose.h"

#include <QTcpSocket>
#include <QTimer>

#include <memory>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

namespace Http {

namespace {

void shutdownSending(QTcpSocket *socket)
{
    const qintptr descriptor = socket->socketDescriptor();
    if (descriptor == -1)
        return;
#ifdef Q_OS_WIN
    ::shutdown(SOCKET(descriptor), SD_SEND);
#else
    ::shutdown(int(descriptor), SHUT_WR);
#endif
}

void drainAndLinger(QTcpSocket *socket, int lingerMs)
{
    shutdownSending(socket);
    QObject::connect(socket, &QIODevice::readyRead, socket, [socket] { socket->readAll(); });
    socket->readAll();
    QTimer::singleShot(lingerMs, socket, [socket] { socket->abort(); });
}

} // namespace

void closeGracefully(QTcpSocket *socket, const CloseTimeouts &timeouts)
{
    if (socket->state() != QAbstractSocket::ConnectedState) {
        socket->abort();
        return;
    }
    socket->flush();
    if (socket->bytesToWrite() == 0) {
        drainAndLinger(socket, timeouts.lingerMs);
        return;
    }

    // Restarted on every bit of progress, deleted once everything is sent; dies with the socket.
    auto *stallTimer = new QTimer(socket);
    stallTimer->setSingleShot(true);
    stallTimer->setInterval(timeouts.writeTimeoutMs);
    QObject::connect(stallTimer, &QTimer::timeout, socket, [socket] { socket->abort(); });
    stallTimer->start();

    auto waitForWrite = std::make_shared<QMetaObject::Connection>();
    *waitForWrite
        = QObject::connect(socket, &QIODevice::bytesWritten, socket,
                           [socket, stallTimer, lingerMs = timeouts.lingerMs, waitForWrite] {
                               if (socket->bytesToWrite() > 0) {
                                   stallTimer->start(); // progress: the client is reading, slowly
                                   return;
                               }
                               QObject::disconnect(*waitForWrite);
                               delete stallTimer;
                               drainAndLinger(socket, lingerMs);
                           });
}

} // namespace Http
