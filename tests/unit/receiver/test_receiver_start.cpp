// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Starting and stopping: the URL to copy, the sentence for a port in use, an address that is
// not this computer's, and the loopback check the panel's warning uses.
#include "tests/unit/receiver/ReceiverTestSupport.h"

#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpServer>

using namespace Qt::StringLiterals;
using Receiver::LiveReceiver;
using Receiver::ReceiverOptions;

class TestReceiverStart final : public QObject
{
    Q_OBJECT

private slots:
    void localUrlNamesTheBoundPort()
    {
        QTemporaryDir folder;
        Capture::CaptureStore store;
        QVERIFY(store.open(folder.filePath(u"c.sqlite"_s)));
        LiveReceiver receiver(&store);
        QSignalSpy running(&receiver, &LiveReceiver::runningChanged);
        QVERIFY(!receiver.isRunning());
        QVERIFY(receiver.localUrl().isEmpty());

        QVERIFY2(receiver.start({}), qPrintable(receiver.errorString()));
        QVERIFY(receiver.isRunning());
        QCOMPARE(running.count(), 1);
        QVERIFY(receiver.port() > 0);
        QCOMPARE(receiver.localUrl().toString(), u"http://127.0.0.1:%1/"_s.arg(receiver.port()));

        receiver.stop();
        QVERIFY(!receiver.isRunning());
        QCOMPARE(running.count(), 2);
        QCOMPARE(running.last().constFirst().toBool(), false);
        QCOMPARE(receiver.port(), 0);
    }

    void anyAddressIsReachedOnLoopback()
    {
        QTemporaryDir folder;
        Capture::CaptureStore store;
        QVERIFY(store.open(folder.filePath(u"c.sqlite"_s)));
        LiveReceiver receiver(&store);
        ReceiverOptions options;
        options.address = QHostAddress::AnyIPv4;
        QVERIFY2(receiver.start(options), qPrintable(receiver.errorString()));
        QCOMPARE(receiver.localUrl().host(), u"127.0.0.1"_s);

        TestClient client(receiver.port());
        QVERIFY(client.waitForConnected());
        client.send(ReceiverTest::post("/any", "{}"_ba));
        QCOMPARE(ReceiverTest::statusOf(client.nextResponse()), 200);
    }

    void ipv6LoopbackIsBracketed()
    {
        QTemporaryDir folder;
        Capture::CaptureStore store;
        QVERIFY(store.open(folder.filePath(u"c.sqlite"_s)));
        LiveReceiver receiver(&store);
        ReceiverOptions options;
        options.address = QHostAddress::LocalHostIPv6;
        if (!receiver.start(options))
            QSKIP("No IPv6 loopback on this machine");
        QCOMPARE(receiver.localUrl().toString(), u"http://[::1]:%1/"_s.arg(receiver.port()));
    }

    void portInUseIsSaidPlainly()
    {
        QTcpServer occupant;
        QVERIFY(occupant.listen(QHostAddress::LocalHost));
        QTemporaryDir folder;
        Capture::CaptureStore store;
        QVERIFY(store.open(folder.filePath(u"c.sqlite"_s)));
        LiveReceiver receiver(&store);
        QSignalSpy running(&receiver, &LiveReceiver::runningChanged);

        ReceiverOptions options;
        options.port = occupant.serverPort();
        QVERIFY(!receiver.start(options));
        QVERIFY(!receiver.isRunning());
        QCOMPARE(running.count(), 0);
        QCOMPARE(receiver.errorString(),
                 u"Port %1 is already in use by another program. Choose another port or stop "
                 "that program."_s.arg(occupant.serverPort()));

        // Once the other program is gone, the same receiver starts on that port.
        occupant.close();
        QVERIFY2(receiver.start(options), qPrintable(receiver.errorString()));
        QCOMPARE(receiver.port(), options.port);
        QVERIFY(receiver.errorString().isEmpty());
        TestClient client(receiver.port());
        QVERIFY(client.waitForConnected());
        client.send(ReceiverTest::post("/again", "{}"_ba));
        QCOMPARE(ReceiverTest::statusOf(client.nextResponse()), 200);
    }

    void stopClosesListenerAndConnectionsAndStartsAgain()
    {
        ReceiverTest::Fixture fixture;
        QVERIFY(fixture.isReady());
        const quint16 port = fixture.port();
        TestClient idle(port);
        QVERIFY(idle.waitForConnected());
        idle.send(ReceiverTest::post("/one", "{}"_ba));
        QCOMPARE(ReceiverTest::statusOf(idle.nextResponse()), 200);

        fixture.receiver->stop();
        QVERIFY(idle.waitForDisconnected());
        TestClient refused(port);
        QTRY_COMPARE(refused.socket().state(), QAbstractSocket::UnconnectedState);

        ReceiverOptions options;
        options.port = port;
        QVERIFY2(fixture.receiver->start(options), qPrintable(fixture.receiver->errorString()));
        TestClient client(port);
        QVERIFY(client.waitForConnected());
        client.send(ReceiverTest::post("/two", "{}"_ba));
        QCOMPARE(ReceiverTest::statusOf(client.nextResponse()), 200);
        QCOMPARE(fixture.store.count(), 2);
    }

    void privilegedPortNeedsPrivileges()
    {
        QTemporaryDir folder;
        Capture::CaptureStore store;
        QVERIFY(store.open(folder.filePath(u"c.sqlite"_s)));
        LiveReceiver receiver(&store);
        ReceiverOptions options;
        options.port = 1;
        if (receiver.start(options))
            QSKIP("This process may bind privileged ports (root or a lowered limit)");
        QVERIFY2(receiver.errorString().contains(u"privileges"_s)
                     || receiver.errorString().contains(u"already in use"_s),
                 qPrintable(receiver.errorString()));
    }

    void foreignAddressIsNotThisComputers()
    {
        QTemporaryDir folder;
        Capture::CaptureStore store;
        QVERIFY(store.open(folder.filePath(u"c.sqlite"_s)));
        LiveReceiver receiver(&store);
        ReceiverOptions options;
        options.address = QHostAddress(u"192.0.2.1"_s); // TEST-NET-1, never assigned
        QVERIFY(!QNetworkInterface::allAddresses().contains(options.address));
        QVERIFY(!receiver.start(options));
        QCOMPARE(receiver.errorString(),
                 u"192.0.2.1 is not an address of this computer. Choose 127.0.0.1 (this computer "
                 "only) or one of its network addresses."_s);
    }

    void loopbackCheck()
    {
        QVERIFY(LiveReceiver::isLoopback(QHostAddress::LocalHost));
        QVERIFY(LiveReceiver::isLoopback(QHostAddress(u"127.0.0.2"_s)));
        QVERIFY(LiveReceiver::isLoopback(QHostAddress::LocalHostIPv6));
        QVERIFY(!LiveReceiver::isLoopback(QHostAddress::Any));
        QVERIFY(!LiveReceiver::isLoopback(QHostAddress::AnyIPv4));
        QVERIFY(!LiveReceiver::isLoopback(QHostAddress(u"192.168.1.10"_s)));
    }
};

QTEST_GUILESS_MAIN(TestReceiverStart)
#include "test_receiver_start.moc"
