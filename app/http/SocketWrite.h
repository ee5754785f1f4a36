// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

class QTcpSocket;

namespace Http {

// Writes `bytes` to a connected socket, in order after whatever it still buffers. When nothing
// is buffered the bytes go straight to the kernel; only what the kernel does not take is left
// to QTcpSocket (which then reports bytesWritten() as usual). A buffered QTcpSocket::write()
// turns its write notifier on and off for every answer, and each toggle wakes the glib event
// loop through an eventfd: two extra system calls per small response.
void writeToSocket(QTcpSocket *socket, const QByteArray &bytes);

} // namespace Http
