// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Outgoing delivery (app/delivery): requests sent exactly as given over real loopback HTTP to a
// recording target (the project's HTTP core), and answers read from targets that misbehave.
#include "app/delivery/HttpDelivery.h"
#include "app/http/HttpRequestHandler.h"
#include "app/http/HttpServer.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <optional>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// Records what it receives; answers `answer`, or nothing while `stall` is set.
class Target final : public Http::HttpRequestHandler
{
public:
    QList<Http::HttpRequest> requests;
    Http::HttpResponse answer = Http::HttpResponse::text(200, "ok"_ba);
    bool stall = false;

    void handleRequest(const Http::HttpRequest &request, Http::HttpReply reply) override
    {
        requests.append(request);
        if (stall)
            m_stalled.append(std::move(reply));
        else
            reply(answer);
    }

private:
    QList<Http::HttpReply> m_stalled;
};

// A target that answers with the bytes it is given, as a broken or unusual server would, once a
// whole request head arrived; then closes, resets or stays open as told.
class RawTarget final : public QObject
{
public:
    enum class Then { Close, Reset, StayOpen };

    QByteArray answer;
    Then then = Then::Close;
    QByteArray received;

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1/hook"_s.arg(m_server.serverPort())); }

    RawTarget()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = m_server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                received += socket->readAll();
                if (!received.contains("\r\n\r\n"))
                    return;
                socket->write(answer);
                socket->flush();
                if (then == Then::Close)
                    socket->disconnectFromHost();
                else if (then == Then::Reset)
                    reset(socket);
            });
        });
    }

private:
    // Closing with a zero linger time sends RST instead of FIN: a connection reset.
    static void reset(QTcpSocket *socket)
    {
#ifdef Q_OS_UNIX
        const linger option {1, 0};
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &option,
                     sizeof option);
#endif
        socket->abort();
    }

    QTcpServer m_server;
};

} // namespace

class TestDelivery final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void sendsExactlyTheRequestGiven();
    void addsOnlyHostAndContentLength();
    void sendsOtherMethods_data();
    void sendsOtherMethods();
    void anyStatusIsAnAnswer_data();
    void anyStatusIsAnAnswer();
    void readsAnswersFramedEveryWay_data();
    void readsAnswersFramedEveryWay();
    void brokenTargetsAreNoAnswer_data();
    void brokenTargetsAreNoAnswer();
    void timeoutIsNoAnswer();
    void refusedIsNoAnswer();
    void unknownHostIsNoAnswer();
    void doneIsNeverCalledInsideSend();
    void aDestroyedContextEndsTheCall();

private:
    Delivery::DeliveryResult deliver(const Delivery::OutgoingRequest &request);
    QUrl targetUrl(const QString &pathAndQuery) const;

    Target m_target;
    std::unique_ptr<Http::HttpServer> m_server;
};

void TestDelivery::init()
{
    m_target.requests.clear();
    m_target.stall = false;
    m_target.answer = Http::HttpResponse::text(200, "ok"_ba);
    m_server = std::make_unique<Http::HttpServer>(&m_target);
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
}

QUrl TestDelivery::targetUrl(const QString &pathAndQuery) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server->serverPort()).arg(pathAndQuery));
}

