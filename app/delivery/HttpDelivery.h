// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/delivery/OutgoingRequest.h"

#include <QObject>

#include <functional>

namespace Delivery {

// Sends one request exactly as wireRequest() writes it, over a connection of its own (TLS for
// https, the system's trust store, no certificate errors ignored), reads the answer with
// ResponseParser and closes. `done` runs exactly once, later (never inside send()), on the
// calling thread, which needs an event loop; not at all when `context` (when given) is destroyed
// first, which also ends the call. Redirects are not followed and no proxy is used.
void send(const OutgoingRequest &request, QObject *context,
          std::function<void(DeliveryResult)> done);

} // namespace Delivery
