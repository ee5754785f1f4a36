// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/CaptureRecord.h"

#include <QByteArray>
#include <QDateTime>

// Captures as the store hands them out, for the hand-off tests.
namespace HandoffTestSupport {

inline const QByteArray bookingBody
    = R"({"event":"booking","payload":{"booking_id":"b1","customer":{"name":"Ann","surname":"Lee","mail":"ann@example.org","phone":"123","address":"Main St 1","city":"Haarlem","zip":"2031 BE","country":"NL","company":null},"notes":"quiet room","rooms":[{"amount":"200.00"}]},"property_id":"p-1","user_id":null,"timestamp":"2026-11-30T10:00:00.000Z"})";

inline Capture::CaptureRecord record(qint64 id, const QByteArray &body = bookingBody)
{
    Capture::CaptureRecord record;
    record.id = id;
    record.receivedAt = QDateTime(QDate(2026, 11, 30), QTime(15, 55, 49, 123), Qt::UTC).addSecs(id);
    record.durationUs = 1500;
    record.method = "POST";
    record.target = "/hooks/channex?source=test";
    record.headers = {{"Host", "127.0.0.1:8080"},
                      {"Content-Type", "application/json"},
                      {"X-Channex-Webhook-Secret", "s3cr3t"},
                      {"X-Trace", "one"},
                      {"X-Trace", "two"}};
    record.body = body;
    record.rawBytes = "POST /hooks/channex HTTP/1.1\r\n\r\n" + body;
    record.peerAddress = QStringLiteral("127.0.0.1");
    record.peerPort = 50123;
    record.connectionId = 7;
    record.status = 200;
    record.responseHeaders = {{"Content-Type", "application/json"}};
    record.responseBody = R"({"ok":true})";
    record.event = QStringLiteral("booking");
    record.propertyId = QStringLiteral("p-1");
    return record;
}

// Bytes that are not UTF-8, including a NUL, a quote, a percent sign and a backslash.
inline QByteArray binaryBody()
{
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes.append(char(i));
    return bytes + "'%\\\n";
}

} // namespace HandoffTestSupport