Delivery::DeliveryResult TestDelivery::deliver(const Delivery::OutgoingRequest &request)
{
    std::optional<Delivery::DeliveryResult> result;
    QObject context;
    Delivery::send(request, &context, [&](Delivery::DeliveryResult r) { result = std::move(r); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 15'000))
        return {};
    return *result;
}

// Headers in the order, case and number given; the query after the URL's own; the body as is.
void TestDelivery::sendsExactlyTheRequestGiven()
{
    m_target.answer = Http::HttpResponse::text(201, "created"_ba);
    m_target.answer.setHeader("X-Answer"_ba, "yes"_ba);

    Delivery::OutgoingRequest request;
    request.url = targetUrl(u"/hooks?existing=1"_s);
    request.queryParams = {{u"token"_s, u"a b&c"_s}, {u"ü"_s, u"1"_s}};
    request.headers = {{"content-type"_ba, "application/json"_ba},
                       {"X-Trace"_ba, "one"_ba},
                       {"X-Secret"_ba, "s3"_ba},
                       {"x-trace"_ba, "two"_ba}};
    request.body = R"({"event":"booking_new"})"_ba;
    const Delivery::DeliveryResult result = deliver(request);

    QVERIFY2(result.answered(), qPrintable(result.error));
    QCOMPARE(result.status, 201);
    QCOMPARE(result.reason, "Created"_ba);
    QCOMPARE(result.body, "created"_ba);
    QVERIFY(result.headers.contains(QPair<QByteArray, QByteArray>("X-Answer"_ba, "yes"_ba)));
    QVERIFY(result.error.isEmpty());

    QCOMPARE(m_target.requests.size(), 1);
    const Http::HttpRequest &received = m_target.requests.constFirst();
    QCOMPARE(received.method, "POST"_ba);
    QCOMPARE(received.target, "/hooks?existing=1&token=a%20b%26c&%C3%BC=1"_ba);
    const QList<QByteArray> names = [&] {
        QList<QByteArray> list;
        for (const auto &[name, value] : received.headers)
            list << name;
        return list;
    }();
    QCOMPARE(names,
             (QList<QByteArray> {"Host"_ba, "content-type"_ba, "X-Trace"_ba, "X-Secret"_ba,
                                 "x-trace"_ba, "Content-Length"_ba}));
    QCOMPARE(received.body, request.body);
    // The log's copy is what went out.
    QVERIFY(result.sentRequest.startsWith("POST /hooks?existing=1&token=a%20b%26c"));
    QVERIFY(result.sentRequest.endsWith(QByteArray("\r\n\r\n" + request.body)));
}

// Nothing of our own: no User-Agent, Accept-Encoding, Accept-Language or Connection (which
// QNetworkAccessManager adds); Host and Content-Length only when absent.
void TestDelivery::addsOnlyHostAndContentLength()
{
    Delivery::OutgoingRequest request;
    request.url = targetUrl(u"/h"_s);
    request.body = "plain"_ba;
    QVERIFY(deliver(request).answered());
    const Http::HttpRequest &received = m_target.requests.constFirst();
    QCOMPARE(received.headers.size(), 2);
    QCOMPARE(received.header("Host"), u"127.0.0.1:%1"_s.arg(m_server->serverPort()).toLatin1());
    QCOMPARE(received.header("Content-Length"), "5"_ba);

    request.headers = {{"Host"_ba, "example.com"_ba}};
    QVERIFY(deliver(request).answered());
    QCOMPARE(m_target.requests.at(1).header("Host"), "example.com"_ba);
    QCOMPARE(m_target.requests.at(1).headers.size(), 2);
}

void TestDelivery::sendsOtherMethods_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("PUT") << "PUT"_ba
                         << "{\"a\":1}"_ba;
    QTest::newRow("PATCH") << "PATCH"_ba
                           << "\x00\xff binary"_ba;
    QTest::newRow("DELETE") << "DELETE"_ba << QByteArray();
    QTest::newRow("GET") << "GET"_ba << QByteArray();
    QTest::newRow("HEAD") << "HEAD"_ba << QByteArray();
    QTest::newRow("custom token") << "PURGE"_ba
                                  << "x"_ba;
}

void TestDelivery::sendsOtherMethods()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);
    Delivery::OutgoingRequest request;
    request.method = method;
    request.url = targetUrl(u"/replay?x=1"_s);
    request.body = body;
    const Delivery::DeliveryResult result = deliver(request);
    QVERIFY2(result.answered(), qPrintable(result.error));
    QCOMPARE(result.status, 200);
    QCOMPARE(m_target.requests.size(), 1);
    QCOMPARE(m_target.requests.constFirst().method, method);
    QCOMPARE(m_target.requests.constFirst().target, "/replay?x=1"_ba);
    QCOMPARE(m_target.requests.constFirst().body, body);
    QCOMPARE(result.body, method == "HEAD" ? QByteArray() : "ok"_ba);
}

void TestDelivery::anyStatusIsAnAnswer_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("302 not followed") << 302;
    QTest::newRow("404") << 404;
    QTest::newRow("500") << 500;
}

void TestDelivery::anyStatusIsAnAnswer()
{
    QFETCH(int, status);
    m_target.answer = Http::HttpResponse::text(status, "why"_ba);
    m_target.answer.setHeader("Location"_ba, targetUrl(u"/elsewhere"_s).toEncoded());
    Delivery::OutgoingRequest request;
    request.url = targetUrl(u"/hooks"_s);
    const Delivery::DeliveryResult result = deliver(request);
    QCOMPARE(result.status, status);
    QCOMPARE(result.body, "why"_ba);
    QCOMPARE(m_target.requests.size(), 1);
}

void TestDelivery::readsAnswersFramedEveryWay_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<int>("then");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    const int close = int(RawTarget::Then::Close);
    const int open = int(RawTarget::Then::StayOpen);
    QTest::newRow("content-length, kept open")
        << "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello"_ba << open << 200 << "hello"_ba;
    QTest::newRow("chunked")
        << "HTTP/1.1 202 Accepted\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nhel\r\n2\r\nlo\r\n0\r\n\r\n"_ba
        << open << 202 << "hello"_ba;
    QTest::newRow("until the connection ends")
        << "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nhello"_ba << close << 200
        << "hello"_ba;
    QTest::newRow("an interim 100 first")
        << "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n"_ba << open << 204
        << QByteArray();
    QTest::newRow("bare LF line ends")
        << "HTTP/1.1 500 Oops\nContent-Length: 2\n\nno"_ba << open << 500 << "no"_ba;
    QTest::newRow("HTTP/1.0") << "HTTP/1.0 200 OK\r\n\r\nold"_ba << close << 200 << "old"_ba;
}

