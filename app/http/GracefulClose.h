#pragma once

class QTcpSocket;

namespace Http {

// Ends a connection after its last response without destroying that response. Closing a socket
// that still has unread input makes the kernel send a reset, and a reset can discard the
// response before the client read it (typical after a 413 while the client is still uploading).
// So: send everything, shut down the sending side (the client sees end-of-stream), drain input
// until the client closes, and abort after lingerMs at the latest.
void closeGracefully(QTcpSocket *socket, int lingerMs);

} // namespace Http
