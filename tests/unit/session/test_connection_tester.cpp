// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// "Test connection" against real servers on loopback: the sentence a user reads names the actual
// problem (bad key, nothing listening, TLS, unknown host, not a Channex server) or says it works.
#include "app/sandbox/SandboxServer.h"
#include "app/session/ConnectionTester.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Channex::ApiError;
using Session::ConnectionTester;

Q_DECLARE_METATYPE(Session::ConnectionTester::Result)

namespace {

// Answers every request on its port with the same raw bytes, like a web server that is not
// Channex (or does not speak TLS, when asked over https).
class FixedAnswerServer
{
public:
    explicit FixedAnswerServer(QByteArray answer) : m_answer(std::move(answer))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    socket->readAll();
                    socket->write(m_answer);
                    socket->disconnectFromHost();
                });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl root(const QString &scheme = u"http"_s) const
    {
        return QUrl(u"%1://127.0.0.1:%2"_s.arg(scheme).arg(m_server.serverPort()));
    }

private:
    QTcpServer m_server;
    QByteArray m_answer;
};

QByteArray httpAnswer(const QByteArray &status, const QByteArray &body)
{
    return "HTTP/1.1 " + status
        + "\r\nContent-Type: text/html\r\nConnection: close\r\n"
          "Content-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

class TestConnectionTester final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;

    static ConnectionTester::Result run(const QUrl &root, const QString &key)
    {
        ConnectionTester tester;
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.test(root, key);
        if (!finished.wait(30'000))
            return {};
        return finished.constFirst().constFirst().value<ConnectionTester::Result>();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ConnectionTester::Result>();
        m_sandbox = std::make_unique<Sandbox::SandboxServer>();
        QVERIFY(m_sandbox->start());
    }

    void theRightKeyWorks()
    {
        const int before = m_sandbox->apiRequestCount();
        const ConnectionTester::Result result = run(m_sandbox->rootUrl(), m_sandbox->apiKey());
        QVERIFY2(result.ok, qPrintable(result.sentence()));
        QCOMPARE(result.webhookCount, 12);
        QVERIFY2(result.sentence().startsWith(
                     u"The connection works: 127.0.0.1 accepted the API key and has 12 webhook"_s),
                 qPrintable(result.sentence()));
        QCOMPARE(m_sandbox->apiRequestCount() - before, 1); // one cheap call
    }

    void aWrongKeyIsNamed()
    {
        const ConnectionTester::Result result = run(m_sandbox->rootUrl(), u"not-the-key"_s);
        QVERIFY(!result.ok);
        QCOMPARE(result.error.kind, ApiError::Kind::Unauthorized);
        QVERIFY2(result.sentence().contains(u"refused this API key"_s),
                 qPrintable(result.sentence()));
    }

    void aServerErrorIsReportedNotRetried()
    {
        m_sandbox->faults().failNext(1, 503);
        const int before = m_sandbox->apiRequestCount();
        const ConnectionTester::Result result = run(m_sandbox->rootUrl(), m_sandbox->apiKey());
        QCOMPARE(result.error.kind, ApiError::Kind::ServerError);
        QVERIFY2(result.sentence().contains(u"503"_s), qPrintable(result.sentence()));
        QCOMPARE(m_sandbox->apiRequestCount() - before, 1);
    }

    void nothingListeningIsNamed()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QUrl root(u"http://127.0.0.1:%1"_s.arg(probe.serverPort()));
        probe.close();
        const ConnectionTester::Result result = run(root, u"key"_s);
        QCOMPARE(result.error.kind, ApiError::Kind::ConnectionRefused);
        QVERIFY2(result.sentence().contains(u"nothing is listening"_s),
                 qPrintable(result.sentence()));
    }

    void aServerWithoutTlsIsATlsProblem()
    {
        FixedAnswerServer plain("this is not TLS\r\n\r\n");
        QVERIFY(plain.listen());
        const ConnectionTester::Result result = run(plain.root(u"https"_s), u"key"_s);
        QCOMPARE(result.error.kind, ApiError::Kind::Tls);
        QVERIFY2(result.sentence().contains(u"secure connection"_s), qPrintable(result.sentence()));
    }

    void anUnknownHostIsNamed()
    {
        // RFC 6761: .invalid never resolves.
        const ConnectionTester::Result result
            = run(QUrl(u"https://channex.nonexistent.invalid"_s), u"key"_s);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.kind == ApiError::Kind::HostNotFound
                     || result.error.kind == ApiError::Kind::Network,
                 qPrintable(result.sentence()));
        QVERIFY2(result.sentence().contains(u"channex.nonexistent.invalid"_s),
                 qPrintable(result.sentence()));
    }

    void aWebServerThatIsNotChannexIsNamed_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("404 page") << httpAnswer("404 Not Found", "<h1>Not Found</h1>")
                                  << ApiError::Kind::NotFound << u"no Channex API"_s;
        QTest::newRow("200 HTML") << httpAnswer("200 OK", "<html>Welcome</html>")
                                  << ApiError::Kind::MalformedResponse << u"Channex API"_s;
    }

    void aWebServerThatIsNotChannexIsNamed()
    {
        QFETCH(QByteArray, answer);
        QFETCH(ApiError::Kind, kind);
        QFETCH(QString, mentions);
        FixedAnswerServer other(answer);
        QVERIFY(other.listen());
        const ConnectionTester::Result result = run(other.root(), u"key"_s);
        QCOMPARE(result.error.kind, kind);
        QVERIFY2(result.sentence().contains(mentions), qPrintable(result.sentence()));
        QVERIFY2(!result.sentence().contains(u"deleted"_s), qPrintable(result.sentence()));
    }

    void aNewTestReplacesTheOneRunning()
    {
        m_sandbox->faults().setLatency(std::chrono::milliseconds(300));
        ConnectionTester tester;
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.test(m_sandbox->rootUrl(), u"wrong"_s);
        QVERIFY(tester.isRunning());
        tester.test(m_sandbox->rootUrl(), m_sandbox->apiKey());
        QVERIFY(finished.wait(10'000));
        m_sandbox->faults().setLatency(std::chrono::milliseconds(0));
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.constFirst().constFirst().value<ConnectionTester::Result>().ok);
        QVERIFY(!tester.isRunning()); // the first test was dropped with its client: no report
    }
};

QTEST_GUILESS_MAIN(TestConnectionTester)
#include "test_connection_tester.moc"
