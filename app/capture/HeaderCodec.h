// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/http/HttpRequest.h"

#include <QByteArray>

#include <optional>

namespace Capture::HeaderCodec {

// A header list as one BLOB that any SQL database stores unchanged: for each header its name, then
// its value, each written as <decimal byte count> ':' <bytes>
// ("12:Content-Type16:application/json"). Order, duplicates and the exact bytes (case, whitespace,
// NULs) are kept.
QByteArray encode(const Http::HeaderList &headers);
// Empty optional for bytes that are not such a list.
std::optional<Http::HeaderList> decode(QByteArrayView bytes);

} // namespace Capture::HeaderCodec
