// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sandbox/deliveries/FireRequest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

// What a person can fire at once from the Fire dialog: one event, or a sequence of events
// Channex sends in real life (https://docs.channex.io/api-v.1-documentation/webhook-collection:
// "Webhooks may come out of order", at-least-once delivery). Each step is a FireRequest with its
// payload and timestamp already set, so what is sent is decided here, not at sending time.
namespace Sandbox::Deliveries::Sequences {

enum class Kind {
    Single, // the event once
    Duplicate, // the event twice, the same body byte for byte
    BookingLife, // booking_new → booking_modification → booking_cancellation, each with booking
    OutOfOrder, // two ari changes of the same date, the later one delivered first
};

QList<Kind> kinds();
// "A booking's life: new, modified, cancelled" (translated).
QString title(Kind kind);
// Whether the person picks the event (Single, Duplicate) or the sequence fixes it.
bool takesEvent(Kind kind);

// The steps of `kind` for `base` (its event and payload count for Single and Duplicate; the
// property for all). `now` is the first step's timestamp; each later step is a second later.
QList<FireRequest> steps(Kind kind, const FireRequest &base, const QDateTime &now);

// Channex's timestamp form, microseconds and "Z": "2026-01-26T14:40:54.310491Z".
QString timestamp(const QDateTime &time);

} // namespace Sandbox::Deliveries::Sequences
