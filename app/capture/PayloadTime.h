// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Capture::PayloadTime {

// A payload `timestamp` as microseconds since the epoch (UTC). Channex writes ISO 8601 with up
// to six fraction digits ("2026-01-26T14:40:54.310491Z"); QDateTime would round those to
// milliseconds and call two deliveries a microsecond apart equal. Also read: no fraction, a
// space for the 'T', an offset (+02:00, -0500) or none (UTC). Empty for anything else.
std::optional<qint64> parse(const QString &timestamp);

} // namespace Capture::PayloadTime
