// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The pieces of a replay: what is copied from a capture and what the transport writes.
#include "app/handoff/Replay.h"
#include "tests/unit/handoff/HandoffTestSupport.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestHandoffReplay final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void startsFromTheCapture();
    void givenUrlWins();
    void replayUrls_data();
    void replayUrls();
    void transportHeaders();
    void outgoingRequestAddsNothingOfOurs();
};

void TestHandoffReplay::startsFromTheCapture()
{
    auto record = HandoffTestSupport::record(1);
    record.headers.append(qMakePair("Content-Length"_ba, "42"_ba));
    record.headers.append(qMakePair("connection"_ba, "keep-alive"_ba));
    const Handoff::ReplayRequest replay = Handoff::replayRequest(record);
    QCOMPARE(replay.method, "POST"_ba);
    QCOMPARE(replay.url, QUrl(u"http://127.0.0.1:8080/hooks/channex?source=test"_s));
    const Http::HeaderList expected {{"Content-Type", "application/json"},
                                     {"X-Channex-Webhook-Secret", "s3cr3t"},
                                     {"X-Trace", "one"},
                                     {"X-Trace", "two"}};
    QCOMPARE(replay.headers, expected);
    QCOMPARE(replay.body, record.body);
}

void TestHandoffReplay::givenUrlWins()
{
    auto record = HandoffTestSupport::record(1);
    record.headers.removeFirst(); // no Host
    QCOMPARE(Handoff::capturedUrl(record), QUrl(u"http://localhost/hooks/channex?source=test"_s));
    const QUrl mine(u"https://app.example/in"_s);
    QCOMPARE(Handoff::replayRequest(record, mine).url, mine);
}

void TestHandoffReplay::replayUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("valid");
    QTest::newRow("http") << u"http://localhost:3000/hooks"_s << true;
    QTest::newRow("https") << u"https://pms.example.com/x?a=1"_s << true;
    QTest::newRow("no scheme") << u"localhost:3000/hooks"_s << false;
    QTest::newRow("ftp") << u"ftp://example.com/"_s << false;
    QTest::newRow("no host") << u"http:///hooks"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestHandoffReplay::replayUrls()
{
    QFETCH(QString, url);
    QFETCH(bool, valid);
    QCOMPARE(Handoff::isReplayUrl(QUrl(url, QUrl::StrictMode)), valid);
}

void TestHandoffReplay::transportHeaders()
{
    // The captured request's connection headers are not copied; its own are.
    Capture::CaptureRecord record = HandoffTestSupport::record(1);
    record.headers = {{"HOST"_ba, "a"_ba},
                      {"Transfer-Encoding"_ba, "chunked"_ba},
                      {"Connection"_ba, "X-Hop"_ba},
                      {"X-Hop"_ba, "1"_ba},
                      {"Content-Type"_ba, "text/plain"_ba}};
    QCOMPARE(Handoff::replayRequest(record, QUrl(u"http://h/x"_s)).headers,
             (Http::HeaderList {{"Content-Type"_ba, "text/plain"_ba}}));
}

void TestHandoffReplay::outgoingRequestAddsNothingOfOurs()
{
    const Handoff::ReplayRequest replay
        = Handoff::replayRequest(HandoffTestSupport::record(1), QUrl(u"http://h/x"_s));
    const Delivery::OutgoingRequest request = Handoff::outgoingRequest(replay);
    QCOMPARE(request.method, "POST"_ba);
    QCOMPARE(request.url, QUrl(u"http://h/x"_s));
    QCOMPARE(request.headers, replay.headers);
    QCOMPARE(request.body, replay.body);
    // On the wire: the captured headers, and only Host and Content-Length besides.
    const QByteArray wire = Delivery::wireRequest(request);
    QVERIFY(!wire.contains("User-Agent: Webhook"));
    QVERIFY(!wire.contains("Accept-Encoding"));
    QVERIFY(!wire.contains("Accept-Language"));
}

QTEST_GUILESS_MAIN(TestHandoffReplay)
#include "test_handoff_replay.moc"
