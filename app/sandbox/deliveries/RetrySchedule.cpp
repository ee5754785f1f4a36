// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/deliveries/RetrySchedule.h"

#include <array>
#include <cmath>

namespace Sandbox::Deliveries::RetrySchedule {

namespace {

using namespace std::chrono_literals;

constexpr std::array<std::chrono::seconds, MaxRetries> Waits {
    1min, 2min, 4min, 8min, 15min, 30min, 1h, 2h, 4h, 6h, 10h,
};

} // namespace

std::chrono::seconds waitAfter(int attempt)
{
    if (attempt < 1 || attempt > MaxRetries)
        return std::chrono::seconds {0};
    return Waits.at(std::size_t(attempt - 1));
}

std::chrono::milliseconds scaledWaitAfter(int attempt, double scale)
{
    const double ms = double(waitAfter(attempt).count()) * 1000.0 * scale;
    return std::chrono::milliseconds(qint64(std::llround(std::max(0.0, ms))));
}

bool isFinal(const Delivery::DeliveryResult &result)
{
    return result.answered() && result.status < 500;
}

} // namespace Sandbox::Deliveries::RetrySchedule