void TestDelivery::readsAnswersFramedEveryWay()
{
    QFETCH(QByteArray, answer);
    QFETCH(int, then);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    RawTarget target;
    target.answer = answer;
    target.then = RawTarget::Then(then);
    QVERIFY(target.listen());
    Delivery::OutgoingRequest request;
    request.url = target.url();
    request.timeout = 5s;
    const Delivery::DeliveryResult result = deliver(request);
    QVERIFY2(result.answered(), qPrintable(result.error));
    QCOMPARE(result.status, status);
    QCOMPARE(result.body, body);
}

// A target that answers garbage, cuts its answer short or resets is a recorded failure.
void TestDelivery::brokenTargetsAreNoAnswer_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<int>("then");
    QTest::addColumn<QString>("error");
    QTest::newRow("garbage") << "SSH-2.0-OpenSSH_9.2\r\n\r\n"_ba << int(RawTarget::Then::Close)
                             << u"the answer is not HTTP/1.1"_s;
    QTest::newRow("cut short") << "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nhalf"_ba
                               << int(RawTarget::Then::Close) << u"was cut off"_s;
    QTest::newRow("closed at once")
        << QByteArray() << int(RawTarget::Then::Close) << u"no answer came"_s;
    QTest::newRow("reset") << QByteArray() << int(RawTarget::Then::Reset) << u"no answer came"_s;
}

void TestDelivery::brokenTargetsAreNoAnswer()
{
    QFETCH(QByteArray, answer);
    QFETCH(int, then);
    QFETCH(QString, error);
    RawTarget target;
    target.answer = answer;
    target.then = RawTarget::Then(then);
    QVERIFY(target.listen());
    Delivery::OutgoingRequest request;
    request.url = target.url();
    request.timeout = 5s;
    const Delivery::DeliveryResult result = deliver(request);
    QVERIFY(!result.answered());
    QVERIFY(!result.timedOut);
    QVERIFY2(result.error.contains(error), qPrintable(result.error));
}

void TestDelivery::timeoutIsNoAnswer()
{
    m_target.stall = true;
    Delivery::OutgoingRequest request;
    request.url = targetUrl(u"/slow"_s);
    request.timeout = 300ms;
    const Delivery::DeliveryResult result = deliver(request);
    QVERIFY(!result.answered());
    QVERIFY(result.timedOut);
    QCOMPARE(result.error, u"no answer within 0.3 s"_s);
    QVERIFY(result.elapsed >= 300ms);
}

void TestDelivery::refusedIsNoAnswer()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        closedPort = probe.serverPort();
    }
    Delivery::OutgoingRequest request;
    request.url = QUrl(u"http://127.0.0.1:%1/hooks"_s.arg(closedPort));
    const Delivery::DeliveryResult result = deliver(request);
    QVERIFY(!result.answered());
    QVERIFY(!result.timedOut);
    QVERIFY2(result.error.contains(u"refused"_s), qPrintable(result.error));
}

void TestDelivery::unknownHostIsNoAnswer()
{
    Delivery::OutgoingRequest request;
    // .invalid never resolves (RFC 2606), and nothing is asked of a real network.
    request.url = QUrl(u"http://no-such-host.invalid/hook"_s);
    const Delivery::DeliveryResult result = deliver(request);
    QVERIFY(!result.answered());
    QVERIFY2(result.error.contains(u"no-such-host.invalid"_s), qPrintable(result.error));
}

void TestDelivery::doneIsNeverCalledInsideSend()
{
    bool called = false;
    Delivery::OutgoingRequest request;
    request.url = QUrl(u"not a url"_s);
    Delivery::send(request, this, [&](const Delivery::DeliveryResult &) { called = true; });
    QVERIFY(!called);
    QTRY_VERIFY(called);
}

void TestDelivery::aDestroyedContextEndsTheCall()
{
    m_target.stall = true;
    bool called = false;
    auto context = std::make_unique<QObject>();
    Delivery::OutgoingRequest request;
    request.url = targetUrl(u"/slow"_s);
    request.timeout = 200ms;
    Delivery::send(request, context.get(),
                   [&](const Delivery::DeliveryResult &) { called = true; });
    QTRY_COMPARE(m_target.requests.size(), 1);
    context.reset();
    // Past the call's own timeout, nothing is reported to the context that is gone.
    QTest::qWait(400);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestDelivery)
#include "test_delivery.moc"
