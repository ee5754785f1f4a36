// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/CaptureStore.h"

#include <QDateTime>
#include <QString>
#include <QTest>

#include <future>

namespace CaptureTest {

struct Appended
{
    Capture::CaptureRecord stored;
    QString error;
};

// Appends and waits (on this thread) for the store's answer, which comes from its writer thread.
inline Appended appendAndWait(Capture::CaptureStore &store, Capture::CaptureRecord record)
{
    auto promise = std::make_shared<std::promise<Appended>>();
    std::future<Appended> future = promise->get_future();
    store.append(std::move(record),
                 [promise](const Capture::CaptureRecord &stored, const QString &error) {
                     promise->set_value({stored, error});
                 });
    if (future.wait_for(std::chrono::seconds(30)) != std::future_status::ready) {
        QTest::qFail("The capture store did not answer an append within 30 s", __FILE__, __LINE__);
        return {{}, QStringLiteral("no answer within 30 s")};
    }
    return future.get();
}

// Appends and returns the id, failing the test when the store refused it.
inline qint64 store(Capture::CaptureStore &store, Capture::CaptureRecord record)
{
    const Appended appended = appendAndWait(store, std::move(record));
    if (!appended.error.isEmpty())
        qWarning("append failed: %s", qPrintable(appended.error));
    return appended.stored.id;
}

// A small POST as the receiver makes it.
inline Capture::CaptureRecord post(const QByteArray &body, const QByteArray &target = "/hook",
                                   int status = 200)
{
    Capture::CaptureRecord record;
    record.receivedAt = QDateTime::currentDateTimeUtc();
    record.method = "POST";
    record.target = target;
    record.headers = {{"Host", "127.0.0.1"},
                      {"Content-Type", "application/json"},
                      {"Content-Length", QByteArray::number(body.size())}};
    record.body = body;
    record.rawBytes = "POST " + target
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
          "application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    record.status = status;
    return record;
}

// A Channex-shaped body for `event` and `property` at `timestamp`.
inline QByteArray channexBody(const QString &event, const QString &property,
                              const QString &timestamp, const QString &extra = {})
{
    return QStringLiteral(R"({"event":"%1","property_id":"%2","timestamp":"%3","user_id":null,)"
                          R"("payload":{"note":"%4"}})")
        .arg(event, property, timestamp, extra)
        .toUtf8();
}

} // namespace CaptureTest
