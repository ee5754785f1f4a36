// Threads and lifetimes: a server on a worker thread, replies from other threads, and a
// connection closed while it is being set up.
#include "app/http/HttpConnection.h"
#include "tests/unit/http/TestClient.h"
#include "tests/unit/http/TestHandler.h"
#include "tests/unit/http/TestServer.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QThread>

#include <functional>
#include <memory>

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
    connect(&thread, &QThread::finished, server, &QObject::deleteLater);
    thread.start();

    quint16 port = 0;
    QMetaObject::invokeMethod(
        server, [&] { port = server->listen() ? server->serverPort() : 0; },
        Qt::BlockingQueuedConnection);
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
    QMetaObject::invokeMethod(
        server,
        [&] {
            const QList<QObject *> children = server->findChildren<QObject *>();
            allOnWorker = !children.isEmpty()
                && std::all_of(children.begin(), children.end(),
                               [&](QObject *child) { return child->thread() == &thread; });
        },
        Qt::BlockingQueuedConnection);
    QVERIFY(allOnWorker);

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

    // The handler breaks the "same thread" contract; the connection must stay consistent.
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
