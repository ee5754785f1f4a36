#pragma once

#include <QString>

#include <optional>

namespace Capture::PayloadTime {

// A payload `timestamp` as microseconds since the epoch (UTC). Channex writes ISO 8601 with up
// to six fraction digits ("2026-01-26T14:40:54.310491Z"); QDateTime alone would round those to
// milliseconds and call two deliveries a microsecond apart equal. Empty for anything else.
std::optional<qint64> parse(const QString &timestamp);

// True when `timestamp` is earlier than `latest`: as dates when both parse, else as strings.
bool isEarlier(const QString &timestamp, const QString &latest);

} // namespace Capture::PayloadTime
