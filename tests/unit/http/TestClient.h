// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/http/HttpRequest.h"

#include <QByteArray>
#include <QTcpSocket>

#include <optional>

// One response as the test client read it off the wire.
struct TestResponse
{
    int status = 0;
    Http::HeaderList headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const;
};

// A raw loopback HTTP client for tests: sends exact bytes and reads responses without blocking
// the event loop, so a server on the same thread keeps running while the test waits.
class TestClient
{
public:
    explicit TestClient(quint16 port);

    bool waitForConnected(int timeoutMs = 5000);
    void send(const QByteArray &bytes);
    // The next complete response, or nothing if none arrives in time. A response to HEAD has
    // headers only, which the client cannot tell from the bytes; say so with headRequest.
    std::optional<TestResponse> nextResponse(int timeoutMs = 5000, bool headRequest = false);
    // True once the server closed the connection.
    bool waitForDisconnected(int timeoutMs = 5000);
    // Bytes received but not yet parsed into a response.
    QByteArray unreadBytes();

    QTcpSocket &socket() { return m_socket; }

private:
    std::optional<TestResponse> takeResponse(bool headRequest);

    QTcpSocket m_socket;
    QByteArray m_buffer;
};
