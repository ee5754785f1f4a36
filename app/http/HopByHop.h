// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/http/HttpRequest.h"

#include <QByteArrayView>

namespace Http {

// Headers that belong to one connection and not to the message (RFC 9110 §7.6.1: Connection,
// Keep-Alive, Proxy-Connection, TE, Trailer, Transfer-Encoding, Upgrade, and whatever the
// message's Connection header names), and those the sender of a message sent on writes anew for
// the whole body (Content-Length, Expect). Forwarding and replay drop them; `message` is the
// header list `name` came from, for its Connection header.
bool isHopByHop(QByteArrayView name, const HeaderList &message = {});

enum class KeepHost { No, Yes };
// `headers` without the hop-by-hop ones, in order; without Host too unless kept (a request sent
// to another server gets that server's Host).
HeaderList endToEndHeaders(const HeaderList &headers, KeepHost keepHost);

} // namespace Http
