// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/http/SocketWrite.h"

#include <QTcpSocket>

#include <climits>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

namespace Http {

namespace {

// Bytes the kernel took at once, 0 when it took none or refused (Qt then writes the bytes and
// sees the error itself, so failures keep Qt's handling).
qint64 sendNow(qintptr descriptor, const QByteArray &bytes)
{
#ifdef Q_OS_WIN
    const int sent = ::send(SOCKET(descriptor), bytes.constData(),
                            int(qMin<qsizetype>(bytes.size(), INT_MAX)), 0);
#else
#ifdef MSG_NOSIGNAL
    constexpr int flags = MSG_NOSIGNAL | MSG_DONTWAIT; // a closed peer is an error, not SIGPIPE
#else
    constexpr int flags = MSG_DONTWAIT; // macOS: Qt sets SO_NOSIGPIPE on its sockets
#endif
    const ssize_t sent = ::send(int(descriptor), bytes.constData(), size_t(bytes.size()), flags);
#endif
    return sent > 0 ? qint64(sent) : 0;
}

} // namespace

void writeToSocket(QTcpSocket *socket, const QByteArray &bytes)
{
    const qintptr descriptor = socket->socketDescriptor();
    if (bytes.isEmpty() || descriptor == -1 || socket->bytesToWrite() > 0
        || socket->state() != QAbstractSocket::ConnectedState) {
        socket->write(bytes);
        return;
    }
    const qint64 sent = sendNow(descriptor, bytes);
    if (sent < bytes.size())
        socket->write(bytes.sliced(sent));
}

} // namespace Http
