// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/delivery/OutgoingRequest.h"

#include <chrono>

// When a delivery is tried again, as Channex's "Webhook repeat logic" describes it
// (https://docs.channex.io/api-v.1-documentation/webhook-collection): after an unexpected 5xx the
// next attempt follows after 1 min, 2 min, 4 min, 8 min, 15 min, 30 min, 1 h, 2 h, 4 h, 6 h and
// 10 h, the last about 24 h after the event. Where the documentation is silent the choices are
// written down in docs/sandbox.md.
namespace Sandbox::Deliveries::RetrySchedule {

// "Max count of attempts is 11" next to eleven waits that add up to "close to 24h": read as
// eleven retries after the first attempt, twelve attempts in all.
inline constexpr int MaxRetries = 11;
inline constexpr int MaxAttempts = MaxRetries + 1;

// Channex's own delivery timeout is undocumented; 30 s, never scaled.
inline constexpr std::chrono::milliseconds DefaultTimeout {30'000};

// The wait after the failed attempt number `attempt` (1 = the first) before the next one; zero
// when `attempt` was the last one allowed.
std::chrono::seconds waitAfter(int attempt);
// The same wait multiplied by `scale` (1 = Channex's timing; 0.001 turns a minute into 60 ms),
// rounded to whole milliseconds.
std::chrono::milliseconds scaledWaitAfter(int attempt, double scale);

// True when the outcome ends the delivery: any answer below 500 (2xx delivered; 3xx and 4xx are
// final, redirects are not followed). A 5xx, a timeout and every failure to get an answer at all
// (refused, reset, DNS, TLS, bytes that are no HTTP answer) are worth another attempt.
bool isFinal(const Delivery::DeliveryResult &result);

} // namespace Sandbox::Deliveries::RetrySchedule
