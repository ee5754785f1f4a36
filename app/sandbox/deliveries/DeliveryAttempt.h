// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/delivery/OutgoingRequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Sandbox::Deliveries {

// One attempt of one delivery (an event to one webhook), as the delivery log keeps it: what was
// sent, and the answer or why there was none. Recorded when the attempt starts and completed when
// it ends.
struct DeliveryAttempt
{
    enum class Outcome {
        Sending, // under way
        Delivered, // 2xx
        Refused, // 3xx or 4xx: final, not tried again
        WillRetry, // 5xx or no answer; the next attempt is due at nextAttemptAt
        GaveUp, // 5xx or no answer at the last attempt allowed
    };

    // Sandbox-wide, increasing from 1 in the order attempts start; never reused (not even after
    // the log is cleared), so a reader can ask for what came after the last one it saw.
    quint64 sequence = 0;
    QString deliveryId;
    QString eventId;
    QString webhookId;
    QString event;
    int attempt = 1; // 1 = the first
    QString url; // with request_params
    QDateTime startedAt; // UTC
    QByteArray request; // the bytes written, as the target received them

    bool finished = false;
    qint64 durationMs = 0;
    int status = 0; // 0: no answer
    QByteArray reason;
    Delivery::HeaderPairs responseHeaders;
    QByteArray responseBody; // at most MaxBodyBytes of it
    bool responseBodyTruncated = false;
    QString error; // why there was no answer: a sentence
    bool timedOut = false;
    QDateTime nextAttemptAt; // UTC; invalid when none follows

    static constexpr qsizetype MaxBodyBytes = qsizetype(64) * 1024;

    Outcome outcome() const;
};

} // namespace Sandbox::Deliveries
