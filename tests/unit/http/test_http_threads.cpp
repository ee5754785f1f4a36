// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Threads and lifetimes: a server on a worker thread, replies from other threads, and a
// connection closed while it is being set up.
//
// Threading: the server, its connections and handleRequest() run on the server's thread; an
// HttpReply may be called once from any thread, at any time (a reply for a connection that is
// gone is dropped).
#include "app/http/HttpConnection.h"
#include "app/http/ThreadHandoff.h"
#include "tests/unit/http/TestClient.h"
#include "tests/unit/http/TestHandler.h"
#include "tests/unit/http/TestServer.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QThread>

#include <functional>
#include <latch>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Http;

namespace {

// Runs a function on a thread of its own and waits for it.
void runOnWorkerThread(std::function<void()> function)
{
    std::unique_ptr<QThread> worker(QThread::create(std::move(function)));
    worker->start();
    QVERIFY(worker->wait(5000));
}

} // namespace

class TestHttpThreads final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void worksInAWorkerThread();
    void replyFromAnotherThreadIsDeliveredOnTheServerThread();
    void replyFromAnotherThreadAfterTheClientLeft();
    void repliesFromAnotherThreadAfterTheServerIsGone();
    void manyRepliesFromSeveralThreads();
    void closedIsEmittedAfterConstruction();
};

// Qt complains ("Timers cannot be started from another thread", "Socket notifiers cannot be
// enabled…") when a connection is touched on the wrong thread; any such message fails the test.
void TestHttpThreads::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TestHttpThreads::worksInAWorkerThread()
{
    TestHandler handler;
    QThread thread;
    auto *server = new HttpServer(&handler);
    server->moveToThread(&thread);
    thread.start();

    quint16 port = 0;
    runOnThreadBlocking(server, [&] { port = server->listen() ? server->serverPort() : 0; });
    QVERIFY(port != 0);

    TestClient client(port);
    client.send(TestServer::get("/delay/20") + TestServer::get("/now"));
    const auto delayed = client.nextResponse();
    const auto immediate = client.nextResponse();
    QVERIFY(delayed && immediate);
    QCOMPARE(delayed->body, "/delay/20"_ba);
    QCOMPARE(immediate->body, "GET /now"_ba);

    // Everything the server created must live on its thread, or timers and sockets would fire
    // on the wrong one.
    bool allOnWorker = false;
    runOnThreadBlocking(server, [&] {
        const QList<QObject *> children = server->findChildren<QObject *>();
        allOnWorker = !children.isEmpty()
            && std::all_of(children.begin(), children.end(),
                           [&](QObject *child) { return child->thread() == &thread; });
    });
    QVERIFY(allOnWorker);

    // Deleted on its thread while it runs (through another object there: not inside one of
    // its own events), so the end is ordered for TSan too; QThread::wait() orders it inside Qt,
    // out of TSan's sight.
    auto *anchor = new QObject;
    anchor->moveToThread(&thread);
    connect(&thread, &QThread::finished, anchor, &QObject::deleteLater);
    runOnThreadBlocking(anchor, [server] { delete server; });
    thread.quit();
    QVERIFY(thread.wait(5000));
}

void TestHttpThreads::replyFromAnotherThreadIsDeliveredOnTheServerThread()
{
    TestHandler handler;
    const auto server = TestServer::start(&handler);
    TestClient client(server->serverPort());
    client.send(TestServer::get("/hold?n=1") + TestServer::get("/hold?n=2")
                + TestServer::get("/now"));
    QTRY_COMPARE(handler.heldCount(), 2);

    // Replies from another thread are allowed: they are queued to the server's thread.
    runOnWorkerThread([&handler] { handler.releaseHeld(); });
    const QList<QByteArray> expected = {"/hold?n=1"_ba, "/hold?n=2"_ba, "GET /now"_ba};
    for (const QByteArray &body : expected) {
        const auto response = client.nextResponse();
        QVERIFY(response);
        QCOMPARE(response->body, body);
    }
    QCOMPARE(client.socket().state(), QAbstractSocket::ConnectedState);
}

void TestHttpThreads::replyFromAnotherThreadAfterTheClientLeft()
{
    TestHandler handler;
    const auto server = TestServer::start(&handler);
    {
        TestClient client(server->serverPort());
        client.send(TestServer::get("/hold"));
        QTRY_COMPARE(handler.heldCount(), 1);
    }
    QTRY_COMPARE(server->connectionCount(), 0);
    runOnWorkerThread([&handler] { handler.releaseHeld(); }); // dropped, harmlessly

    TestClient next(server->serverPort());
    next.send(TestServer::get("/fine"));
    QVERIFY(next.nextResponse());
}

