// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Forwarding over real sockets: each request is stored, then sent on to an app (a real HTTP
// server on loopback) with its path and query after the app's path and its end-to-end headers;
// the sender gets the app's answer, or 502 when the app is down and 504 when it is too slow, and
// the capture keeps both answers.
#include "app/http/HttpRequestHandler.h"
#include "app/receiver/rules/ResponseRules.h"
#include "tests/unit/http/TestServer.h"
#include "tests/unit/receiver/ReceiverTestSupport.h"

#include <QSignalSpy>
#include <QTcpServer>

using namespace Qt::StringLiterals;
using Capture::Mark;
using ReceiverTest::Fixture;

namespace {

// The app being built: records what arrives and answers as told, or not at all.
class App final : public Http::HttpRequestHandler
{
public:
    explicit App(const Capture::CaptureStore *store = nullptr) : m_store(store) { }

    void handleRequest(const Http::HttpRequest &request, Http::HttpReply reply) override
    {
        requests << request;
        storedWhenArrived << (m_store ? m_store->count() : -1);
        if (answering)
            reply(answer);
        else
            held << reply; // never answered: the receiver's timeout decides
    }

    Http::HttpResponse answer;
    bool answering = true;
    QList<Http::HttpRequest> requests;
    QList<qint64> storedWhenArrived;
    QList<Http::HttpReply> held;

private:
    const Capture::CaptureStore *m_store;
};

Receiver::ReceiverOptions forwardingTo(const QUrl &url,
                                       std::chrono::milliseconds timeout
                                       = Receiver::ForwardTarget::DefaultTimeout)
{
    Receiver::ReceiverOptions options;
    options.forwarding = {url, timeout};
    return options;
}

QUrl appUrl(quint16 port, const QString &path)
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(port).arg(path));
}

// A port nothing listens on.
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort();
}

} // namespace

class TestReceiverForward final : public QObject
{
    Q_OBJECT

private slots:
    void theSenderGetsTheAppsAnswer()
    {
        App app;
        app.answer.status = 201;
        app.answer.headers = {{"X-App"_ba, "yes"_ba}, {"Content-Type"_ba, "text/plain"_ba}};
        app.answer.body = "created by the app"_ba;
        const auto server = TestServer::start(&app);
        Fixture fixture({}, forwardingTo(appUrl(server->serverPort(), u"/app/"_s)));
        QVERIFY(fixture.isReady());
        QSignalSpy updated(&fixture.store, &Capture::CaptureStore::updated);

        TestClient client(fixture.port());
        QVERIFY(client.waitForConnected());
        const QByteArray body = R"({"event":"booking_new"})"_ba;
        client.send(ReceiverTest::post("/hooks/channex?x=1&y=%20"_ba, body,
                                       "X-Custom: kept\r\nConnection: keep-alive, X-Hop\r\n"
                                       "X-Hop: dropped\r\n"_ba));
        const auto answer = client.nextResponse();
        QVERIFY(answer);
        QCOMPARE(answer->status, 201);
        QCOMPARE(answer->body, "created by the app"_ba);
        QCOMPARE(answer->header("X-App"), "yes"_ba);
        QVERIFY(!answer->header("X-Capture-Id").isEmpty());

        // The app saw the original path and query after its own path, end-to-end headers only.
        QCOMPARE(app.requests.size(), 1);
        const Http::HttpRequest &arrived = app.requests.constFirst();
        QCOMPARE(arrived.method, "POST"_ba);
        QCOMPARE(arrived.target, "/app/hooks/channex?x=1&y=%20"_ba);
        QCOMPARE(arrived.body, body);
        QCOMPARE(Http::firstHeader(arrived.headers, "X-Custom"), "kept"_ba);
        QCOMPARE(Http::firstHeader(arrived.headers, "Content-Type"), "application/json"_ba);
        QVERIFY(!Http::hasHeader(arrived.headers, "X-Hop"));
        QVERIFY(!Http::hasHeader(arrived.headers, "Connection"));
        QCOMPARE(Http::firstHeader(arrived.headers, "Host"),
                 u"127.0.0.1:%1"_s.arg(server->serverPort()).toLatin1());

        const auto stored = fixture.captureOf(*answer);
        QVERIFY(stored);
        QVERIFY(stored->marks.testFlag(Mark::Forwarded));
        QCOMPARE(stored->status, 201);
        QCOMPARE(stored->responseBody, "created by the app"_ba);
        QCOMPARE(stored->forwarded.url,
                 appUrl(server->serverPort(), u"/app/hooks/channex?x=1&y=%20"_s)
                     .toString(QUrl::FullyEncoded));
        QCOMPARE(stored->forwarded.status, 201);
        QCOMPARE(stored->forwarded.body, "created by the app"_ba);
        QVERIFY(stored->forwarded.error.isEmpty());
        QTRY_COMPARE(updated.count(), 1);
    }

