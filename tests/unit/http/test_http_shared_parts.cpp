// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The parts of app/http that the sandbox and the receiver share besides the server itself: the
// fault/latency injector and the server thread.
#include "app/http/FaultInjector.h"
#include "app/http/ServerThread.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTest>
#include <QThread>

#include <optional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Http::FaultInjector;

class TestHttpSharedParts final : public QObject
{
    Q_OBJECT

private slots:
    void faultsAreConsumedInOrder();
    void delayedAnswersAfterTheLatency();
    void zeroLatencyAnswersAtOnce();
    void serverThreadRunsAndCleansUp();
};

void TestHttpSharedParts::faultsAreConsumedInOrder()
{
    FaultInjector faults;
    faults.setLatency(250ms);
    faults.failNext(2, 503, 7);
    for (int i = 0; i < 2; ++i) {
        const FaultInjector::Decision decision = faults.take();
        QCOMPARE(decision.action, FaultInjector::Action::FailStatus);
        QCOMPARE(decision.status, 503);
        QCOMPARE(decision.retryAfterSeconds, 7);
        QCOMPARE(decision.latency, 250ms);
    }
    QCOMPARE(faults.take().action, FaultInjector::Action::Serve);

    faults.stallNext(1);
    faults.closeNext(1); // replaces the pending stall
    QCOMPARE(faults.take().action, FaultInjector::Action::Close);
    QCOMPARE(faults.take().action, FaultInjector::Action::Serve);

    faults.malformNext(3);
    faults.reset();
    const FaultInjector::Decision decision = faults.take();
    QCOMPARE(decision.action, FaultInjector::Action::Serve);
    QCOMPARE(decision.latency, 0ms);
}

// The clock starts before the reply is called, and the timer behind it is a precise one (under
// 2 s), so the answer cannot come earlier than the latency; it must not come at once either.
void TestHttpSharedParts::delayedAnswersAfterTheLatency()
{
    QObject context;
    std::optional<qint64> answeredAfterMs;
    QElapsedTimer clock;
    const Http::HttpReply reply = FaultInjector::delayed(
        [&](const Http::HttpResponse &response) {
            QCOMPARE(response.status, 204);
            answeredAfterMs = clock.elapsed();
        },
        300ms, &context);
    clock.start();
    reply(Http::HttpResponse::text(204, {}));
    QVERIFY(!answeredAfterMs);
    QTRY_VERIFY(answeredAfterMs);
    QVERIFY2(*answeredAfterMs >= 300, qPrintable(u"answered after %1 ms"_s.arg(*answeredAfterMs)));
}

void TestHttpSharedParts::zeroLatencyAnswersAtOnce()
{
    QObject context;
    bool answered = false;
    FaultInjector::delayed([&](const Http::HttpResponse &) { answered = true; }, 0ms,
                           &context)(Http::HttpResponse::text(200, "ok"));
    QVERIFY(answered);
}

void TestHttpSharedParts::serverThreadRunsAndCleansUp()
{
    Http::ServerThread thread(u"Test server"_s);
    QVERIFY(!thread.isRunning());
    QVERIFY(!thread.context());
    thread.start();
    QVERIFY(thread.isRunning());

    QThread *ranOn = nullptr;
    QPointer<QObject> child;
    thread.runBlocking([&] {
        ranOn = QThread::currentThread();
        child = new QObject(thread.context());
    });
    QVERIFY(ranOn && ranOn != QThread::currentThread());
    QCOMPARE(ranOn->objectName(), u"Test server"_s);
    QCOMPARE(thread.context()->thread(), ranOn);

    thread.stop();
    QVERIFY(!thread.isRunning());
    QVERIFY(child.isNull()); // deleted with the context, on its own thread
    thread.start(); // a stopped thread can start again
    QVERIFY(thread.isRunning());
}

QTEST_GUILESS_MAIN(TestHttpSharedParts)
#include "test_http_shared_parts.moc"
