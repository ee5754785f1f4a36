// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Injected faults and bad clients: the sandbox fails the way a real server does and keeps
// serving everybody else.
#include "tests/unit/sandbox/SandboxTestSupport.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace SandboxTest;

namespace {

// Sends raw bytes and returns everything the server sent until it closed the connection.
QByteArray rawExchange(quint16 port, const QByteArray &bytes)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return "not connected"_ba;
    socket.write(bytes);
    QByteArray received;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
                     [&] { received += socket.readAll(); });
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    if (socket.state() != QAbstractSocket::UnconnectedState && !disconnected.wait(5000))
        return "still connected"_ba;
    return received + socket.readAll();
}

QByteArray rawGet(const QString &path)
{
    return "GET "_ba + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nuser-api-key: "_ba
        + Sandbox::SandboxServer::demoApiKey().toUtf8() + "\r\nConnection: close\r\n\r\n"_ba;
}

} // namespace

class TestSandboxFaults final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void failNextThenSucceed_data();
    void failNextThenSucceed();
    void malformedJson();
    void stallLetsTheClientTimeOut();
    void closeDropsTheConnection();
    void closeWaitsTheLatencyOnce();
    void latencyDoesNotSerialiseRequests();
    void malformedHttpGets400AndOthersAreServed();
    void startFailsOnBusyPort();

private:
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
};

void TestSandboxFaults::init()
{
    m_sandbox = std::make_unique<Sandbox::SandboxServer>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_client = std::make_unique<ApiClient>(m_sandbox->rootUrl());
}

void TestSandboxFaults::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
}

void TestSandboxFaults::failNextThenSucceed_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("503")
        << 503 << -1
        << R"({"errors":{"code":"internal_server_error","title":"Internal Server Error"}})"_ba;
    QTest::newRow("500")
        << 500 << -1
        << R"({"errors":{"code":"internal_server_error","title":"Internal Server Error"}})"_ba;
    QTest::newRow("429 with Retry-After")
        << 429 << 30
        << R"({"errors":{"code":"http_too_many_requests","title":"Too Many Requests"}})"_ba;
    QTest::newRow("403") << 403 << -1
                         << R"({"errors":{"code":"forbidden","title":"Forbidden"}})"_ba;
    QTest::newRow("401") << 401 << -1
                         << R"({"errors":{"code":"unauthorized","title":"Unauthorized"}})"_ba;
    QTest::newRow("404")
        << 404 << -1
        << R"({"errors":{"code":"resource_not_found","title":"Resource Not Found"}})"_ba;
}

void TestSandboxFaults::failNextThenSucceed()
{
    QFETCH(int, status);
    QFETCH(int, retryAfter);
    QFETCH(QByteArray, body);

    m_sandbox->faults().failNext(1, status, retryAfter);
    const ApiReply failed = m_client->get(Webhooks);
    QCOMPARE(failed.status, status);
    QCOMPARE(failed.json(), parseJson(body.constData()));
    QCOMPARE(failed.header("Retry-After"),
             retryAfter >= 0 ? QByteArray::number(retryAfter) : QByteArray());
    QVERIFY(!failed.header("x-request-id").isEmpty());

    QCOMPARE(m_client->get(Webhooks).status, 200);
    QCOMPARE(m_sandbox->apiRequestCount(), 2);
}

void TestSandboxFaults::malformedJson()
{
    m_sandbox->faults().malformNext(1);
    const ApiReply reply = m_client->get(Webhooks);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, R"({"data": [)"_ba);
    QJsonParseError error;
    QJsonDocument::fromJson(reply.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);

    QCOMPARE(totalOf(m_client->get(Webhooks)), 12);
}

