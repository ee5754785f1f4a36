// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/unit/http/TestClient.h"

#include <QTest>

using namespace Qt::StringLiterals;

QByteArray TestResponse::header(QByteArrayView name) const
{
    for (const auto &[headerName, value] : headers) {
        if (headerName.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

TestClient::TestClient(quint16 port)
{
    m_socket.connectToHost(QHostAddress::LocalHost, port);
}

bool TestClient::waitForConnected(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; },
                           timeoutMs);
}

void TestClient::send(const QByteArray &bytes)
{
    m_socket.write(bytes);
}

std::optional<TestResponse> TestClient::nextResponse(int timeoutMs, bool headRequest)
{
    std::optional<TestResponse> response;
    const bool arrived = QTest::qWaitFor(
        [&] {
            m_buffer += m_socket.readAll();
            response = takeResponse(headRequest);
            return response.has_value();
        },
        timeoutMs);
    return arrived ? response : std::nullopt;
}

bool TestClient::waitForDisconnected(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; },
                           timeoutMs);
}

QByteArray TestClient::unreadBytes()
{
    m_buffer += m_socket.readAll();
    return m_buffer;
}

std::optional<TestResponse> TestClient::takeResponse(bool headRequest)
{
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return std::nullopt;

    TestResponse response;
    const QList<QByteArray> lines = m_buffer.first(headerEnd).split('\n');
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    if (statusLine.size() < 2 || !statusLine.first().startsWith("HTTP/1."))
        return std::nullopt;
    response.status = statusLine.at(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        response.headers.append(
            {lines.at(i).first(colon), lines.at(i).sliced(colon + 1).trimmed()});
    }

    const bool bodyless = headRequest || response.status / 100 == 1 || response.status == 204
        || response.status == 304;
    const qsizetype bodySize = bodyless ? 0 : response.header("Content-Length").toLongLong();
    const qsizetype bodyStart = headerEnd + 4;
    if (m_buffer.size() < bodyStart + bodySize)
        return std::nullopt;
    response.body = m_buffer.mid(bodyStart, bodySize);
    m_buffer.remove(0, bodyStart + bodySize);
    return response;
}