// Replies in one burst travel in one event of the server's mailbox; once the server is gone,
// replies still held elsewhere (a store's writer finishing its group) are dropped harmlessly.
void TestHttpThreads::repliesFromAnotherThreadAfterTheServerIsGone()
{
    TestHandler handler;
    auto server = TestServer::start(&handler);
    TestClient client(server->serverPort());
    client.send(TestServer::get("/hold?n=1") + TestServer::get("/hold?n=2"));
    QTRY_COMPARE(handler.heldCount(), 2);
    server.reset();
    QVERIFY(client.waitForDisconnected());
    runOnWorkerThread([&handler] { handler.releaseHeld(); }); // dropped, harmlessly
    QCoreApplication::processEvents();

    const auto next = TestServer::start(&handler);
    TestClient nextClient(next->serverPort());
    nextClient.send(TestServer::get("/fine"));
    const auto response = nextClient.nextResponse();
    QVERIFY(response);
    QCOMPARE(response->body, "GET /fine"_ba);
}

// The stress case: several threads answer hundreds of pipelined requests on several
// connections at once, in an order unrelated to the requests', while one client has already
// left. Bounded (fixed counts, every wait has a timeout) and deterministic: each client gets
// every answer, in its own request order, and the server keeps serving.
void TestHttpThreads::manyRepliesFromSeveralThreads()
{
    constexpr int clientCount = 4;
    constexpr int requestsPerClient = 48; // under HttpLimits::maxPipelinedRequests
    constexpr int threadCount = 4;

    TestHandler handler;
    const auto server = TestServer::start(&handler);
    std::vector<std::unique_ptr<TestClient>> clients;
    for (int c = 0; c < clientCount; ++c) {
        clients.push_back(std::make_unique<TestClient>(server->serverPort()));
        QByteArray pipeline;
        for (int n = 0; n < requestsPerClient; ++n)
            pipeline += TestServer::get("/hold?c=" + QByteArray::number(c)
                                        + "&n=" + QByteArray::number(n));
        clients.back()->send(pipeline);
    }
    {
        TestClient leaver(server->serverPort());
        leaver.send(TestServer::get("/hold?gone") + TestServer::get("/hold?gone-too"));
        QTRY_COMPARE(handler.heldCount(), clientCount * requestsPerClient + 2);
    }
    QTRY_COMPARE(server->connectionCount(), clientCount);

    // Thread t answers every threadCount-th reply, newest first, all threads released together.
    const auto held = handler.takeHeld();
    std::latch go(threadCount);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < threadCount; ++t) {
        threads.emplace_back(QThread::create([&held, &go, t] {
            go.arrive_and_wait();
            for (qsizetype i = held.size() - 1 - t; i >= 0; i -= threadCount)
                held.at(i).second(HttpResponse::text(200, held.at(i).first));
        }));
        threads.back()->start();
    }
    for (const auto &thread : threads)
        QVERIFY(thread->wait(10'000));

    for (int c = 0; c < clientCount; ++c) {
        for (int n = 0; n < requestsPerClient; ++n) {
            const auto response = clients.at(c)->nextResponse();
            QVERIFY2(response, qPrintable(u"client %1, answer %2 missing"_s.arg(c).arg(n)));
            QCOMPARE(response->body,
                     "/hold?c=" + QByteArray::number(c) + "&n=" + QByteArray::number(n));
        }
        QCOMPARE(clients.at(c)->unreadBytes(), QByteArray());
    }
    TestClient next(server->serverPort());
    next.send(TestServer::get("/fine"));
    const auto fine = next.nextResponse();
    QVERIFY(fine);
    QCOMPARE(fine->body, "GET /fine"_ba);
}

// A request already buffered when the connection is built, answered by dropping the connection:
// closed() must come after the constructor, or its owner could not have connected to it yet.
void TestHttpThreads::closedIsEmittedAfterConstruction()
{
    TestHandler handler;
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    TestClient client(listener.serverPort());
    QTRY_VERIFY(listener.hasPendingConnections());
    QTcpSocket *socket = listener.nextPendingConnection();
    client.send(TestServer::get("/drop"));
    QTRY_VERIFY(socket->bytesAvailable() > 0);

    HttpConnection connection(socket, &handler, {});
    QSignalSpy closed(&connection, &HttpConnection::closed);
    QTRY_COMPARE(closed.size(), 1);
    QCOMPARE(handler.requestCount(), 1);
    QVERIFY(client.waitForDisconnected());
}

QTEST_GUILESS_MAIN(TestHttpThreads)
#include "test_http_threads.moc"