void TestSandboxFaults::stallLetsTheClientTimeOut()
{
    m_sandbox->faults().stallNext(1);
    const ApiReply stalled = ApiClient::finish(
        m_client->start("GET", Webhooks, {}, {}, Sandbox::SandboxServer::demoApiKey(), 300));
    QCOMPARE(stalled.status, 0);
    QVERIFY2(stalled.error == QNetworkReply::OperationCanceledError
                 || stalled.error == QNetworkReply::TimeoutError,
             qPrintable(QString::number(stalled.error)));

    QCOMPARE(m_client->get(Webhooks).status, 200);
    QCOMPARE(m_sandbox->apiRequestCount(), 2);
}

void TestSandboxFaults::closeDropsTheConnection()
{
    m_sandbox->faults().closeNext(1);
    QCOMPARE(rawExchange(m_sandbox->port(), rawGet(Webhooks)), QByteArray());
    QVERIFY(rawExchange(m_sandbox->port(), rawGet(Webhooks)).startsWith("HTTP/1.1 200"));
}

// The Close fault once waited its latency twice. Bounds that cannot flake: the clock starts
// before the request is sent, so the server's timer (a precise one below 2 s) cannot make the
// close come earlier than the latency; a doubled latency cannot come earlier than twice it. The
// gap between the two, a whole second, is slack for a loaded machine or a sanitizer build.
void TestSandboxFaults::closeWaitsTheLatencyOnce()
{
    constexpr auto latency = 1000ms;
    m_sandbox->faults().setLatency(latency);
    m_sandbox->faults().closeNext(1);
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(rawExchange(m_sandbox->port(), rawGet(Webhooks)), QByteArray());
    const qint64 elapsedMs = clock.elapsed();
    QVERIFY2(elapsedMs >= latency.count(), qPrintable(u"closed after %1 ms"_s.arg(elapsedMs)));
    QVERIFY2(elapsedMs < 2 * latency.count(), qPrintable(u"closed after %1 ms"_s.arg(elapsedMs)));
}

void TestSandboxFaults::latencyDoesNotSerialiseRequests()
{
    // A sleeping server would read the second request only after answering the first; with
    // timers both are accepted while neither is answered.
    m_sandbox->faults().setLatency(1000ms);
    QNetworkReply *first = m_client->start("GET", Webhooks);
    QNetworkReply *second = m_client->start("GET", u"/api/v1/properties/options"_s);
    QTRY_COMPARE(m_sandbox->apiRequestCount(), 2);
    QVERIFY(!first->isFinished());
    QVERIFY(!second->isFinished());

    QCOMPARE(ApiClient::finish(first).status, 200);
    QCOMPARE(ApiClient::finish(second).status, 200);
}

void TestSandboxFaults::malformedHttpGets400AndOthersAreServed()
{
    QTcpSocket garbage;
    QByteArray received;
    connect(&garbage, &QTcpSocket::readyRead, &garbage, [&] { received += garbage.readAll(); });
    garbage.connectToHost(QHostAddress::LocalHost, m_sandbox->port());
    QVERIFY(garbage.waitForConnected(5000));
    // A well-behaved client served while the bad one is still connected.
    garbage.write("THIS IS NOT HTTP\r\n\r\n");
    QVERIFY(rawExchange(m_sandbox->port(), rawGet(Webhooks)).startsWith("HTTP/1.1 200"));

    QTRY_VERIFY(received.startsWith("HTTP/1.1 400"));
    QTRY_COMPARE(garbage.state(), QAbstractSocket::UnconnectedState);

    QCOMPARE(m_client->get(Webhooks).status, 200);
    // The sandbox API never saw the garbage.
    QCOMPARE(m_sandbox->apiRequestCount(), 2);
}

void TestSandboxFaults::startFailsOnBusyPort()
{
    Sandbox::SandboxServer second;
    QVERIFY(!second.start(QHostAddress::LocalHost, m_sandbox->port()));
    QVERIFY(!second.isRunning());
    QVERIFY(!second.errorString().isEmpty());
    // The first one is unaffected.
    QCOMPARE(m_client->get(Webhooks).status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "test_sandbox_faults.moc"
