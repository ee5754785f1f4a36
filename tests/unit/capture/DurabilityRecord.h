// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/CaptureRecord.h"

#include <QDateTime>

// The records capture_kill_helper writes, so that test_capture_durability can tell that every
// reported capture holds exactly its bytes.
namespace DurabilityRecord {

inline QByteArray body(qint64 n)
{
    // JSON text, then bytes that are not UTF-8 and a NUL: stored as they are.
    return R"({"event":"booking","property_id":"p","timestamp":"2026-01-01T00:00:00Z","n":)"
        + QByteArray::number(n) + "}" + QByteArray("\x00\xff\xfe", 3) + QByteArray::number(n * 7);
}

inline Capture::CaptureRecord make(qint64 n)
{
    Capture::CaptureRecord record;
    record.receivedAt = QDateTime::currentDateTimeUtc();
    record.method = "POST";
    record.target = "/durable/" + QByteArray::number(n);
    record.headers = {{"X-N", QByteArray::number(n)}, {"Content-Type", "application/json"}};
    record.body = body(n);
    record.rawBytes = "POST /durable/" + QByteArray::number(n) + " HTTP/1.1\r\nX-N: "
        + QByteArray::number(n) + "\r\nContent-Type: application/json\r\n\r\n" + record.body;
    record.status = 200;
    return record;
}

} // namespace DurabilityRecord
