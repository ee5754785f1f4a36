// Outgoing delivery (app/delivery): one POST over real loopback HTTP to a recording target.
#include "app/delivery/HttpDelivery.h"
#include "app/http/HttpRequestHandler.h"
#include "app/http/HttpServer.h"

#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

#include <memory>
#include <optional>

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

} // namespace

class TestDelivery final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void postsBodyHeadersAndQuery();
    void sendsOtherMethods_data();
    void sendsOtherMethods();
    void repeatedHeaderIsJoinedAndDefaultsCanBeOff();
    void anyStatusIsAnAnswer_data();
    void anyStatusIsAnAnswer();
    void timeoutIsNoAnswer();
    void refusedIsNoAnswer();
    void doneIsNeverCalledInsidePost();

private:
    Delivery::DeliveryResult deliver(const Delivery::OutgoingRequest &request);
    QUrl targetUrl(const QString &pathAndQuery) const;

    QNetworkAccessManager m_network;
    Target m_target;
    std::unique_ptr<Http::HttpServer> m_server;
};

void TestDelivery::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

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
    Delivery::post(&m_network, request, [&](Delivery::DeliveryResult r) { result = std::move(r); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 15'000))
        return {};
    return *result;
}

void TestDelivery::postsBodyHeadersAndQuery()
{
    m_target.answer = Http::HttpResponse::text(201, "created"_ba);
    m_target.answer.setHeader("X-Answer"_ba, "yes"_ba);

    Delivery::OutgoingRequest request;
    request.url = targetUrl(u"/hooks?existing=1"_s);
    request.queryParams = {{u"token"_s, u"a b&c"_s}, {u"ü"_s, u"1"_s}};
    request.headers = {{"X-Secret"_ba, "s3"_ba}, {"User-Agent"_ba, "Custom/1"_ba}};
    request.body = R"({"event":"booking_new"})"_ba;
    const Delivery::DeliveryResult result = deliver(request);

    QVERIFY2(result.answered(), qPrintable(result.error));
    QCOMPARE(result.status, 201);
    QCOMPARE(result.body, "created"_ba);
    QVERIFY(result.headers.contains(QPair<QByteArray, QByteArray>("X-Answer"_ba, "yes"_ba)));
    QVERIFY(result.error.isEmpty());

    QCOMPARE(m_target.requests.size(), 1);
    const Http::HttpRequest &received = m_target.requests.constFirst();
    QCOMPARE(received.method, "POST"_ba);
    QCOMPARE(received.target, "/hooks?existing=1&token=a%20b%26c&%C3%BC=1"_ba);
    QCOMPARE(received.header("Content-Type"), "application/json"_ba);
    QCOMPARE(received.header("X-Secret"), "s3"_ba);
    QCOMPARE(received.header("User-Agent"), "Custom/1"_ba); // the caller's header wins
    QCOMPARE(received.body, request.body);
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
}

void TestDelivery::repeatedHeaderIsJoinedAndDefaultsCanBeOff()
{
    Delivery::OutgoingRequest request;
    request.url = targetUrl(u"/h"_s);
    request.contentType.clear();
    request.userAgent.clear();
    request.headers = {
        {"Content-Type"_ba, "text/plain"_ba}, {"X-Trace"_ba, "one"_ba}, {"x-trace"_ba, "two"_ba}};
    request.body = "plain"_ba;
    QVERIFY(deliver(request).answered());
    const Http::HttpRequest &received = m_target.requests.constFirst();
    QCOMPARE(received.header("X-Trace"), "one, two"_ba);
    QCOMPARE(received.header("Content-Type"), "text/plain"_ba);
    QVERIFY(received.header("User-Agent") != "Webhook Console"_ba); // Qt's own, if any
    QCOMPARE(received.body, "plain"_ba);
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
    QVERIFY(!result.error.isEmpty());
}

void TestDelivery::doneIsNeverCalledInsidePost()
{
    bool called = false;
    Delivery::OutgoingRequest request;
    request.url = QUrl(u"not a url"_s);
    Delivery::post(&m_network, request, [&](const Delivery::DeliveryResult &) { called = true; });
    QVERIFY(!called);
    QTRY_VERIFY(called);
}

QTEST_GUILESS_MAIN(TestDelivery)
#include "test_delivery.moc"
