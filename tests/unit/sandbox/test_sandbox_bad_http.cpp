// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Malformed and oversized HTTP sent to the sandbox gets 400/413/431, and the sandbox keeps serving
// everyone else (issue "Bad input"). Raw bytes over a real loopback socket.
#include "tests/unit/sandbox/SandboxTestSupport.h"

#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSandboxBadHttp final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;

    // Sends `bytes` on a fresh connection and returns everything the server wrote before it
    // closed the connection (or before the timeout).
    QByteArray exchange(const QByteArray &bytes)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_sandbox->port());
        if (!socket.waitForConnected(5000))
            return "connect failed: " + socket.errorString().toUtf8();
        socket.write(bytes);
        QByteArray answer;
        // The server closes after an error answer; wait for that (events run meanwhile).
        const bool closed = QTest::qWaitFor(
            [&] {
                answer += socket.readAll();
                return socket.state() == QAbstractSocket::UnconnectedState;
            },
            10000);
        answer += socket.readAll();
        return closed ? answer : "still open: " + answer;
    }

    QByteArray statusLine(const QByteArray &answer) { return answer.left(answer.indexOf("\r\n")); }

    bool sandboxStillServes()
    {
        const QByteArray answer
            = exchange("GET /api/v1/webhooks HTTP/1.1\r\nHost: x\r\nuser-api-key: "
                       + m_sandbox->apiKey().toUtf8() + "\r\nConnection: close\r\n\r\n");
        return statusLine(answer) == "HTTP/1.1 200 OK" && answer.contains("\"meta\"");
    }

private slots:
    void init()
    {
        m_sandbox = std::make_unique<Sandbox::SandboxServer>();
        QVERIFY(m_sandbox->start());
    }

    void cleanup() { m_sandbox.reset(); }

    void rejectsAndKeepsServing_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("expectedStatus");

        QTest::newRow("garbage request line")
            << QByteArray("HELLO THERE\r\n\r\n") << QByteArray("HTTP/1.1 400 Bad Request");
        QTest::newRow("binary noise") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03", 10)
                                      << QByteArray("HTTP/1.1 400 Bad Request");
        QTest::newRow("header without colon")
            << QByteArray("GET /api/v1/webhooks HTTP/1.1\r\nHost x\r\n\r\n")
            << QByteArray("HTTP/1.1 400 Bad Request");
        QTest::newRow("request smuggling: Content-Length with Transfer-Encoding")
            << QByteArray("POST /api/v1/webhooks HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n"
                          "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
            << QByteArray("HTTP/1.1 400 Bad Request");
        QTest::newRow("body over the limit")
            << QByteArray("POST /api/v1/webhooks HTTP/1.1\r\nHost: x\r\n"
                          "Content-Length: 104857600\r\n\r\n{")
            << QByteArray("HTTP/1.1 413 Content Too Large");
        QTest::newRow("headers over the limit")
            << ("GET /api/v1/webhooks HTTP/1.1\r\nHost: x\r\nX-Padding: "
                + QByteArray(64 * 1024, 'a') + "\r\n\r\n")
            << QByteArray("HTTP/1.1 431 Request Header Fields Too Large");
    }

    void rejectsAndKeepsServing()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, expectedStatus);

        QCOMPARE(statusLine(exchange(request)), expectedStatus);
        QVERIFY(sandboxStillServes());
    }

    void aGoodClientIsServedWhileABadOneHangs()
    {
        // A client that sends half a request and stops must not block the others.
        QTcpSocket slow;
        slow.connectToHost(QHostAddress::LocalHost, m_sandbox->port());
        QVERIFY(slow.waitForConnected(5000));
        slow.write("POST /api/v1/webhooks HTTP/1.1\r\nHost: x\r\nContent-Length: 50\r\n\r\n{\"web");
        QVERIFY(sandboxStillServes());
        QCOMPARE(slow.state(), QAbstractSocket::ConnectedState);
    }
};

QTEST_GUILESS_MAIN(TestSandboxBadHttp)
#include "test_sandbox_bad_http.moc"