    // Stored first: the row exists before the app sees the request.
    void theRequestIsStoredBeforeItIsSentOn()
    {
        Fixture fixture;
        QVERIFY(fixture.isReady());
        App watching(&fixture.store);
        const auto watched = TestServer::start(&watching);
        fixture.receiver->setForwarding(
            {appUrl(watched->serverPort(), {}), std::chrono::seconds(5)});
        QCOMPARE(
            ReceiverTest::statusOf(sendOnce(fixture.port(), ReceiverTest::post("/"_ba, "{}"_ba))),
            200);
        QCOMPARE(watching.storedWhenArrived, QList<qint64> {1});
    }

    void anAppThatIsDownIsA502()
    {
        const quint16 port = closedPort();
        Fixture fixture({}, forwardingTo(appUrl(port, u"/app"_s)));
        QVERIFY(fixture.isReady());
        const auto answer = sendOnce(fixture.port(), ReceiverTest::post("/hook"_ba, "{}"_ba));
        QCOMPARE(ReceiverTest::statusOf(answer), 502);
        QVERIFY2(answer->body.contains("did not answer"), answer->body.constData());
        const auto stored = fixture.captureOf(*answer);
        QVERIFY(stored);
        QCOMPARE(stored->status, 502);
        QCOMPARE(stored->forwarded.status, 0);
        QVERIFY(stored->forwarded.error.contains(u"refused"_s));
        QVERIFY2(stored->note.contains(u"502"_s), qPrintable(stored->note));
    }

    void anAppTooSlowIsA504()
    {
        App app;
        app.answering = false;
        const auto server = TestServer::start(&app);
        Fixture fixture(
            {}, forwardingTo(appUrl(server->serverPort(), {}), std::chrono::milliseconds(300)));
        QVERIFY(fixture.isReady());
        const auto answer = sendOnce(fixture.port(), ReceiverTest::post("/"_ba, "{}"_ba));
        QCOMPARE(ReceiverTest::statusOf(answer), 504);
        const auto stored = fixture.captureOf(*answer);
        QVERIFY(stored);
        QCOMPARE(stored->status, 504);
        QVERIFY(!stored->forwarded.error.isEmpty());
    }

    // A rule that answers keeps the request from the app; the others go on.
    void rulesComeBeforeForwarding()
    {
        App app;
        const auto server = TestServer::start(&app);
        Receiver::ReceiverOptions options = forwardingTo(appUrl(server->serverPort(), {}));
        Receiver::ResponseRule rule;
        rule.path = u"/ruled"_s;
        rule.status = 418;
        options.rules = std::make_shared<Receiver::ResponseRules>(QList {rule});
        Fixture fixture({}, options);
        QVERIFY(fixture.isReady());
        QCOMPARE(ReceiverTest::statusOf(
                     sendOnce(fixture.port(), ReceiverTest::post("/ruled"_ba, "{}"_ba))),
                 418);
        QCOMPARE(app.requests.size(), 0);
        QCOMPARE(ReceiverTest::statusOf(
                     sendOnce(fixture.port(), ReceiverTest::post("/other"_ba, "{}"_ba))),
                 200);
        QCOMPARE(app.requests.size(), 1);
    }

private:
    static std::optional<TestResponse> sendOnce(quint16 port, const QByteArray &request)
    {
        TestClient client(port);
        if (!client.waitForConnected())
            return std::nullopt;
        client.send(request);
        return client.nextResponse(10'000);
    }
};

QTEST_GUILESS_MAIN(TestReceiverForward)
#include "test_receiver_forward.moc"
