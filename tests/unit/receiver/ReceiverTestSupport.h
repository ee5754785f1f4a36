// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/CaptureStore.h"
#include "app/receiver/LiveReceiver.h"
#include "tests/unit/http/TestClient.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

// A real capture store in a temporary folder and a live receiver on a free loopback port, as the
// receiver tests use them; requests go over real sockets.
namespace ReceiverTest {

struct Fixture
{
    QTemporaryDir folder;
    Capture::CaptureStore store;
    std::unique_ptr<Receiver::LiveReceiver> receiver;

    // Opens the store and starts the receiver; check isReady() (QVERIFY) before use.
    explicit Fixture(const Http::HttpLimits &limits = {},
                     const Receiver::ReceiverOptions &options = {})
    {
        if (!folder.isValid() || !store.open(databasePath()))
            return;
        receiver = std::make_unique<Receiver::LiveReceiver>(&store);
        receiver->setLimits(limits);
        receiver->start(options);
    }
    ~Fixture() { receiver.reset(); } // before the store

    bool isReady() const { return receiver && receiver->isRunning(); }
    QString databasePath() const { return folder.filePath(QStringLiteral("captures.sqlite")); }
    quint16 port() const { return receiver->port(); }

    // The row of an answer's X-Capture-Id, read through the store's own reader connection.
    std::optional<Capture::CaptureRecord> captureOf(const TestResponse &answer) const
    {
        const qint64 id = answer.header("X-Capture-Id").toLongLong();
        return id > 0 ? store.load(id) : std::nullopt;
    }

    // Every stored capture, oldest first.
    QList<Capture::CaptureRecord> all() const
    {
        QList<Capture::CaptureRecord> records;
        store.forEach({}, [&](const Capture::CaptureRecord &record) {
            records << record;
            return true;
        });
        return records;
    }
};

inline QByteArray post(const QByteArray &target, const QByteArray &body,
                       const QByteArray &extraHeaders = {})
{
    return "POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n"
        + body;
}

// The status of an answer, -1 when none arrived.
inline int statusOf(const std::optional<TestResponse> &answer)
{
    return answer ? answer->status : -1;
}

// A body that tells requests apart.
inline QByteArray numberedBody(int n)
{
    return R"({"event":"test","n":)" + QByteArray::number(n) + '}';
}

} // namespace ReceiverTest
